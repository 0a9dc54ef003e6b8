import { sha256 } from '@noble/hashes/sha2.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as zhHans } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as zhHant } from '@scure/bip39/wordlists/traditional-chinese.js';
import type { Finding } from './finding';

/**
 * The wordlists as sets, made on first use: the guard loads this module in every frame at
 * document_start, where most pages never need them.
 */
type WordSets = Record<'en' | 'hans' | 'hant', Set<string>>;
let sets: WordSets | null = null;
export function wordSets(): WordSets {
  return (sets ??= { en: new Set(english), hans: new Set(zhHans), hant: new Set(zhHant) });
}

/** Whether a lower-case word is in the English BIP39 list. */
export function isEnglishSeedWord(w: string): boolean {
  return wordSets().en.has(w);
}

export type PhraseLang = 'en' | 'zh-Hans' | 'zh-Hant';

export interface PhraseHit {
  lang: PhraseLang;
  words: number;
  valid: boolean;
  /** [start, end) in the input. */
  start: number;
  end: number;
}

interface Token {
  w: string;
  start: number;
  end: number;
}

const isCjkCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function listsFor(tokens: Token[]): [PhraseLang, Set<string>, string[]][] {
  const out: [PhraseLang, Set<string>, string[]][] = [];
  const { hans, hant } = wordSets();
  if (tokens.every((t) => hans.has(t.w))) out.push(['zh-Hans', hans, zhHans]);
  if (tokens.every((t) => hant.has(t.w))) out.push(['zh-Hant', hant, zhHant]);
  return out;
}

/** Runs of consecutive BIP39 words (English words, or single Chinese characters). */
const indexCache = new WeakMap<string[], Map<string, number>>();

/**
 * BIP39: the words' 11-bit indexes hold the entropy and, in the last bits, the first bits of its
 * SHA-256. (Checked here with a word index built once per list: the library's validateMnemonic
 * re-validates the whole 2048-word list on every call, which dominated the engine's time.)
 */
export function checksumOk(words: string[], list: string[]): boolean {
  const n = words.length;
  if (n % 3 !== 0 || n < 12 || n > 24) return false;
  let idx = indexCache.get(list);
  if (!idx) {
    idx = new Map(list.map((w, i) => [w.normalize('NFKD'), i]));
    indexCache.set(list, idx);
  }
  const csBits = n / 3; // 11n bits = 32n/3 entropy bits + n/3 checksum bits
  const entBytes = (n * 11 - csBits) / 8;
  // The words' 11-bit indexes, written bit by bit (the entropy ends on a byte boundary).
  const bits = new Uint8Array(entBytes + 1);
  let pos = 0;
  for (const w of words) {
    const i = idx.get(w) ?? idx.get(w.normalize('NFKD'));
    if (i === undefined) return false;
    for (let b = 10; b >= 0; b--, pos++) if ((i >> b) & 1) bits[pos >> 3]! |= 0x80 >> (pos & 7);
  }
  const checksum = bits[entBytes]! >> (8 - csBits);
  return sha256(bits.subarray(0, entBytes))[0]! >> (8 - csBits) === checksum;
}

function runs(input: string): { tokens: Token[]; lang: 'en' | 'zh'; spaced: boolean }[] {
  const out: { tokens: Token[]; lang: 'en' | 'zh'; spaced: boolean }[] = [];
  const { en, hans, hant } = wordSets();
  // English: words separated by spaces, commas, newlines or list numbering.
  let cur: Token[] = [];
  const flush = (lang: 'en' | 'zh', spaced = true) => {
    if (cur.length >= 8) out.push({ tokens: cur, lang, spaced });
    cur = [];
  };
  for (const m of input.matchAll(/[A-Za-z]+|[^A-Za-z]+/g)) {
    const t = m[0];
    if (/^[A-Za-z]/.test(t)) {
      const w = t.toLowerCase();
      if (en.has(w)) cur.push({ w, start: m.index, end: m.index + t.length });
      else flush('en');
    } else if (!/^[\s,;.、，；|\-–\d.)(#:：]*$/.test(t)) {
      flush('en');
    }
  }
  flush('en');
  // Chinese: single characters, all separated by white space or all adjacent; punctuation or a
  // change of spacing ends a run.
  let mode: 'spaced' | 'unspaced' | null = null;
  let lastEnd = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Most characters of a text are ASCII: told apart by their code, not a pattern per character.
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) continue;
      if (((code >= 48 && code <= 57) || code === 46 || code === 41) && mode !== 'unspaced')
        continue;
      if (cur.length) flush('zh', mode !== 'unspaced');
      mode = null;
      continue;
    }
    const ch = input[i]!;
    if (isCjkCode(code) && (hans.has(ch) || hant.has(ch))) {
      const adjacent = lastEnd === i;
      if (cur.length >= 1) {
        const m = adjacent ? 'unspaced' : 'spaced';
        if (mode === null) mode = m;
        else if (mode !== m) {
          const last = cur.pop()!;
          flush('zh', mode === 'spaced');
          cur = [last];
          mode = m;
        }
      }
      cur.push({ w: ch, start: i, end: i + 1 });
      lastEnd = i + 1;
    } else if (/[\s\u3000]/.test(ch) || (/[\d.)、]/.test(ch) && mode !== 'unspaced')) {
      continue;
    } else {
      flush('zh', mode !== 'unspaced');
      mode = null;
    }
  }
  flush('zh', mode !== 'unspaced');
  return out;
}

