import { findPhrases, isEnglishSeedWord, isKeystore } from './secrets';

export const REDACTED = {
  phrase: '[REDACTED seed phrase]',
  key: '[REDACTED private key]',
  keystore: '[REDACTED keystore]',
  password: '[REDACTED password]',
} as const;

const HEX64 = /(?<![0-9a-fA-F])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
const PASSWORD =
  /((?:password|passwd|passcode|pwd|pin|密码|密碼|口令|支付密码)\s*(?:is|是|为|為|:|：|=)\s*)([^\s,，。;；"']{1,128})/gi;
const KEYSTORE_BLOCK =
  /\{[^{}]{0,2000}"(?:crypto|Crypto)"\s*:\s*\{[^{}]{0,4000}(?:\{[^{}]{0,2000}\}[^{}]{0,2000}){0,4}\}[^{}]{0,2000}\}/g;

/**
 * Remove every seed phrase (valid or not: 8+ BIP39 words in a row), 64-hex private key, keystore
 * and "password: …" value from a text. Applied to anything that is stored, shown or sent.
 */
export function redactSecrets(text: string): string {
  if (!text) return text;
  let out = text;
  if (isKeystore(out)) return REDACTED.keystore;
  out = out.replace(KEYSTORE_BLOCK, REDACTED.keystore);
  out = out.replace(HEX64, REDACTED.key);
  out = out.replace(PASSWORD, (_m, pre: string) => pre + REDACTED.password);
  // Seed phrases last: spans are found on the already-redacted text.
  const hits = findPhrases(out).sort((a, b) => b.start - a.start);
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
