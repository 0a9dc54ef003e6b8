import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, extensionId } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';
import type { FixtureServer } from '../../scripts/fixture-server';

export const EXT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const SITES = resolve(import.meta.dirname, '../fixtures/sites');

interface Fixtures {
  page: Page;
}
interface WorkerFixtures {
  server: FixtureServer;
  extContext: BrowserContext;
  extId: string;
  sw: Worker;
}

/**
 * The built extension in real Chromium, one fresh profile per worker. Pages on real site hosts
 * (https://x.com/…) are answered from tests/fixtures/sites/<host>/ by request interception.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const s = await startFixtureServer();
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  extContext: [
    async ({ server }, use) => {
      const context = await launchWithExtension(EXT);
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)[^/]+\//, async (route) => {
        const u = new URL(route.request().url());
        if (u.pathname.endsWith('.ico')) return route.fulfill({ status: 404, body: '' });
        // The first path segment names the fixture: /k/ → k.html, /search → search.html.
        const seg = u.pathname.split('/').filter(Boolean)[0] ?? 'index';
        const file = resolve(SITES, u.hostname, `${seg.replace(/\.html$/, '')}.html`);
        try {
          return await route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: await readFile(file),
          });
        } catch {
          try {
            return await route.fulfill({
              status: 200,
              contentType: 'text/html; charset=utf-8',
              body: await readFile(resolve(SITES, u.hostname, 'index.html')),
            });
          } catch {
            return route.fulfill({
              status: 200,
              contentType: 'text/html; charset=utf-8',
              body: `<!doctype html><title>${u.hostname}</title><p id="site-page">${u.hostname}</p>`,
            });
          }
        }
      });
      void server;
      // Wait until the service worker has run its top-level code (listeners registered).
      let [worker] = context.serviceWorkers();
      worker ??= await context.waitForEvent('serviceworker');
      await worker.evaluate(() => 1);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  sw: [
    async ({ extContext: context }, use) => {
      let [sw] = context.serviceWorkers();
      sw ??= await context.waitForEvent('serviceworker');
      await use(sw);
    },
    { scope: 'worker' },
  ],
  extId: [
    async ({ extContext: context }, use) => use(await extensionId(context)),
    { scope: 'worker' },
  ],
  page: async ({ extContext: context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** The toolbar badge text of the tab showing `page`, read from the service worker. */
export async function badgeText(sw: Worker, page: Page): Promise<string> {
  const url = page.url();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === u);
    return tab?.id === undefined ? 'no-tab' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** The toolbar badge text of a tab, by its id (for pages whose address the worker cannot read). */
export async function tabBadge(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  const url = page.url();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === u)?.id ?? -1;
  }, url);
}

/** The bits of the chrome.* API the service-worker probes use. */
interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeApi;

export const badges = (page: Page, level?: 'danger' | 'caution') =>
  page.locator(level ? `tp-scam-shield-badge[data-level="${level}"]` : 'tp-scam-shield-badge');