/** Find seed phrases (valid or checksum-failing) inside a value. */
export function findPhrases(
  input: string,
  maxLen = 200_000,
  opts: { unspacedWindows?: boolean } = {},
): PhraseHit[] {
  if (input.length > maxLen) input = input.slice(0, maxLen);
  const hits: PhraseHit[] = [];
  for (const run of runs(input)) {
    const toks = run.tokens;
    const lists: [PhraseLang, Set<string>, string[]][] =
      run.lang === 'en' ? [['en', wordSets().en, english]] : listsFor(toks);
    if (!lists.length) continue;
    let found = false;
    // Prefer the longest valid window; bounded work: at most 5 lengths × run length.
    for (const len of [24, 21, 18, 15, 12]) {
      // An unspaced run of characters is a phrase only as a whole, never a window of prose.
      // Redaction of a text that talks about a seed phrase looks inside longer runs too.
      if (toks.length < len || (!run.spaced && !opts.unspacedWindows && toks.length !== len))
        continue;
      for (let i = 0; i + len <= toks.length && !found; i++) {
        const words = toks.slice(i, i + len).map((t) => t.w);
        for (const [lang, , list] of lists) {
          if (checksumOk(words, list)) {
            hits.push({
              lang,
              words: len,
              valid: true,
              start: toks[i]!.start,
              end: toks[i + len - 1]!.end,
            });
            found = true;
            break;
          }
        }
      }
      if (found) break;
    }
    if (!found && toks.length >= 12 && (run.lang === 'en' || run.spaced)) {
      hits.push({
        lang: lists[0]![0],
        words: toks.length,
        valid: false,
        start: toks[0]!.start,
        end: toks[toks.length - 1]!.end,
      });
    }
  }
  return hits;
}

const HEX64 = /(?<![0-9a-fA-FxX])(0[xX])?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
const EXPLORER =
  /(?:^|\.)(?:[a-z0-9-]*scan\.(?:io|com|org)|tronscan\.org|oklink\.com|blockchair\.com|blockscout\.com|tokenview\.io|explorer\.[a-z.]+|blockchain\.com|mempool\.space|solana\.fm|btc\.com)$/;
const TX_WORDS = /\b(?:tx|txid|txn|hash|transaction)\b|交易哈希|哈希|交易号/i;

export function isKeystore(input: string): boolean {
  const s = input.trim();
  if (!s.startsWith('{') || s.length > 100_000) return false;
  if (!/"ciphertext"/i.test(s) || !/"(?:kdf|cipher)"/i.test(s)) return false;
  try {
    const j = JSON.parse(s) as Record<string, unknown>;
    const crypto = (j['crypto'] ?? j['Crypto']) as Record<string, unknown> | undefined;
    return !!crypto && typeof crypto === 'object' && 'ciphertext' in crypto;
  } catch {
    return /"crypto"\s*:\s*\{/i.test(s);
  }
}

/** Judge a value typed or pasted into a field of the page at `url`. */
export function judgeInputFindings(input: string, url: string | undefined): Finding[] {
  if (!input) return [];
  if (isKeystore(input))
    return [
      { code: 'KEYSTORE_ENTERED', level: 'danger', evidence: { matched: ['keystore JSON'] } },
    ];
  const findings: Finding[] = [];
  const host = url ? hostOfUrl(url) : '';
  for (const m of input.slice(0, 200_000).matchAll(HEX64)) {
    const prefixed = !!m[1];
    const txLike = (prefixed && EXPLORER.test(host)) || TX_WORDS.test(input);
    findings.push({
      code: txLike ? 'TX_HASH_LIKELY' : 'PRIVATE_KEY_ENTERED',
      level: txLike ? 'caution' : 'danger',
      evidence: {
        matched: [prefixed ? '0x + 64 hex digits' : '64 hex digits'],
        span: [m.index, m.index + m[0].length],
      },
    });
    break;
  }
  for (const p of findPhrases(input)) {
    findings.push({
      code: p.valid ? 'SEED_PHRASE_ENTERED' : 'SEED_WORDS_ENTERED',
      level: p.valid ? 'danger' : 'caution',
      evidence: {
        matched: [`${p.words} BIP39 words (${p.lang})${p.valid ? '' : ', checksum fails'}`],
        span: [p.start, p.end],
      },
    });
    break;
  }
  return findings;
}

function hostOfUrl(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  return (m?.[1] ?? '').toLowerCase();
}
