/**
 * Metamorphic tests: a scam text must stay `danger` after an evasion transform that keeps it
 * readable, and a benign text must not become `danger`. Seeds come from the labelled corpus and
 * the `train` split of the real published texts (validation lines are filtered out unparsed).
 *
 * The engine is not perfect, so the assertions are aggregate thresholds per transform, set a
 * little below what the engine achieves today: the test passes now and fails on regression.
 * Raise the thresholds when the engine gets better.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, engine, loadCases } from '../helpers/list';
import { HOMOGLYPHS, TRANSFORMS, hashString, makeRng } from '../helpers/transforms';
import type { Transform } from '../helpers/transforms';

const SEED = 20261203;
/** Full sweeps of every seed under every single transform (each sweep has its own rng salt). */
const SINGLE_SWEEPS = 3;
/** Sampled (seed, transform A, transform B) cases, per side (danger / benign). */
const PAIR_RUNS = 4000;

type Level = 'safe' | 'caution' | 'danger';

/**
 * Minimum share of (changed) danger seeds still judged danger, and maximum share of (changed)
 * benign seeds judged danger, per single transform: what the engine achieved when this file was
 * written, minus a margin (3 points or 2 cases; 2 points or 1 case). Re-baseline after engine
 * work with `METAMORPHIC_SUGGEST=1 npx vitest run tests/unit/metamorphic.test.ts`.
 */
const SINGLE_THRESHOLDS: Record<string, { kept: number; benignDanger: number }> = {
  'zero-width': { kept: 0.97, benignDanger: 0.02 },
  'bidi-controls': { kept: 0.97, benignDanger: 0.02 },
  'emoji-between-words': { kept: 0.88, benignDanger: 0.03 },
  'symbols-in-words': { kept: 0.86, benignDanger: 0.04 },
  'char-spacing': { kept: 0.73, benignDanger: 0.04 },
  'line-breaks': { kept: 0.82, benignDanger: 0.03 },
  fullwidth: { kept: 0.97, benignDanger: 0.02 },
  'math-alnum': { kept: 0.97, benignDanger: 0.02 },
  homoglyph: { kept: 0.97, benignDanger: 0.02 },
  leetspeak: { kept: 0.84, benignDanger: 0.04 },
  'zh-traditional': { kept: 0.95, benignDanger: 0.02 },
  'zh-mixed-script': { kept: 0.95, benignDanger: 0.02 },
  'zh-simplified': { kept: 0.9, benignDanger: 0.09 },
  pinyin: { kept: 0.88, benignDanger: 0.02 },
  'contact-variants': { kept: 0.89, benignDanger: 0.02 },
  'digit-spacing': { kept: 0.97, benignDanger: 0.05 },
  'digits-chinese': { kept: 0.97, benignDanger: 0.05 },
  'digits-financial': { kept: 0.97, benignDanger: 0.05 },
  'digits-lookalike': { kept: 0.89, benignDanger: 0.05 },
  'digit-group-symbols': { kept: 0.84, benignDanger: 0.05 },
};
/** Pairs, aggregated over all sampled pairs (measured: kept 92.5%, benign→danger 0.2%). */
const PAIR_THRESHOLDS = { kept: 0.89, benignDanger: 0.02 };
/** Target the engine owner should reach; transforms below it are listed in the output. */
const TARGET = 0.95;

// ---------------------------------------------------------------------------------------------
// seeds

interface Seed {
  id: string;
  text: string;
  scam: boolean;
}

