import { test, expect, tabIdOf, badgeText, tabBadge } from './fixtures';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const LIST_VERSION = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/official-list.json'), 'utf8'),
  ) as { version: number }
).version;

test.describe('popup', () => {
  test('shows the verified list, grouped official channels with copy and open', async ({
    page,
    extId,
  }) => {
    await page.goto(`chrome-extension://${extId}/popup.html?lang=en`);
    await expect(page.locator('#list-status')).toContainText('Signature verified');
    await expect(page.locator('#list-status')).toContainText(`v${LIST_VERSION}`);
    const channels = page.locator('#channels');
    await expect(channels.locator('[data-entry="x-tokenpocket-tp"]')).toContainText(
      '@TokenPocket_TP',
    );
    await expect(channels.locator('[data-entry="email-service"]')).toContainText(
      'service@tokenpocket.pro',
    );
    await expect(channels.locator('[data-entry="tg-cn"] a')).toHaveAttribute(
      'href',
      'https://t.me/tokenPocket_cn',
    );
    for (const g of [
      'Websites',
      'X (Twitter)',
      'Telegram',
      'Discord',
      'YouTube',
      'GitHub',
      'Medium',
      'Facebook',
      'App stores',
      'Chrome extension',
    ]) {
      await expect(channels.locator('h3', { hasText: g })).toHaveCount(1);
    }
    await expect(page.locator('#rules li')).toHaveCount(4);
    // This page's findings come first, then the lookup, then the channels, collapsed.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main > section, body > section, section')]
        .map((e) => e.id)
        .filter(Boolean),
    );
    expect(order.indexOf('this-tab')).toBeLessThan(order.indexOf('lookup'));
    expect(order.indexOf('lookup')).toBeLessThan(order.indexOf('channels'));
    await expect(channels.locator('[data-entry="tg-cn"]')).toBeHidden();
    // The filter opens the groups with a match and hides the others.
    await page.locator('#channels-filter').fill('telegram');
    await expect(channels.locator('[data-entry="tg-cn"]')).toBeVisible();
    await expect(channels.locator('[data-entry="email-service"]')).toBeHidden();
    await page.locator('#channels-filter').fill('');
    // Fits the popup width: nothing scrolls sideways.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
      ),
    ).toBe(true);
  });

  test('answers "is this official?"', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html?lang=en`);
    const cases: [string, string, RegExp][] = [
      ['@TokenPocket_TP', 'official', /Official/],
      ['@TokenPocket_TPP', 'lookalike', /Look-alike/],
      ['400-826-7713', 'unofficial', /no phone, WeChat or QQ support/],
      ['service@tokenpocket.pro', 'official', /Support e-mail/],
      ['tokenpocket-support.com', 'lookalike', /imitates|Look-alike/],
      ['@some_random_tg', 'unofficial', /Not official/],
    ];
    for (const [q, kind, text] of cases) {
      await page.fill('#lookup-input', q);
      await page.keyboard.press('Enter');
      await expect(page.locator('#lookup-result')).toHaveAttribute('data-kind', kind);
      await expect(page.locator('#lookup-result')).toContainText(text);
    }
  });

  test('lists this tab’s findings, scrolls to one, and can turn the shield off for the site', async ({
    page,
    extContext,
    extId,
    server,
    sw,
  }) => {
    await page.goto(`${server.url}/demo.html`);
    await expect(page.locator('tp-scam-shield-badge').first()).toBeVisible();
    await expect.poll(() => badgeText(sw, page)).toBe('6');
    const tabId = await tabIdOf(sw, page);
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?lang=zh_CN&tabId=${tabId}`);
    await expect(popup.locator('#this-tab li.finding')).toHaveCount(6);
    await expect(popup.locator('#this-tab li.finding').first()).toContainText('诈骗警告');
    await popup
      .locator('#this-tab li.finding')
      .last()
      .getByRole('button', { name: '定位' })
      .click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('#scam .msg:last-child')!.getBoundingClientRect().top <
            innerHeight,
        ),
      )
      .toBe(true);
    await popup.locator('#site-toggle').uncheck();
    await expect(page.locator('tp-scam-shield-badge')).toHaveCount(0, { timeout: 3000 });
    await popup.locator('#site-toggle').check();
    await page.reload();
    await expect(page.locator('tp-scam-shield-badge').first()).toBeVisible();
    await popup.close();
  });

  test('once the tab shows another page, neither the toolbar badge nor the popup keeps the old findings', async ({
    page,
    extContext,
    extId,
    server,
    sw,
  }) => {
    await page.goto(`${server.url}/demo.html`);
    await expect.poll(() => badgeText(sw, page)).toBe('6');
    const tabId = await tabIdOf(sw, page);
    // A page where nothing of ours runs, so nothing reports for it.
    await page.goto('about:blank');
    expect(await tabBadge(sw, tabId)).toBe('');
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
    await expect(popup.locator('#no-findings')).toBeVisible();
    await expect(popup.locator('#this-tab li.finding')).toHaveCount(0);
    await page.goto(`${server.url}/benign.html`);
    await page.waitForTimeout(800);
    expect(await badgeText(sw, page)).toBe('');
    // Back to the scam page: found again, counted again.
    await page.goto(`${server.url}/demo.html`);
    await expect.poll(() => badgeText(sw, page)).toBe('6');
    await popup.reload();
    await expect(popup.locator('#this-tab li.finding')).toHaveCount(6);
    await popup.close();
  });

  test('screenshots: zh_CN and en, light and dark', async ({ extContext, extId }) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const lang of ['zh_CN', 'en']) {
      for (const scheme of ['light', 'dark'] as const) {
        const p = await extContext.newPage();
        await p.emulateMedia({ colorScheme: scheme });
        await p.setViewportSize({ width: 380, height: 600 });
        await p.goto(`chrome-extension://${extId}/popup.html?lang=${lang}`);
        await p.fill('#lookup-input', '@TokenPocket_TPP');
        await p.keyboard.press('Enter');
        await expect(p.locator('#lookup-result')).toHaveAttribute('data-kind', 'lookalike');
        await p.screenshot({ path: resolve(SHOTS, `popup-${lang}-${scheme}.png`) });
        await p.close();
      }
    }
  });

  test('switching the language re-renders the popup', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    await page.selectOption('#lang', 'zh_TW');
    await expect(page.locator('h1')).toHaveText('TP 防騙盾');
    await page.selectOption('#lang', 'en');
    await expect(page.locator('h1')).toHaveText('TP Scam Shield');
  });
});
