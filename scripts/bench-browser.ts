/**
 * In-browser figures, with and without the extension in the same run (same machine, same page):
 * load-time overhead on a 5,000-post page, scan cost per batch of 100 inserted posts, the longest
 * main-thread task, and memory. Uses Chrome DevTools Protocol metrics of the page's renderer.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { startFixtureServer } from './fixture-server';

// TPSS_EXT: measure another build (e.g. an earlier commit's) in place of this one.
const EXT = process.env['TPSS_EXT'] ?? resolve(import.meta.dirname, '../.output/chrome-mv3');

const POSTS = [
  'Great thread, thanks for sharing your thoughts on the market today.',
  '今天BTC又涨了，大家怎么看后市？',
  'Anyone tried the new bridge? Fees looked reasonable to me.',
  'TP钱包客服 飞机 @tp_kefu_{i} 解冻 提现 一对一处理',
  '我用TP钱包好几年了，多链切换很方便。',
  'Never share your seed phrase with anyone, stay safe out there.',
  'Photo dump from the weekend hike 🏔️',
  'Does anyone know a good tutorial for setting up a node?',
];

/** An ordinary feed: the same page, its posts about anything but wallets (the sniffer's case). */
const ORDINARY_POSTS = [
  'The weather was mild today and the market opened slightly higher than expected.',
  '今天天气不错，我们去公园散步，顺便买了一些水果和蔬菜。',
  'Release notes: fixed a crash when opening settings; improved scrolling on long lists.',
  '这部电影的剧情很紧凑，演员的表演也很到位，推荐大家去看看。',
  'Our book club meets on Thursday evenings; this month we are reading a travel memoir.',
  '周末去爬山，山顶的风景特别好，拍了很多照片。',
  'Photo dump from the weekend hike 🏔️',
  'Does anyone know a good tutorial for sourdough bread?',
];

const HEAVY = `<!doctype html><html><head><meta charset="utf-8"><title>Forum</title></head><body><main id="feed"></main>
<script>
const POSTS = ${JSON.stringify(POSTS)};
window.makePost = (i) => { const a = document.createElement('article'); const h = document.createElement('h3'); h.textContent = 'user' + i;
  const p = document.createElement('p'); p.textContent = POSTS[i % POSTS.length].replace('{i}', String(i)) + ' #' + i; a.append(h, p); return a; };
const f = document.getElementById('feed'); for (let i = 0; i < 5000; i++) f.append(makePost(i));
</script></body></html>`;

const ORDINARY = HEAVY.replace(JSON.stringify(POSTS), JSON.stringify(ORDINARY_POSTS));

/**
 * Batches of 100 posts inserted after the load. 60, so that the p95 is a percentile: of 20 samples
 * it would be the maximum (the maximum is printed as well).
 */
const BATCHES = 60;

const sessions = new WeakMap<Page, import('@playwright/test').CDPSession>();
async function metrics(page: Page): Promise<Record<string, number>> {
  const cdp = sessions.get(page)!;
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const pct = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length * p) / 100))] ?? 0;
const median = (a: number[]) => pct(a, 50);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; message?: string; type?: string } };
}

async function traced<T>(
  page: Page,
  fn: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = sessions.get(page)!;
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await fn();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { result, events };
}

/** Script the extension ran (its content scripts' callbacks), in ms. */
const isExtCall = (e: TraceEvent) =>
  e.ph === 'X' &&
  e.name === 'FunctionCall' &&
  !!e.args?.data?.url?.startsWith('chrome-extension://');

interface Load {
  /** Navigation start to the end of the load event, ms. */
  load: number;
  /** To "loaded and painted": the later of the load event's end and the first contentful paint. */
  painted: number;
  /**
   * Chromium ran a frame while the page was being parsed (a full layout of the 5,000 posts): parsing
   * took over 250 ms from the end of the response, against ~30-80 ms straight through.
   */
  early: boolean;
}

