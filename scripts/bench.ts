/**
 * npm run bench: engine throughput and latency (Node), then in-browser costs of the content script
 * measured in the same run with and without the extension.
 *   --engine-only / --browser-only / --guard-only / --list-only   one part only
 *   --benign   also judge a large body of ordinary text (scripts/benign-scale.ts)
 *   TPSS_BASE_ENGINE=path/to/src/engine/index.ts    measure another engine alongside
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { officialListSchema } from '../src/list/schema';
import type { createEngine as CreateEngine } from '../src/engine/index';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

type Engine = ReturnType<typeof CreateEngine>;

/** The engine as it ships: bundled and minified (tsx would add its own helpers to every closure). */
async function loadEngine(entry: string, name: string): Promise<Engine> {
  const list = officialListSchema.parse(
    JSON.parse(readFileSync(resolve(ROOT, 'public/official-list.json'), 'utf8')),
  );
  const bundle = resolve(ROOT, `.bench/${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    outfile: bundle,
    logLevel: 'error',
  });
  const { createEngine } = (await import(pathToFileURL(bundle).href)) as {
    createEngine: typeof CreateEngine;
  };
  return createEngine(list);
}

/**
 * Throughput on text where every block names a wallet or crypto (the dev corpus and the real
 * published texts, repeated to 2 MB): the text the engine reads in full. With
 * TPSS_BASE_ENGINE=path/to/src/engine/index.ts, another engine is measured alongside, in the same
 * run, interleaved.
 */
async function walletTextBench(engine: Engine): Promise<void> {
  const texts = [
    ...readFileSync(resolve(ROOT, 'tests/fixtures/corpus.jsonl'), 'utf8').split('\n'),
    ...readFileSync(resolve(ROOT, 'tests/fixtures/real/real-texts.jsonl'), 'utf8').split('\n'),
  ]
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text?: string }).text)
    .filter((t): t is string => !!t);
  const blocks: string[] = [];
  for (let total = 0, i = 0; total < 2_000_000; i++) {
    // A number makes each block new to any cache.
    const b = `${texts[i % texts.length]!} #${i}`;
    blocks.push(b);
    total += Buffer.byteLength(b) + 1;
  }
  const mb = Buffer.byteLength(blocks.join('\n')) / 1e6;
  const engines: [string, Engine][] = [['this engine', engine]];
  const base = process.env['TPSS_BASE_ENGINE'];
  if (base) engines.push(['base engine', await loadEngine(resolve(base), 'engine-base')]);
  const best = new Map<string, number>();
  let sink = 0;
  for (let round = 0; round < 4; round++) {
    for (const [name, e] of engines) {
      const t0 = performance.now();
      for (const b of blocks) if (e.judgeText(b).level !== 'safe') sink++;
      best.set(name, Math.min(best.get(name) ?? Infinity, performance.now() - t0));
    }
  }
  console.log(`wallet and crypto text: ${mb.toFixed(1)} MB in ${blocks.length} blocks`);
  for (const [name, ms] of best)
    console.log(`  ${name}: ${(mb / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms)`);
  if (sink < 0) console.log(sink);
}

