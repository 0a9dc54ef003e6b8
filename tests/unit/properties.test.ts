import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as zhHans } from '@scure/bip39/wordlists/simplified-chinese.js';
import { randomBytes } from 'node:crypto';
import { normalize } from '../../src/engine/normalize';
import { engine } from '../helpers/list';

describe('properties', () => {
  it('normalization is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        (s) => normalize(normalize(s)) === normalize(s),
      ),
      { numRuns: 2000 },
    );
  });

  it('any Unicode input is judged without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        const v = engine.judge({ text: s, url: s.slice(0, 50), input: undefined });
        const w = engine.judgeInput(s, 'https://example.com/');
        return (
          ['safe', 'caution', 'danger'].includes(v.level) &&
          ['safe', 'caution', 'danger'].includes(w.level)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('judges 1 MB inputs in time linear in their length (no catastrophic backtracking)', () => {
    const unit =
      'TP钱包客服 电话 1 2 3 4 5 6 7 ＡＢＣ аbc @@@ .... ---- 助记词 seed phrase 💎💎 \u200b\u200b ';
    const hostile = [
      'a'.repeat(1),
      '1 '.repeat(1),
      '@'.repeat(1),
      '.'.repeat(1),
      'tp-'.repeat(1),
      unit,
    ];
    const time = (s: string) => {
      const t0 = performance.now();
      engine.judgeText(s);
      engine.judgeInput(s, 'https://example.com/');
      return performance.now() - t0;
    };
    for (const h of hostile) {
      const small = h.repeat(Math.ceil(100_000 / h.length)).slice(0, 100_000);
      const big = h.repeat(Math.ceil(1_000_000 / h.length)).slice(0, 1_000_000);
      time(small);
      const ts = Math.max(time(small), 5);
      const tb = time(big);
      // 10× the input may take at most ~30× the time (generous for GC noise), never quadratic (100×).
      expect(
        tb,
        `pattern ${JSON.stringify(h.slice(0, 10))}: ${ts.toFixed(1)} ms → ${tb.toFixed(1)} ms`,
      ).toBeLessThan(ts * 30 + 200);
    }
  });

  it('no output ever contains a secret that was in the input', () => {
    const secret = fc.oneof(
      fc.constant(null).map(() => generateMnemonic(english, 128)),
      fc.constant(null).map(() => generateMnemonic(english, 256)),
      fc.constant(null).map(() => generateMnemonic(zhHans, 128)),
      fc.constant(null).map(() => randomBytes(32).toString('hex')),
      fc.constant(null).map(() => '0x' + randomBytes(32).toString('hex').toUpperCase()),
    );
    const wrapper = fc.constantFrom(
      (s: string) => `请把助记词发给我：${s}`,
      (s: string) => `TokenPocket support: send your phrase ${s} to @tp_help`,
      (s: string) => `${s}`,
      (s: string) => `my key: ${s} contact 400-123-4567 TP钱包客服`,
    );
    fc.assert(
      fc.property(secret, wrapper, fc.string({ maxLength: 40 }), (sec, wrap, noise) => {
        const text = wrap(sec) + noise;
        const outputs = [
          engine.judgeText(text),
          engine.judgeInput(text, 'https://evil.example/'),
          engine.judge({ text, account: { platform: 'x', handle: 'tp_support', bio: text } }),
        ];
        const json = JSON.stringify(outputs);
        return !json.includes(sec) && !json.toLowerCase().includes(sec.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });
});