function loadSeeds(): { danger: Seed[]; benign: Seed[]; skipped: string[] } {
  const corpus = loadCases('corpus.jsonl')
    .filter((c) => typeof c.text === 'string')
    .map((c) => ({ id: c.id, expect: c.expect, text: c.text as string }));
  // Only train lines are parsed; validation lines are dropped as raw text.
  const real = readFileSync(resolve(ROOT, 'tests/fixtures/real/real-texts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => /"split"\s*:\s*"train"/.test(l))
    .map((l) => JSON.parse(l) as { id: string; expect: string; split: string; text?: string })
    .filter((o) => o.split === 'train' && typeof o.text === 'string')
    .map((o) => ({ id: o.id, expect: o.expect, text: o.text as string }));
  const danger: Seed[] = [];
  const benign: Seed[] = [];
  const skipped: string[] = [];
  for (const c of [...corpus, ...real]) {
    const base = engine.judgeText(c.text).level;
    if (c.expect === 'danger') {
      // A metamorphic relation needs a seed the engine gets right to begin with.
      if (base === 'danger') danger.push({ id: c.id, text: c.text, scam: true });
      else skipped.push(`${c.id} (danger seed judged ${base} unmodified)`);
    } else if (c.expect === 'safe' || c.expect === 'notdanger') {
      if (base !== 'danger') benign.push({ id: c.id, text: c.text, scam: false });
      else skipped.push(`${c.id} (benign seed judged danger unmodified)`);
    }
  }
  return { danger, benign, skipped };
}

// ---------------------------------------------------------------------------------------------
// bookkeeping

interface Outcome {
  seed: Seed;
  transforms: string[];
  text: string;
  changed: boolean;
  level: Level;
}
interface Tally {
  run: number;
  changed: number;
  held: number;
  broken: number;
}
const emptyTally = (): Tally => ({ run: 0, changed: 0, held: 0, broken: 0 });
const ok = (o: Outcome) => (o.seed.scam ? o.level === 'danger' : o.level !== 'danger');
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a');

function tallyBy(outcomes: Outcome[], key: (o: Outcome) => string[]): Map<string, Tally> {
  const m = new Map<string, Tally>();
  for (const o of outcomes)
    for (const k of key(o)) {
      const t = m.get(k) ?? emptyTally();
      t.run++;
      if (o.changed) {
        t.changed++;
        if (ok(o)) t.held++;
        else t.broken++;
      }
      m.set(k, t);
    }
  return m;
}

function judge(seed: Seed, chain: Transform[], salt: number): Outcome {
  let text = seed.text;
  for (const t of chain) text = t.apply(text, makeRng(hashString(`${salt}|${seed.id}|${t.name}`)));
  return {
    seed,
    transforms: chain.map((t) => t.name),
    text,
    changed: text !== seed.text,
    level: engine.judgeText(text).level,
  };
}

const severity = (o: Outcome) => (o.level === 'safe' ? 2 : o.level === 'caution' ? 1 : 0);
const show = (s: string, n = 160) => JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s);

function printExamples(title: string, bad: Outcome[], n: number): void {
  if (!bad.length) return;
  const worst = (a: Outcome, b: Outcome) =>
    severity(b) - severity(a) || a.seed.text.length - b.seed.text.length;
  // Worst case of each transform (combination) first, so the list is varied; then the rest.
  const byChain = new Map<string, Outcome[]>();
  for (const o of [...bad].sort(worst)) {
    const k = o.transforms.join(' + ');
    byChain.set(k, [...(byChain.get(k) ?? []), o]);
  }
  const firsts = [...byChain.values()].map((xs) => xs[0] as Outcome).sort(worst);
  const rest = [...byChain.values()].flatMap((xs) => xs.slice(1)).sort(worst);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const o of [...firsts, ...rest]) {
    const k = `${o.seed.id}|${o.transforms.join('+')}`;
    if (seen.has(k)) continue;
    seen.add(k);
    lines.push(`  ${o.seed.id} | ${o.transforms.join(' + ')} | ${o.level} | ${show(o.text)}`);
    if (lines.length >= n) break;
  }
  // Which seeds break, and under which transforms.
  const bySeed = new Map<string, Set<string>>();
  for (const o of bad) {
    const set = bySeed.get(o.seed.id) ?? new Set<string>();
    set.add(o.transforms.join('+'));
    bySeed.set(o.seed.id, set);
  }
  const seeds = [...bySeed]
    .sort((a, b) => b[1].size - a[1].size)
    .map(
      ([id, ts]) =>
        `${id} (${ts.size}: ${[...ts].slice(0, 6).join(', ')}${ts.size > 6 ? ', …' : ''})`,
    );
  console.log(
    `${title}: ${bad.length} cases on ${bySeed.size} seeds; showing ${lines.length}:\n${lines.join('\n')}` +
      `\n  seeds: ${seeds.slice(0, 40).join('; ')}${seeds.length > 40 ? '; …' : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------

const { danger, benign, skipped } = loadSeeds();
const T = TRANSFORMS.length;

/** Every seed under every single transform, one full sweep per fast-check run. */
function sweepSingles(seeds: Seed[], fcSeed: number): Outcome[] {
  const out: Outcome[] = [];
  fc.assert(
    fc.property(fc.nat(), (salt) => {
      for (const t of TRANSFORMS) for (const s of seeds) out.push(judge(s, [t], salt));
      return true; // recorded; the thresholds are asserted on the aggregate below
    }),
    { seed: fcSeed, numRuns: SINGLE_SWEEPS },
  );
  return out;
}

/** Sampled ordered pairs of distinct transforms. */
function samplePairs(seeds: Seed[], fcSeed: number): Outcome[] {
  const out: Outcome[] = [];
  fc.assert(
    fc.property(
      fc.nat({ max: seeds.length - 1 }),
      fc.nat({ max: T - 1 }),
      fc.nat({ max: T - 2 }),
      fc.nat(),
      (si, a, b0, salt) => {
        const b = b0 >= a ? b0 + 1 : b0;
        out.push(
          judge(seeds[si] as Seed, [TRANSFORMS[a] as Transform, TRANSFORMS[b] as Transform], salt),
        );
        return true;
      },
    ),
    { seed: fcSeed, numRuns: PAIR_RUNS },
  );
  return out;
}

function printTable(dangerOut: Outcome[], benignOut: Outcome[], label: string): void {
  const d = tallyBy(dangerOut, (o) => o.transforms);
  const b = tallyBy(benignOut, (o) => o.transforms);
  const rows = TRANSFORMS.map(({ name }) => {
    const x = d.get(name) ?? emptyTally();
    const y = b.get(name) ?? emptyTally();
    return {
      transform: name,
      'danger run': x.run,
      'danger changed': x.changed,
      held: x.held,
      broken: x.broken,
      'kept %': pct(x.held, x.changed),
      'benign run': y.run,
      'benign changed': y.changed,
      'benign→danger': y.broken,
      'benign→danger %': pct(y.broken, y.changed),
    };
  });
  console.log(`\n${label}`);
  console.table(rows);
}

describe('metamorphic: evasion transforms keep the verdict', () => {
  it('has seeds on both sides', () => {
    console.log(
      `seeds: ${danger.length} danger, ${benign.length} benign; skipped ${skipped.length}: ${skipped.join(', ')}`,
    );
    expect(danger.length).toBeGreaterThan(100);
    expect(benign.length).toBeGreaterThan(100);
    expect(Object.keys(SINGLE_THRESHOLDS).sort()).toEqual(TRANSFORMS.map((t) => t.name).sort());
  });

  it('transforms are deterministic for a given rng seed', () => {
    for (const t of TRANSFORMS)
      for (const s of [...danger.slice(0, 5), ...benign.slice(0, 5)])
        expect(t.apply(s.text, makeRng(7)), t.name).toBe(t.apply(s.text, makeRng(7)));
  });

  it('invisible / presentation-only transforms are lossless (the human reads the same text)', () => {
    const byName = new Map(TRANSFORMS.map((t) => [t.name, t]));
    const unHomoglyph = new Map(
      Object.entries(HOMOGLYPHS).flatMap(([latin, alts]) => alts.map((a) => [a, latin] as const)),
    );
    const undo: Record<string, (s: string) => string> = {
      'zero-width': (s) => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, ''),
      'bidi-controls': (s) => s.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''),
      fullwidth: (s) => s.replace(/[\uff01-\uff5e\u3000]/g, (c) => c.normalize('NFKC')),
      'math-alnum': (s) =>
        s.replace(/[\u{1d400}-\u{1d7ff}\u2102\u210d\u2115\u2119\u211a\u211d\u2124]/gu, (c) =>
          c.normalize('NFKC'),
        ),
      homoglyph: (s) => [...s].map((c) => unHomoglyph.get(c) ?? c).join(''),
    };
    const sample = [...danger, ...benign].filter(
      (s) =>
        !/[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\uff01-\uff5e\u3000\u0370-\u04ff]|[\u{1d400}-\u{1d7ff}]/u.test(
          s.text,
        ),
    );
    expect(sample.length).toBeGreaterThan(100);
    for (const [name, inverse] of Object.entries(undo)) {
      const t = byName.get(name) as Transform;
      for (const s of sample)
        expect(inverse(t.apply(s.text, makeRng(hashString(s.id)))), `${name} ${s.id}`).toBe(s.text);
    }
  });

  it('single transforms: danger seeds stay danger, benign seeds do not become danger', () => {
    const dOut = sweepSingles(danger, SEED);
    const bOut = sweepSingles(benign, SEED + 1);
    printTable(dOut, bOut, `single transforms (seed ${SEED}, ${SINGLE_SWEEPS} sweep(s))`);

    const d = tallyBy(dOut, (o) => o.transforms);
    const b = tallyBy(bOut, (o) => o.transforms);
    const below = TRANSFORMS.map((t) => t.name).filter((n) => {
      const x = d.get(n) ?? emptyTally();
      return x.changed > 0 && x.held / x.changed < TARGET;
    });
    console.log(
      below.length
        ? `transforms below ${TARGET * 100}% danger kept (engine owner, please fix): ${below.join(', ')}`
        : `all transforms keep ≥${TARGET * 100}% of danger seeds`,
    );
    printExamples(
      'danger seeds no longer judged danger',
      dOut.filter((o) => o.changed && !ok(o)),
      25,
    );
    printExamples(
      'benign seeds judged danger',
      bOut.filter((o) => o.changed && !ok(o)),
      25,
    );

    if (process.env.METAMORPHIC_SUGGEST) {
      // Re-baseline: what the engine achieves now, with a margin (kept: 3 points or 2 cases;
      // benign→danger: 2 points or 1 case, whichever is larger).
      const lines = TRANSFORMS.map(({ name }) => {
        const x = d.get(name) ?? emptyTally();
        const y = b.get(name) ?? emptyTally();
        const kept = x.changed ? x.held / x.changed : 1;
        const fp = y.changed ? y.broken / y.changed : 0;
        const k = Math.max(
          0,
          Math.floor(100 * (kept - Math.max(0.03, 2 / (x.changed || 1)))) / 100,
        );
        const f = Math.min(1, Math.ceil(100 * (fp + Math.max(0.02, 1 / (y.changed || 1)))) / 100);
        return `  '${name}': { kept: ${k}, benignDanger: ${f} },`;
      });
      console.log(`suggested SINGLE_THRESHOLDS:\n${lines.join('\n')}`);
    }

    const failures: string[] = [];
    for (const { name } of TRANSFORMS) {
      const th = SINGLE_THRESHOLDS[name] as { kept: number; benignDanger: number };
      const x = d.get(name) ?? emptyTally();
      const y = b.get(name) ?? emptyTally();
      if (x.changed < 5) failures.push(`${name}: transform changed only ${x.changed} danger seeds`);
      const kept = x.changed ? x.held / x.changed : 1;
      const fp = y.changed ? y.broken / y.changed : 0;
      if (kept < th.kept)
        failures.push(`${name}: danger kept ${pct(x.held, x.changed)} < ${th.kept * 100}%`);
      if (fp > th.benignDanger)
        failures.push(
          `${name}: benign→danger ${pct(y.broken, y.changed)} > ${th.benignDanger * 100}%`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('pairs of transforms: danger seeds stay danger, benign seeds do not become danger', () => {
    const dOut = samplePairs(danger, SEED + 2);
    const bOut = samplePairs(benign, SEED + 3);
    printTable(
      dOut,
      bOut,
      `transform pairs (seed ${SEED}, ${PAIR_RUNS} sampled per side; a pair counts for both)`,
    );
    const dc = dOut.filter((o) => o.changed);
    const bc = bOut.filter((o) => o.changed);
    const kept = dc.filter(ok).length / dc.length;
    const fp = bc.filter((o) => !ok(o)).length / bc.length;
    console.log(
      `pairs overall: danger kept ${pct(dc.filter(ok).length, dc.length)} of ${dc.length}; benign→danger ${pct(bc.length - bc.filter(ok).length, bc.length)} of ${bc.length}`,
    );
    printExamples(
      'pairs: danger seeds no longer judged danger',
      dc.filter((o) => !ok(o)),
      15,
    );
    printExamples(
      'pairs: benign seeds judged danger',
      bc.filter((o) => !ok(o)),
      15,
    );
    expect(kept).toBeGreaterThanOrEqual(PAIR_THRESHOLDS.kept);
    expect(fp).toBeLessThanOrEqual(PAIR_THRESHOLDS.benignDanger);
  });
});