/** Engine throughput on mixed text, and per-message latency. */
async function engineBench(): Promise<void> {
  const engine = await loadEngine(resolve(ROOT, 'src/engine/index.ts'), 'engine');
  const base = process.env['TPSS_BASE_ENGINE']
    ? await loadEngine(resolve(process.env['TPSS_BASE_ENGINE']), 'engine-base')
    : null;

  const corpus = readFileSync(resolve(ROOT, 'tests/fixtures/corpus.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text?: string }).text)
    .filter((t): t is string => !!t);
  const filler = [
    'The weather was mild today and the market opened slightly higher than expected.',
    '今天天气不错，我们去公园散步，顺便买了一些水果和蔬菜。',
    'Release notes: fixed a crash when opening settings; improved scrolling performance on long lists.',
    '这部电影的剧情很紧凑，演员的表演也很到位，推荐大家去看看。',
    'Click here to read more about our community guidelines and how moderation works.',
  ];
  // Mixed text: one corpus message (scam or benign) for every nine ordinary paragraphs.
  const blocks: string[] = [];
  let total = 0;
  for (let i = 0; total < 4_000_000; i++) {
    const b = i % 10 === 0 ? corpus[(i / 10) % corpus.length]! : filler[i % filler.length]!;
    blocks.push(b);
    total += b.length + 1;
  }
  const text = blocks.join('\n');
  const mb = Buffer.byteLength(text) / 1e6;

  function timeIt(fn: () => void, runs = 3): number {
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  let sink = 0;
  // Interleaved rounds, best of each: both sides get the same warm-up and the same machine noise.
  let baseline = Infinity;
  let engineMs = Infinity;
  let baseMs = Infinity;
  for (let round = 0; round < 5; round++) {
    baseline = Math.min(
      baseline,
      timeIt(() => {
        for (const b of blocks) if (b.toLowerCase().includes('tokenpocket')) sink++;
      }),
    );
    engineMs = Math.min(
      engineMs,
      timeIt(() => {
        for (const b of blocks) if (engine.judgeText(b).level !== 'safe') sink++;
      }, 1),
    );
    if (base)
      baseMs = Math.min(
        baseMs,
        timeIt(() => {
          for (const b of blocks) if (base.judgeText(b).level !== 'safe') sink++;
        }, 1),
      );
  }
  // Where the time goes: the same blocks split into corpus messages and ordinary paragraphs.
  const corpusBlocks = blocks.filter((_b, i) => i % 10 === 0);
  const plainBlocks = blocks.filter((_b, i) => i % 10 !== 0);
  const splitTime = (bs: string[]) =>
    timeIt(() => {
      for (const b of bs) if (engine.judgeText(b).level !== 'safe') sink++;
    }, 3);
  const corpusMs = splitTime(corpusBlocks);
  const plainMs = splitTime(plainBlocks);
  const plainBase = timeIt(() => {
    for (const b of plainBlocks) if (b.toLowerCase().includes('tokenpocket')) sink++;
  }, 5);
  const msgs = corpus.concat(filler);
  const lat: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const m = msgs[i % msgs.length]!;
    const t0 = performance.now();
    engine.judgeText(m + ' ' + i);
    lat.push(performance.now() - t0);
  }
  lat.sort((a, b) => a - b);
  const pct = (a: number[], p: number) =>
    a[Math.min(a.length - 1, Math.floor((a.length * p) / 100))]!;
  console.log('== Engine (Node, one core; the bundled, minified engine)');
  console.log(
    `mixed text: ${mb.toFixed(1)} MB in ${blocks.length} blocks (1 in 10 a corpus message)`,
  );
  console.log(`engine: ${(mb / (engineMs / 1000)).toFixed(1)} MB/s (${engineMs.toFixed(0)} ms)`);
  if (base)
    console.log(
      `base engine (TPSS_BASE_ENGINE), same run: ${(mb / (baseMs / 1000)).toFixed(1)} MB/s (${baseMs.toFixed(0)} ms)`,
    );
  console.log(
    `baseline toLowerCase().includes(): ${(mb / (baseline / 1000)).toFixed(1)} MB/s (${baseline.toFixed(0)} ms)`,
  );
  console.log(`ratio engine/baseline time: ${(engineMs / baseline).toFixed(1)}x`);
  console.log(
    `  of which: ${corpusBlocks.length} corpus messages (TokenPocket, crypto, scams) ${corpusMs.toFixed(0)} ms = ${((corpusMs * 1000) / corpusBlocks.length).toFixed(1)} µs each; ${plainBlocks.length} ordinary paragraphs ${plainMs.toFixed(0)} ms (${(plainMs / plainBase).toFixed(1)}x their own baseline)`,
  );
  console.log(
    `per message (10,000 short messages): p50 ${pct(lat, 50).toFixed(3)} ms, p99 ${pct(lat, 99).toFixed(3)} ms`,
  );
  if (sink < 0) console.log(sink);
  await walletTextBench(engine);
  if (args.includes('--benign')) {
    const { benignAtScale } = await import('./benign-scale');
    benignAtScale(engine);
  }
}

if (args.includes('--list-only')) {
  const { listBench } = await import('./bench-list');
  await listBench();
} else if (args.includes('--guard-only')) {
  // Guard start-up and real keystrokes only; TPSS_BASE_EXT=PATH measures another build alongside.
  const { guardBench } = await import('./bench-browser');
  await guardBench();
} else {
  if (!args.includes('--browser-only')) {
    await engineBench();
    const { listBench } = await import('./bench-list');
    await listBench();
  }
  if (!args.includes('--engine-only')) {
    const { browserBench, guardBench } = await import('./bench-browser');
    await browserBench();
    await guardBench();
  }
}
