/**
 * Where a secret being entered shows its first sign (pure, no DOM): the guard asks this of the
 * text from a field's start to its caret as it would be after each keystroke or insertion, and the
 * extension-owned hold field asks it of what it holds.
 *
 * The promise: a page never receives more than the first two words of a recovery phrase, or the
 * first 15 hex digits of a key. So:
 * - a field that starts (after white space and list numbering) with two complete BIP39 words, and
 *   would now get more, is held: `hold`;
 * - a run of hex digits that would now reach its 16th digit is held;
 * - held text is released (goes to the page as typed) once a word breaks the pattern: a complete
 *   token that is not a list word, a partial token that begins no list word, punctuation, or more
 *   than 24 words; a hex run is released once a non-hex character ends it short of a key.
 * Chinese lists are single characters: two list characters then a third is the first sign.
 */
import { wordSets } from './secrets';

export type EntryState = 'free' | 'hold';

/** List numbering and separators that a phrase may carry between words. */
const SEP = /[\s,;|]/;
const NUMBERING = /^(?:\d{1,2}[.)、:：-]?|[(（]\d{1,2}[)）])$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const HEX_RUN = /(?:^|[^0-9a-fA-FxX])(?:0[xX])?([0-9a-fA-F]+)$/;

/** Sorted English words, for "does any word start with this?" by binary search. */
let sortedEn: string[] | null = null;
function beginsWord(prefix: string): boolean {
  const list = (sortedEn ??= [...wordSets().en].sort());
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]!.startsWith(prefix);
}

/** Digits of a hex run ending at the end of `text` (0 when the text does not end in one). */
export function trailingHexDigits(text: string): number {
  const m = HEX_RUN.exec(text.slice(-100));
  return m ? m[1]!.length : 0;
}

/** Hex digits that make the guard hold: the 16th digit of a run is never given to the page. */
export const HEX_HOLD_AT = 16;

interface Scan {
  /** Complete list words from the field's start. */
  words: number;
  /** A token was typed after them (complete or not). */
  more: boolean;
  /** Still a phrase being typed: nothing broke the pattern. */
  phraseLike: boolean;
}

/** Reads a field's text from its start as a phrase being typed. */
export function scanPhrase(text: string): Scan {
  const { en, hans, hant } = wordSets();
  let words = 0;
  let more = false;
  let lang: 'en' | 'zh' | null = null;
  let i = 0;
  const n = Math.min(text.length, 1000);
  while (i < n) {
    const ch = text[i]!;
    if (SEP.test(ch) || ch === '\u3000') {
      i++;
      continue;
    }
    if (CJK.test(ch)) {
      if (lang === 'en') return { words, more: true, phraseLike: false };
      lang = 'zh';
      if (!hans.has(ch) && !hant.has(ch)) return { words, more: true, phraseLike: false };
      if (words >= 2) more = true;
      words++;
      i++;
      if (words > 24) return { words, more, phraseLike: false };
      continue;
    }
    // A Latin token (or numbering) up to the next separator or CJK character.
    let j = i;
    while (j < n && !SEP.test(text[j]!) && text[j] !== '\u3000' && !CJK.test(text[j]!)) j++;
    const tok = text.slice(i, j);
    const complete = j < text.length;
    if (NUMBERING.test(tok)) {
      i = j;
      continue;
    }
    if (lang === 'zh' || !/^[A-Za-z]+$/.test(tok)) {
      if (words >= 2) more = true;
      return { words, more, phraseLike: false };
    }
    lang = 'en';
    const w = tok.toLowerCase();
    if (words >= 2) more = true;
    if (complete) {
      if (!en.has(w)) return { words, more, phraseLike: false };
      words++;
      if (words > 24) return { words, more, phraseLike: false };
    } else if (!beginsWord(w)) return { words, more, phraseLike: false };
    i = j;
  }
  return { words, more, phraseLike: true };
}

/**
 * Whether `text` (a field from its start to the caret, as it would be after the insertion the user
 * is making) is past the first sign of a secret: the insertion must then not reach the page.
 */
export function entryState(text: string, inserted = 1): EntryState {
  const hex = trailingHexDigits(text);
  // A hex run typed (or extended) to its 16th digit; a whole run inserted at once (a pasted
  // address or hash) was judged as a whole before and is not a key being typed.
  if (hex >= HEX_HOLD_AT && (inserted <= 1 || hex > inserted)) return 'hold';
  const s = scanPhrase(text);
  return s.phraseLike && s.words >= 2 && s.more ? 'hold' : 'free';
}

/**
 * Whether an entry shows two phrase words (or 10 hex digits) so far: the guard gets its hold field
 * ready, so that holding starts the moment more arrives.
 */
export function entryArmed(text: string): boolean {
  if (trailingHexDigits(text) >= 10) return true;
  const s = scanPhrase(text);
  return s.phraseLike && s.words >= 2;
}

/**
 * Whether held text (the field's text from its start, with what is held) still looks like a secret
 * being entered. False: the held part goes to the page as typed.
 */
export function stillHeld(text: string): boolean {
  const s = scanPhrase(text);
  return (s.phraseLike && s.words >= 2) || trailingHexDigits(text) >= HEX_HOLD_AT;
}
