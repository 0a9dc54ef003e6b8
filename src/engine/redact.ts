import { findPhrases, isEnglishSeedWord, isKeystore, wordSets } from './secrets';

export const REDACTED = {
  phrase: '[REDACTED seed phrase]',
  key: '[REDACTED private key]',
  keystore: '[REDACTED keystore]',
  password: '[REDACTED password]',
} as const;

const HEX64 = /(?<![0-9a-fA-F])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
/** Password, PIN… named: the only secret that needs no long run of words or digits. */
const PASSWORD_WORDS = 'password|passwd|passcode|pwd|pin|密码|密碼|口令|支付密码';
const PASSWORD = new RegExp(
  `((?:${PASSWORD_WORDS})\\s*(?:is|是|为|為|:|：|=)\\s*)(?!\\[REDACTED)([^\\s,，。;；"']{1,128})`,
  'gi',
);
/** A password word with its value after it ("pin: 1234"): what the password pass replaces. */
const PASSWORD_VALUE = new RegExp(PASSWORD.source, 'i');
/** Words that announce a seed phrase: then unspaced Chinese phrases are looked for inside longer runs. */
const PHRASE_TALK =
  /助[记記][词詞]|[恢復复][复復]?[词詞]|mnemonic|seed|phrase|recovery|secret words/i;
/** Links whose address is percent-encoded: the secret may hide in the encoding. */
const ENCODED_URL = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>]*%[0-9a-f]{2}[^\s"'<>]*/gi;
const KEYSTORE_BLOCK =
  /\{[^{}]{0,2000}"(?:crypto|Crypto)"\s*:\s*\{[^{}]{0,4000}(?:\{[^{}]{0,2000}\}[^{}]{0,2000}){0,4}\}[^{}]{0,2000}\}/g;

/**
 * Remove every seed phrase (valid or not: 8+ BIP39 words in a row), 64-hex private key, keystore
 * and "password: …" value from a text. Applied to anything that is stored, shown or sent.
 */
export function redactSecrets(text: string): string {
  return redact(text, true);
}

/** Characters allowed between the words of a phrase (by findPhrases or the word-run pass). */
function isPhraseGap(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0x3000 ||
    c === 0xa0 ||
    (c >= 48 && c <= 57) ||
    c === 44 || // ,
    c === 59 || // ;
    c === 46 || // .
    c === 0x3001 || // 、
    c === 0xff0c || // ，
    c === 0xff1b || // ；
    c === 124 || // |
    c === 45 || // -
    c === 0x2013 || // –
    c === 41 || // )
    c === 40 || // (
    c === 35 || // #
    c === 58 || // :
    c === 0xff1a || // ：
    (c > 127 && /\s/.test(String.fromCharCode(c)))
  );
}

/**
 * A necessary condition for anything redact() removes, in one pass: 8 wordlist words in a row
 * (English words, or Chinese characters, with only spaces, numbering or commas between them), 64
 * hex digits in a row, a brace (a keystore), a percent sign (an encoded link) or a password word.
 * Most evidence has none.
 */
export function mayHoldSecret(text: string): boolean {
  const { en, hans, hant } = wordSets();
  let enRun = 0;
  let zhRun = 0;
  let hex = 0;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lower = c | 32;
    const letter = c < 128 && lower >= 97 && lower <= 122;
    if (letter) {
      if (wordStart < 0) wordStart = i;
      zhRun = 0;
    } else if (wordStart >= 0) {
      if (en.has(text.slice(wordStart, i).toLowerCase())) {
        if (++enRun >= 8) return true;
      } else enRun = 0;
      wordStart = -1;
    }
    if ((c >= 48 && c <= 57) || (letter && lower <= 102)) {
      if (++hex >= 64) return true;
    } else hex = 0;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      const ch = text[i]!;
      if (hans.has(ch) || hant.has(ch)) {
        if (++zhRun >= 8) return true;
      } else zhRun = 0;
      enRun = 0;
    } else if (c === 123 || c === 37) return true;
    else if (!letter && !isPhraseGap(c)) {
      enRun = 0;
      zhRun = 0;
    }
  }
  return PASSWORD_VALUE.test(text);
}

function redact(text: string, urls: boolean): string {
  if (!text || !mayHoldSecret(text)) return text;
  let out = text;
  if (isKeystore(out)) return REDACTED.keystore;
  if (urls && out.includes('%')) out = out.replace(ENCODED_URL, (u) => redactUrl(u));
  out = out.replace(KEYSTORE_BLOCK, REDACTED.keystore);
  out = out.replace(HEX64, REDACTED.key);
  out = out.replace(PASSWORD, (_m, pre: string) => pre + REDACTED.password);
  // Seed phrases last: spans are found on the already-redacted text.
  const hits = findPhrases(out, undefined, { unspacedWindows: PHRASE_TALK.test(out) }).sort(
    (a, b) => b.start - a.start,
  );
  for (const h of hits) out = out.slice(0, h.start) + REDACTED.phrase + out.slice(h.end);
  // Runs of 8+ English wordlist words that are not a full phrase are still redacted.
  out = redactWordRuns(out);
  return out;
}

function redactWordRuns(text: string): string {
  const parts: { start: number; end: number }[] = [];
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  for (const m of text.matchAll(/[A-Za-z]+|[^A-Za-z]+/g)) {
    const t = m[0];
    if (/^[A-Za-z]/.test(t)) {
      if (isEnglishSeedWord(t.toLowerCase())) {
        if (count === 0) runStart = m.index;
        count++;
        runEnd = m.index + t.length;
        continue;
      }
    } else if (/^[\s,;.\d)(:-]*$/.test(t)) continue;
    if (count >= 8) parts.push({ start: runStart, end: runEnd });
    count = 0;
  }
  if (count >= 8) parts.push({ start: runStart, end: runEnd });
  let out = text;
  for (const p of parts.reverse()) out = out.slice(0, p.start) + REDACTED.phrase + out.slice(p.end);
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}

/**
 * A URL with any secret removed, also when the secret is percent-encoded: a query or fragment that
 * holds one is replaced as a whole ("?[REDACTED]"); a path that holds one is redacted decoded.
 */
export function redactUrl(url: string): string {
  if (!url) return url;
  const cut = url.search(/[?#]/);
  const head = cut < 0 ? url : url.slice(0, cut);
  const tail = cut < 0 ? '' : url.slice(cut);
  const decodedHead = safeDecode(head);
  const cleanHead = redactPlain(decodedHead);
  const headOut = cleanHead === decodedHead ? redactPlain(head) : cleanHead;
  if (!tail) return headOut;
  const decodedTail = safeDecode(tail.slice(1));
  const leaks = redactPlain(decodedTail) !== decodedTail || redactPlain(tail) !== tail;
  return headOut + (leaks ? `${tail[0]}[REDACTED]` : tail);
}

/** redactSecrets without the URL pass (used on already-decoded URL parts). */
function redactPlain(text: string): string {
  return redact(text, false);
}
