/**
 * A list of words or literals as one pattern whose alternatives share their prefixes (one branch
 * per letter): the engine's quick relevance test and the sniffer's patterns are built this way.
 */
import { escapeRegExp } from './match';

/** A word boundary (\\b) kept inside a literal (see literals.ts): zero-width. */
export const BOUNDARY = '\u0001';

/**
 * The pattern matching any of `words`. It is for testing presence: a word that another starts with
 * is enough alone, so the longer ones are left out.
 */
export function trie(words: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    // A literal that is a prefix of another is enough alone: the longer ones add nothing.
    if (n.end) return '';
    const alts = [...n.next].map(
      ([ch, child]) => (ch === BOUNDARY ? '\\b' : escapeRegExp(ch)) + emit(child),
    );
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return emit(root) || '(?!)';
}
