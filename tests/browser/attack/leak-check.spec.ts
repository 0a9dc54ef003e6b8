/** Self-tests of the pass criterion: leaked() must catch leaks in every encoding and allow the prefix. */
import { test, expect } from '@playwright/test';
import { leaked } from './leak';
import type { Recorded } from './leak';
import { EN12, ZH12, HEX, KEYSTORE } from './secrets';

const req = (body: string, url = 'http://127.0.0.1:1/c', method = 'POST'): Recorded => ({
  method,
  url,
  headers: {},
  body,
  via: 'server',
  at: 0,
});
const w = EN12.words!;
const z = ZH12.words!;
const key = HEX.hex![0]!;

test.describe('self-test of leaked()', () => {
  test('catches 3 words in plain text, JSON, form, query, +-spaces, base64, headers', () => {
    const three = w.slice(4, 7).join(' ');
    const cases: Recorded[] = [
      req(`noise ${three} noise`),
      req(JSON.stringify({ ch: { 'keydown.w.c': three } })),
      req(`a=1&secret=${encodeURIComponent(three).replace(/%20/g, '+')}`),
      req(
        '',
        `http://127.0.0.1:1/img?d=${encodeURIComponent(JSON.stringify({ v: three }))}`,
        'GET',
      ),
      req(Buffer.from(JSON.stringify({ v: three })).toString('base64')),
      { ...req(''), headers: { 'x-data': encodeURIComponent(three) } },
      // One word a form field, in order (12 boxes).
      req(w.map((x, i) => `w${i + 1}=${x}`).join('&')),
      // Letters only, no spaces.
      req(JSON.stringify({ k: w.slice(0, 5).join('') })),
      // Numbered list.
      req(JSON.stringify({ v: w.map((x, i) => `${i + 1}. ${x}`).join('\n') })),
      // Leaked by halves into two channels of one record, in order.
      req(JSON.stringify({ a: w.slice(0, 2).join(' '), b: w.slice(2, 4).join(' ') })),
    ];
    for (const c of cases) expect(leaked([c], EN12), c.body || c.url).toBeDefined();
  });

  test('allows the first two words and unrelated BIP39 prose', () => {
    expect(leaked([req(w.slice(0, 2).join(' '))], EN12)).toBeUndefined();
    expect(
      leaked(
        [req(JSON.stringify({ k: w.slice(0, 2).join(' '), v: w.slice(0, 2).join('') }))],
        EN12,
      ),
    ).toBeUndefined();
    expect(leaked([req('about time we all agree, able to call')], EN12)).toBeUndefined();
    // Words out of order are not a leak by this criterion.
    expect(leaked([req([w[5], w[3], w[1]].join(' '))], EN12)).toBeUndefined();
  });

  test('Chinese: 3 consecutive characters with or without spaces, not 2', () => {
    expect(leaked([req(JSON.stringify({ v: z.slice(3, 6).join('') }))], ZH12)).toBeDefined();
    expect(leaked([req(`v=${encodeURIComponent(z.slice(3, 6).join(' '))}`)], ZH12)).toBeDefined();
    expect(leaked([req(JSON.stringify({ v: z.slice(0, 2).join('') }))], ZH12)).toBeUndefined();
  });

  test('hex: more than the first 16 digits, also with 0x, uppercase, separators', () => {
    expect(leaked([req(key.slice(0, 17))], HEX)).toBeDefined();
    expect(leaked([req(key.slice(20, 36))], HEX)).toBeDefined();
    expect(leaked([req('0x' + key.toUpperCase())], HEX)).toBeDefined();
    expect(leaked([req(key.slice(0, 40).split('').join(','))], HEX)).toBeDefined();
    expect(leaked([req(JSON.stringify({ v: key }))], HEX)).toBeDefined();
    expect(leaked([req('0x' + key.slice(0, 16))], HEX)).toBeUndefined();
    expect(leaked([req(key.slice(0, 16) + 'zz' + key.slice(0, 16))], HEX)).toBeUndefined();
  });

  test('keystore: its ciphertext or mac', () => {
    expect(leaked([req(KEYSTORE.text)], KEYSTORE)).toBeDefined();
    expect(leaked([req(KEYSTORE.text.slice(0, 60))], KEYSTORE)).toBeUndefined();
  });

  test('says what leaked and where', () => {
    const l = leaked([req(JSON.stringify({ ch: { poll: EN12.text } }))], EN12);
    expect(l?.what).toContain('12 consecutive words (1-12)');
    expect(l?.request).toContain('.ch.poll');
  });
});
