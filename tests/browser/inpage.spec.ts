import { test, expect, badges, tabIdOf } from './fixtures';

const SCAM =
  'TP钱包官方客服热线：400-826-7713，资产冻结请添加客服微信 tpqb-kf01 处理，需缴纳解冻费。';

test.describe('in-page warnings on a page that fights them', () => {
  test('a page-dispatched WXT start event does not stop the scanner', async ({
    page,
    server,
    extId,
  }) => {
    await page.goto(`${server.url}/seo.html`);
    await expect(badges(page, 'danger').first()).toBeVisible({ timeout: 8000 });
    await page.evaluate((id) => {
      for (const name of ['wxt:content-script-started', `${id}:scanner:wxt:content-script-started`])
        window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'scanner' } }));
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'scanner' }, '*');
    }, extId);
    const before = await badges(page, 'danger').count();
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    }, SCAM);
    await expect(badges(page, 'danger')).toHaveCount(before + 1, { timeout: 5000 });
  });

  test('badges and the banner removed by the page come back; a page that keeps removing them is named in the popup', async ({
    page,
    server,
    sw,
    extId,
    extContext,
  }) => {
    await page.goto(`${server.url}/seo.html`);
    await expect(badges(page, 'danger').first()).toBeVisible({ timeout: 8000 });
    const n = await badges(page).count();
    await expect(page.locator('tp-scam-shield-banner')).toHaveCount(1);
    await page.evaluate(() =>
      document
        .querySelectorAll('tp-scam-shield-badge, tp-scam-shield-banner')
        .forEach((e) => e.remove()),
    );
    await expect(badges(page)).toHaveCount(n);
    await expect(page.locator('tp-scam-shield-banner')).toHaveCount(1);

    // A page that removes them every time: after a few rounds the popup says what it did.
    await page.evaluate(() =>
      setInterval(
        () =>
          document
            .querySelectorAll('tp-scam-shield-badge, tp-scam-shield-banner')
            .forEach((e) => e.remove()),
        30,
      ),
    );
    const tabId = await tabIdOf(sw, page);
    const popup = await extContext.newPage();
    await expect
      .poll(
        async () => {
          await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
          return popup.locator('#tampered').count();
        },
        { timeout: 8000 },
      )
      .toBe(1);
    await expect(popup.locator('#tampered')).toContainText('removed');
    await popup.close();
  });
});

test('a warning that quotes a scam draws nothing in the page and is listed in the popup; the scam next to it is flagged', async ({
  page,
  server,
  sw,
  extId,
  extContext,
}) => {
  await page.goto(`${server.url}/benign.html`);
  await page.evaluate((scam) => {
    const warn = document.createElement('p');
    warn.id = 'warning';
    warn.textContent =
      '曝光一个骗子：百度搜“TP钱包客服电话”排第一的那个 400-826-7713 是假的！我朋友打过去，对方说钱包被冻结要交保证金，前后被骗了2000U。TP官方根本就没有客服电话！';
    const bad = document.createElement('p');
    bad.id = 'scam';
    bad.textContent = scam;
    document.body.append(warn, bad);
  }, SCAM);
  await expect(
    page.locator('#scam + tp-scam-shield-badge, #scam tp-scam-shield-badge'),
  ).toHaveCount(1, { timeout: 8000 });
  await expect(
    page.locator('#warning + tp-scam-shield-badge, #warning tp-scam-shield-badge'),
  ).toHaveCount(0);
  const tabId = await tabIdOf(sw, page);
  const popup = await extContext.newPage();
  // The popup reads the tab's findings when it opens: opened again until both are there.
  await expect
    .poll(
      async () => {
        await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
        return popup.locator('#this-tab li.finding').count();
      },
      { timeout: 8000 },
    )
    .toBe(2);
  await popup.close();
});

test.describe('the card respects the window', () => {
  for (const [name, style] of [
    ['a message at the bottom of the window', 'position:absolute;left:20px;bottom:8px'],
    ['a message at the bottom right corner', 'position:absolute;right:4px;bottom:8px;width:180px'],
    ['a message at the top right', 'position:absolute;right:4px;top:60px;width:180px'],
  ] as const) {
    test(`${name}: the opened card fits inside the window`, async ({ page, server }) => {
      await page.goto(`${server.url}/benign.html`);
      await page.evaluate(
        ([text, css]) => {
          const box = document.createElement('div');
          box.setAttribute('style', `position:fixed;inset:0;pointer-events:none`);
          const p = document.createElement('p');
          p.id = 'scam';
          p.setAttribute('style', `${css};pointer-events:auto;margin:0`);
          p.textContent = text;
          box.append(p);
          document.body.append(box);
        },
        [SCAM, style] as const,
      );
      const badge = page.locator('#scam tp-scam-shield-badge[data-level="danger"]');
      await expect(badge).toHaveCount(1, { timeout: 8000 });
      await badge.click();
      const card = badge.locator('.card');
      await expect(card).toBeVisible();
      const box = (await card.boundingBox())!;
      const view = page.viewportSize()!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(view.height);
      expect(box.x + box.width).toBeLessThanOrEqual(view.width);
      // Its buttons are reachable (it scrolls inside when it is taller than the room it has).
      await card.locator('button').last().scrollIntoViewIfNeeded();
      await expect(card.locator('button').last()).toBeInViewport();
    });
  }
});

test.describe('the banner never covers the page', () => {
  for (const [name, head] of [
    ['a page without a header of its own', ''],
    [
      'a page with its own fixed header',
      '<style>body{padding-top:64px;margin:0}#site-header{position:fixed;top:0;left:0;right:0;height:56px;background:#234;color:#fff}</style><div id="site-header">Site header</div>',
    ],
    [
      'a page with a sticky header',
      '<style>body{margin:0}#site-header{position:sticky;top:0;height:56px;background:#234;color:#fff}</style><div id="site-header">Site header</div>',
    ],
  ] as const) {
    test(`${name}: the page's header and title stay visible, and so does the banner`, async ({
      page,
    }) => {
      const url = 'https://news.example/article';
      await page.route(url, (r) =>
        r.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html><head><title>t</title></head><body>${head}<h1 id="title">The page's own title</h1><p>${SCAM}</p></body></html>`,
        }),
      );
      await page.goto(url);
      const banner = page.locator('tp-scam-shield-banner');
      await expect(banner).toHaveCount(1, { timeout: 8000 });
      await page.waitForTimeout(300);
      // What is on top at the centre of each: the element itself.
      const topAt = (sel: string) =>
        page.evaluate((s) => {
          const el = document.querySelector(s)!;
          const r = el.getBoundingClientRect();
          const at = document.elementFromPoint(
            r.left + Math.min(30, r.width / 2),
            r.top + r.height / 2,
          );
          return !!at && (at === el || el.contains(at));
        }, sel);
      expect(await topAt('#title')).toBe(true);
      expect(await topAt('tp-scam-shield-banner')).toBe(true);
      if (head) expect(await topAt('#site-header')).toBe(true);
    });
  }
});
