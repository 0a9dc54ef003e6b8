/** insertText-style entry: IME commits, dictation, and CDP's IME composition commands. */
import { test, open, expectHeld } from './harness';
import { doc, listenEverywhere, INPUT, TEXTAREA, EDITABLE } from './pages';
import { EN12, ZH12, ZH12_NOSPACE, HEX0X, KEYSTORE } from './secrets';

const IME_EVENTS = [
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
];

test.describe('insertText', () => {
  test('whole phrase in one insertText, input listener › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, listenEverywhere(['input'])));
    await user.insert(page.locator('#f'), [EN12.text]);
    await expectHeld(page, rec, EN12);
  });

  test('whole phrase in one insertText, beforeinput listener › textarea', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(['beforeinput'])));
    await user.insert(page.locator('#f'), [EN12.text]);
    await expectHeld(page, rec, EN12);
  });

  test('whole phrase in one insertText, MutationObserver › contenteditable', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, EDITABLE, 'S.observe(document.getElementById("f"));'),
    );
    await user.insert(page.locator('#f'), [EN12.text]);
    await expectHeld(page, rec, EN12);
  });

  test('dictation in three chunks, value poller › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin, mode: 'img' }, INPUT, 'S.poll(10);'));
    const w = EN12.words!;
    await user.insert(page.locator('#f'), [
      w.slice(0, 4).join(' ') + ' ',
      w.slice(4, 8).join(' ') + ' ',
      w.slice(8).join(' '),
    ]);
    await expectHeld(page, rec, EN12);
  });

  test('CDP IME: compose then commit the whole phrase, composition listeners › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, listenEverywhere(IME_EVENTS)));
    await user.ime(page.locator('#f'), [{ compose: 'abc', commit: EN12.text }]);
    await expectHeld(page, rec, EN12);
  });

  test('CDP IME: one commit a word, textInput listener › textarea', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(['textInput', 'compositionend'])),
    );
    await user.ime(
      page.locator('#f'),
      EN12.words!.map((w) => ({ compose: w.slice(0, 2), commit: w + ' ' })),
    );
    await expectHeld(page, rec, EN12);
  });

  test('CDP IME: one commit a word › contenteditable with poller', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin, mode: 'b64' }, EDITABLE, 'S.poll(10);' + listenEverywhere(IME_EVENTS)),
    );
    await user.ime(
      page.locator('#f'),
      EN12.words!.map((w) => ({ compose: w.slice(0, 3), commit: w + ' ' })),
    );
    await expectHeld(page, rec, EN12);
  });

  test('CDP IME: Chinese, pinyin composed then one character committed › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, INPUT, 'S.poll(10);' + listenEverywhere(IME_EVENTS)),
    );
    await user.ime(
      page.locator('#f'),
      [...ZH12_NOSPACE.text].map((c) => ({ compose: 'pin', commit: c })),
    );
    await expectHeld(page, rec, ZH12_NOSPACE);
  });

  test('CDP IME: Chinese with spaces › textarea', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(IME_EVENTS)));
    await user.ime(
      page.locator('#f'),
      ZH12.words!.map((c) => ({ compose: 'yin', commit: c + ' ' })),
    );
    await expectHeld(page, rec, ZH12);
  });

  test('0x private key in one insertText › input with poller', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, 'S.poll(10);'));
    await user.insert(page.locator('#f'), [HEX0X.text]);
    await expectHeld(page, rec, HEX0X);
  });

  test('keystore JSON in one insertText › textarea with input listener', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(['input'])));
    await user.insert(page.locator('#f'), [KEYSTORE.text]);
    await expectHeld(page, rec, KEYSTORE);
  });
});