/** One load of the page in a fresh tab, timed from its navigation start. */
async function loadOnce(ctx: BrowserContext, url: string): Promise<Load> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(async () => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = await new Promise<number>((resolve) => {
      const now = performance.getEntriesByName('first-contentful-paint')[0];
      if (now) return resolve(now.startTime);
      new PerformanceObserver((l) => resolve(l.getEntries()[0]!.startTime)).observe({
        type: 'paint',
        buffered: true,
      });
      setTimeout(() => resolve(NaN), 5000);
    });
    return {
      load: n.loadEventEnd - n.startTime,
      painted: Math.max(n.loadEventEnd, fcp) - n.startTime,
      early: n.domInteractive - n.responseEnd > 250,
    };
  });
  // Let the extension's scan of the page finish before the next load.
  await page.waitForTimeout(1500);
  await page.close();
  return ms;
}

interface LoadSet {
  loads: Load[];
  /** Loads with a frame during parsing, per browser. */
  earlyPerInstance: number[];
}

/**
 * Load times of the same page with each configuration (an extension directory, or null for none),
 * interleaved load by load so that the machine's slow moments fall on all of them alike.
 *
 * The load event of this page has two modes. Mostly the parser runs straight through the page's big
 * script to DOMContentLoaded and the load event (~100-130 ms). Sometimes Chromium runs a frame right
 * after that script, before parsing on: a full style and layout of the 5,000 posts, and the load
 * event comes ~0.4-2.5 s later (measured in traces; the time depends on the machine's fonts). How
 * often it does that varies from one browser start to the next far more than between
 * configurations. So each configuration is measured in several fresh browsers (the first load of
 * each is a warm-up), each load records its mode, and the figures compare like with like.
 */
async function loadTimes(
  configs: (string | null)[],
  url: string,
  instances = 4,
  rounds = 20,
): Promise<LoadSet[]> {
  const out: LoadSet[] = configs.map(() => ({ loads: [], earlyPerInstance: [] }));
  for (let k = 0; k < instances; k++) {
    const ctxs: BrowserContext[] = [];
    for (const c of configs) ctxs.push(await launchWithExtension(c));
    const early = configs.map(() => 0);
    for (let r = 0; r <= rounds; r++) {
      for (let i = 0; i < ctxs.length; i++) {
        const l = await loadOnce(ctxs[i]!, url);
        if (r === 0) continue;
        out[i]!.loads.push(l);
        if (l.early) early[i]!++;
      }
    }
    early.forEach((n, i) => out[i]!.earlyPerInstance.push(n));
    for (const c of ctxs) await c.close();
  }
  return out;
}

/**
 * Two-sided Fisher exact test: the chance of counts at least as uneven as a of n1 against b of n2
 * if both came from the same rate.
 */
function fisherExact(a: number, n1: number, b: number, n2: number): number {
  const lf = (n: number) => {
    let s = 0;
    for (let i = 2; i <= n; i++) s += Math.log(i);
    return s;
  };
  const k = a + b;
  const n = n1 + n2;
  const p = (x: number) =>
    Math.exp(
      lf(k) + lf(n - k) + lf(n1) + lf(n2) - lf(x) - lf(k - x) - lf(n1 - x) - lf(n2 - k + x) - lf(n),
    );
  const observed = p(a);
  let total = 0;
  for (let x = Math.max(0, k - n2); x <= Math.min(k, n1); x++) {
    const px = p(x);
    if (px <= observed * (1 + 1e-9)) total += px;
  }
  return Math.min(1, total);
}

/**
 * One traced load of the heavy page (main-thread time incl. the scan, heap, the longest task the
 * extension runs), then BATCHES batches of 100 inserted posts, each timed from the trace.
 */
