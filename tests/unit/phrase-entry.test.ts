import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as zhHans } from '@scure/bip39/wordlists/simplified-chinese.js';
import {
  endsAsPhrase,
  entryArmed,
  entryState,
  heldOutcome,
  phraseWithTypos,
  scanEntry,
  stillHeld,
  runShape,
} from '../../src/engine/phrase-entry';

/** Types `text` character by character: what the page has when the guard first holds. */
function pageGets(text: string): string {
  for (let i = 1; i <= text.length; i++)
    if (entryState(text.slice(0, i)) === 'hold') return text.slice(0, i - 1);
  return text;
}

const words = (s: string) =>
  s
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);

describe('where a secret being typed shows its first sign', () => {
  it.each([
    ['abandon ability a', 'hold'],
    ['abandon ability ', 'free'],
    ['abandon ability', 'free'],
    ['1. menu\n2. nose\n3. c', 'hold'],
    ['1. menu\n2. nose\n3', 'free'],
    ['主快失', 'hold'],
    ['主 快 失', 'hold'],
    ['主快', 'free'],
    ['4c302aa66dd8451b', 'hold'],
    ['0x4c302aa66dd8451', 'free'],
    ['0x4c302aa66dd8451b', 'hold'],
    ['I will call you', 'free'],
    ['about time we ', 'free'],
    ['about time wex', 'free'],
  ] as const)('%j → %s', (text, state) => {
    expect(entryState(text)).toBe(state);
  });

  it.each([
    ['Hi support,\nabandon ability a'],
    ['Phrase: abandon ability a'],
    ['1.abandon 2.ability 3.a'],
    ['\u200babandon ability a'],
    ['ABANDON   ABILITY   A'],
  ])(
    'a phrase after a greeting line, a label, glued numbering or invisible characters: %j',
    (t) => {
      expect(entryState(t)).toBe('hold');
    },
  );

  it('a Chinese sentence is held while every character is a list word, and let go at punctuation', () => {
    expect(scanEntry('我们今天在公园里看到了很多人')).toMatchObject({ lang: 'zh', spaced: false });
    expect(scanEntry('主 快 失 万')).toMatchObject({ lang: 'zh', spaced: true });
    expect(stillHeld('我们今天在公园里看到了很多人。')).toBe(false);
  });

  it('a phrase with a typo stays held, and is stopped when the entry ends at a phrase length', () => {
    const typo =
      'abandon ability able abuot above absent absorb abstract absurd abuse access accident';
    expect(phraseWithTypos(typo)).toBe(true);
    expect(heldOutcome(typo, 'change', false)).toBe('hold');
    expect(endsAsPhrase(typo)).toBe(true);
    expect(heldOutcome(typo, 'enter', false)).toBe('stop');
    // Ordinary prose is let go, also when it ends.
    const prose = 'about time we all agree on this, see you at lunch';
    expect(heldOutcome(prose, 'change', false)).toBe('release');
    expect(heldOutcome(prose, 'enter', false)).toBe('release');
    // A key typed in groups of four is a key being typed.
    expect(entryState('4c30 2aa6 6dd8 451b 8')).toBe('hold');
    // Half a key, then Tab (split over two fields): held, unless the field expects a hash.
    expect(heldOutcome('4c302aa66dd8451b8e8dfa443de7d89c', 'tab', false)).toBe('hold');
    expect(heldOutcome('4c302aa66dd8451b8e8dfa443de7d89c', 'tab', true)).toBe('release');
  });

  it('a whole hex run inserted at once (a pasted address) is not a key being typed', () => {
    expect(entryState('0x1beee0c2efcbb9b370899a15a6588be9ee062105', 42)).toBe('free');
    expect(entryState('abc 0x1beee0c2efcbb9b370899a15a6588be9ee062105', 42)).toBe('free');
    // …but a run the user extends by pasting is.
    expect(entryState('1beee0c2efcbb9b370899a15a6588be9ee062105', 20)).toBe('hold');
  });

  it('held text is let go once a word breaks the pattern', () => {
    expect(stillHeld('abandon ability able ab')).toBe(true);
    expect(stillHeld('about time we ')).toBe(false);
    expect(stillHeld('about time we all')).toBe(false);
    expect(stillHeld('我们今天去公园')).toBe(true);
    expect(stillHeld('我们今天去公园，')).toBe(false);
    expect(stillHeld('4c302aa66dd8451b8e8d')).toBe(true);
    expect(stillHeld('4c302aa66dd8451b8e8d ')).toBe(false);
  });

  it('arms the hold frame at two phrase words or ten hex digits', () => {
    expect(entryArmed('abandon ability ')).toBe(true);
    expect(entryArmed('abandon ')).toBe(false);
    expect(entryArmed('0x4c302aa66d')).toBe(true);
    expect(entryArmed('hello')).toBe(false);
  });
});

