/** Fields inside open and closed shadow roots. */
import { test, open, expectHeld } from './harness';
import { doc } from './pages';
import { EN12, HEX0X } from './secrets';

/** A host element whose shadow root (open or closed) holds the field; the page keeps a reference. */
const shadowPage = `<p>Recovery phrase</p>
  <wallet-form id="host" style="display:block;width:600px"></wallet-form>`;
const shadowScript = (mode: 'open' | 'closed', field: string, nested = false): string => `
  const host = document.getElementById('host');
  let root = host.attachShadow({ mode: '${mode}' });
  if (${nested}) { const inner = document.createElement('inner-box'); inner.style.display = 'block'; root.append(inner); root = inner.attachShadow({ mode: '${mode}' }); }
  const f = document.createElement('${field}'); f.id = 'f';
  f.style.cssText = 'display:block;box-sizing:border-box;width:100%;min-height:40px;border:1px solid #888';
  if ('${field}' === 'div') f.contentEditable = 'true';
  root.append(f);
  for (const ty of ['keydown', 'beforeinput', 'input', 'textInput', 'paste', 'compositionend']) {
    root.addEventListener(ty, (e) => S.record(e, ty + '.root'), true);
    f.addEventListener(ty, (e) => S.record(e, ty + '.f'));
  }
  setInterval(() => S.set('poll', S.val(f)), 10);
  new MutationObserver(() => S.set('mo', S.val(f))).observe(root, { subtree: true, childList: true, characterData: true });`;

const cases: [string, 'open' | 'closed', string, boolean, 'type' | 'insert' | 'paste'][] = [
  ['open shadow root, typed › input', 'open', 'input', false, 'type'],
  ['closed shadow root, typed › input', 'closed', 'input', false, 'type'],
  ['open shadow root, insertText › textarea', 'open', 'textarea', false, 'insert'],
  ['closed shadow root, insertText › contenteditable', 'closed', 'div', false, 'insert'],
  ['open shadow root, pasted › textarea', 'open', 'textarea', false, 'paste'],
  ['closed shadow root, pasted › input', 'closed', 'input', false, 'paste'],
  ['shadow root inside a shadow root (open), typed › input', 'open', 'input', true, 'type'],
  [
    'shadow root inside a shadow root (closed), typed › contenteditable',
    'closed',
    'div',
    true,
    'type',
  ],
];

test.describe('shadow DOM', () => {
  for (const [name, mode, field, nested, how] of cases) {
    test(name, async ({ page, rec, user }) => {
      await open(
        page,
        rec,
        doc({ rec: rec.origin }, shadowPage, shadowScript(mode, field, nested)),
      );
      // The field is reached by a click at its position (closed roots are opaque to selectors too).
      const target = page.locator('#host');
      if (how === 'type') await user.type(target, EN12.text);
      else if (how === 'insert') await user.insert(target, [EN12.text]);
      else await user.paste(target, EN12.text);
      await expectHeld(page, rec, EN12);
    });
  }

  test('closed shadow root, 0x private key typed › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, shadowPage, shadowScript('closed', 'input')));
    await user.type(page.locator('#host'), HEX0X.text);
    await expectHeld(page, rec, HEX0X);
  });
});
