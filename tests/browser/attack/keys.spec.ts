/**
 * Pages that build their own editor from key events, on an element that is not a field (a
 * focusable `<div>` or `<canvas>`, or the page itself with nothing focused): no input, no
 * beforeinput, no value; the page draws what the keys say. Found by the blind attacker of
 * session 14 (it leaked everything). The false-alarm cases: keyboard shortcuts and an ordinary
 * sentence typed into such an editor arrive as typed.
 */
import { test, expect, open, expectHeld } from './harness';
import { doc } from './pages';
import { EN12, HEX } from './secrets';

/** A page editor: every printable key (and Backspace, Enter) changes the text the page keeps. */
const editor = (target: string, type = 'keydown'): string => `
  const t = ${target};
  let text = '';
  t.addEventListener(${JSON.stringify(type)}, (e) => {
    if (e.key === 'Backspace') text = text.slice(0, -1);
    else if (e.key === 'Enter') text += '\\n';
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) text += e.key;
    else return;
    e.preventDefault();
    S.set('editor', text);
    const out = document.getElementById('out');
    if (out) out.textContent = text;
  });`;

const DIV =
  '<p>Recovery phrase</p><div id="f" tabindex="0" style="min-height:60px;border:1px solid #888"><span id="out"></span></div>';
const CANVAS =
  '<p>Recovery phrase</p><canvas id="f" tabindex="0" width="600" height="80" style="border:1px solid #888"></canvas><p id="out"></p>';

test.describe('editors built from key events', () => {
  test('focusable div, keydown on the div › typed phrase', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, DIV, editor('document.getElementById("f")')));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
    // The user is told, in the extension's own frame.
    await expect
      .poll(async () => {
        for (const f of page.frames())
          if (f.url().includes('/hold.html') && (await f.locator('#guard-clear').isVisible()))
            return true;
        return false;
      })
      .toBe(true);
  });

  test('focusable canvas, keypress on window › typed phrase', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, CANVAS, editor('window', 'keypress')));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('nothing focused, keydown on document › typed phrase', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '<h1>Type your recovery phrase</h1><p id="out"></p>',
        editor('document'),
      ),
    );
    await user.type(page.locator('h1'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('focusable div, keyup on the div › typed 64-hex key', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, DIV, editor('document.getElementById("f")', 'keyup')),
    );
    await user.type(page.locator('#f'), HEX.text);
    await expectHeld(page, rec, HEX);
  });
});

test.describe('the keyboard on a hidden form control that is not a text field (blind attacker, session 15)', () => {
  /** A text box drawn by the page; its mousedown moves the real focus to a 1-px control. */
  const phish = () => `
    <p>Enter the 12 words to verify your wallet:</p>
    <div id="fake" style="width:500px;height:60px;border:1px solid #999">|</div>
    <div id="sinkhost"></div>`;
  const sinkScript = (control: string) => `
    const c = ${JSON.stringify(control)};
    let sink;
    if (c === 'select') { sink = document.createElement('select'); sink.append(new Option('a')); }
    else if (c === 'object') { sink = document.createElement('object'); sink.tabIndex = 0; }
    else { sink = document.createElement('input'); sink.type = c; }
    sink.id = 'sink';
    sink.style.cssText = 'position:absolute;left:0;top:0;opacity:0;width:1px;height:1px';
    document.getElementById('sinkhost').append(sink);
    const fake = document.getElementById('fake');
    fake.addEventListener('mousedown', (e) => { e.preventDefault(); sink.focus(); });
    let text = '';
    sink.addEventListener('keydown', (e) => {
      if (e.key === ' ' || e.key === 'Enter' || e.key.startsWith('Arrow')) e.preventDefault();
      if (e.key === 'Backspace') text = text.slice(0, -1); else if (e.key.length === 1) text += e.key;
      S.set('sink', text);
      fake.textContent = text + '|';
    });
    sink.addEventListener('paste', (e) => S.set('pasted', e.clipboardData.getData('text')));`;

  for (const control of [
    'checkbox',
    'select',
    'number',
    'radio',
    'range',
    'submit',
    'file',
    'object',
  ]) {
    test(`typed into a hidden ${control} › phrase`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, phish(), sinkScript(control)));
      await user.type(page.locator('#fake'), EN12.text);
      await expectHeld(page, rec, EN12);
    });
  }

  test('typed into a hidden number field › 64-hex key', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, phish(), sinkScript('number')));
    await user.type(page.locator('#fake'), HEX.text);
    await expectHeld(page, rec, HEX);
  });

  for (const control of ['checkbox', 'select']) {
    test(`pasted (Ctrl+V) into a hidden ${control} › phrase`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, phish(), sinkScript(control)));
      await user.paste(page.locator('#fake'), EN12.text);
      await expectHeld(page, rec, EN12);
    });
  }

  test('pasted (Ctrl+V) with nothing focused, read by a document paste listener › 64-hex key', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '<h1>Paste your private key anywhere on this page</h1>',
        `document.addEventListener('paste', (e) => S.set('pasted', e.clipboardData.getData('text')));`,
      ),
    );
    await user.paste(page.locator('h1'), HEX.text);
    await expectHeld(page, rec, HEX);
  });
});

test.describe('editors built from key events: no false alarm', () => {
  const SENTENCE = 'able about the weather, we will go out later today.';

  test('an ordinary sentence starting with list words arrives as typed', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, DIV, editor('document.getElementById("f")')));
    await user.type(page.locator('#f'), SENTENCE, 20);
    await expect(page.locator('#out')).toHaveText(SENTENCE, { timeout: 3000 });
  });

  test('keyboard shortcuts with nothing focused are untouched', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, '<h1>Video</h1><p id="out"></p>', editor('document')),
    );
    await user.type(page.locator('h1'), 'jkl  k j ?');
    await expect(page.locator('#out')).toHaveText('jkl  k j ?', { timeout: 2000 });
  });
});

test.describe('controls with a value of their own: no loss', () => {
  test('a 19-digit bank card number typed into a number field arrives whole', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'Payment' },
        '<label>Card <input id="n" type="number"></label>',
      ),
    );
    // Held from the 16th digit (a key's first sign) until the user moves on, then given back.
    await user.type(page.locator('#n'), '6222021234567890123', 20);
    await page.mouse.click(600, 400);
    await expect(page.locator('#n')).toHaveValue('6222021234567890123', { timeout: 3000 });
  });
});