describe('property: a phrase or key typed key by key never gives the page more than its start', () => {
  const runs = 300;
  it(`English and Chinese phrases (${runs} each, seeded): at most two words reach the page`, () => {
    let typed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(16, 20, 24, 28, 32),
        fc.constantFrom(' ', '\n', ', '),
        fc.boolean(),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (bytes, sep, numbered, entropy) => {
          const list = entropyToMnemonic(entropy.slice(0, bytes), english).split(' ');
          const text = list.map((w, i) => (numbered ? `${i + 1}. ${w}` : w)).join(sep);
          typed++;
          const got = pageGets(text);
          const gotWords = words(got).filter((w) => !/^\d+\.$/.test(w));
          return gotWords.length <= 2 && got.length < text.length;
        },
      ),
      { numRuns: runs, seed: 42 },
    );
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ minLength: 16, maxLength: 16 }), (spaced, e) => {
        const phrase = entropyToMnemonic(e, zhHans).split(' ');
        const got = pageGets(phrase.join(spaced ? ' ' : ''));
        return got.replace(/\s/g, '').length <= 2;
      }),
      { numRuns: runs, seed: 7 },
    );
    expect(typed).toBe(runs);
  });

  it('64-hex keys (with and without 0x): at most 15 digits reach the page', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.boolean(),
        fc.boolean(),
        (bytes, prefixed, upper) => {
          let hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
          if (upper) hex = hex.toUpperCase();
          const got = pageGets((prefixed ? '0x' : '') + hex);
          return got.replace(/^0x/, '').length <= 15;
        },
      ),
      { numRuns: runs, seed: 3 },
    );
  });

  it('ordinary sentences that start with list words are let go at the first other word', () => {
    for (const s of [
      'about time we all agree, able to call',
      'hello world this is fine',
      'all good here, thanks',
      'I think so',
      'Please check the order status',
      '我们今天去公园玩吧，好不好',
    ]) {
      // Either never held, or held text is let go by the end of the sentence.
      expect(stillHeld(s), s).toBe(false);
    }
  });
});

describe("the count of phrase words a run of typing ends with (told to the tab's other frames)", () => {
  it('counts list words, a last list word as complete, and nothing for ordinary text', () => {
    expect(runShape('abandon\tbuzz')).toEqual({ words: 2, lang: 'en' });
    expect(runShape('buzz')).toEqual({ words: 1, lang: 'en' });
    // A word still being typed is not counted until it is one.
    expect(runShape('abandon\tbuz')).toEqual({ words: 1, lang: 'en' });
    expect(runShape('thanks everyone')).toBeNull();
    expect(runShape('')).toBeNull();
    expect(runShape('的 一')).toEqual({ words: 2, lang: 'zh' });
  });
  it('reads stand-ins for another frame’s count as that many words before the typing here', () => {
    // Two words in other frames, then a third word begun here: the first sign, as in one document.
    expect(entryState('abandon abandon\tk', 1)).toBe('hold');
    expect(entryState('abandon\tk', 1)).toBe('free');
  });
});
