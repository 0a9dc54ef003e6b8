import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const EN = 'early purse nut pizza afraid bag spice foam clap horn margin loud';
const EN_NUMBERED =
  '1. menu 2. nose 3. child 4. boy 5. rude 6. muscle 7. rose 8. feed 9. obey 10. label 11. because 12. dynamic';
const ZH = '主快失万泛估漏急睡削铝节';
const KEY = '0x4c302aa66dd8451b8e8dfa443de7d89c320e552187b06ff32dc0caaffbf004fa';
/** Ordinary text long enough to be held while the detector is not there yet. */
const ORDINARY = 'My USDT transfer on TRON has been pending since yesterday, does anyone know why?';

async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await pasteUnfocused(page, selector, text);
}

/** A paste that arrives without any focus first (focus would fetch the guard's detector at once). */
async function pasteUnfocused(page: Page, selector: string, text: string) {
  await page.evaluate(
    ([sel, t]) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t!);
      document
        .querySelector(sel!)!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
        );
    },
    [selector, text],
  );
}

const modal = (page: Page) => page.locator('tp-scam-shield-guard');

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
      await expect(modal(page)).toBeVisible();
      await expect(modal(page).locator('#guard-clear')).toBeFocused();
      await modal(page).locator('#guard-clear').click();
      await expect(page.locator('#phrase')).toHaveValue('');
      expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
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

  test('typing a phrase word by word is stopped, and Enter/submit never sends it', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.locator('#phrase').pressSequentially(EN, { delay: 0 });
    await expect(modal(page)).toBeVisible();
    await modal(page).locator('#guard-clear').click();
    await expect(page.locator('#phrase')).toHaveValue('');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((s) => s.includes(EN))).toBe(false);
    const before = server.posts.length;
    await page.locator('#send').click();
    await expect(page.locator('#received')).toBeVisible();
    expect(
      server.posts
        .slice(before)
        .map((p) => p.body)
        .join(),
    ).not.toContain('pizza+afraid');
  });

  test('a phrase split over 12 inputs is stopped', async ({ page, server }) => {
    await page.goto(`${server.url}/form.html`);
    const words = EN.split(' ');
    for (let i = 0; i < 12; i++) {
      await page.locator(`#w${i + 1}`).fill(words[i]!);
      if (await modal(page).isVisible()) break;
    }
    await expect(modal(page)).toBeVisible();
    await modal(page).locator('#guard-clear').click();
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
    await expect(modal(page)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([]);
  });

  test('continuing takes a deliberate act: typing the confirmation phrase', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html?lang=en`);
    await paste(page, '#phrase', EN);
    const m = modal(page);
    await expect(m.locator('#guard-continue')).toBeDisabled();
    await m.locator('#guard-confirm').fill('yes');
    await expect(m.locator('#guard-continue')).toBeDisabled();
    await m.locator('#guard-confirm').fill('I understand the risk');
    await m.locator('#guard-continue').click();
    await expect(modal(page)).toHaveCount(0);
    await expect(page.locator('#phrase')).toHaveValue(EN);
  });

  // Before anything in the frame has had focus, the guard's detector is not loaded yet: what could
  // be a secret is held from the page, judged a moment later, and handed on when it is not one.
  test('a phrase arriving before anything had focus is still stopped; ordinary text is handed on', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await pasteUnfocused(page, '#phrase', EN);
    await expect(modal(page)).toBeVisible();
    await modal(page).locator('#guard-clear').click();
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

    // Typed input the page would read at once, and a form submitted, before any focus.
    await page.goto(`${server.url}/form.html`);
    await page.evaluate((t) => {
      const f = document.getElementById('phrase') as HTMLTextAreaElement;
      f.value = t;
      f.dispatchEvent(new Event('input', { bubbles: true }));
    }, EN);
    await expect(modal(page)).toBeVisible();
    await expect(page.locator('#phrase')).toHaveValue('');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await modal(page).locator('#guard-clear').click();

    await page.goto(`${server.url}/form.html`);
    const before = server.posts.length;
    await page.evaluate((t) => {
      (document.getElementById('phrase') as HTMLTextAreaElement).value = t;
      (document.getElementById('one') as HTMLFormElement).requestSubmit();
    }, ORDINARY);
    await expect(page.locator('#received')).toBeVisible();
    expect(server.posts.length).toBe(before + 1);
    expect(server.posts.at(-1)!.body).toContain('pending+since+yesterday');
  });

  test('values pasted while the page is still loading are held until the detector is fetched: a phrase is stopped, ordinary text lands', async ({
    page,
    server,
  }) => {
    // A page whose parsing never ends: a script it waits for never arrives, so the page has not
    // loaded, and nothing has had focus, when the user pastes: the guard has no detector yet.
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
    const open = async () => {
      await page.goto(`${server.url}/loading.html`, { waitUntil: 'commit' });
      await page.locator('#phrase').waitFor();
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
    };
    await open();
    await paste(page, '#phrase', EN);
    await expect(modal(page)).toBeVisible({ timeout: 8000 });
    await modal(page).locator('#guard-clear').click();
    await expect(page.locator('#phrase')).toHaveValue('');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

    // Ordinary text held the same way lands in the field: the page sees it as typed text.
    await open();
    await pasteUnfocused(page, '#phrase', ORDINARY);
    await expect(page.locator('#phrase')).toHaveValue(ORDINARY, { timeout: 8000 });
    await expect(modal(page)).toHaveCount(0);
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
      document.body.append(i);
    });
    await page
      .locator('#q')
      .fill('0xb9a9b77040850756034786dd7a4879fefdb9324d00224223b8a8462b3a0ae90e');
    await page.locator('#q').fill('0x1beee0c2efcbb9b370899a15a6588be9ee062105');
    await page.waitForTimeout(200);
    await expect(modal(page)).toHaveCount(0);
    await expect(page.locator('#q')).toHaveValue('0x1beee0c2efcbb9b370899a15a6588be9ee062105');
  });
});
