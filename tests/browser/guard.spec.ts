import { test, expect } from './fixtures';
import type { Frame, Page } from '@playwright/test';

const EN = 'early purse nut pizza afraid bag spice foam clap horn margin loud';
const EN_NUMBERED =
  '1. menu 2. nose 3. child 4. boy 5. rude 6. muscle 7. rose 8. feed 9. obey 10. label 11. because 12. dynamic';
const ZH = '主快失万泛估漏急睡削铝节';
const KEY = '0x4c302aa66dd8451b8e8dfa443de7d89c320e552187b06ff32dc0caaffbf004fa';
/** Ordinary text long enough to be held while the detector is not there yet. */
const ORDINARY = 'My USDT transfer on TRON has been pending since yesterday, does anyone know why?';

/** A real (trusted) paste: the text goes to the clipboard, then Ctrl+V in the focused field. */
async function paste(page: Page, selector: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator(selector).focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The stop dialog: inside the guard's own extension frame, which the page cannot read. */
async function dialog(page: Page, timeout = 8000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const f of page.frames()) {
      if (!f.url().includes('/hold.html')) continue;
      if (
        await f
          .locator('#guard-clear')
          .isVisible()
          .catch(() => false)
      )
        return f;
    }
    if (Date.now() > until) throw new Error('no stop dialog');
    await page.waitForTimeout(50);
  }
}

async function noDialog(page: Page) {
  await page.waitForTimeout(400);
  for (const f of page.frames())
    if (f.url().includes('/hold.html'))
      expect(
        await f
          .locator('#guard-clear')
          .isVisible()
          .catch(() => false),
      ).toBe(false);
}

/** What the page's own listeners saw (form.html records every input and paste of #phrase). */
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