async function measure(ctx: BrowserContext, url: string) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  sessions.set(page, cdp);
  let longestExt = 0;
  let longestTask = 0;
  const loadTrace = await traced(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    // Let the extension's scan of the page finish: its badges stop appearing (at most 15 s).
    await page.waitForTimeout(2500);
    let last = -1;
    for (let still = 0, t = 0; still < 4 && t < 60; t++) {
      await page.waitForTimeout(250);
      const n = await page.evaluate(() => document.querySelectorAll('tp-scam-shield-badge').length);
      still = n === last ? still + 1 : 0;
      last = n;
    }
  });
  for (const e of loadTrace.events)
    if (isExtCall(e)) longestExt = Math.max(longestExt, (e.dur ?? 0) / 1000);
  const m = await metrics(page);
  const task = m['TaskDuration']! * 1000;
  const heap = m['JSHeapUsedSize']! / 1e6;
  const batch: number[] = [];
  const { events } = await traced(page, async () => {
    for (let b = 0; b < BATCHES; b++) {
      const before = (await metrics(page))['TaskDuration']!;
      await page.evaluate((n) => {
        console.timeStamp(`batch-${n}`);
        const f = document.getElementById('feed')!;
        for (let i = 0; i < 100; i++)
          f.append(
            (window as unknown as { makePost(i: number): HTMLElement }).makePost(
              n * 100 + i + 5000,
            ),
          );
      }, b);
      await page.waitForTimeout(400);
      batch.push(((await metrics(page))['TaskDuration']! - before) * 1000);
    }
  });
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('batch-'))
    .map((e) => e.ts)
    .sort((x, y) => x - y);
  const script: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const from = marks[i]!;
    const to = marks[i + 1] ?? Infinity;
    const inBatch = events.filter((e) => e.ts >= from && e.ts < to && e.ph === 'X');
    script.push(inBatch.filter(isExtCall).reduce((t, e) => t + (e.dur ?? 0) / 1000, 0));
    layouts.push(inBatch.filter((e) => e.name === 'Layout').length);
  }
  for (const e of events) {
    if (isExtCall(e)) longestExt = Math.max(longestExt, (e.dur ?? 0) / 1000);
    if (e.ph === 'X' && e.name === 'RunTask')
      longestTask = Math.max(longestTask, (e.dur ?? 0) / 1000);
  }
  await page.close();
  return { task, heap, batch, script, layouts, longestExt, longestTask };
}

const TEXTAREA = `<!doctype html><html><head><meta charset="utf-8"><title>Editor</title></head><body><textarea id="t" style="width:90%;height:400px"></textarea>
<script>
const words = 'the quick brown fox jumps over a lazy dog while markets wait for the central bank to decide on rates today'.split(' ');
let s = ''; for (let i = 0; s.length < 50000; i++) s += words[i % words.length] + (i % 17 === 16 ? '. ' : ' ');
document.getElementById('t').value = s;
window.typeCost = (n) => { const t = document.getElementById('t'); const out = [];
  for (let i = 0; i < n; i++) { t.value += 'abcdefghij '[i % 11]; t.selectionStart = t.selectionEnd = t.value.length;
    const t0 = performance.now(); t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' })); out.push(performance.now() - t0); }
  return out; };
</script></body></html>`;

/**
 * What the guard content script costs each frame it runs in (every frame of every page, at
 * document_start): its compile and evaluation, from the trace of a small page's load.
 */
async function guardStartup(ctx: BrowserContext, url: string, runs = 7): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    sessions.set(page, cdp);
    const { events } = await traced(page, () => page.goto(url));
    const ev = events.filter(
      (e) =>
        e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.includes('/guard.js'),
    );
    if (i > 0 && ev.length) out.push(ev.reduce((t, e) => t + (e.dur ?? 0) / 1000, 0));
    await page.close();
  }
  return out;
}

async function keystrokes(ctx: BrowserContext, url: string): Promise<number[]> {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForTimeout(500);
  const costs = (await page.evaluate(() =>
    (window as unknown as { typeCost(n: number): number[] }).typeCost(2000),
  )) as number[];
  await page.close();
  return costs;
}

