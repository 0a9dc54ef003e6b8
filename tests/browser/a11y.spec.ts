/**
 * Accessibility of every surface the user reads, checked by axe-core in real Chromium, in light
 * and dark: the popup, the options page, the look-alike warning page and the in-page card (in its
 * shadow root). No serious or critical violation.
 */
import { test, expect, tabIdOf, badgeText } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const SCAM =
  'TP钱包官方客服热线：400-826-7713，资产冻结请添加客服微信 tpqb-kf01 处理，需缴纳解冻费。';

async function serious(page: Page, include?: string): Promise<string[]> {
  let b = new AxeBuilder({ page });
  if (include) b = b.include(include);
  const r = await b.analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('popup', async ({ page, extId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extId}/popup.html?lang=en`);
      await expect(page.locator('#lookup-input')).toBeVisible();
      expect(await serious(page)).toEqual([]);
    });

    test('popup with this page\u2019s findings', async ({
      page,
      extId,
      extContext,
      server,
      sw,
    }) => {
      await page.goto(`${server.url}/demo.html`);
      await expect(page.locator('tp-scam-shield-badge').first()).toBeVisible({ timeout: 8000 });
      await expect.poll(() => badgeText(sw, page)).toBe('6');
      const tabId = await tabIdOf(sw, page);
      const popup = await extContext.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
      await expect(popup.locator('#this-tab li.finding').first()).toBeVisible();
      expect(await serious(popup)).toEqual([]);
      await popup.close();
    });

    test('options', async ({ page, extId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extId}/options.html?lang=en`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await serious(page)).toEqual([]);
    });

    test('warning page', async ({ page, extId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('https://tokenpocket-support.net/').catch(() => undefined);
      await expect(page).toHaveURL(new RegExp(`chrome-extension://${extId}/warning.html`));
      await page.waitForTimeout(300);
      expect(await serious(page)).toEqual([]);
    });

    test('in-page badge and card', async ({ page, server }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}/benign.html`);
      await page.evaluate((text) => {
        const p = document.createElement('p');
        p.id = 'scam';
        p.textContent = text;
        document.body.append(p);
      }, SCAM);
      const badge = page.locator('#scam tp-scam-shield-badge[data-level="danger"]');
      await expect(badge).toHaveCount(1, { timeout: 8000 });
      await badge.click();
      await expect(badge.locator('.card')).toBeVisible();
      expect(await serious(page, '#scam')).toEqual([]);
    });
  });
}
