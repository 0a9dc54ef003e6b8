import { parse } from 'tldts';
import type { OfficialIndex } from './official-index';
import { knownScamOf } from './official-index';
import type { ScamEntry } from '../list/schema';
import { judgeUrlFindings } from './domain';
import { maxLevel } from './finding';
import type { Finding } from './finding';
import {
  DIGIT_MAP,
  N_APP_INVITE,
  N_EMAIL,
  N_HANDLE,
  N_LINE,
  N_PHONE_CONTEXT,
  N_QQ,
  N_TELEGRAM,
  N_URL,
  N_WECHAT,
} from './lexicon';
import { eachMatch } from './match';

export type ContactKind =
  'phone' | 'qq' | 'wechat' | 'telegram' | 'line' | 'email' | 'handle' | 'url' | 'app';

export interface Contact {
  kind: ContactKind;
  value: string;
  /** Span in the folded text. */
  start: number;
  end: number;
  official: boolean;
  /** For links: what the address judge found. */
  urlFindings?: Finding[];
  /** For links: the host, lower case. */
  host?: string;
  /** The signed list names it as a known scam. */
  known?: ScamEntry;
}

const MAX_CONTACTS = 64;
/** A handle named before its messenger: "message Blackhathacker111 on telegram" (not a plain word). */
const NAME_ON_TELEGRAM =
  /(?<![a-z0-9_@])@?([a-z][a-z0-9_]*(?:\d|_)[a-z0-9_]*)\s+(?:on|via|at)\s+(?:telegram|tg)(?![a-z])/g;
const TELEGRAM_HINT = /tg|telegram|飞机|电报/;
const TELEGRAM_WORDS =
  /^(?:group|groups|channel|channels|account|accounts|chat|chats|link|links|support|admin|admins|bot|bots|app|messenger|users?|community|official|handle|username|message|messages|desktop|premium|wallet|mini|web|and|or|the|for|with|from|team)$/;
const LETTER_O = 111;
/** Letters written for digits in a phone number: o for 0, i and l for 1. */
const isLookalike = (c: number) => c === LETTER_O || c === 105 || c === 108;
/** Per UTF-16 unit: the digit it stands for in a phone number (ASCII, Chinese numerals, "o"), or -1. */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [ch, d] of Object.entries(DIGIT_MAP)) DIGIT_OF[ch.charCodeAt(0)] = Number(d);
DIGIT_OF[105] = 1; // i
DIGIT_OF[108] = 1; // l

/** ASCII digits and Chinese numerals in a text (counting stops at 8: enough for every use). */
function countDigits(n: string): number {
  let k = 0;
  for (let i = 0; i < n.length && k < 8; i++) {
    const c = n.charCodeAt(i);
    if (DIGIT_OF[c]! >= 0 && !isLookalike(c)) k++;
  }
  return k;
}

function isSeparator(c: number): boolean {
  // space - – — . ( ) + / NBSP
  return (
    c === 32 ||
    c === 45 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2014 ||
    c === 46 ||
    c === 40 ||
    c === 41 ||
    c === 43 ||
    c === 47 ||
    c === 0xa0 ||
    // ~ * [ ] _ and arrows, dots and bullets that spammers put between digits
    c === 126 ||
    c === 42 ||
    c === 91 ||
    c === 93 ||
    c === 95 ||
    c === 0xb7 ||
    c === 0x2022 ||
    c === 0x2192 ||
    c === 0x21dd ||
    c === 0x2212 ||
    // corner brackets, arrows, stars and diamonds used as digit-group separators
    (c >= 0x300c && c <= 0x3011) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x25a0 && c <= 0x25ff) ||
    (c >= 0x2600 && c <= 0x27bf) ||
    c === 0x2726 ||
    c === 124 ||
    c === 62 ||
    // braces: "+1-{707~536~4111}"
    c === 123 ||
    c === 125 ||
    (c >= 0x2200 && c <= 0x22ff)
  );
}
const STRONG_PHONE = /^(?:400\d{7}|800\d{7}|1[3-9]\d{9}|0\d{9,11})$/;
const HANDLE_WORDS =
  /support|help|care|kefu|kf|admin|service|desk|assist|official|team|recover|jishu|cs|safe|bot|tokenpocket|tpwallet|tpqb|tp/;
const CONTACT_CUE =
  /(?:dm|message|contact|reach|via|联系|找|加|飞机|telegram|tg|电报|→|👉|:|：)\s*$/;

/** A letter other than "o" (which may stand for 0); false past either end of the text. */
function isLetterAt(n: string, i: number): boolean {
  const c = n.charCodeAt(i);
  return c >= 97 && c <= 122 && !isLookalike(c);
}

