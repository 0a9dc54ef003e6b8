/**
 * The engine's cheap pre-checks are necessary conditions: each may say "maybe" too often, never
 * "no" where the full test would find something. Checked against the full tests on generated text
 * made of the characters each test is about.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as zhHans } from '@scure/bip39/wordlists/simplified-chinese.js';
import { veiledText } from '../../src/engine/veil';
import { emailsIn } from '../../src/engine/contacts';
import { N_EMAIL } from '../../src/engine/lexicon';
import { eachMatch } from '../../src/engine/match';
import { mayHoldSecret } from '../../src/engine/redact';
import { findPhrases } from '../../src/engine/secrets';

const SEED = 20261203;

/** Text made of pieces drawn from a small alphabet of words and characters. */
const textOf = (pieces: string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));

/** veiledText as it was written before its pre-checks (the reference). */
function veiledReference(n: string): boolean {
  return (
    /[a-z][013457][a-z]|(?<![a-z0-9])[013457][a-z]{2}/.test(n) ||
    (n.match(/\p{L}[.-]\p{L}/gu)?.length ?? 0) >= 6 ||
    (/[\p{S}\u00b7\u2022\u2027\u2219]/u.test(n) &&
      /(?<=\p{L})[\p{S}\u00b7\u2022\u2027\u2219]+(?=\p{L})/u.test(n)) ||
    (/[ .\-_]\S[ .\-_]/.test(n) &&
      /(?<![\p{L}\p{N}])\p{L}[ .\-_]\p{L}[ .\-_]\p{L}(?![\p{L}])/u.test(n))
  );
}

describe('pre-checks never hide what the full test finds', () => {
  it('veiled text (symbols in words, spaced letters, dotted words, leet)', () => {
    const pieces = [
      ...['a', 'b', 'w', 'o', 'x', 'é', 'ж', 'ω', '钱', '包', '客', '服', '0', '1', '3', '9'],
      ...[' ', ' ', '.', '-', '_', '·', '•', '★', '✈', '💰', '➕', '$', '+', '|', '~', '™'],
      ...['，', '“', '”', '、', '…', '\u00a0', '\n', '(', ')', '#', '@', '!', '〒', '㊙'],
      ...['wallet', 'support', 'the ', 'is a '],
    ];
    let veiled = 0;
    fc.assert(
      fc.property(textOf(pieces), (s) => {
        const want = veiledReference(s);
        if (want) veiled++;
        expect(veiledText(s)).toBe(want);
      }),
      { numRuns: 20000, seed: SEED },
    );
    // The generator reaches both answers.
    expect(veiled).toBeGreaterThan(1000);
  });

  it('e-mail addresses found from each "@" are the pattern’s matches', () => {
    const pieces = [
      ...['a', 'b', 'z', '0', '9', '.', '_', '%', '+', '-', '@', '@', ' ', ',', '中', ':'],
      ...['gmail', 'com', 'io', 'support', 'x'.repeat(30), 'y'.repeat(40), '.com', '@gmail.com'],
    ];
    let found = 0;
    fc.assert(
      fc.property(textOf(pieces, 30), (s) => {
        const want: string[] = [];
        eachMatch(N_EMAIL, s, (m) => {
          want.push(`${m.index}:${m[0]}`);
        });
        const got = [...emailsIn(s)].map((m) => `${m.index}:${m[0]}`);
        found += got.length;
        expect(got).toEqual(want);
      }),
      { numRuns: 20000, seed: SEED },
    );
    expect(found).toBeGreaterThan(1000);
  });

  it('a text the redaction pre-check lets go holds no seed phrase and no run of 8 wordlist words', () => {
    const word = fc.oneof(
      fc.constantFrom(...english),
      fc.constantFrom(...english).map((w) => w.toUpperCase()),
      fc.constantFrom(...zhHans),
    );
    const gap = fc.constantFrom(
      ' ',
      ', ',
      '\n',
      ' 3. ',
      '、',
      ' | ',
      ' - ',
      '',
      '\u3000',
      '\u2003',
    );
    const noise = fc.constantFrom('the ', 'xyzzy ', '。', '!', '钱', '"', '{', 'abc');
    // Runs of 2 to 14 wordlist words with gaps between them, among other text.
    const run = fc
      .tuple(fc.array(fc.tuple(word, gap), { minLength: 2, maxLength: 14 }))
      .map(([ws]) => ws.map(([w, g]) => w + g).join(''));
    // Real phrases (valid checksums), English or Chinese, with random gaps.
    const phrase = fc
      .tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.boolean(), gap)
      .map(([e, zh, g]) =>
        entropyToMnemonic(e, zh ? zhHans : english)
          .split(/[\s\u3000]+/)
          .join(g || ' '),
      );
    let phrases = 0;
    let passed = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(run, noise, phrase), { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        const hits = findPhrases(s, undefined, { unspacedWindows: true });
        if (hits.length) phrases++;
        if (mayHoldSecret(s)) return;
        passed++;
        expect(hits).toEqual([]);
        // No 8 wordlist words in a row either (the word-run pass would redact them).
        let k = 0;
        for (const t of s.toLowerCase().match(/[a-z]+|[^a-z]+/g) ?? []) {
          if (/^[a-z]/.test(t)) k = english.includes(t) ? k + 1 : 0;
          else if (!/^[\s,;.\d)(:-]*$/.test(t)) k = 0;
          expect(k).toBeLessThan(8);
        }
      }),
      { numRuns: 5000, seed: SEED },
    );
    // The generator reaches both answers.
    expect(phrases).toBeGreaterThan(1000);
    expect(passed).toBeGreaterThan(500);
  });
});
