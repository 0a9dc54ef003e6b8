/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), capped at max+1. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}

/** Smallest distance between `target` and any substring of `s` of similar length. */
export function windowDistance(s: string, target: string, max = 2): number {
  if (s.length <= target.length + max) return editDistance(s, target, max);
  let best = max + 1;
  for (let len = target.length - max; len <= target.length + max; len++) {
    if (len <= 0) continue;
    for (let i = 0; i + len <= s.length; i++) {
      const d = editDistance(s.slice(i, i + len), target, max);
      if (d < best) {
        best = d;
        if (best === 0) return 0;
      }
    }
  }
  return best;
}

/** Digits written for the letters they look like. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
};

/** Map digits and look-alike letters to the letters they imitate: t0kenp0cket → tokenpocket. */
export function leet(s: string): string {
  return s.replace(/[01345]/g, (c) => LEET[c]!);
}

/** Brands this long or longer are also matched with up to LOOKALIKE_EDITS edits. */
export const LOOKALIKE_MIN_LENGTH = 10;
export const LOOKALIKE_EDITS = 2;