/** Phone-number-like runs: digits in any spacing, letter O for 0, Chinese numerals. */
export function findPhones(n: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  const len = n.length;
  let i = 0;
  while (i < len) {
    const c = n.charCodeAt(i);
    if (
      DIGIT_OF[c]! < 0 ||
      (isLookalike(c) && (i + 1 >= len || DIGIT_OF[n.charCodeAt(i + 1)]! < 0)) ||
      isLetterAt(n, i - 1) ||
      isLookalike(n.charCodeAt(i - 1))
    ) {
      i++;
      continue;
    }
    const start = n.charCodeAt(i - 1) === 43 ? i - 1 : i;
    let digits = '';
    let j = i;
    let lastDigitEnd = i;
    while (j < len) {
      const cj = n.charCodeAt(j);
      const d = DIGIT_OF[cj]!;
      if (d >= 0 && !(isLookalike(cj) && (isLetterAt(n, j + 1) || isLetterAt(n, j - 1)))) {
        digits += d;
        lastDigitEnd = j + 1;
        j++;
      } else if (isSeparator(cj) && j - lastDigitEnd < 3) {
        j++;
      } else break;
    }
    const end = lastDigitEnd;
    if (
      digits.length >= 7 &&
      digits.length <= 15 &&
      (!isLetterAt(n, end) || /^(?:tel|usa|us|uk|eu|ext)\b/.test(n.slice(end, end + 4)))
    ) {
      const before = n.slice(Math.max(0, start - 30), start).replace(/\s+/g, '');
      const intl = n.charCodeAt(start) === 43;
      if (intl || STRONG_PHONE.test(digits) || N_PHONE_CONTEXT.test(before.slice(-14))) {
        out.push({ value: (intl ? '+' : '') + digits, start, end });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const EMAIL_AT = new RegExp(N_EMAIL.source, 'y');
const SPACED_EMAIL_HINT = /\s@|@\s|[([{]at[)\]}]|\sat\s+[a-z0-9]+\s+dot\s/;
/**
 * An address written apart: around its "@" (or "(at)"), its dot (or "(dot)"), ending in a common
 * top-level domain (prose has "@ john. Good" too).
 */
const SPACED_EMAIL = new RegExp(
  `([a-z0-9][a-z0-9._%+-]{1,63})\\s*(?:@|[([{]at[)\\]}])\\s*(?:([a-z0-9-]{2,63})\\s*(?:\\.|[([{]dot[)\\]}])\\s*(com|net|org|me|io|co|cn|ru|de|uk|info|biz|us|ca|app|xyz|online|site|email)\\b)` +
    // "name AT gmail DOT com": bare words only with a mail provider (prose has "at" and "dot" too).
    `|([a-z0-9][a-z0-9._%+-]{1,63})\\s+at\\s+(gmail|googlemail|yahoo|outlook|hotmail|aol|icloud|proton|protonmail|gmx|yandex|mail|qq|163|126)\\s+dot\\s+(com|net|me|ru|cn)\\b`,
  'g',
);
const isLocalPart = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;

/**
 * The matches of N_EMAIL, found from each "@" (scanning for the pattern from every letter of a
 * text costs more than the rest of the contact search): the leftmost start that can reach an "@"
 * is the start of the run of address characters before it, at most 64 back.
 */
export function* emailsIn(n: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let at = n.indexOf('@'); at >= 0; at = n.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && at - start < 64 && isLocalPart(n.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(n);
    if (m) {
      from = m.index + m[0].length;
      yield m;
    }
  }
}

function overlaps(spans: { start: number; end: number }[], s: number, e: number): boolean {
  return spans.some((x) => s < x.end && e > x.start);
}

/** Every contact point in a folded text, each marked official or not. */
export function findContacts(n: string, index: OfficialIndex): Contact[] {
  const out: Contact[] = [];
  const emails: Contact[] = [];
  const hasAt = n.includes('@');
  if (hasAt) {
    for (const m of emailsIn(n)) {
      const value = m[0];
      const official = index.values.has(`email:${value}`);
      emails.push({ kind: 'email', value, start: m.index, end: m.index + value.length, official });
      if (emails.length >= MAX_CONTACTS) break;
    }
    out.push(...emails);
  }
  // An address written apart so that it is not a link: "name @ proton . me", "name(at)gmail(dot)com".
  if (SPACED_EMAIL_HINT.test(n)) {
    eachMatch(SPACED_EMAIL, n, (m) => {
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(out, s, e)) return;
      const value = m[1] ? `${m[1]}@${m[2]}.${m[3]}` : `${m[4]}@${m[5]}.${m[6]}`;
      const official = index.values.has(`email:${value}`);
      out.push({ kind: 'email', value, start: s, end: e, official });
      return out.length < MAX_CONTACTS;
    });
  }
  // A host name needs a dot between a letter or digit and a letter ("a.bc"); most prose has none.
  if (/[a-z0-9\u00c0-\u024f-]\.[a-z]/.test(n)) {
    eachMatch(N_URL, n, (m) => {
      if (out.length >= MAX_CONTACTS) return false;
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(emails, s, e)) return;
      if (n[s - 1] === '@' || /[a-z0-9_]/.test(n[s - 1] ?? '')) return;
      const raw = m[0].replace(/[.,;:!?]+$/, '');
      const host = raw.replace(/^https?:\/\//, '').split(/[/?#:]/)[0] ?? '';
      const info = parse(host, { allowPrivateDomains: true });
      if (!info.domain || !(info.isIcann || info.isPrivate)) return;
      if (!/^https?:\/\//.test(raw) && /^\d/.test(host)) return;
      const urlFindings = judgeUrlFindings(raw, index);
      const official = urlFindings.some((f) => f.code === 'OFFICIAL_CHANNEL');
      out.push({
        kind: 'url',
        value: raw,
        host: host.toLowerCase(),
        start: s,
        end: s + raw.length,
        official,
        urlFindings,
      });
    });
  }
  const taken = [...out];
  /** Adds a contact; false once the cap is reached (a text with hundreds says no more). */
  const add = (
    kind: ContactKind,
    value: string,
    start: number,
    end: number,
    official = false,
  ): boolean => {
    if (out.length >= MAX_CONTACTS) return false;
    if (overlaps(taken, start, end) && kind !== 'qq') return true;
    const c: Contact = { kind, value, start, end, official };
    out.push(c);
    taken.push(c);
    return true;
  };
  // Cheap necessary conditions first: each messenger pattern is scanned only when it could match.
  const digits = countDigits(n);
  if (digits >= 5)
    eachMatch(N_QQ, n, (m) => add('qq', m[1]!.replace(/\D/g, ''), m.index, m.index + m[0].length));
  if (/[a-z][a-z0-9_-]{4}/.test(n))
    eachMatch(N_WECHAT, n, (m) =>
      add('wechat', (m[1] ?? m[2] ?? m[3])!, m.index, m.index + m[0].length),
    );
  // One pattern test is cheaper than four includes() on a two-byte (Chinese) string.
  if (TELEGRAM_HINT.test(n))
    eachMatch(N_TELEGRAM, n, (m) => {
      const h = m[1]!;
      // "telegram group", "telegram channel": a word, not a handle.
      if (!m[0].includes('@') && !/[:：]/.test(m[0]) && TELEGRAM_WORDS.test(h)) return;
      add('telegram', h, m.index, m.index + m[0].length, isOfficialHandle(h, index));
    });
  // "Blackhathacker111 on telegram": a name with digits or an underscore, then the messenger.
  if (TELEGRAM_HINT.test(n))
    eachMatch(NAME_ON_TELEGRAM, n, (m) =>
      add('telegram', m[1]!, m.index, m.index + m[0].length, isOfficialHandle(m[1]!, index)),
    );
  if (n.includes('line'))
    eachMatch(N_LINE, n, (m) => add('line', m[1]!, m.index, m.index + m[0].length));
  if (hasAt)
    eachMatch(N_HANDLE, n, (m) => {
      const h = m[1]!;
      const s = m.index;
      const official = isOfficialHandle(h, index);
      const cue = CONTACT_CUE.test(n.slice(Math.max(0, s - 12), s));
      if (official || cue || HANDLE_WORDS.test(h.replace(/[_.]/g, '')))
        add('handle', h, s, s + m[0].length, official);
    });
  // Four real digits or numerals at least (the table walk is cheaper than any pattern for it).
  for (const p of digits >= 4 ? findPhones(n).slice(0, MAX_CONTACTS) : []) {
    if (
      overlaps(
        taken.filter((t) => t.kind !== 'qq'),
        p.start,
        p.end,
      )
    )
      continue;
    if (out.some((c) => c.kind === 'qq' && p.start < c.end && p.end > c.start)) continue;
    add('phone', p.value, p.start, p.end);
  }
  const app = /微信|qq|whatsapp|telegram|飞机|line|signal|wechat/.test(n)
    ? N_APP_INVITE.exec(n)
    : null;
  if (app && !/不|别|勿|没|never|not|n't/.test(n.slice(Math.max(0, app.index - 6), app.index))) {
    add('app', app[0], app.index, app.index + app[0].length);
  }
  if (index.scams.size)
    for (const c of out) {
      const host = c.urlFindings?.some((f) => f.code === 'KNOWN_SCAM') ? c.host : undefined;
      const known = host
        ? (index.scams.get(`website:${host}`) ??
          index.scams.get(`website:${parse(host, { allowPrivateDomains: true }).domain ?? ''}`))
        : knownScamOf(index, c.kind, c.value);
      if (known) c.known = known;
    }
  return out;
}

export function isOfficialHandle(h: string, index: OfficialIndex): boolean {
  const v = h.toLowerCase();
  for (const kind of ['x', 'telegram'] as const) {
    if (index.values.has(`${kind}:${v}`)) return true;
  }
  return false;
}

export function contactLevel(c: Contact): 'danger' | 'caution' | 'safe' {
  return c.urlFindings ? maxLevel(c.urlFindings) : 'safe';
}
