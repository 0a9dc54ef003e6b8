/** Throwaway test secrets, new every run: valid-checksum BIP39 phrases, random keys, a fake keystore. */
import { randomBytes, randomUUID } from 'node:crypto';
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as chinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import type { Secret } from './leak';

function phrase(list: string[], bits: 128 | 256): string[] {
  const m = generateMnemonic(list, bits);
  if (!validateMnemonic(m, list)) throw new Error('generated an invalid mnemonic');
  return m.split(/\s+/u);
}

const en12 = phrase(english, 128);
const en24 = phrase(english, 256);
const zh12 = phrase(chinese, 128);
const key = randomBytes(32).toString('hex');
const ks = {
  cipher: randomBytes(32).toString('hex'),
  mac: randomBytes(32).toString('hex'),
  salt: randomBytes(32).toString('hex'),
};

export const EN12: Secret = { label: 'English 12-word phrase', text: en12.join(' '), words: en12 };
export const EN24: Secret = { label: 'English 24-word phrase', text: en24.join(' '), words: en24 };
/** The same English phrase as a numbered list, one word a line. */
export const EN12_LINES = en12.map((w, i) => `${i + 1}. ${w}`);
export const ZH12: Secret = { label: 'Chinese 12-word phrase', text: zh12.join(' '), words: zh12 };
export const ZH12_NOSPACE: Secret = {
  ...ZH12,
  label: 'Chinese phrase, no spaces',
  text: zh12.join(''),
};
export const HEX: Secret = { label: '64-hex private key', text: key, hex: [key] };
export const HEX0X: Secret = { label: '0x private key', text: '0x' + key, hex: [key] };
export const KEYSTORE: Secret = {
  label: 'keystore JSON',
  text: JSON.stringify({
    address: randomBytes(20).toString('hex'),
    crypto: {
      cipher: 'aes-128-ctr',
      ciphertext: ks.cipher,
      cipherparams: { iv: randomBytes(16).toString('hex') },
      kdf: 'scrypt',
      kdfparams: { dklen: 32, n: 262144, p: 1, r: 8, salt: ks.salt },
      mac: ks.mac,
    },
    id: randomUUID(),
    version: 3,
  }),
  hex: [ks.cipher, ks.mac, ks.salt],
};

/** Ordinary text for the false-alarm cases (full of BIP39 words, but no phrase). */
export const BENIGN = {
  email: 'alice.tester@example.org',
  password: 'Correct-Horse-9!battery',
  english:
    'About time we all agree that we are able to call the office about the actual cost. ' +
    'Able to call again later, she said: the bridge over the river is open, and the local ' +
    'market sells fresh fruit, bread and cheese every morning before the train leaves.',
  chinese: [
    '我们今天在公园里',
    '看到了很多人，',
    '大家都很开心。',
    '这是一个美好的日子，',
    '我们一起去吃饭了。',
  ],
  sha256: randomBytes(32).toString('hex'),
  txid: randomBytes(32).toString('hex'),
  ethAddress: '0x' + randomBytes(20).toString('hex'),
};
