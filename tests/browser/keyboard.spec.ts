/**
 * Every surface used with the keyboard alone (issue #22): Tab to reach, Enter or Space to act,
 * Escape to close. No mouse event in these tests.
 */
import { test, expect, badges } from './fixtures';
import type { Frame, Page } from '@playwright/test';
import { INPAGE } from '../../src/i18n/inpage-strings';

const PHRASE = 'early purse nut pizza afraid bag spice foam clap horn margin loud';

/** The guard's stop dialog, in its extension frame (once shown). */
async function stopDialog(page: Page): Promise<Frame> {
  for (let i = 0; i < 160; i++) {
    for (const f of page.frames())
      if (
        f.url().includes('/hold.html') &&
        (await f
          .locator('#guard-clear')
          .isVisible()
          .catch(() => false))
      )
        return f;
    await page.waitForTimeout(50);
  }
  throw new Error('no stop dialog');
}

/** The id of what has the keyboard in a frame. */
const focusedId = (f: Frame) => f.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until `test` holds for the focused element (deep, through open shadow roots). */
async function tabTo(page: Page, what: string, test: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return (new Function('el', `return (${src})(el)`) as (el: Element | null) => boolean)(a);
    }, test);
    if (hit) return;
  }
  throw new Error(`${what}: not reached with ${max} presses of Tab`);
}

test.describe('keyboard only', () => {
  test('in-page card: Tab reaches a warning, it opens, Tab reaches its buttons, Escape closes', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/seo.html`);
    await expect(badges(page, 'danger').first()).toBeVisible({ timeout: 8000 });
    await tabTo(
      page,
      'a danger badge',
      `(el) => el?.classList.contains('badge') && el.classList.contains('danger')`,
    );
    const open = page.locator('tp-scam-shield-badge[data-level="danger"]').filter({
      has: page.locator('button[aria-expanded="true"]'),
    });
    await expect(open).toHaveCount(1);
    const id = await open.getAttribute('data-finding-id');
    const host = page.locator(`tp-scam-shield-badge[data-finding-id="${id}"]`);
    await expect(host.locator('.card')).toBeVisible();
    // Its actions, in order, by Tab; Escape closes and gives the focus back to the badge.
    await tabTo(
      page,
      'the card’s close button',
      `(el) => el?.closest?.('.card') && el.localName === 'button' && el === el.parentElement.lastElementChild`,
      6,
    );
    await page.keyboard.press('Escape');
    await expect(host.locator('.card')).toBeHidden();
    await expect(host.locator('button.badge')).toBeFocused();
  });

  test('popup: the lookup answers from the keyboard, and a channel group opens with Enter', async ({
    extContext,
    extId,
  }) => {
    const page = await extContext.newPage();
    await page.goto(`chrome-extension://${extId}/popup.html?lang=en`);
    await tabTo(page, 'the lookup field', `(el) => el?.id === 'lookup-input'`);
    await page.keyboard.type('tokenpocket.pro');
    await page.keyboard.press('Enter');
    await expect(page.locator('#lookup-result')).toHaveAttribute('data-kind', 'official');
    await tabTo(page, 'a channel group', `(el) => el?.localName === 'summary'`);
    const group = page.locator('details.group').filter({ has: page.locator('summary:focus') });
    await expect(group).not.toHaveAttribute('open', '');
    await page.keyboard.press('Enter');
    await expect(group).toHaveAttribute('open', '');
    await page.close();
  });

  test('warning page: continue to the site with the keyboard only, after confirming', async ({
    page,
  }) => {
    await page.goto('https://tokenpocket-keys.com/').catch(() => undefined);
    await expect(page).toHaveURL(/warning\.html/);
    await tabTo(page, 'the continue summary', `(el) => el?.localName === 'summary'`);
    await page.keyboard.press('Enter');
    await tabTo(page, 'the confirmation', `(el) => el?.id === 'continue-confirm'`, 10);
    await page.keyboard.press('Space');
    await expect(page.locator('#continue')).toBeEnabled();
    await tabTo(page, 'continue', `(el) => el?.id === 'continue'`, 10);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('https://tokenpocket-keys.com/');
  });

  test('stop dialog: Tab reaches "clear", Enter clears; continue needs the typed phrase, then Enter goes through', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/form.html`);
    await page.locator('#phrase').focus();
    await page.keyboard.type(PHRASE, { delay: 0 });
    let d = await stopDialog(page);
    // The dialog has the keyboard (not one of its buttons: someone still typing presses none).
    await expect(d.locator('[role=alertdialog]')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedId(d)).toBe('guard-clear');
    await page.keyboard.press('Enter');
    await expect(page.locator('#phrase')).toHaveValue('');

    // Again; this time through: Tab to the confirmation, type it, Tab to continue, Enter.
    await page.locator('#phrase').focus();
    await page.keyboard.type(PHRASE, { delay: 0 });
    d = await stopDialog(page);
    for (let i = 0; i < 6 && (await focusedId(d)) !== 'guard-confirm'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedId(d)).toBe('guard-confirm');
    const label = (await d.locator('label[for="guard-confirm"]').textContent()) ?? '';
    const confirm = Object.values(INPAGE)
      .map((x) => x.guardContinuePhrase)
      .find((p) => label.includes(p))!;
    await page.keyboard.type(confirm);
    await page.keyboard.press('Tab');
    expect(await focusedId(d)).toBe('guard-continue');
    await page.keyboard.press('Enter');
    await expect(page.locator('#phrase')).toHaveValue(PHRASE);
  });

  test('banner: its buttons are reached by Tab and act on Enter', async ({ page, server }) => {
    await page.goto(`${server.url}/seo.html`);
    const banner = page.locator('tp-scam-shield-banner');
    await expect(banner).toHaveCount(1, { timeout: 8000 });
    await tabTo(
      page,
      'the banner’s close button',
      `(el) => el?.localName === 'button' && el.getRootNode()?.host?.localName === 'tp-scam-shield-banner' && el === el.parentElement.lastElementChild`,
    );
    await page.keyboard.press('Enter');
    await expect(banner).toHaveCount(0);
  });

  test('options: every control is reached by Tab', async ({ extContext, extId }) => {
    const page = await extContext.newPage();
    await page.goto(`chrome-extension://${extId}/options.html`);
    await expect(page.locator('input, select, button').first()).toBeVisible();
    const controls = await page
      .locator('input:visible, select:visible, button:visible, textarea:visible')
      .evaluateAll((els) => els.filter((e) => !(e as HTMLInputElement).disabled).length);
    const reached = new Set<string>();
    for (let i = 0; i < controls * 2 + 10 && reached.size < controls; i++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || !a.matches('input, select, button, textarea')) return null;
        const all = [...document.querySelectorAll('input, select, button, textarea')];
        return String(all.indexOf(a));
      });
      if (k) reached.add(k);
    }
    expect(reached.size).toBe(controls);
    await page.close();
  });
});
