/**
 * Store screenshots (1280×800), in Chinese and English, from real runs of the built extension in
 * real Chromium: `npm run store:shots` (after `npm run build`) writes docs/store/screenshots/.
 * Nothing is drawn by hand: each shot is the browser's own rendering of the extension at work (the
 * popup, narrower than a store shot, is placed beside the page it describes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { startFixtureServer } from './fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = resolve(ROOT, '.output/chrome-mv3');
const OUT = resolve(ROOT, 'docs/store/screenshots');
const SIZE = { width: 1280, height: 800 };
const PHRASE = 'early purse nut pizza afraid bag spice foam clap horn margin loud';

type Lang = 'zh_CN' | 'en';
const LOCALE: Record<Lang, string> = { zh_CN: 'zh-CN', en: 'en-US' };

async function worker(ctx: BrowserContext): Promise<Worker> {
  const [w] = ctx.serviceWorkers();
  return w ?? (await ctx.waitForEvent('serviceworker'));
}

async function shot(page: Page, name: string): Promise<void> {
  writeFileSync(
    resolve(OUT, `${name}.png`),
    await page.screenshot({ clip: { x: 0, y: 0, ...SIZE } }),
  );
  console.log(`docs/store/screenshots/${name}.png`);
}

async function run(lang: Lang): Promise<void> {
  const server = await startFixtureServer();
  const ctx = await launchWithExtension(EXT, { locale: LOCALE[lang] });
  // Look-alike hosts answer from here (the extension stops them before they would load).
  await ctx.route(/^https:\/\/tokenpocket-kefu\.com\//, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<p>look-alike</p>' }),
  );
  const sw = await worker(ctx);
  const id = new URL(sw.url()).host;
  const page = await ctx.newPage();
  await page.setViewportSize(SIZE);

  // 1. A page with fake support: badges in place, one card open.
  await page.goto(`${server.url}/demo.html`);
  const badge = page.locator('tp-scam-shield-badge[data-level="danger"]').first();
  await badge.waitFor();
  await page.waitForTimeout(500);
  // Its card, as a user who clicks the badge sees it.
  await badge.click();
  await page.waitForTimeout(400);
  await shot(page, `${lang}-1-page-warnings`);

  // 2. The popup for that page, beside it.
  const tabId = await sw.evaluate(async (u) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, page.url());
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.goto(`chrome-extension://${id}/popup.html?lang=${lang}&tabId=${tabId}`);
  await popup.waitForTimeout(800);
  const popupPng = await popup.screenshot({ fullPage: false });
  await popup.close();
  const pagePng = await page.screenshot();
  const board = await ctx.newPage();
  await board.setViewportSize(SIZE);
  await board.setContent(
    `<body style="margin:0;display:flex;background:#eceff1">` +
      `<img src="data:image/png;base64,${pagePng.toString('base64')}" style="width:880px;height:550px;margin:125px 0 0 0;object-fit:cover;object-position:left top">` +
      `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="width:400px;height:800px;box-shadow:0 0 12px #0006"></body>`,
  );
  await board.waitForTimeout(300);
  await shot(board, `${lang}-2-popup`);
  await board.close();

  // 3. A seed phrase typed into a page: stopped in the extension's own dialog.
  await page.goto(`${server.url}/form.html`);
  await page.locator('#phrase').pressSequentially(PHRASE, { delay: 0 });
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.url().includes('/hold.html'));
    if (
      f &&
      (await f
        .locator('#guard-clear')
        .isVisible()
        .catch(() => false))
    )
      break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(400);
  await shot(page, `${lang}-3-seed-phrase-stopped`);

  // 4. A look-alike site: the full-page stop.
  await page.goto('https://tokenpocket-kefu.com/').catch(() => undefined);
  for (let i = 0; i < 50 && !page.url().includes('/warning.html'); i++)
    await page.waitForTimeout(100);
  await page.waitForLoadState('load').catch(() => undefined);
  await page.waitForTimeout(400);
  await shot(page, `${lang}-4-lookalike-stopped`);

  await ctx.close();
  await server.close();
}

mkdirSync(OUT, { recursive: true });
for (const lang of ['zh_CN', 'en'] as const) await run(lang);
