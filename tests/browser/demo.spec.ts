import { test, expect, badges, badgeText } from './fixtures';

test.describe('demo page', () => {
  test('flags each scam example and leaves the ordinary ones alone', async ({
    page,
    server,
    sw,
  }) => {
    await page.goto(`${server.url}/demo.html`);
    const scams = page.locator('#scam .msg');
    await expect(scams.first().locator('tp-scam-shield-badge[data-level="danger"]')).toBeVisible({
      timeout: 5000,
    });
    const n = await scams.count();
    for (let i = 0; i < n; i++)
      await expect(scams.nth(i).locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(
        1,
      );
    await expect(page.locator('#benign tp-scam-shield-badge')).toHaveCount(0);
    await expect(page.locator('tp-scam-shield-banner')).toHaveCount(1);
    await expect.poll(() => badgeText(sw, page)).toBe(String(await badges(page, 'danger').count()));
  });

  test('the card explains, in the page language of the browser, and opens with the keyboard', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/demo.html`);
    const badge = page.locator('#scam .msg').first().locator('tp-scam-shield-badge');
    await expect(badge).toBeVisible();
    await page.keyboard.press('Tab');
    const button = badge.locator('button.badge');
    await button.focus();
    const card = badge.locator('.card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(/TokenPocket/);
    await expect(card.locator('li').first()).toContainText(/support|客服|contact|联系/i);
    await expect(card).not.toContainText(/verified|safe/i);
  });

  test('a page with nothing suspicious gets nothing injected and an empty toolbar badge', async ({
    page,
    server,
    sw,
  }) => {
    await page.goto(`${server.url}/benign.html`);
    await page.waitForTimeout(800);
    await expect(page.locator('tp-scam-shield-badge, tp-scam-shield-banner')).toHaveCount(0);
    expect(await badgeText(sw, page)).toBe('');
  });

  test('an SEO page with a fake 客服 number is flagged, the help centre is not', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/seo.html`);
    await expect(badges(page, 'danger').first()).toBeVisible();
    await page.goto(`${server.url}/help-centre.html`);
    await page.waitForTimeout(800);
    await expect(badges(page, 'danger')).toHaveCount(0);
  });

  test('content inserted later (infinite scroll, a new message) is flagged within a second', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/benign.html`);
    await page.waitForTimeout(300);
    const t0 = Date.now();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'TP钱包客服 飞机 @tp_kefu_888 解冻 提现 一对一处理';
      document.querySelector('article')!.append(p);
    });
    await expect(page.locator('#late tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 1000,
    });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  test('changes inside existing text are judged with the text around them, and a fixed text loses its badge', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/benign.html`);
    await page.waitForTimeout(300);
    // A scam sentence split over an existing paragraph and a span added into it.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'host';
      p.textContent = 'TP钱包客服 飞机 ';
      document.querySelector('article')!.append(p);
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const s = document.createElement('span');
      s.textContent = '@tp_kefu_888 解冻 提现 一对一处理';
      document.getElementById('host')!.append(s);
    });
    await expect(page.locator('#host > tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 1000,
    });
    // A block's own text, around a nested ordinary paragraph: the outer block is flagged alone.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.id = 'outer';
      d.append('TP钱包官方客服热线 ');
      const inner = document.createElement('p');
      inner.id = 'inner';
      inner.textContent = '今天天气不错，我们去公园散步。';
      d.append(inner, '请拨打 400-820-1234 解冻');
      document.querySelector('article')!.append(d);
    });
    await expect(page.locator('#outer > tp-scam-shield-badge[data-level="danger"]')).toHaveCount(
      1,
      { timeout: 1000 },
    );
    await expect(page.locator('#inner tp-scam-shield-badge')).toHaveCount(0);
    // The flagged paragraph's text is edited into an ordinary one: its badge goes.
    await page.evaluate(() => {
      const s = document.querySelector('#host > span')!;
      s.firstChild!.nodeValue = '今天天气不错';
      document.getElementById('host')!.firstChild!.nodeValue = '散步 ';
    });
    await expect(page.locator('#host tp-scam-shield-badge')).toHaveCount(0, { timeout: 1000 });
  });

  test('the toolbar count covers every danger finding, beyond the 200 the popup lists', async ({
    page,
    server,
    sw,
  }) => {
    await page.goto(`${server.url}/many.html`);
    await expect(page.locator('p.scam tp-scam-shield-badge[data-level="danger"]')).toHaveCount(
      260,
      {
        timeout: 10_000,
      },
    );
    await expect.poll(() => badgeText(sw, page), { timeout: 5000 }).toBe('260');
  });
});
