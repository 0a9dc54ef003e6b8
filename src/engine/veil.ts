/**
 * Veiled text: symbols inside words, letters spaced out one by one, dots or hyphens all through
 * words, leet digits in words. The engine unveils such text before its word lists read it
 * (unveil() in signals.ts); the sniffer reads it loosely (sniff.ts).
 */
/** Leet digits inside a word ("wa11et", "4cc0unt"). */
const LEETY = /[a-z][013457][a-z]|(?<![a-z0-9])[013457][a-z]{2}/;
export const SYMBOL = /[\p{S}\u00b7\u2022\u2027\u2219]/u;
export const SYMBOL_IN_WORD = /(?<=\p{L})[\p{S}\u00b7\u2022\u2027\u2219]+(?=\p{L})/u;
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}[ .\-_]\p{L}[ .\-_]\p{L}(?![\p{L}])/u;
/**
 * Cheap necessary conditions (no Unicode property classes) for the tests below: a symbol-like
 * character between letters; three single characters with separators between them.
 */
const SYMBOL_IN_WORD_PRE =
  // eslint-disable-next-line no-control-regex -- \x00-\x7f: any ASCII character
  /[a-z\u00c0-\uffff](?:[$+<=>^`|~]|[^\x00-\x7f\u3400-\u9fff\uf900-\ufaff\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2018-\u201f\u2026\uff01-\uff03\uff05-\uff0a\uff0c-\uff0f\uff1a\uff1b\uff1f\uff20\u00a0])+[a-z\u00c0-\uffff]/;
const SPACED_LETTERS_PRE = /(?<![a-z0-9])[^\s.\-_][ .\-_][^\s.\-_][ .\-_][^\s.\-_](?![a-z])/;

/** Whether a text has at least `k` dots and hyphens. */
function dotsAtLeast(n: string, k: number): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if ((c === 46 || c === 45) && --k <= 0) return true;
  }
  return false;
}

/** A text with symbols inside words, letters spaced out one by one, or leet digits in words. */
export function veiledText(n: string): boolean {
  return (
    LEETY.test(n) ||
    (dotsAtLeast(n, 6) && (n.match(/\p{L}[.-]\p{L}/gu)?.length ?? 0) >= 6) ||
    (SYMBOL_IN_WORD_PRE.test(n) && SYMBOL.test(n) && SYMBOL_IN_WORD.test(n)) ||
    (SPACED_LETTERS_PRE.test(n) && SPACED_LETTERS.test(n))
  );
}

const LEET_LETTER: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};

/**
 * The text as a reader sees it through the usual evasions: symbols and emoji inside words removed
 * (elsewhere a space), letters spaced or dotted out one by one joined ("t o k e n", "w.a.l.l.e.t"),
 * and leet digits inside words read as letters ("Wall3t", "4cc0unt"). For the word lists only:
 * contact points are read on the text itself.
 */
export function unveil(t: string): string {
  // Dots or hyphens put inside words all through a text ("W.al.let", "H-e-a-d-s"): removed between
  // letters (for the word lists only; addresses are read on the text itself).
  const inWord = t.match(/\p{L}[.-]\p{L}/gu);
  if (inWord && inWord.length >= 6) t = t.replace(/(?<=\p{L})[.-]+(?=\p{L})/gu, '');
  return t
    .replace(/(?<=\p{L})[\p{S}\u00b7\u2022\u2027\u2219]+(?=\p{L})/gu, '')
    .replace(/[\p{S}\u00b7\u2022\u2027\u2219]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[ .\-_][\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu, (m) =>
      m.replace(/[ .\-_]/g, ''),
    )
    .replace(/(?<![a-z0-9])[a-z0-9]*[a-z][a-z0-9]*(?![a-z0-9])/g, (w) => {
      let digits = 0;
      for (const ch of w) if (ch >= '0' && ch <= '9') digits++;
      if (!digits || digits * 2 > w.length || /^0x/.test(w) || /[2689]/.test(w)) return w;
      return w.replace(/[013457]/g, (d) => LEET_LETTER[d]!);
    });
}

/**
 * Where a sentence ends. A single line break may sit inside a word ("z\njc"): only a blank line,
 * or a line break after a sentence's end, ends a sentence.
 */
const SENTENCE_END = /[。！？!?；;]+\s*|\.(?:\s|$)|\n\s*\n\s*/g;

/** A text's sentences, trimmed, each with where it starts (empty ones left out). */
export function* sentenceTexts(n: string): Generator<{ text: string; start: number }> {
  let last = 0;
  const piece = (s: string, start: number) => {
    const text = s.trim();
    return text ? { text, start: start + s.length - s.trimStart().length } : null;
  };
  for (const m of n.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    const p = piece(n.slice(last, end), last);
    if (p) yield p;
    last = end;
  }
  const p = last < n.length ? piece(n.slice(last), last) : null;
  if (p) yield p;
}

/** A lone symbol or emoji between two letters. */
const LONE_SYMBOL = /(?<=\p{L})\p{S}(?=\p{L})/gu;

/**
 * The other reading of a lone symbol inside a word: written for a round letter ("supp🍑rt",
 * "f❀r", "l💞gin"), where unveil() reads it as put in ("W💰allet"). Null when there is none.
 */
export function unveilLone(t: string): string | null {
  if (!SYMBOL_IN_WORD.test(t)) return null;
  const o = t.replace(LONE_SYMBOL, 'o');
  return o === t ? null : unveil(o);
}

/**
 * A text as the engine's word lists read a veiled one: each sentence unveiled, one per line (and
 * each sentence with a lone symbol in a word read the other way too).
 */
export function unveilSentences(n: string): string {
  const out: string[] = [];
  for (const { text } of sentenceTexts(n)) {
    out.push(unveil(text));
    const lone = unveilLone(text);
    if (lone) out.push(lone);
  }
  return out.join('\n');
}