/**
 * The guard's own script time per real (trusted) keystroke, typed by the browser's input pipeline
 * at the end of a 50 KB textarea: from the trace, the extension's function calls within each key's
 * events (keydown to the next keydown). Ordinary prose, so nothing is held.
 */
async function trustedKeystrokes(ctx: BrowserContext, url: string, n = 400): Promise<number[]> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  sessions.set(page, cdp);
  await page.goto(url);
  await page.waitForTimeout(500);
  await page.locator('#t').focus();
  await page.evaluate(() => {
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.selectionStart = t.selectionEnd = t.value.length;
  });
  await page.keyboard.type(' warm up ');
  const text = Array.from(
    { length: n },
    (_v, i) => ' the market waits, see you later '[i % 33],
  ).join('');
  const { events } = await traced(page, () => page.keyboard.type(text));
  await page.close();
  const keydowns = events
    .filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts ?? 0)
    .sort((a, b) => a - b);
  const costs = keydowns.map(() => 0);
  for (const e of events) {
    if (!isExtCall(e) || !e.args?.data?.url?.includes('/guard.js')) continue;
    // The key this call belongs to: the last keydown at or before it.
    let lo = 0;
    let hi = keydowns.length - 1;
    const ts = e.ts ?? 0;
    if (!keydowns.length || ts < keydowns[0]!) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (keydowns[mid]! <= ts) lo = mid;
      else hi = mid - 1;
    }
    costs[lo]! += (e.dur ?? 0) / 1000;
  }
  return costs;
}

/**
 * Guard start-up per frame and per trusted keystroke, for this build and (TPSS_BASE_EXT) another,
 * in one run: `npm run bench -- --guard-only`.
 */
