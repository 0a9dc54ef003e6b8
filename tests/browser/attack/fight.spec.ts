/** The page fights the guard's UI: finds what it did not create, reads it, clicks it, hides or removes it. */
import { test, open, expectHeld } from './harness';
import { doc, form, fighter, listenEverywhere, INPUT, TEXTAREA } from './pages';
import type { FightAction } from './pages';
import { EN12, HEX0X } from './secrets';

const spyAll = 'S.poll(10);' + listenEverywhere(['keydown', 'input', 'paste']);

test.describe('fighting the guard UI', () => {
  const actions: [FightAction, string][] = [
    ['click', 'fills every foreign field and clicks every foreign button'],
    ['remove', 'removes every foreign element'],
    ['display', 'hides foreign elements (display:none)'],
    ['opacity', 'makes foreign elements transparent (opacity 0)'],
    ['offscreen', 'moves foreign elements off-screen'],
    ['pointer', 'sets pointer-events none on foreign elements'],
    ['read', 'posts innerText/shadowRoot of foreign elements'],
  ];
  for (const [action, what] of actions) {
    test(`${what} › typed phrase, input`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + fighter(action)));
      await user.type(page.locator('#f'), EN12.text);
      await expectHeld(page, rec, EN12);
    });
  }

  test('does all of it, then the user presses Enter › typed phrase, form', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, form(rec.origin, INPUT), spyAll + fighter('all')),
    );
    await user.type(page.locator('#f'), EN12.text);
    await page.keyboard.press('Enter');
    await expectHeld(page, rec, EN12);
  });

  test('clicks and removes › pasted phrase, textarea', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, spyAll + fighter('all')));
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('clicks every foreign button › typed 0x private key', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + fighter('click')));
    await user.type(page.locator('#f'), HEX0X.text);
    await expectHeld(page, rec, HEX0X);
  });

  test('re-focuses its field and fires Enter/Escape at whatever has focus › typed phrase', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        INPUT,
        `${spyAll}
         const f = document.getElementById('f');
         setInterval(() => {
           const a = document.activeElement;
           if (a && a !== f) {
             for (const key of ['Enter', 'Escape']) a.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
           }
           f.focus();
         }, 30);`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });
});
