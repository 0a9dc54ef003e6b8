/**
 * The hostile-page suite's own fixtures: a recording HTTP server that serves the generated pages
 * and records every request any page makes, and the extension (TPSS_EXT, else .output/chrome-mv3;
 * TPSS_EXT=none runs with no extension) in real Chromium. The extension is a black box here.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { launchWithExtension } from '../../../scripts/chromium';
import { leaked, requestTexts } from './leak';
import type { Recorded, Secret } from './leak';

const EXT_ENV = process.env['TPSS_EXT'];
export const EXT: string | null =
  EXT_ENV === 'none'
    ? null
    : resolve(EXT_ENV ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3'));

/** How long the page's pollers and beacons get after the user stops. */
export const AFTER_ENTRY_MS = 1500;
/** How long the simulated user takes between the page's load and the first keystroke. */
export const BEFORE_ENTRY_MS = 400;

export interface Recorder {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** http://localhost:PORT: the same server as another site (cross-origin frames). */
  alt: string;
  requests: Recorded[];
  /** Path → page HTML, served on every host. */
  pages: Map<string, string>;
  /** Serve `html` at `path` (on every host: the local server and routed look-alike hosts). */
  put(path: string, html: string): void;
  reset(): void;
  close(): Promise<void>;
}

const GIF = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64');

async function startRecorder(): Promise<Recorder> {
  const pages = new Map<string, string>();
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(', ') : String(v),
        ]),
      );
      const url = `http://${headers['host'] ?? '127.0.0.1'}${req.url ?? '/'}`;
      requests.push({
        method: req.method ?? 'GET',
        url,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        via: 'server',
        at: Date.now(),
      });
      const u = new URL(url);
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('cache-control', 'no-store');
      const html = pages.get(u.pathname);
      if (html !== undefined && req.method === 'GET') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(html);
      } else if (u.pathname === '/redirect') {
        res.statusCode = 302;
        res.setHeader('location', u.searchParams.get('to') ?? '/');
        res.end();
      } else if (u.pathname.startsWith('/img')) {
        res.setHeader('content-type', 'image/gif');
        res.end(GIF);
      } else {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('<!doctype html><title>received</title><p id="received">received</p>');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    alt: `http://localhost:${port}`,
    requests,
    put: (path, html) => void pages.set(path, html),
    reset: () => void requests.splice(0),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    pages,
  };
}

/** The simulated user: enters text the way a person (or their IME, or their clipboard) does. */
export class User {
  constructor(
    readonly page: Page,
    private readonly clipPage: Page,
  ) {}

  /** Click the field, then type with trusted key events. */
  async type(field: Locator, text: string, delay = 0): Promise<void> {
    await field.click();
    await this.page.keyboard.type(text, { delay });
  }

  /** Click the field, then type each line, pressing Enter between lines. */
  async typeLines(field: Locator, lines: string[]): Promise<void> {
    await field.click();
    for (const [i, l] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(l);
    }
  }

  /** Click the field, then commit text as an IME or dictation would (one insertText a chunk). */
  async insert(field: Locator, chunks: string[]): Promise<void> {
    await field.click();
    for (const c of chunks) await this.page.keyboard.insertText(c);
  }

  /** Click the field, then compose and commit each piece through CDP's IME commands. */
  async ime(field: Locator, pieces: { compose: string; commit: string }[]): Promise<void> {
    await field.click();
    const cdp = await this.page.context().newCDPSession(this.page);
    for (const p of pieces) {
      for (let i = 1; i <= p.compose.length; i++)
        await cdp.send('Input.imeSetComposition', {
          text: p.compose.slice(0, i),
          selectionStart: i,
          selectionEnd: i,
        });
      await cdp.send('Input.insertText', { text: p.commit });
    }
    await cdp.detach();
  }

  /** Put text on the clipboard (from a separate page of ours), click the field, press Ctrl+V. */
  async paste(field: Locator, text: string): Promise<void> {
    await this.clipPage.bringToFront();
    await this.clipPage.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.bringToFront();
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+V');
  }
}

