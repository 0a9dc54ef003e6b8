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
