/**
 * Firefox for real: the Firefox build (npm run build) installed into Debian's Firefox ESR 140,
 * driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox cannot be downloaded here).
 * A smoke set: the demo page flagged with the toolbar count, a typed seed phrase held, the popup's
 * lookup, a look-alike stopped. `npm run test:firefox`; part of `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { startFixtureServer } from '../../scripts/fixture-server';
import type { FixtureServer } from '../../scripts/fixture-server';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const ID = 'tp-scam-shield@tp-scam-shield.github.io';
/** The extension's internal address, fixed by a preference so that the test can open its pages. */
const UUID = '3f1d6a0e-6b1c-4b7e-9a52-0c5d1e2f7a11';
const LOOKALIKE = 'tokenpocket-kefu.com';
const PHRASE = 'early purse nut pizza afraid bag spice foam clap horn margin loud';

let browser: Browser;
let server: FixtureServer;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined as T);
    if (ok(v) || Date.now() > end) return v;
    await sleep(150);
  }
}

/**
 * An extension page in a new tab. BiDi may not navigate to moz-extension: addresses, and a web page
 * may open only the web-accessible ones: the warning page first, then the page asked for from there.
 */
async function extensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/benign.html`);
  await page.evaluate(
    (u: string) => {
      location.href = u;
    },
    `moz-extension://${UUID}/warning.html?u=${encodeURIComponent('https://example.com/')}`,
  );
  await until(
    () => page.evaluate(() => location.protocol),
    (p) => p === 'moz-extension:',
  );
  await page.evaluate((p: string) => {
    location.href = p;
  }, path);
  await until(
    () => page.evaluate(() => location.pathname + (document.readyState === 'complete' ? '!' : '')),
    (p) => p === `/${path.split('?')[0]}!`,
  );
  return page;
}

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  if (!existsSync(resolve(BUILD, 'manifest.json')))
    throw new Error('No Firefox build: run `npm run build` first');
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }),
      // The look-alike host answers from this machine (the navigation stop comes before it does).
      'network.dns.localDomains': LOOKALIKE,
    },
  });
  expect(await browser.installExtension(BUILD)).toBe(ID);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('flags the demo page, with the count on the toolbar', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo.html`);
    const badges = await until(
      () => page.evaluate(() => document.querySelectorAll('tp-scam-shield-badge').length),
      (n) => n >= 6,
    );
    expect(badges).toBe(6);
    const popup = await extensionPage('popup.html?lang=en');
    const count = await until(
      () =>
        popup.evaluate(async (u: string) => {
          const b = (
            globalThis as unknown as {
              browser: {
                tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
                action: { getBadgeText(d: { tabId: number }): Promise<string> };
              };
            }
          ).browser;
          const tab = (await b.tabs.query({})).find((t) => t.url === u);
          return tab?.id === undefined ? '' : b.action.getBadgeText({ tabId: tab.id });
        }, `${server.url}/demo.html`),
      (t) => t === '6',
    );
    expect(count).toBe('6');
    await popup.close();
    await page.close();
  }, 60_000);

  it('holds a typed seed phrase: the page never gets past its first two words', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/form.html`);
    await page.focus('#phrase');
    await page.keyboard.type(PHRASE);
    await sleep(500);
    const value = await page.$eval('#phrase', (t) => (t as HTMLTextAreaElement).value);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(value).not.toContain('pizza');
    for (const v of seen) expect(v.trim().split(/\s+/).length).toBeLessThanOrEqual(2);
    // The rest is held in the extension's own frame over the field (in a closed shadow root, out
    // of the page's reach); the page has the first two words.
    expect(value.trim()).toBe('early purse');
    await page.close();
  }, 60_000);

  it('stops a pasted seed phrase: the page gets none of it (ordinary text pasted the same way arrives)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/form.html`);
    // A real copy and paste (trusted key presses): the text copied from a field of the page.
    const paste = async (text: string) => {
      await page.evaluate((t: string) => {
        const src = document.createElement('input');
        src.id = 'src';
        src.value = t;
        document.body.append(src);
      }, text);
      await page.focus('#src');
      await page.evaluate(() => (document.getElementById('src') as HTMLInputElement).select());
      await page.keyboard.down('Control');
      await page.keyboard.press('c');
      await page.keyboard.up('Control');
      await page.evaluate(() => document.getElementById('src')!.remove());
      await page.focus('#phrase');
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      await sleep(500);
      return page.$eval('#phrase', (t) => (t as HTMLTextAreaElement).value);
    };
    // The control: the way of pasting works.
    expect(await paste('meet at noon ')).toBe('meet at noon ');
    const value = await paste(PHRASE);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(value).toBe('meet at noon ');
    for (const v of seen) expect(v).not.toContain('pizza');
    await page.close();
  }, 60_000);

  it('answers the popup lookup', async () => {
    const popup = await extensionPage('popup.html?lang=en');
    for (const [q, kind] of [
      ['@TokenPocket_TP', 'official'],
      ['@TokenPocket_TPP', 'lookalike'],
      ['400-826-7713', 'unofficial'],
    ]) {
      await popup.evaluate((text: string) => {
        const i = document.getElementById('lookup-input') as HTMLInputElement;
        i.value = '';
        i.focus();
        void text;
      }, q!);
      await popup.keyboard.type(q!);
      await popup.keyboard.press('Enter');
      const got = await until(
        () => popup.$eval('#lookup-result', (r) => r.getAttribute('data-kind')),
        (k) => k === kind,
      );
      expect(got, q).toBe(kind);
    }
    await popup.close();
  }, 60_000);

  it('stops a look-alike before its page loads', async () => {
    const page = await browser.newPage();
    const port = new URL(server.url).port;
    await page.goto(`http://${LOOKALIKE}:${port}/benign.html`).catch(() => undefined);
    const where = await until(
      () => page.evaluate(() => location.href),
      (u) => typeof u === 'string' && u.includes('/warning.html'),
    );
    expect(where).toMatch(/^moz-extension:\/\/.*\/warning\.html/);
    await page.close();
  }, 60_000);
});
