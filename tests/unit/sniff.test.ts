/**
 * The sniffer's test (issue #20) is a necessary condition of the engine's: it may say "worth
 * reading" too often, never "nothing here" for a text the engine flags. Checked on every labelled
 * text (the dev corpus, the red-team set, every real published text, training and validation
 * alike: nothing is tuned here) under every evasion transform and sampled pairs of them, and on
 * generated text made of the engine's own vocabulary. Its patterns come from the engine's lists
 * (scripts/sniff-literals.ts); a stale file fails here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, engine } from '../helpers/list';
import { TRANSFORMS, hashString, makeRng } from '../helpers/transforms';
import { mayMatter } from '../../src/engine/sniff';
import { requiredSets, BOUNDARY } from '../../src/engine/literals';
import { SNIFF_PATTERNS } from '../../src/engine/signals';
import { compactText, fold, joinCjkGaps } from '../../src/engine/normalize';
import { unveilSentences, veiledText } from '../../src/engine/veil';
import { SNIFF_FILE, sniffFileText } from '../../scripts/sniff-literals';

const SEED = 20261203;

function texts(): string[] {
  const files = [
    'tests/fixtures/corpus.jsonl',
    'tests/fixtures/redteam-cases.jsonl',
    ...readdirSync(resolve(ROOT, 'tests/fixtures/real'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => `tests/fixtures/real/${f}`),
  ];
  return files.flatMap((f) =>
    readFileSync(resolve(ROOT, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text?: string }).text)
      .filter((t): t is string => !!t),
  );
}

describe('the sniffer', () => {
  it('is built from the engine’s lists as they are now (npm run sniff:build)', () => {
    expect(readFileSync(SNIFF_FILE, 'utf8')).toBe(sniffFileText());
  });

  it('never calls a text the engine flags not worth reading (every labelled text, each transform, pairs)', () => {
    const seeds = texts();
    let flagged = 0;
    let checked = 0;
    const missed: string[] = [];
    const check = (t: string) => {
      checked++;
      if (engine.judgeText(t).level === 'safe') return;
      flagged++;
      if (!mayMatter(t)) missed.push(t);
    };
    for (const s of seeds) {
      check(s);
      // Each line and sentence alone too: a rule may need less than the whole text carries.
      const parts = s.split(/[\n。！？!?]+/).filter((p) => p.trim().length > 3);
      if (parts.length > 1) for (const p of parts) check(p);
      for (const tr of TRANSFORMS) {
        const a = tr.apply(s, makeRng(hashString(s + tr.name)));
        check(a);
        // One sampled second transform for each.
        const tr2 = TRANSFORMS[hashString(a) % TRANSFORMS.length]!;
        check(tr2.apply(a, makeRng(hashString(a + tr2.name))));
      }
    }
    console.log(
      `sniffer: ${checked} texts, ${flagged} flagged by the engine, ${missed.length} of them missed`,
    );
    expect(missed.slice(0, 5)).toEqual([]);
    expect(flagged).toBeGreaterThan(10_000);
  }, 180_000); // 75,000 texts with their transforms: 11 s alone, over 30 s beside a browser run

  it('never calls generated text of the engine’s own words not worth reading when the engine flags it', () => {
    const words = [
      ...['TP钱包', 'TokenPocket', 'T0kenP0cket', '客服', '客 服', 'support', 'live chat', 'call'],
      ...['+1 (888) 555-0142', '400-800-1234', 'QQ：123456', '微信：tpkf_88', '@tp_help', 't.me/x'],
      ...['助记词', 'seed phrase', 's e e d', 'private key', '私钥', 'send', '发给我', '请提供'],
      ...['解冻', '保证金', 'unlock fee', 'pay', 'safe account', '安全账户', 'recovery expert'],
      ...['hacker', 'DM me', '私信我', 'wallet', 'USDT', 'frozen', '冻结', 'immediately', '立即'],
      ...['https://help-tokenpocket.web.app', 'tokenpockct.pro', '[https://a.com](https://b.io)'],
      ...['hello', 'the', 'and', '。', ',', ' ', '\n', '💰', '·', '1', 'o', 'official', '官方'],
    ];
    let flagged = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
        const t = parts.join(' ');
        if (engine.judgeText(t).level === 'safe') return;
        flagged++;
        expect(mayMatter(t)).toBe(true);
      }),
      { numRuns: 6000, seed: SEED },
    );
    expect(flagged).toBeGreaterThan(1000);
  });

  it('finds one literal of each required set in every text a pattern matches', () => {
    // The literal extraction checked on real matches: each set of each pattern, on every labelled
    // text where the pattern matches what the engine tests it on.
    let matches = 0;
    const seeds = texts();
    const forms = seeds.map((t) => {
      const n = joinCjkGaps(fold(t)).text;
      return { n: veiledText(n) ? unveilSentences(n) : n, c: compactText(n) };
    });
    for (const [re, on] of [...SNIFF_PATTERNS.trigger, ...SNIFF_PATTERNS.context]) {
      const sets = requiredSets(re);
      const test = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      for (const f of forms) {
        const t = on === 'n' ? f.n : f.c;
        if (!test.test(t)) continue;
        matches++;
        for (const set of sets) {
          const found = set.some((l) =>
            new RegExp(
              l
                .split(BOUNDARY)
                .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                .join('\\b'),
            ).test(t),
          );
          expect(found, `/${re.source.slice(0, 60)}/ on ${JSON.stringify(t.slice(0, 80))}`).toBe(
            true,
          );
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
