/** Forged events: synthetic key/input/paste events, guessed CustomEvents, WXT's lifecycle events. */
import { test, open, expectHeld } from './harness';
import {
  doc,
  forgedKeys,
  forgedCustom,
  forgedWxt,
  listenEverywhere,
  INPUT,
  TEXTAREA,
} from './pages';
import { EN12, HEX } from './secrets';

const spyAll = 'S.poll(10);' + listenEverywhere(['keydown', 'input', 'paste']);

test.describe('forged events', () => {
  test('synthetic keydown/input/paste before and after every keystroke › typed phrase', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + forgedKeys));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('synthetic keydown/input/paste around the entry › pasted phrase', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA.replace('<textarea', '<textarea'), spyAll + forgedKeys),
    );
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('guessed "allow/approve" CustomEvents and postMessages › typed phrase', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + forgedCustom));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('guessed "allow/approve" CustomEvents › insertText phrase', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, spyAll + forgedCustom));
    await user.insert(page.locator('#f'), [EN12.text]);
    await expectHeld(page, rec, EN12);
  });

  test('wxt:content-script-started (every prefix and entrypoint) once at load › typed phrase', async ({
    page,
    rec,
    user,
    extId,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + forgedWxt(extId, false)));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('wxt:* events every 100 ms during entry › pasted phrase', async ({
    page,
    rec,
    user,
    extId,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, spyAll + forgedWxt(extId, true)));
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('wxt:* events every 100 ms during entry › typed private key', async ({
    page,
    rec,
    user,
    extId,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, spyAll + forgedWxt(extId, true)));
    await user.type(page.locator('#f'), HEX.text);
    await expectHeld(page, rec, HEX);
  });

  test('wxt:* events, then the page re-creates its field › typed phrase', async ({
    page,
    rec,
    user,
    extId,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '<div id="slot"></div>',
        `${forgedWxt(extId, false)}
         setTimeout(() => {
           document.getElementById('slot').innerHTML = '<input id="f" size="80">';
           ${spyAll}
         }, 100);`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });
});
