/** A string matched literally inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of a global pattern, in order. String#matchAll copies the pattern on each call (a
 * new RegExp with its flags): on short texts that copy costs more than the search. `fn` returns
 * false to stop early. The pattern's lastIndex is left at 0.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  fn: (m: RegExpExecArray) => boolean | void,
): void {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (fn(m) === false) break;
      if (m[0] === '') re.lastIndex++;
    }
  } finally {
    re.lastIndex = 0;
  }
}
