/**
 * The sniffer's test (issue #20): could the engine find anything in this text? A necessary
 * condition, far cheaper than the engine. The text is folded and unveiled as the engine does it,
 * then looked through for the literals that every pattern the engine needs before reading further
 * must contain (src/engine/data/sniff-literals.ts, built from the engine's own lists): a list a rule
 * can fire on alone, or a list that makes a contact point matter together with something that may
 * be a contact point. "No" means the engine would find nothing; "yes" only that it is worth reading.
 */
import { compactText, fold, joinCjkGaps } from './normalize';
import { unveilSentences, veiledText } from './veil';
import { SNIFF_SOURCES } from './data/sniff-literals';

interface Compiled {
  triggerPlain: RegExp;
  triggerCompact: RegExp;
  contextPlain: RegExp;
  contextCompact: RegExp;
  triggerAll: { on: 'n' | 'c'; sets: RegExp[] }[];
}
let compiled: Compiled | null = null;

function patterns(): Compiled {
  const s = SNIFF_SOURCES;
  return (compiled ??= {
    triggerPlain: new RegExp(s.triggerPlain),
    triggerCompact: new RegExp(s.triggerCompact),
    contextPlain: new RegExp(s.contextPlain),
    contextCompact: new RegExp(s.contextCompact),
    triggerAll: s.triggerAll.map((a) => ({ on: a.on, sets: a.sets.map((x) => new RegExp(x)) })),
  });
}

/** Digits next to letters: leetspeak ("t0kenp0cket", "wa11et") may hide a word. */
const LEET_NEAR = /[a-z][013457]|[013457][a-z]/;
const LEET_I: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};
const LEET_L: Record<string, string> = { ...LEET_I, '1': 'l' };

/** Longest text looked at (the engine reads no more of one text either: MAX_TEXT in index.ts). */
const MAX = 1_000_000;

/** The compact text, and its leet readings when digits stand next to letters. */
function anyForm(re: RegExp, c: string): boolean {
  if (re.test(c)) return true;
  if (!LEET_NEAR.test(c)) return false;
  return (
    re.test(c.replace(/[013457]/g, (d) => LEET_I[d]!)) ||
    re.test(c.replace(/[013457]/g, (d) => LEET_L[d]!))
  );
}

/**
 * What the engine's contact search needs (contacts.ts), loosely: an "@" (address, handle), a host
 * name, a messenger's name, or a run of five digits or more (QQ, phone) with at most three other
 * characters between them; Chinese numerals count, and o, i, l between digits.
 */
const CONTACT_WORDS =
  /@|[([{]at[)\]}]|[a-z0-9\u00c0-\u024f-]\.[a-z]|微信|v信|薇信|威信|徽信|同微|vx|wx|weixin|wechat|whatsapp|telegram|(?<![a-z])tg|飞机|电报|qq|扣扣|企鹅|line\s*(?:id)?\s*[:：]|\b(?:on|via|through)\s+(?:signal|line)\b|[+➕加]\s*v/;
const NUMERALS = '0123456789〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖';

function isLetter(c: string | undefined): boolean {
  return !!c && /[a-z\u00c0-\u024f]/.test(c);
}

function digitRun(n: string, min: number): boolean {
  let run = 0;
  let gap = 0;
  for (let i = 0; i < n.length; i++) {
    const ch = n[i]!;
    const digit =
      NUMERALS.includes(ch) ||
      ((ch === 'o' || ch === 'i' || ch === 'l') && !isLetter(n[i - 1]) && !isLetter(n[i + 1]));
    if (digit) {
      if (++run >= min) return true;
      gap = 0;
    } else if (isLetter(ch) || /[\u3400-\u9fff]/.test(ch) || ++gap > 3) {
      run = 0;
      gap = 0;
    }
  }
  return false;
}

/** Whether the engine could find anything in `text` (false: it would not). */
export function mayMatter(text: string): boolean {
  const p = patterns();
  const n = joinCjkGaps(fold(text.length > MAX ? text.slice(0, MAX) : text)).text;
  const nv = veiledText(n) ? unveilSentences(n) : n;
  const c = compactText(n);
  if (p.triggerPlain.test(nv) || anyForm(p.triggerCompact, c)) return true;
  for (const a of p.triggerAll)
    if (a.sets.every((re) => (a.on === 'n' ? re.test(nv) : anyForm(re, c)))) return true;
  if (!p.contextPlain.test(nv) && !anyForm(p.contextCompact, c)) return false;
  return CONTACT_WORDS.test(n) || digitRun(n, 5);
}
