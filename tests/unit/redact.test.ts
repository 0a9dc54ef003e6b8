import { describe, expect, it } from 'vitest';
import { redactSecrets, redactUrl } from '../../src/engine/redact';

const EN12 =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const ZH12 = '的 的 的 的 的 的 的 的 的 的 的 在';

describe('redaction', () => {
  it.each([
    ['spaced English phrase', `my words: ${EN12} thanks`],
    [
      'numbered phrase',
      EN12.split(' ')
        .map((w, i) => `${i + 1}. ${w}`)
        .join(' '),
    ],
    ['one per line', EN12.split(' ').join('\n')],
    ['comma separated', EN12.split(' ').join(', ')],
    ['checksum-failing words', EN12.replace('about', 'zoo')],
    ['Chinese spaced', `助记词 ${ZH12}`],
    ['Chinese unspaced', `助记词：${ZH12.replace(/ /g, '')}。`],
  ])('%s', (_n, text) => {
    const out = redactSecrets(text);
    expect(out).toContain('[REDACTED seed phrase]');
    expect(out).not.toMatch(/abandon abandon|的 的 的/);
  });

  it('private keys with and without 0x, any case', () => {
    const k = 'd44ffb1d946a1ed6b7cf5dbce14a9f68daa65f9898670c5bf75a2b403d73e970';
    for (const v of [k, '0x' + k, k.toUpperCase()])
      expect(redactSecrets(`key ${v} end`)).toBe('key [REDACTED private key] end');
  });

  it('keystore JSON and passwords', () => {
    const ks = JSON.stringify({
      version: 3,
      crypto: { ciphertext: 'ab'.repeat(32), kdf: 'scrypt', kdfparams: { n: 1 } },
    });
    expect(redactSecrets(ks)).toBe('[REDACTED keystore]');
    expect(redactSecrets(`here: ${ks} ok`)).not.toContain('ciphertext');
    expect(redactSecrets('钱包密码：Abc12345 谢谢')).toBe('钱包密码：[REDACTED password] 谢谢');
    expect(redactSecrets('password: hunter2')).toBe('password: [REDACTED password]');
  });

  it('leaves ordinary text, addresses and handles alone', () => {
    const s = 'TP钱包客服 @tp_help 0x1beee0c2efcbb9b370899a15a6588be9ee062105 call 400-123-4567';
    expect(redactSecrets(s)).toBe(s);
  });

  it('is idempotent: redacting twice changes nothing more', () => {
    for (const s of [
      '钱包密码：Abc12345 谢谢',
      `key 0x${'ab'.repeat(32)}`,
      `words ${EN12}`,
      `助记词${ZH12.replace(/ /g, '')}`,
    ]) {
      const once = redactSecrets(s);
      expect(redactSecrets(once)).toBe(once);
    }
  });

  it('finds an unspaced Chinese phrase inside a longer run when the text is about a phrase', () => {
    expect(redactSecrets(`我的助记词${ZH12.replace(/ /g, '')}谢谢`)).toContain(
      '[REDACTED seed phrase]',
    );
  });

  it('secrets percent-encoded in a link are removed; ordinary links are kept', () => {
    const enc = encodeURIComponent(EN12);
    expect(redactUrl(`https://evil.example/verify?words=${enc}&x=1`)).toBe(
      'https://evil.example/verify?[REDACTED]',
    );
    expect(redactUrl(`https://evil.example/#${enc}`)).toBe('https://evil.example/#[REDACTED]');
    expect(redactSecrets(`open https://evil.example/v?k=${'ab'.repeat(32)} now`)).not.toContain(
      'abab',
    );
    expect(redactSecrets(`see https://evil.example/v?w=${enc} now`)).not.toContain('abandon');
    const ok = 'https://www.google.com/search?q=TP%E9%92%B1%E5%8C%85%E5%AE%A2%E6%9C%8D&hl=zh-CN';
    expect(redactUrl(ok)).toBe(ok);
    expect(redactSecrets(`result ${ok}`)).toBe(`result ${ok}`);
  });
});
