import { it, expect } from 'vitest';
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as en } from '@scure/bip39/wordlists/english.js';
import { wordlist as zh } from '@scure/bip39/wordlists/simplified-chinese.js';
import { checksumOk } from '../../src/engine/secrets';
it('the BIP39 checksum check agrees with @scure/bip39 validateMnemonic on 3,000 phrases, a third of them with one word changed', () => {
  let ok = 0;
  for (let i = 0; i < 3000; i++) {
    const list = i % 2 ? en : zh;
    const m = generateMnemonic(list, [128, 160, 192, 224, 256][i % 5]!).split(/[\s\u3000]+/);
    if (i % 3 === 0) m[i % m.length] = list[(i * 7) % 2048]!;
    const sep = ' ';
    expect(checksumOk(m, list)).toBe(validateMnemonic(m.join(sep), list));
    ok++;
  }
  expect(ok).toBe(3000);
});
