/**
 * The sniffer (issue #20): the page scanner and its engine are loaded only into frames where
 * something may be worth reading, and frames are read too (a chat widget is a frame). What the
 * extension's background was asked for is recorded from its service worker.
 */
import type { Worker } from '@playwright/test';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { test, expect, badges, tabBadge, tabIdOf } from './fixtures';

const SCAM =
  'TP钱包官方客服热线：400-826-7713，资产冻结请添加客服微信 tpqb-kf01 处理，需缴纳解冻费。';

interface Seen {
  type: string;
  frameId: number;
  url: string;
}

/** Records the content messages the background receives from now on. */
async function recordMessages(sw: Worker): Promise<() => Promise<Seen[]>> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __seen?: Seen[] };
    if (g.__seen) {
      g.__seen.length = 0;
      return;
    }
    g.__seen = [];
    (
      globalThis as unknown as {
        chrome: {
          runtime: {
            onMessage: {
              addListener(
                cb: (m: { type?: string }, s: { frameId?: number; url?: string }) => void,
              ): void;
            };
          };
        };
      }
    ).chrome.runtime.onMessage.addListener((m, s) => {
      g.__seen!.push({ type: String(m?.type), frameId: s.frameId ?? -1, url: s.url ?? '' });
    });
  });
  return () => sw.evaluate(() => (globalThis as unknown as { __seen: Seen[] }).__seen.slice());
}

test.describe('the sniffer', () => {
  test('an ordinary page and its ordinary chat frame get the sniffer, not the scanner; a late scam message in the frame is flagged at once', async ({
    page,
    sw,
  }) => {
    const seen = await recordMessages(sw);
    await page.goto('https://tea.example/');
    const chat = page.frameLocator('#chat');
    await expect(chat.locator('.msg')).toHaveCount(1);
    // Both frames asked for the sniffer once loaded…
    await expect
      .poll(async () => (await seen()).filter((m) => m.type === 'startSniffer').length, {
        timeout: 8000,
      })
      .toBe(2);
    // …and neither asked for the scanner: no engine code runs in them.
    await page.waitForTimeout(1500);
    expect((await seen()).filter((m) => m.type === 'startScanner')).toEqual([]);

    // The agent's first real message arrives: flagged in the frame within a second.
    const frame = page.frames().find((f) => f.url().startsWith('https://chat.example/'))!;
    const t0 = Date.now();
    await frame.evaluate((text) => window.postMessage(`say:${text}`, '*'), SCAM);
    await expect(chat.locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 5000,
    });
    const took = Date.now() - t0;
    expect(took).toBeLessThan(1000);
    const scanners = (await seen()).filter((m) => m.type === 'startScanner');
    expect(scanners.map((m) => new URL(m.url).hostname)).toEqual(['chat.example']);
    // The tab's toolbar count includes the frame's finding; the top page has none of its own.
    const tabId = await tabIdOf(sw, page);
    await expect.poll(() => tabBadge(sw, tabId), { timeout: 5000 }).toBe('1');
    await expect(badges(page)).toHaveCount(0);
  });

  test('a page with a scam message gets the scanner and is flagged as before', async ({
    page,
    server,
    sw,
  }) => {
    const seen = await recordMessages(sw);
    await page.goto(`${server.url}/seo.html`);
    await expect(badges(page, 'danger').first()).toBeVisible({ timeout: 8000 });
    expect((await seen()).some((m) => m.type === 'startScanner' && m.frameId === 0)).toBe(true);
  });
});

test.describe('what the tab’s record keeps', () => {
  test('a seed phrase in the page address never reaches the session storage', async ({
    page,
    server,
    sw,
  }) => {
    const phrase = generateMnemonic(english, 128);
    await page.goto(`${server.url}/seo.html?backup=${phrase.replace(/ /g, '+')}#${phrase}`);
    await expect(badges(page, 'danger').first()).toBeVisible({ timeout: 8000 });
    const tabId = await tabIdOf(sw, page);
    await expect.poll(() => tabBadge(sw, tabId), { timeout: 5000 }).not.toBe('');
    const stored = await sw.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as {
            chrome: { storage: { session: { get(k: null): Promise<unknown> } } };
          }
        ).chrome.storage.session.get(null),
      ),
    );
    // Stored, and without any run of the phrase's words.
    expect(stored).toContain('seo.html');
    const words = phrase.split(' ');
    for (let i = 0; i + 3 <= words.length; i++)
      for (const sep of ['+', '%20', ' '])
        expect(stored).not.toContain(words.slice(i, i + 3).join(sep));
  });
});
