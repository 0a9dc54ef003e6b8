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
  const tail = text.slice(-200);
  const m = HEX_RUN.exec(tail);
  const run = m ? m[1]!.length : 0;
  // A key typed in groups ("4c30 2aa6 6dd8 …"): groups of four joined by a space or a hyphen.
  const g = GROUPED_HEX.exec(tail);
  return Math.max(run, g ? g[0].replace(/[\s-]/g, '').length : 0);
}

const GROUPED_HEX = /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{4}[ -]){2,}[0-9a-fA-F]{1,4}$/;

/** Hex digits that make the guard hold: the 16th digit of a run is never given to the page. */
export const HEX_HOLD_AT = 16;

interface Scan {
  /** Complete list words from the field's start. */
  words: number;
  /** A token was typed after them (complete or not). */
  more: boolean;
  /** Still a phrase being typed: nothing broke the pattern. */
  phraseLike: boolean;
  /** English words, or Chinese characters (spaced: with separators between them). */
  lang?: 'en' | 'zh';
  spaced?: boolean;
}

/** Reads a text from its start as a phrase being typed. */
export function scanPhrase(text: string): Scan {
  return scanFrom(text);
}

function scanFrom(text: string): Scan {
  const { en, hans, hant } = wordSets();
  let words = 0;
  let more = false;
  let lang: 'en' | 'zh' | null = null;
  let spaced = false;
  let i = 0;
  const n = Math.min(text.length, 1000);
  const done = (phraseLike: boolean): Scan => ({
    words,
    more,
    phraseLike,
    ...(lang ? { lang } : {}),
    spaced,
  });
  while (i < n) {
    const ch = text[i]!;
    if (SEP.test(ch) || ch === '\u3000') {
      if (lang === 'zh') spaced = true;
      i++;
      continue;
    }
    if (CJK.test(ch)) {
      if (lang === 'en') {
        more = true;
        return done(false);
      }
      lang = 'zh';
      if (!hans.has(ch) && !hant.has(ch)) {
        more = true;
        return done(false);
      }
      if (words >= 2) more = true;
      words++;
      i++;
      if (words > 24) return done(false);
      continue;
    }
    // A Latin token (or numbering) up to the next separator or CJK character.
    let j = i;
    while (j < n && !SEP.test(text[j]!) && text[j] !== '\u3000' && !CJK.test(text[j]!)) j++;
    let tok = text.slice(i, j);
    const complete = j < text.length;
    if (NUMBERING.test(tok)) {
      i = j;
      continue;
    }
    // Numbering glued to its word: "1.word", "2)word".
    const glued = /^\d{1,2}[.)、:：-]([A-Za-z]+)$/.exec(tok);
    if (glued) tok = glued[1]!;
    if (lang === 'zh' || !/^[A-Za-z]+$/.test(tok)) {
      if (words >= 2) more = true;
      return done(false);
    }
    lang = 'en';
    const w = tok.toLowerCase();
    if (words >= 2) more = true;
    if (complete) {
      if (!en.has(w)) return done(false);
      words++;
      if (words > 24) return done(false);
    } else if (!beginsWord(w)) return done(false);
    i = j;
  }
  return done(true);
}

/** Characters a page (or a copy) can slip between words unseen: not part of any entry. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Where an entry can start: the field's start, a new line, or after a label ("Phrase: "). */
const STARTS = /[\n:：]/g;

/**
 * Reads the end of a field's text (to the caret) as a phrase being typed, from the earliest place
 * an entry can start from which it still reads as one: a phrase after a greeting line or a label
 * is seen as well as one at the field's start.
 */
export function scanEntry(text: string): Scan {
  const t = (text.length > 2000 ? text.slice(-2000) : text).replace(INVISIBLE, '');
  let last: Scan | null = null;
  const starts = [0];
  for (const m of t.matchAll(STARTS)) starts.push(m.index + 1);
  for (const at of starts.slice(-40)) {
    const s = scanFrom(at ? t.slice(at) : t);
    if (s.phraseLike && s.words + (s.more ? 1 : 0) > 0) return s;
    last = s;
  }
  return last ?? scanFrom(t);
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
  const s = scanEntry(text);
  return s.phraseLike && s.words >= 2 && s.more ? 'hold' : 'free';
}

/**
 * Whether an entry shows two phrase words (or 10 hex digits) so far: the guard gets its hold field
 * ready, so that holding starts the moment more arrives.
 */
export function entryArmed(text: string): boolean {
  if (trailingHexDigits(text) >= 10) return true;
  const s = scanEntry(text);
  return s.phraseLike && s.words >= 2;
}

/**
 * How many phrase words a run of typing ends with, counting a last word that is already a list
 * word as complete (the keyboard may leave for another frame before any separator): what a guard
 * tells the other frames of its tab (a count and a word list, never a word). Null: none.
 */
