import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, EXT } from './fixtures';
import { extensionId, launchWithExtension } from '../../scripts/chromium';

test.describe('look-alike sites', () => {
  test('a look-alike host lands on the warning page; the bypass works and is remembered', async ({
    page,
    extId,
  }) => {
    // The navigation is replaced by our page, so the original load is aborted.
    await page.goto('https://tokenpocket-kefu.com/').catch(() => undefined);
    await expect(page).toHaveURL(new RegExp(`chrome-extension://${extId}/warning.html`));
    await expect(page.locator('#host-unicode')).toHaveText('tokenpocket-kefu.com');
    await expect(page.locator('#imitates')).toHaveText('tokenpocket.pro');
    await expect(page.locator('#go-official')).toHaveAttribute(
      'href',
      /^https:\/\/www\.tokenpocket\.pro\//,
    );
    await expect(page.locator('#continue')).toBeDisabled();
    await page.locator('summary').click();
    await page.locator('#continue-confirm').check();
    await page.locator('#continue').click();
    await expect(page).toHaveURL('https://tokenpocket-kefu.com/');
    await expect(page.locator('#site-page')).toBeVisible();
    // Remembered: the next visit is not interrupted.
    await page.goto('https://tokenpocket-kefu.com/other');
    await expect(page).toHaveURL('https://tokenpocket-kefu.com/other');
  });

  test('a look-alike address is stopped before its server even answers', async ({ page }) => {
    // The server never answers: no page, no content script; only the navigation check can stop it.
    await page.route('https://t0ken-pockett.top/**', () => undefined);
    void page.goto('https://t0ken-pockett.top/wallet').catch(() => undefined);
    await expect(page).toHaveURL(/warning\.html/, { timeout: 2500 });
    await expect(page.locator('#host-unicode')).toHaveText('t0ken-pockett.top');
  });

  test('its title draws its sign: no emoji or dingbat that shows as a box without an emoji font', async ({
    page,
  }) => {
    // Not the host the first test lets through (remembered in this browser).
    await page.goto('https://tokenpocket-helpdesk.com/').catch(() => undefined);
    await expect(page).toHaveURL(/warning\.html/);
    const title = page.locator('h1');
    await expect(title.locator('svg.sign-stop')).toBeVisible();
    // Symbols and dingbats (U+2600–27BF) and emoji planes: none in the page's text.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/[\u2600-\u27bf\u{1f000}-\u{1faff}]/u);
  });

  test('punycode host is shown in Unicode and in punycode', async ({ page }) => {
    await page.goto('https://xn--tokenpcket-jvi.pro/').catch(() => undefined);
    await expect(page).toHaveURL(/warning\.html/);
    await expect(page.locator('#host-punycode')).toHaveText('xn--tokenpcket-jvi.pro');
    await expect(page.locator('#host-unicode')).toHaveText('tokenpоcket.pro');
  });

  test('the official host is never interrupted', async ({ page }) => {
    await page.goto('https://www.tokenpocket.pro/');
    await expect(page).toHaveURL('https://www.tokenpocket.pro/');
    await page.goto('https://help.tpwallet.io/en/');
    await expect(page).toHaveURL('https://help.tpwallet.io/en/');
  });

  test('the warning page refuses javascript: and data: targets', async ({ page, extId }) => {
    for (const u of ['javascript:alert(1)', 'data:text/html,hi', 'chrome://settings']) {
      await page.goto(`chrome-extension://${extId}/warning.html?u=${encodeURIComponent(u)}`);
      await expect(page.locator('#bad-target')).toBeVisible();
      await expect(page.locator('#continue')).toHaveCount(0);
    }
  });
});

