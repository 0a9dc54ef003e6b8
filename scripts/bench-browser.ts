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

const EXT = resolve(import.meta.dirname, '../.output/chrome-mv3');

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

const HEAVY = `<!doctype html><html><head><meta charset="utf-8"><title>Forum</title></head><body><main id="feed"></main>
<script>
const POSTS = ${JSON.stringify(POSTS)};
window.makePost = (i) => { const a = document.createElement('article'); const h = document.createElement('h3'); h.textContent = 'user' + i;
  const p = document.createElement('p'); p.textContent = POSTS[i % POSTS.length].replace('{i}', String(i)) + ' #' + i; a.append(h, p); return a; };
const f = document.getElementById('feed'); for (let i = 0; i < 5000; i++) f.append(makePost(i));
window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
</script></body></html>`;

const sessions = new WeakMap<Page, import('@playwright/test').CDPSession>();
async function metrics(page: Page): Promise<Record<string, number>> {
  const cdp = sessions.get(page)!;
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const pct = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length * p) / 100))] ?? 0;
const median = (a: number[]) => pct(a, 50);

async function measure(ctx: BrowserContext, url: string) {
  const loads: number[] = [];
  const tasks: number[] = [];
  let longest = 0;
  let heap = 0;
  const batch: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
    await page.goto(url, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return n.loadEventEnd - n.startTime;
    });
    // Let the extension's idle-time scan finish.
    await page.waitForTimeout(2500);
    const m = await metrics(page);
    loads.push(loadMs);
    tasks.push(m['TaskDuration']! * 1000);
    heap = Math.max(heap, m['JSHeapUsedSize']! / 1e6);
    if (run === 4) {
      for (let b = 0; b < 20; b++) {
        const before = (await metrics(page))['TaskDuration']!;
        await page.evaluate((n) => {
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
      longest = Math.max(
        ...((await page.evaluate(
          () => (window as unknown as { __long: number[] }).__long,
        )) as number[]),
        0,
      );
    }
    await page.close();
  }
  return { load: median(loads), task: median(tasks), longest, heap, batch };
}

export async function browserBench(): Promise<void> {
  if (!existsSync(resolve(EXT, 'manifest.json'))) {
    console.log('\n(in-browser part skipped: run `npm run build` first)');
    return;
  }
  const server = await startFixtureServer();
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const dir = resolve(import.meta.dirname, '../.bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'heavy.html'), HEAVY);
  const { createServer } = await import('node:http');
  const srv = createServer(
    (_q, r) => (r.setHeader('content-type', 'text/html; charset=utf-8'), r.end(HEAVY)),
  );
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as { port: number }).port}/heavy.html`;
  const without = await launchWithExtension(null);
  const a = await measure(without, url);
  await without.close();
  const withExt = await launchWithExtension(EXT);
  const b = await measure(withExt, url);
  await withExt.close();
  srv.close();
  await server.close();
  const batchCost = b.batch.map((x, i) => Math.max(0, x - (a.batch[i] ?? 0)));
  console.log('\n== In the browser (Chromium, 5,000-post page, medians of 5 loads)');
  console.log(
    `page load to 'load' event: ${a.load.toFixed(0)} ms without, ${b.load.toFixed(0)} ms with → ratio ${(b.load / a.load).toFixed(3)}`,
  );
  console.log(
    `main-thread task time incl. the idle scan: ${a.task.toFixed(0)} ms without, ${b.task.toFixed(0)} ms with → +${(b.task - a.task).toFixed(0)} ms (${((b.task / a.task - 1) * 100).toFixed(1)}%)`,
  );
  console.log(
    `scan cost per batch of 100 inserted posts (task time with − without): p50 ${pct(batchCost, 50).toFixed(1)} ms, p95 ${pct(batchCost, 95).toFixed(1)} ms`,
  );
  console.log(
    `longest main-thread task: ${a.longest.toFixed(0)} ms without, ${b.longest.toFixed(0)} ms with (long tasks are > 50 ms; 0 = none)`,
  );
  console.log(
    `JS heap of the page's renderer: ${a.heap.toFixed(1)} MB without, ${b.heap.toFixed(1)} MB with (+${(b.heap - a.heap).toFixed(1)} MB)`,
  );
}
