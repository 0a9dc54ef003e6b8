import { test, expect } from './fixtures';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

test.describe('options page', () => {
  test('switches, lists and exceptions are saved and shown', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator('#opt-lang').selectOption('en');
    await expect(page.locator('h1')).toHaveText('TP Scam Shield settings');
    // The page draws again when storage says the language changed: a person reads first.
    await page.waitForTimeout(300);
    await page.locator('#add-guardExceptions').fill('https://my-own-wallet-tool.example/path');
    await page.locator('#add-guardExceptions-btn').click();
    await expect(page.locator('#list-guardExceptions')).toContainText('my-own-wallet-tool.example');
    await page.locator('#add-disabledSites').fill('news.example');
    await page.locator('#add-disabledSites-btn').click();
    await expect(page.locator('#list-disabledSites')).toContainText('news.example');
    await page.getByRole('button', { name: 'Remove news.example' }).click();
    await expect(page.locator('#list-disabledSites')).not.toContainText('news.example');
    await page.locator('#opt-updateUrl').fill('http://insecure.example/list.json');
    await page.locator('#opt-updateUrl').dispatchEvent('change');
    await expect(page.locator('label', { has: page.locator('#opt-updateUrl') })).toContainText(
      'An https:// address only.',
    );
    await page.reload();
    await expect(page.locator('#list-guardExceptions')).toContainText('my-own-wallet-tool.example');
    await expect(page.locator('#opt-updateUrl')).toHaveValue('');
  });

  test('the global switch turns page warnings off live', async ({
    page,
    extContext,
    extId,
    server,
  }) => {
    await page.goto(`${server.url}/seo.html`);
    await expect(page.locator('tp-scam-shield-badge').first()).toBeVisible();
    const opts = await extContext.newPage();
    await opts.goto(`chrome-extension://${extId}/options.html`);
    await opts.locator('#opt-enabled').uncheck();
    await expect(page.locator('tp-scam-shield-badge')).toHaveCount(0, { timeout: 3000 });
    await opts.locator('#opt-enabled').check();
    // Saved before the page goes (the next test in this browser starts from these settings).
    await expect
      .poll(() =>
        opts.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: {
                storage: {
                  local: { get(k: string): Promise<{ settings?: { enabled?: boolean } }> };
                };
              };
            }
          ).chrome.storage.local
            .get('settings')
            .then((r) => r.settings?.enabled),
        ),
      )
      .toBe(true);
    await opts.close();
  });

  test('an invalid settings file is refused with a clear message and nothing changes', async ({
    page,
    extId,
  }) => {
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator('#opt-lang').selectOption('en');
    // Changing the language re-renders the page: reload so the file input is the one on screen.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: {
                storage: { local: { get(k: string): Promise<{ settings?: { lang?: string } }> } };
              };
            }
          ).chrome.storage.local
            .get('settings')
            .then((r) => r.settings?.lang),
        ),
      )
      .toBe('en');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('TP Scam Shield settings');
    // Under the run's output folder, which Playwright empties at each run.
    const dir = test.info().outputPath('settings-files');
    mkdirSync(dir, { recursive: true });
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'tp-scam-shield-settings',
        version: 1,
        settings: { enabled: 'maybe' },
      }),
    );
    await page.locator('#import').setInputFiles(bad);
    await expect(page.locator('#status')).toContainText('not a valid settings file');
    await expect(page.locator('#opt-enabled')).toBeChecked();
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({
        format: 'tp-scam-shield-settings',
        version: 1,
        settings: {
          enabled: true,
          disabledSites: ['imported.example'],
          allowlist: [],
          bypassHosts: [],
          guardExceptions: [],
          updateUrl: '',
          reportEndpoint: '',
          lang: 'en',
        },
      }),
    );
    await page.locator('#import').setInputFiles(good);
    await expect(page.locator('#status')).toContainText('Settings imported');
    await expect(page.locator('#list-disabledSites')).toContainText('imported.example');
  });
});
