/**
 * Known scams from the signed list, in pages (issue #23): a page's scanner is given the list
 * without them and asks the background about the contacts it reads; a known one is flagged.
 */
import { test, expect, badges } from './fixtures';

// A number the bundled list names as a known scam (public/official-list.json, knownScams), in a
// text that says nothing else the rules would call danger.
/** What the extension page's script calls (runtime messaging to the background). */
declare const chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };

const TEXT = 'USDT转账一直没到账，群里有人说打这个电话 +1 209-434-7173 问问';
const PLAIN = 'USDT转账一直没到账，群里有人说打这个电话 +1 209-555-0147 问问';

test.describe('known scams in pages', () => {
  test('a contact the list names is flagged in the page, one that it does not name is not', async ({
    page,
  }) => {
    await page.route('http://forum.example/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><title>forum</title><p id="a">${TEXT}</p><p id="b">${PLAIN}</p><p>${'普通的帖子内容。'.repeat(20)}</p>`,
      }),
    );
    await page.goto('http://forum.example/t/1');
    await expect(badges(page, 'danger')).toHaveCount(1, { timeout: 8000 });
    // The badge stands by the known number's paragraph.
    await expect(page.locator('#a tp-scam-shield-badge, #a + tp-scam-shield-badge')).toHaveCount(1);
    await expect(page.locator('#b tp-scam-shield-badge, #b + tp-scam-shield-badge')).toHaveCount(0);
  });

  test('a page is given the list without its known scams, and a count of them', async ({
    page,
    extId,
  }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    const got = await page.evaluate(async () => {
      const r = (await chrome.runtime.sendMessage({ type: 'getState' })) as {
        list: { ok: boolean; list: { knownScams: unknown[] }; knownScams: number };
      };
      return { entries: r.list.list.knownScams.length, count: r.list.knownScams };
    });
    expect(got.entries).toBe(0);
    expect(got.count).toBeGreaterThan(50);
    const found = await page.evaluate(
      async () =>
        (await chrome.runtime.sendMessage({
          type: 'knownLookup',
          keys: ['phone:12094347173', 'phone:12095550147'],
        })) as { found: Record<string, unknown> },
    );
    expect(Object.keys(found.found)).toEqual(['phone:12094347173']);
  });
});