test('a look-alike site inside a frame is replaced by the extension warning page, with no way through', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/benign.html`);
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.src = 'https://tpwallet-help.net/';
    f.id = 'embedded';
    document.body.append(f);
  });
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f.url().includes('/warning.html'))
          ?.url() ?? '',
      {
        timeout: 8000,
      },
    )
    .toContain('tpwallet-help.net');
  const frame = page.frameLocator('#embedded');
  await expect(frame.locator('#host-punycode')).toHaveText('tpwallet-help.net');
  await expect(frame.locator('#continue')).toHaveCount(0);
  await expect(page).toHaveURL(/benign\.html$/);
});

test('a look-alike host the user chose to visit loads inside a frame as well: stopped once, then let through, no loop', async ({
  page,
  server,
}) => {
  await page.goto('https://tpwallet-visit.xyz/').catch(() => undefined);
  await expect(page).toHaveURL(/warning\.html/);
  await page.locator('summary').click();
  await page.locator('#continue-confirm').check();
  await page.locator('#continue').click();
  await expect(page.locator('#site-page')).toBeVisible();

  const loads: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('https://tpwallet-visit.xyz/framed')) loads.push(r.url());
  });
  await page.goto(`${server.url}/benign.html`);
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.src = 'https://tpwallet-visit.xyz/framed';
    f.id = 'embedded';
    document.body.append(f);
  });
  await expect(page.frameLocator('#embedded').locator('#site-page')).toHaveText(
    'tpwallet-visit.xyz',
  );
  await page.waitForTimeout(1500);
  // The first load is stopped before its first byte is parsed, while the background is asked.
  expect(loads).toHaveLength(2);
});

test.describe('known scam sites from the signed list', () => {
  // A known scam site of the bundled list (public/official-list.json, knownScams).
  const SITE = 'tokenpocket.biz';

  test('the browser itself sends it to the warning page: no request reaches the site; continue lets it through once chosen', async () => {
    // A real navigation, not one Playwright intercepts: the site's name resolves to a local
    // server that records what it is asked.
    const asked: string[] = [];
    const site = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>site</title><p id="site">site</p>');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    const port = (site.address() as AddressInfo).port;
    const ctx = await launchWithExtension(EXT, {
      args: [`--host-resolver-rules=MAP ${SITE} 127.0.0.1`],
    });
    try {
      const extId = await extensionId(ctx);
      const [sw] = ctx.serviceWorkers();
      // The rules are the browser's own: the list's sites, as installed by the worker.
      await expect
        .poll(() =>
          sw!.evaluate(async () => {
            const api = (
              globalThis as unknown as {
                chrome: {
                  declarativeNetRequest: {
                    getDynamicRules(): Promise<{ condition: { requestDomains?: string[] } }[]>;
                  };
                };
              }
            ).chrome.declarativeNetRequest;
            return (await api.getDynamicRules()).flatMap((r) => r.condition.requestDomains ?? []);
          }),
        )
        .toContain(SITE);
      // Whichever check comes first, the browser's rule matches the site and its subdomains.
      const matched = (url: string) =>
        sw!.evaluate(async (u) => {
          const api = (
            globalThis as unknown as {
              chrome: {
                declarativeNetRequest: {
                  testMatchOutcome(r: object): Promise<{ matchedRules: unknown[] }>;
                };
              };
            }
          ).chrome.declarativeNetRequest;
          return (await api.testMatchOutcome({ url: u, type: 'main_frame' })).matchedRules.length;
        }, url);
      expect(await matched(`https://shop.${SITE}/x?y=1`)).toBe(1);
      expect(await matched('https://www.tokenpocket.pro/')).toBe(0);
      const page = await ctx.newPage();
      const target = `http://${SITE}:${port}/claim?a=1&b=2`;
      await page.goto(target).catch(() => undefined);
      // (The navigation check may replace the browser's own redirect a moment later: either way
      // the site was never asked.)
      await expect(page).toHaveURL(new RegExp(`chrome-extension://${extId}/warning\\.html`));
      await expect(page.locator('#host-unicode')).toHaveText(SITE);
      expect(asked).toEqual([]);
      await page.locator('summary').click();
      await page.locator('#continue-confirm').check();
      await page.locator('#continue').click();
      // The whole address, query and all, and no loop back to the warning.
      await expect(page).toHaveURL(target);
      await expect(page.locator('#site')).toBeVisible();
      expect(asked).toContain('/claim?a=1&b=2');
      // The rule now leaves that host alone.
      await expect.poll(() => matched(`http://${SITE}/`)).toBe(0);
    } finally {
      await ctx.close();
      site.close();
    }
  });
});
