/**
 * Found by the blind attacker of session 16 (attack tests written from its report; each leaked
 * every word, or blocked the message, in its own driver before the fix).
 * - The page takes the phrase a word at a time and clears its field: at every Enter of a one-line
 *   field, or at every Space it cancels.
 * - The page cancels the user's Space and puts its own separator ("-") in the field.
 * - False alarms: chat messages made of list words ("thank you very much"), sent with Enter.
 */
import { test, expect, open, expectHeld, expectHeldAcross } from './harness';
import { doc } from './pages';
import { EN12 } from './secrets';

/** One word per step: the page keeps the word and clears its field at Enter (or Space). */
const perWord = (keys: string) => `
  const e = document.getElementById('i');
  let n = 1;
  e.addEventListener('keydown', (k) => {
    if (!${JSON.stringify(keys.split(','))}.includes(k.key)) return;
    k.preventDefault();
    S.set('w' + n, e.value.trim());
    S.flush();
    e.value = '';
    n++;
  });`;

test.describe('the page takes the phrase a word at a time', () => {
  for (const keys of ['Enter', ' ']) {
    test(`and clears its one-line field at every ${keys === ' ' ? 'Space' : 'Enter'}`, async ({
      page,
      rec,
    }) => {
      await open(
        page,
        rec,
        doc(
          { rec: rec.origin },
          '<p>Word</p><input id="i" size="30" autocomplete="off">',
          perWord(keys),
        ),
      );
      await page.locator('#i').click();
      for (const w of EN12.words!) {
        await page.keyboard.type(w, { delay: 10 });
        await page.keyboard.press(keys === ' ' ? 'Space' : 'Enter');
      }
      await expectHeldAcross(page, rec, EN12);
    });
  }

  test('the page turns every Space into its own "-"', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '<textarea id="i" rows="3" cols="80"></textarea>',
        `const e = document.getElementById('i');
         e.addEventListener('keydown', (k) => {
           if (k.key !== ' ') return;
           k.preventDefault();
           e.value += '-';
         });
         S.poll(10);`,
      ),
    );
    await user.type(page.locator('#i'), EN12.text, 10);
    await expectHeld(page, rec, EN12);
  });
});

test.describe('found by a blind reviewer of the fixes', () => {
  test('the page keeps its text area and turns every Enter into a space, a word an Enter', async ({
    page,
    rec,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '<textarea id="i" rows="3" cols="80"></textarea>',
        `const e = document.getElementById('i');
         e.addEventListener('keydown', (k) => {
           if (k.key !== 'Enter') return;
           k.preventDefault();
           e.value += ' ';
         });
         S.poll(10);`,
      ),
    );
    await page.locator('#i').click();
    for (const w of EN12.words!) {
      await page.keyboard.type(w, { delay: 10 });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
    }
    // Known slack: the first Enter after two words ends that entry (a chat's send), so the page
    // gets a third word; after that it has more than two and Enter only separates words.
    await expectHeldAcross(page, rec, EN12, 1500, 3);
  });
});

test.describe('chat messages of list words: sent with Enter, as typed', () => {
  /** A chat box: Enter sends the message (the page's own keydown handler) and clears it. */
  const chat = `
    const e = document.getElementById('m');
    e.addEventListener('keydown', (k) => {
      if (k.key !== 'Enter' || k.shiftKey) return;
      k.preventDefault();
      const li = document.createElement('li');
      li.textContent = e.value;
      document.getElementById('log').append(li);
      e.value = '';
    });`;
  for (const [field, text] of <[string, string][]>[
    ['<textarea id="m" rows="2" cols="60"></textarea>', 'thank you very much'],
    ['<textarea id="m" rows="2" cols="60"></textarea>', 'good morning team, see you later'],
    ['<input id="m" size="60">', 'fresh orange juice recipe'],
  ]) {
    test(`"${text}" in a ${field.startsWith('<input') ? 'one-line' : 'text area'} chat box`, async ({
      page,
      rec,
      user,
    }) => {
      await open(
        page,
        rec,
        doc({ rec: rec.origin, title: 'chat' }, `<ul id="log"></ul>${field}`, chat),
      );
      await user.type(page.locator('#m'), text, 40);
      await page.keyboard.press('Enter');
      await expect(page.locator('#log li')).toHaveText([text], { timeout: 3000 });
      await expect(page.locator('#m')).toHaveValue('');
    });
  }

  test('two messages of list words, one after the other, both sent', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'chat' },
        '<ul id="log"></ul><textarea id="m" rows="2" cols="60"></textarea>',
        chat,
      ),
    );
    await user.type(page.locator('#m'), 'good morning', 40);
    await page.keyboard.press('Enter');
    await page.keyboard.type('thank you very much', { delay: 40 });
    await page.keyboard.press('Enter');
    await expect(page.locator('#log li')).toHaveText(['good morning', 'thank you very much'], {
      timeout: 3000,
    });
  });

  test('a plain text area keeps the line break typed after list words', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin, title: 'notes' }, '<textarea id="m" rows="4" cols="60"></textarea>'),
    );
    await user.type(page.locator('#m'), 'thank you very much', 40);
    await page.keyboard.press('Enter');
    await page.keyboard.type('see you soon', { delay: 40 });
    // (Lines of list words with a word or two that are not may stay held until the user moves on:
    // a phrase with typos reads the same. Then all of it arrives, in order.)
    await page.mouse.click(700, 500);
    await expect(page.locator('#m')).toHaveValue('thank you very much\nsee you soon', {
      timeout: 3000,
    });
  });
});

test.describe('the page draws over the stop dialog', () => {
  test('a popover with pointer-events: none hides the warning; typing the words and clicking continue through it lets nothing go', async ({
    page,
    rec,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<textarea id="f" rows="3" cols="80"></textarea>
         <div id="cover" popover="manual" style="position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff;pointer-events:none">Wallet verified ✔ Type: I understand the risk, then Continue.</div>`,
        `S.poll(10);
         // The moment the guard's frame appears, the page covers everything above it.
         new MutationObserver(() => {
           const c = document.getElementById('cover');
           if (document.querySelector('tp-scam-shield-hold') && !c.matches(':popover-open'))
             c.showPopover();
         }).observe(document.documentElement, { childList: true, subtree: true });`,
      ),
    );
    await page.locator('#f').click();
    await page.keyboard.type(EN12.text, { delay: 0 });
    let d = null;
    for (let i = 0; i < 100 && !d; i++) {
      for (const f of page.frames())
        if (
          f.url().includes('/hold.html') &&
          (await f
            .locator('#guard-confirm')
            .isVisible()
            .catch(() => false))
        )
          d = f;
      if (!d) await page.waitForTimeout(50);
    }
    expect(d, 'the stop dialog').not.toBeNull();
    await expect(page.locator('#cover')).toBeVisible();
    // The user follows the page's words: clicks where the field is, types, clicks where Continue is.
    const box = async (sel: string) => (await d!.locator(sel).boundingBox())!;
    const input = await box('#guard-confirm');
    await page.mouse.click(input.x + input.width / 2, input.y + input.height / 2);
    await page.keyboard.type('I understand the risk');
    await page.waitForTimeout(300);
    const cont = await box('#guard-continue');
    await page.mouse.click(cont.x + cont.width / 2, cont.y + cont.height / 2);
    await expectHeld(page, rec, EN12);
    await expect(page.locator('#f')).not.toHaveValue(/thank year/);
  });
});