export async function guardBench(): Promise<void> {
  const base = process.env['TPSS_BASE_EXT'];
  const { createServer } = await import('node:http');
  const srv = createServer(
    (_q, r) => (r.setHeader('content-type', 'text/html; charset=utf-8'), r.end(TEXTAREA)),
  );
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as { port: number }).port}/textarea`;
  const builds: [string, string][] = [['this build', EXT]];
  // TPSS_BASE_EXT may name several builds, separated by ':'.
  for (const [i, b] of (base ?? '').split(':').filter(Boolean).entries())
    builds.push([`base build ${i + 1}`, b]);
  console.log(
    '\n== Guard: start-up per frame and script time per trusted keystroke (50 KB textarea)',
  );
  // Interleaved rounds, so that both builds see the same machine.
  const results = new Map<string, { gs: number[]; ks: number[]; rounds: number[] }>();
  // More rounds (TPSS_GUARD_ROUNDS) for differences under a millisecond: the machine drifts.
  const rounds = Number(process.env['TPSS_GUARD_ROUNDS'] ?? 3);
  for (let round = 0; round < rounds; round++) {
    for (const [name, path] of builds) {
      const ctx = await launchWithExtension(path);
      const gs = await guardStartup(ctx, url, 8);
      const ks = await trustedKeystrokes(ctx, url);
      await ctx.close();
      const r = results.get(name) ?? { gs: [], ks: [], rounds: [] };
      r.rounds.push(median(gs));
      r.gs.push(...gs);
      r.ks.push(...ks);
      results.set(name, r);
    }
  }
  for (const [name, path] of builds) {
    const r = results.get(name)!;
    console.log(
      `${name} (${path}): guard start-up median ${median(r.gs).toFixed(2)} ms (${r.gs.length} loads); per keystroke p50 ${pct(r.ks, 50).toFixed(3)} ms, p95 ${pct(r.ks, 95).toFixed(3)} ms, max ${Math.max(...r.ks).toFixed(2)} ms (${r.ks.length} keys)`,
    );
    if (name === 'this build') continue;
    // Round by round (the same minutes of the machine): this build's median less this one's.
    const mine = results.get('this build')!.rounds;
    const diffs = r.rounds.map((v, i) => mine[i]! - v);
    console.log(
      `  this build minus ${name}, per round: median ${median(diffs).toFixed(2)} ms (rounds: ${diffs.map((d) => d.toFixed(2)).join(', ')})`,
    );
  }
  srv.close();
}

export async function browserBench(): Promise<void> {
  if (!existsSync(resolve(EXT, 'manifest.json'))) {
    console.log('\n(in-browser part skipped: run `npm run build` first)');
    return;
  }
  const { statSync } = await import('node:fs');
  const sizeKb = (f: string) => (statSync(resolve(EXT, f)).size / 1024).toFixed(1);
  console.log(
    `\n== What runs in a page: guard.js ${sizeKb('guard.js')} KB (declared, document_start, every frame) + sniffer.js ${sizeKb('sniffer.js')} KB (injected after load, every frame); scanner.js ${sizeKb('scanner.js')} KB only where the sniffer finds something worth reading`,
  );
  const server = await startFixtureServer();
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const dir = resolve(import.meta.dirname, '../.bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'heavy.html'), HEAVY);
  const { createServer } = await import('node:http');
  const srv = createServer(
    (q, r) => (
      r.setHeader('content-type', 'text/html; charset=utf-8'),
      r.end(
        q.url?.startsWith('/textarea')
          ? TEXTAREA
          : q.url?.startsWith('/ordinary')
            ? ORDINARY
            : HEAVY,
      )
    ),
  );
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as { port: number }).port}/heavy.html`;
  // A one-line content script, started where the guard starts (document_start, every frame): what
  // any extension with such a script costs in this browser.
  const { mkdtempSync, writeFileSync: wf } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const minimal = mkdtempSync(resolve(tmpdir(), 'tpss-min-'));
  wf(
    resolve(minimal, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'minimal',
      version: '1.0',
      content_scripts: [
        { matches: ['http://*/*'], js: ['c.js'], run_at: 'document_start', all_frames: true },
      ],
    }),
  );
  wf(resolve(minimal, 'c.js'), 'void 0;');
  const [la, lb, lc] = await loadTimes([null, EXT, minimal], url);
  const without = await launchWithExtension(null);
  const withExt = await launchWithExtension(EXT);
  const loadFigures = (l: LoadSet) => {
    const direct = l.loads.filter((x) => !x.early);
    const loads = l.loads.map((x) => x.load);
    return {
      load: median(loads),
      loads,
      painted: median(l.loads.map((x) => x.painted)),
      direct: median(direct.map((x) => x.load)),
      directCount: direct.length,
      earlyCount: l.loads.length - direct.length,
      early: `${l.earlyPerInstance.join('+')} of ${l.loads.length}`,
    };
  };
  const a = { ...(await measure(without, url)), ...loadFigures(la!) };
  const oa = await measure(without, url.replace('heavy.html', 'ordinary'));
  const ka = await keystrokes(without, url.replace('heavy.html', 'textarea'));
  await without.close();
  const b = { ...(await measure(withExt, url)), ...loadFigures(lb!) };
  const ob = await measure(withExt, url.replace('heavy.html', 'ordinary'));
  const kb = await keystrokes(withExt, url.replace('heavy.html', 'textarea'));
  const gs = await guardStartup(withExt, url.replace('heavy.html', 'textarea'));
  await withExt.close();
  const c = loadFigures(lc!);
  srv.close();
  await server.close();
  // Each batch with the extension minus the median batch without it (the page's own work).
  const ownBatch = median(a.batch);
  const batchCost = b.batch.map((x) => Math.max(0, x - ownBatch));
  const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  const lines = [
    '\n== In the browser (Chromium, 5,000-post page; load: medians of 80 interleaved loads, 20 in each of 4 fresh browsers per configuration)',
    `page load to 'load' event: ${a.load.toFixed(0)} ms without any extension, ${c.load.toFixed(0)} ms with a one-line content-script extension, ${b.load.toFixed(0)} ms with TP Scam Shield`,
    `  load ratio vs no extension ${(b.load / a.load).toFixed(3)}; vs the one-line extension ${(b.load / c.load).toFixed(3)}`,
    `page loaded and painted (later of load event end and first contentful paint): ${a.painted.toFixed(0)} ms without, ${c.painted.toFixed(0)} ms one-line, ${b.painted.toFixed(0)} ms with; ratio vs no extension ${(b.painted / a.painted).toFixed(3)}`,
    `  like with like, loads parsed straight through (no frame mid-parse): ${a.direct.toFixed(0)} ms without (${a.directCount} loads), ${c.direct.toFixed(0)} ms one-line (${c.directCount}), ${b.direct.toFixed(0)} ms with (${b.directCount}); ratio vs no extension ${(b.direct / a.direct).toFixed(3)}`,
    `  loads with a frame (full layout) mid-parse, per browser: ${a.early} without, ${c.early} one-line, ${b.early} with; with vs without: Fisher exact p = ${fisherExact(b.earlyCount, b.loads.length, a.earlyCount, a.loads.length).toFixed(2)} (a small p would mean the extension changes how often it happens)`,
    `  loads (ms) without: ${a.loads.map((x) => x.toFixed(0)).join(' ')}; with: ${b.loads.map((x) => x.toFixed(0)).join(' ')}; one-line: ${c.loads.map((x) => x.toFixed(0)).join(' ')}`,
    `main-thread task time of a load incl. the scan of 5,000 posts: ${a.task.toFixed(0)} ms without, ${b.task.toFixed(0)} ms with`,
    `scan cost per batch of 100 inserted posts (the extension's script time, from the trace): p50 ${pct(b.script, 50).toFixed(1)} ms, p95 ${pct(b.script, 95).toFixed(1)} ms, max ${Math.max(...b.script).toFixed(1)} ms`,
    `  script time per batch (ms): ${b.script.map((x) => x.toFixed(1)).join(' ')}`,
    `  layouts per batch: ${sum(a.layouts)} in ${BATCHES} batches without, ${sum(b.layouts)} with (the badges land in the page's own frame)`,
    `  all main-thread time per batch, with − median without (noisy): p50 ${pct(batchCost, 50).toFixed(1)} ms, p95 ${pct(batchCost, 95).toFixed(1)} ms`,
    `longest task the extension runs (load scan and batches): ${b.longestExt.toFixed(1)} ms; longest task during batches: ${a.longestTask.toFixed(0)} ms without, ${b.longestTask.toFixed(0)} ms with (long tasks are > 50 ms)`,
    `guard start-up per frame (compile + evaluate at document_start, ${gs.length} loads): median ${median(gs).toFixed(1)} ms`,
    `guard cost per synthetic input event in a 50 KB textarea (2,000 page-dispatched events; the guard ignores untrusted events, see --guard-only for real keys): p50 ${pct(kb, 50).toFixed(3)} ms, p95 ${pct(kb, 95).toFixed(3)} ms with; p95 ${pct(ka, 95).toFixed(3)} ms without`,
    `JS heap of the page's renderer: ${a.heap.toFixed(1)} MB without, ${b.heap.toFixed(1)} MB with (+${(b.heap - a.heap).toFixed(1)} MB)`,
    `ordinary feed (the same page, 5,000 posts about anything but wallets): JS heap ${oa.heap.toFixed(1)} MB without, ${ob.heap.toFixed(1)} MB with (+${(ob.heap - oa.heap).toFixed(1)} MB); extension script per batch of 100 posts p50 ${pct(ob.script, 50).toFixed(2)} ms, p95 ${pct(ob.script, 95).toFixed(2)} ms; longest task of ours ${ob.longestExt.toFixed(1)} ms`,
  ];
  for (const l of lines) console.log(l);
}