interface Fixtures {
  page: Page;
  rec: Recorder;
  user: User;
}
interface WorkerFixtures {
  recorder: Recorder;
  ctx: BrowserContext;
  extId: string;
  clipPage: Page;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  recorder: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const r = await startRecorder();
      await use(r);
      await r.close();
    },
    { scope: 'worker' },
  ],
  ctx: [
    async ({ recorder }, use) => {
      const context = await launchWithExtension(EXT);
      const pages = recorder.pages;
      // Every other host (look-alike domains) is answered here from the same page table.
      await context.route(
        /^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])[^/]+\//,
        async (route) => {
          const req = route.request();
          const u = new URL(req.url());
          recorder.requests.push({
            method: req.method(),
            url: req.url(),
            headers: req.headers(),
            body: req.postData() ?? '',
            via: 'route',
            at: Date.now(),
          });
          if (u.pathname.endsWith('.ico')) return route.fulfill({ status: 404, body: '' });
          const html = pages.get(u.pathname);
          if (html !== undefined && req.method() === 'GET')
            return route.fulfill({
              status: 200,
              contentType: 'text/html; charset=utf-8',
              body: html,
            });
          if (u.pathname.startsWith('/img'))
            return route.fulfill({ status: 200, contentType: 'image/gif', body: GIF });
          return route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'access-control-allow-origin': '*' },
            body: `<!doctype html><title>${u.hostname}</title><p>${u.hostname}</p>`,
          });
        },
      );
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: recorder.origin,
      });
      if (EXT) {
        let [worker] = context.serviceWorkers();
        worker ??= await context.waitForEvent('serviceworker');
        await worker.evaluate(() => 1);
      }
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extId: [
    async ({ ctx }, use) => {
      const [sw] = ctx.serviceWorkers();
      await use(sw ? new URL(sw.url()).host : '');
    },
    { scope: 'worker' },
  ],
  clipPage: [
    async ({ ctx, recorder }, use) => {
      recorder.put('/clipboard', '<!doctype html><title>clipboard</title><p>clipboard</p>');
      const p = await ctx.newPage();
      await p.goto(`${recorder.origin}/clipboard`);
      await use(p);
    },
    { scope: 'worker' },
  ],
  rec: async ({ recorder }, use) => {
    recorder.reset();
    await use(recorder);
  },
  page: async ({ ctx, rec }, use) => {
    void rec;
    const page = await ctx.newPage();
    await use(page);
    // A page that will not close (a hung navigation) must not eat the next test's time.
    await Promise.race([
      page.close({ runBeforeUnload: false }),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
  },
  user: async ({ page, clipPage }, use) => use(new User(page, clipPage)),
});

export { expect };

let serial = 0;
/** Serve `html` under a fresh path on `origin` (default the local server), open it, let it settle. */
export async function open(
  page: Page,
  rec: Recorder,
  html: string,
  origin: string = rec.origin,
): Promise<string> {
  const path = `/p/${++serial}`;
  rec.put(path, html);
  await page.goto(origin + path);
  await page.waitForTimeout(BEFORE_ENTRY_MS);
  return origin + path;
}

/** Wait for the page's pollers, then fail with what leaked if any request carried the secret. */
export async function expectHeld(
  page: Page,
  rec: Recorder,
  secret: Secret,
  waitMs = AFTER_ENTRY_MS,
): Promise<void> {
  const stopped = Date.now();
  await page.waitForTimeout(waitMs);
  const leak = leaked(rec.requests, secret);
  const when = leak && `${leak.at - stopped} ms after the user stopped`;
  expect(
    leak,
    leak ? `${secret.label} leaked: ${leak.what} in ${leak.request} (${when})` : 'no leak',
  ).toBeUndefined();
}

/**
 * The same, for a secret split over requests (a phrase typed a word a frame): the phrase's words
 * that reached the server in any request, each counted once. More than its first two is a leak.
 */
export async function expectHeldAcross(
  page: Page,
  rec: Recorder,
  secret: Secret,
  waitMs = AFTER_ENTRY_MS,
  /** Distinct words allowed (2: the promise; more only where a test says why). */
  most = 2,
): Promise<void> {
  await page.waitForTimeout(waitMs);
  const seen = new Set<string>();
  // What the pages sent as data (body values): not key names, paths or headers (a frame's address
  // "/frame/box" carries the list word "box").
  for (const r of rec.requests)
    for (const { t, at } of requestTexts(r))
      if (at.startsWith('body') && !at.endsWith(' key'))
        for (const tok of t.toLowerCase().match(/[a-z]+/g) ?? []) seen.add(tok);
  const got = secret.words!.flatMap((w, i) => (seen.has(w) ? [`${i + 1}:${w}`] : []));
  // Distinct words: a phrase may hold a word twice.
  const distinct = new Set(secret.words!.filter((w) => seen.has(w)));
  expect(
    distinct.size,
    `${secret.label}: the page's requests carried ${got.join(' ')}`,
  ).toBeLessThanOrEqual(most);
}