export function runShape(text: string): { words: number; lang: 'en' | 'zh' } | null {
  const done = scanEntry(text + ' ');
  const s = done.phraseLike ? done : scanEntry(text);
  return s.phraseLike && s.words > 0 ? { words: s.words, lang: s.lang ?? 'en' } : null;
}

/**
 * Whether held text (the field's text from its start, with what is held) still looks like a secret
 * being entered. False: the held part goes to the page as typed.
 */
export function stillHeld(text: string): boolean {
  const s = scanEntry(text);
  return (s.phraseLike && s.words >= 2) || trailingHexDigits(text) >= HEX_HOLD_AT;
}

/** Tokens of an entry's text (white space, commas and numbering apart). */
function tokens(text: string): string[] {
  return text
    .replace(INVISIBLE, '')
    .split(/[\s,;|]+/)
    .map((t) => t.replace(/^\d{1,2}[.)、:：-]?/, '').toLowerCase())
    .filter(Boolean);
}

/**
 * A phrase with a typo or two still being typed: most of the last tokens are list words. Held
 * text like this is not let go when a word breaks the pattern (a typo, a word fixed by Backspace,
 * the rest of a phrase after a mistyped word), only when the user ends the entry.
 */
export function phraseWithTypos(text: string): boolean {
  const { en } = wordSets();
  const last = tokens(text.slice(-400)).slice(-24);
  if (last.length < 5 || !last.every((t) => /^[a-z]+$/.test(t))) return false;
  const hits = last.filter((t) => en.has(t)).length;
  return hits >= last.length - 2 && hits / last.length >= 0.75;
}

/**
 * An entry the user has finished (Enter, Tab, a click elsewhere) that is a phrase with a typo: a
 * phrase's length (12, 15, 18, 21 or 24 English words) with at most two that are not list words.
 */
export function endsAsPhrase(text: string): boolean {
  const { en } = wordSets();
  const all = tokens(text.slice(-600));
  for (const n of [24, 21, 18, 15, 12]) {
    if (all.length < n) continue;
    const last = all.slice(-n);
    if (!last.every((t) => /^[a-z]+$/.test(t))) continue;
    if (
      last.filter((t) => en.has(t)).length >= n - 2 &&
      (all.length === n || !en.has(all[all.length - n - 1]!))
    )
      return true;
  }
  return false;
}

/**
 * Whether Enter ends a held entry (then it is judged: let go, or stopped as a phrase) or only
 * separates its words (a phrase typed a word an Enter). `entry`: the entry from its start, with
 * what is held; `pagePart`: the part the page already has; `carried`: the entry goes on from
 * words typed before the page cleared the field, or in another field, frame or page.
 * - The page already has more than two words of it (it took them an Enter at a time): separates.
 * - Carried words that still read as a phrase: separates, unless the last line alone (this
 *   message) is two words or more (a chat's next message after one of list words).
 * - A text area: ends a one-line entry of the field's own text (a chat's Enter sends it).
 * - A one-line field: ends.
 */
export function enterEnds(
  entry: string,
  pagePart: string,
  carried: boolean,
  multiline: boolean,
  hashContext: boolean,
): boolean {
  const had = scanEntry(pagePart + ' ');
  if (had.phraseLike && had.words > 2) return false;
  if (carried) {
    const line = entry.split(/[\n\t]/).pop() ?? '';
    return tokens(line).length >= 2 || heldOutcome(entry, 'change', hashContext) !== 'hold';
  }
  return !multiline || !/[\n\t]/.test(entry);
}

/**
 * What becomes of held text (not a complete secret: the detector judges that first) when it
 * changes or when the user ends the entry: still held, let go to the page, or stopped as a phrase.
 * - change: held while it still reads as a phrase or a key being typed, or a phrase with typos;
 * - Tab: also held in the middle of a phrase or a key (split over two fields: the rest joins it);
 * - Enter, Tab, a click elsewhere: a phrase's length of list words (12-24, English or spaced
 *   Chinese), or of English words with at most two typos, is stopped; anything else is let go.
 */
export function heldOutcome(
  text: string,
  why: 'change' | 'enter' | 'tab' | 'leave',
  hashContext: boolean,
): 'hold' | 'release' | 'stop' {
  if (why === 'change') return stillHeld(text) || phraseWithTypos(text) ? 'hold' : 'release';
  const hex = trailingHexDigits(text);
  if (why === 'tab' && (phraseWithTypos(text) || (!hashContext && hex >= 16 && hex < 64)))
    return 'hold';
  const s = scanEntry(text);
  const phraseLength = [12, 15, 18, 21, 24].includes(s.words);
  if ((s.phraseLike && phraseLength && (s.lang === 'en' || s.spaced)) || endsAsPhrase(text))
    return 'stop';
  return 'release';
}