test.describe('secret-entry guard', () => {
  for (const [name, secret] of <[string, string][]>[
    ['English phrase', EN],
    ['numbered phrase', EN_NUMBERED],
    ['Chinese phrase', ZH],
    ['private key', KEY],
  ]) {
    test(`pasting a ${name} is stopped before the page or the server sees it`, async ({
      page,
      server,
    }) => {
      await page.goto(`${server.url}/form.html`);
      await paste(page, '#phrase', secret);
      const d = await dialog(page);
      await expect(d.locator('[role=alertdialog]')).toBeFocused();
      await d.locator('#guard-clear').click();
      await expect(page.locator('#phrase')).toHaveValue('');
      expect(await seen(page)).toEqual([]);
      const before = server.posts.length;
      await page.locator('#send').click();
      await expect(page.locator('#received')).toBeVisible();
      const body = server.posts
        .slice(before)
        .map((p) => p.body)
        .join('\n');
      expect(decodeURIComponent(body.replace(/\+/g, ' '))).not.toContain(secret.slice(0, 20));
    });
  }

  test('typing a phrase: the page gets its first two words at most, then the stop dialog; Enter/submit never sends it', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.locator('#phrase').pressSequentially(EN, { delay: 0 });
    const d = await dialog(page);
    // Every value the page's input listener saw has at most two words of the phrase.
    for (const v of await seen(page)) expect(v.trim().split(/\s+/).length).toBeLessThanOrEqual(2);
    await expect(page.locator('#phrase')).not.toHaveValue(/pizza/);
    await d.locator('#guard-clear').click();
    await expect(page.locator('#phrase')).toHaveValue('');
    const before = server.posts.length;
    await page.locator('#send').click();
    await expect(page.locator('#received')).toBeVisible();
    expect(
      server.posts
        .slice(before)
        .map((p) => p.body)
        .join(),
    ).not.toContain('nut');
  });

  test('typing a private key: the page never gets 16 of its hex digits', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.locator('#phrase').pressSequentially(KEY, { delay: 0 });
    await dialog(page);
    for (const v of await seen(page)) expect(v).not.toMatch(/[0-9a-f]{16}/);
    await expect(page.locator('#phrase')).not.toHaveValue(/[0-9a-f]{16}/);
  });

  test('ordinary text that starts with phrase words reaches the page as typed, with no dialog', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    const text = 'about time we all agree on this';
    await page.locator('#phrase').click();
    await page.keyboard.type(text, { delay: 20 });
    await expect(page.locator('#phrase')).toHaveValue(text);
    await noDialog(page);
    await page.locator('#send').click();
    await expect(page.locator('#received')).toBeVisible();
    expect(server.posts.at(-1)!.body).toContain('about+time+we+all+agree+on+this');
  });

  test('a phrase typed over 12 one-word boxes is stopped, and the boxes emptied', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    const words = EN.split(' ');
    await page.locator('#w1').click();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.type(words[i]!, { delay: 5 });
      if (i < 11) await page.keyboard.press('Tab');
    }
    const d = await dialog(page);
    // The page's boxes hold at most the first two words.
    for (let i = 3; i <= 12; i++) await expect(page.locator(`#w${i}`)).toHaveValue('');
    await d.locator('#guard-clear').click();
    for (let i = 1; i <= 12; i++) await expect(page.locator(`#w${i}`)).toHaveValue('');
  });

  test('a private key pressed Enter on in a chat composer is not sent', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.evaluate((k) => {
      const c = document.getElementById('composer')!;
      c.textContent = k;
      (window as unknown as { sent: string[] }).sent = [];
      c.addEventListener(
        'keydown',
        (e) =>
          e.key === 'Enter' &&
          (window as unknown as { sent: string[] }).sent.push(c.textContent ?? ''),
      );
    }, KEY);
    await page.locator('#composer').focus();
    await page.keyboard.press('Enter');
    await dialog(page);
    expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([]);
  });

  test('continuing takes a deliberate act in the extension frame: typing the confirmation phrase', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html?lang=en`);
    await paste(page, '#phrase', EN);
    const d = await dialog(page);
    await expect(d.locator('#guard-continue')).toBeDisabled();
    await d.locator('#guard-confirm').fill('yes');
    await expect(d.locator('#guard-continue')).toBeDisabled();
    await d.locator('#guard-confirm').fill('I understand the risk');
    await d.locator('#guard-continue').click();
    await expect(page.locator('#phrase')).toHaveValue(EN);
    await noDialog(page);
  });

  test('the page can neither see nor press the dialog: no dialog DOM in the page, and removing the frame keeps the secret out', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await paste(page, '#phrase', EN);
    await dialog(page);
    const pageView = await page.evaluate(() => ({
      text: document.documentElement.innerText,
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
    }));
    expect(pageView.text).not.toContain('Continue');
    expect(pageView.buttons).toEqual(['Validate', 'Import']);
    await page.evaluate(() =>
      document.querySelectorAll('tp-scam-shield-hold').forEach((e) => e.remove()),
    );
    await page.waitForTimeout(300);
    await expect(page.locator('#phrase')).toHaveValue('');
    expect(await seen(page)).toEqual([]);
  });

  test('a phrase pasted while the page is still loading is stopped', async ({ page, server }) => {
    // A page whose parsing never ends: a script it waits for never arrives.
    await page.route(`${server.url}/never.js`, () => undefined);
    await page.route(`${server.url}/loading.html`, (r) =>
      r.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><textarea id="phrase"></textarea><script>
          window.seen = [];
          const f = document.getElementById('phrase');
          for (const t of ['paste', 'input']) f.addEventListener(t, () => window.seen.push(t));
        </script><script src="/never.js"></script>`,
      }),
    );
    await page.goto(`${server.url}/loading.html`, { waitUntil: 'commit' });
    await page.locator('#phrase').waitFor();
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    await paste(page, '#phrase', EN);
    const d = await dialog(page);
    await d.locator('#guard-clear').click();
    await expect(page.locator('#phrase')).toHaveValue('');
    expect(await seen(page)).toEqual([]);
  });

  test('ordinary text, an address and a tx hash on an explorer pass untouched', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.locator('#phrase').fill(ORDINARY);
    await page.locator('#send').click();
    await expect(page.locator('#received')).toBeVisible();
    expect(server.posts.at(-1)!.body).toContain('pending+since+yesterday');
    await page.goto('https://etherscan.io/');
    await page.evaluate(() => {
      const i = document.createElement('input');
      i.id = 'q';
      i.placeholder = 'Search by Address / Txn Hash / Block';
      document.body.append(i);
    });
    await paste(page, '#q', '0xb9a9b77040850756034786dd7a4879fefdb9324d00224223b8a8462b3a0ae90e');
    await expect(page.locator('#q')).toHaveValue(
      '0xb9a9b77040850756034786dd7a4879fefdb9324d00224223b8a8462b3a0ae90e',
    );
    await page.locator('#q').fill('0x1beee0c2efcbb9b370899a15a6588be9ee062105');
    await noDialog(page);
    await expect(page.locator('#q')).toHaveValue('0x1beee0c2efcbb9b370899a15a6588be9ee062105');
  });
});
