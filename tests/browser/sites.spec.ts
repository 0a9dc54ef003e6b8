import { test, expect, badgeText } from './fixtures';
import type { Page } from '@playwright/test';

/** Each fixture marks its items data-expect="danger" or "safe"; the shield must agree. */
async function checkMarked(page: Page) {
  const danger = page.locator('[data-expect="danger"]');
  const safe = page.locator('[data-expect="safe"]');
  await expect(
    danger.first().locator('tp-scam-shield-badge[data-level="danger"]').first(),
  ).toBeVisible({ timeout: 5000 });
  const n = await danger.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(
      danger.nth(i).locator('tp-scam-shield-badge[data-level="danger"]'),
      `danger item ${i}`,
    ).not.toHaveCount(0);
  }
  const m = await safe.count();
  for (let i = 0; i < m; i++)
    await expect(safe.nth(i).locator('tp-scam-shield-badge'), `safe item ${i}`).toHaveCount(0);
}

const SITES: [string, string][] = [
  ['X timeline', 'https://x.com/home'],
  ['Telegram Web K', 'https://web.telegram.org/k/'],
  ['Telegram Web A', 'https://web.telegram.org/a/'],
  ['Discord channel and member list', 'https://discord.com/channels/1/2'],
  ['YouTube comments', 'https://www.youtube.com/watch?v=abc'],
  ['Reddit', 'https://www.reddit.com/r/CryptoCurrency/comments/1/x/'],
  ['Facebook', 'https://www.facebook.com/'],
  ['Weibo', 'https://weibo.com/'],
  ['Bilibili comments', 'https://www.bilibili.com/video/BV1xx'],
  ['Zhihu', 'https://www.zhihu.com/question/123'],
  ['Baidu Tieba', 'https://tieba.baidu.com/p/123'],
  ['Google results', 'https://www.google.com/search?q=TP%E9%92%B1%E5%8C%85%E5%AE%A2%E6%9C%8D'],
  ['Bing results', 'https://www.bing.com/search?q=tokenpocket+support'],
  ['Baidu results', 'https://www.baidu.com/s?wd=TP%E9%92%B1%E5%8C%85%E5%AE%A2%E6%9C%8D'],
];

test.describe('site adapters on real host names', () => {
  for (const [name, url] of SITES) {
    test(name, async ({ page, sw }) => {
      await page.goto(url);
      await checkMarked(page);
      const dangerItems = await page.locator('[data-expect="danger"]').count();
      await expect.poll(() => badgeText(sw, page).then(Number)).toBeGreaterThanOrEqual(dangerItems);
    });
  }

  test('a new chat message is flagged within a second', async ({ page }) => {
    await page.goto('https://web.telegram.org/k/');
    await expect(page.locator('#m1 tp-scam-shield-badge')).toHaveCount(1);
    await page.evaluate(() => {
      const b = document.createElement('div');
      b.className = 'bubble';
      b.setAttribute('data-mid', '103');
      b.id = 'm3';
      const name = document.createElement('div');
      name.className = 'name';
      const title = document.createElement('span');
      title.className = 'peer-title';
      title.textContent = 'TokenPocket Admin';
      name.append(title);
      const msg = document.createElement('div');
      msg.className = 'message';
      msg.textContent =
        'Your wallet is flagged. Send me your 12 word recovery phrase to verify it.';
      b.append(name, msg);
      document.querySelector('.bubbles-inner')!.append(b);
    });
    await expect(page.locator('#m3 tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 1000,
    });
  });

  test('single-page navigation: a profile opened without a page load is judged', async ({
    page,
  }) => {
    await page.goto('https://x.com/home');
    await expect(page.locator('#t1 tp-scam-shield-badge')).toHaveCount(1);
    await page.evaluate(() => (window as unknown as { spaNavigate(): void }).spaNavigate());
    await expect(page).toHaveURL(/TokenPocket_Help$/);
    await expect(page.locator('#profile tp-scam-shield-badge[data-level="danger"]')).toHaveCount(
      1,
      { timeout: 1500 },
    );
  });
});
