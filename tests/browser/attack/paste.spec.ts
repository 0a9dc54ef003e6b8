/** Trusted paste (Ctrl/Cmd+V from the real clipboard). */
import { test, open, expectHeld } from './harness';
import { doc, form, boxes, listenEverywhere, INPUT, TEXTAREA, EDITABLE } from './pages';
import { EN12, ZH12, HEX, HEX0X, KEYSTORE } from './secrets';

test.describe('paste', () => {
  test('paste listener reads clipboardData › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, INPUT, listenEverywhere(['paste'])));
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('input listener › textarea', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(['input', 'beforeinput'])),
    );
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('MutationObserver › contenteditable', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, EDITABLE, 'S.observe(document.getElementById("f"));'),
    );
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('value poller every 10 ms › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin, mode: 'beacon' }, INPUT, 'S.poll(10);'));
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('then Enter submits the form › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, form(rec.origin, INPUT)));
    await user.paste(page.locator('#f'), EN12.text);
    await page.keyboard.press('Enter');
    await expectHeld(page, rec, EN12);
  });

  test('into the first of 12 boxes; the page splits it across the boxes', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        boxes(rec.origin, false),
        `S.poll(10);
         const ws = [...document.querySelectorAll('.w')];
         ws[0].addEventListener('paste', (e) => {
           const words = e.clipboardData.getData('text/plain').trim().split(/\\s+/);
           if (words.length < 2) return;
           e.preventDefault();
           words.forEach((w, i) => { if (ws[i]) ws[i].value = w; });
         });`,
      ),
    );
    await user.paste(page.locator('#w0'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('Chinese phrase › textarea with listeners', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA, listenEverywhere(['paste', 'input']) + 'S.poll(10);'),
    );
    await user.paste(page.locator('#f'), ZH12.text);
    await expectHeld(page, rec, ZH12);
  });

  test('64-hex private key, paste listener + poller › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, INPUT, listenEverywhere(['paste']) + 'S.poll(10);'),
    );
    await user.paste(page.locator('#f'), HEX.text);
    await expectHeld(page, rec, HEX);
  });

  test('0x private key, keyup + input listeners › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin, mode: 'xhr' }, INPUT, listenEverywhere(['keyup', 'input'])),
    );
    await user.paste(page.locator('#f'), HEX0X.text);
    await expectHeld(page, rec, HEX0X);
  });

  test('keystore JSON › textarea with poller', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA, 'S.poll(10);' + listenEverywhere(['paste'])),
    );
    await user.paste(page.locator('#f'), KEYSTORE.text);
    await expectHeld(page, rec, KEYSTORE);
  });

  test('after the page dispatched an untrusted paste event first › input', async ({
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
        `${listenEverywhere(['paste', 'input'])} S.poll(10);
         const f = document.getElementById('f');
         const fake = () => {
           const dt = new DataTransfer(); dt.setData('text/plain', 'hello world');
           f.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
           document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
         };
         fake(); f.addEventListener('focus', fake);`,
      ),
    );
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('a private key asked for by the page, pasted into a field it labels as a hash', async ({
    page,
    rec,
    user,
  }) => {
    // Found by a blind attacker (session 14): the field's own words ("hash", "SHA-256") let a 64-hex
    // value through where a hash is expected, while the page asks for a private key.
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'Import wallet' },
        '<h2>Restore wallet. Paste your private key below</h2><label>SHA-256 checksum <input id="f" name="hash" size="70"></label>',
        'S.poll(10);' + listenEverywhere(['paste', 'input']),
      ),
    );
    await user.paste(page.locator('#f'), HEX.text);
    await expectHeld(page, rec, HEX);
  });
});
