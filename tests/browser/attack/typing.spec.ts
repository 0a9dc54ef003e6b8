/** Typing with trusted key events into pages that listen for everything. */
import { test, open, expectHeld } from './harness';
import { doc, form, boxes, listenEverywhere, INPUT, TEXTAREA, EDITABLE } from './pages';
import { EN12, EN24, EN12_LINES, ZH12, ZH12_NOSPACE, HEX, HEX0X, KEYSTORE } from './secrets';

const on = (target: string, types: string[], capture: boolean): string =>
  `S.on(${target}, ${JSON.stringify(types)}, 'x', ${capture});`;

test.describe('typing', () => {
  const listenerCases: [string, string, string][] = [
    ['keydown listener on window (capture)', INPUT, on('window', ['keydown'], true)],
    ['keydown listener on document (bubble)', INPUT, on('document', ['keydown'], false)],
    [
      'keypress listener on the element',
      INPUT,
      on('document.getElementById("f")', ['keypress'], false),
    ],
    ['beforeinput listener on window (capture)', INPUT, on('window', ['beforeinput'], true)],
    ['input listener on document (bubble)', TEXTAREA, on('document', ['input'], false)],
    [
      'textInput listener on the element (capture)',
      INPUT,
      on('document.getElementById("f")', ['textInput'], true),
    ],
    ['keyup listener on window (bubble)', TEXTAREA, on('window', ['keyup'], false)],
    ['every key/text listener everywhere', EDITABLE, listenEverywhere()],
    ['value poller every 10 ms', INPUT, 'S.poll(10);'],
    ['value poller every 10 ms', TEXTAREA, 'S.poll(10);'],
    ['MutationObserver', EDITABLE, 'S.observe(document.getElementById("f"));'],
    ['innerText poller every 10 ms', EDITABLE, 'S.poll(10);'],
    [
      'native value getter poller (HTMLInputElement.prototype)',
      INPUT,
      `const get = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get;
       setInterval(() => S.set('native', get.call(document.getElementById('f'))), 10);`,
    ],
  ];
  for (const [name, field, script] of listenerCases) {
    const kind = field === INPUT ? 'input' : field === TEXTAREA ? 'textarea' : 'contenteditable';
    test(`${name} › ${kind}`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, field, script));
      await user.type(page.locator('#f'), EN12.text);
      await expectHeld(page, rec, EN12);
    });
  }

  test('late release: value poller watched for 12 s after entry › input', async ({
    page,
    rec,
    user,
  }) => {
    test.setTimeout(30_000);
    await open(page, rec, doc({ rec: rec.origin }, INPUT, 'S.poll(10);'));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12, 12_000);
  });

  test('FormData poller, 24 words, slow typist › input in a form', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        form(rec.origin, INPUT),
        `setInterval(() => S.set('fd', [...new FormData(document.getElementById('form')).values()].join(' ')), 10);`,
      ),
    );
    await user.type(page.locator('#f'), EN24.text, 15);
    await expectHeld(page, rec, EN24);
  });

  test('password field, keydown + poller › input type=password', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, mode: 'beacon' },
        INPUT.replace('<input', '<input type="password"'),
        listenEverywhere(['keydown']) + 'S.poll(10);',
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('then Enter submits the form › input', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, form(rec.origin, INPUT)));
    await user.type(page.locator('#f'), EN12.text);
    await page.keyboard.press('Enter');
    await expectHeld(page, rec, EN12);
  });

  test('then the page’s submit button is clicked › textarea', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, form(rec.origin, TEXTAREA)));
    await user.type(page.locator('#f'), EN12.text);
    await page
      .locator('#go')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expectHeld(page, rec, EN12);
  });

  test('12 one-word boxes in a form, Tab between, keydown log + submit', async ({ page, rec }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, boxes(rec.origin, true), listenEverywhere(['keydown', 'input'])),
    );
    await page.locator('#w0').click();
    for (const [i, w] of EN12.words!.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(w);
    }
    await page.keyboard.press('Enter');
    await expectHeld(page, rec, EN12);
  });

  test('12 one-word boxes, no form, nested 2-4 deep, click each box, value poller', async ({
    page,
    rec,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, boxes(rec.origin, false), 'S.poll(10);'));
    for (const [i, w] of EN12.words!.entries()) {
      await page.locator(`#w${i}`).click();
      await page.keyboard.type(w);
    }
    await expectHeld(page, rec, EN12);
  });

  test('12 one-word boxes, page moves focus on Space, input listeners', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, mode: 'xhr' },
        boxes(rec.origin, false),
        `${listenEverywhere(['input', 'keydown'])}
         const ws = [...document.querySelectorAll('.w')];
         ws.forEach((w, i) => w.addEventListener('keydown', (e) => {
           if (e.key === ' ' && ws[i + 1]) { e.preventDefault(); ws[i + 1].focus(); }
         }));`,
      ),
    );
    await user.type(page.locator('#w0'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('numbered list, Enter between lines › textarea', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, TEXTAREA, 'S.poll(10);' + listenEverywhere(['keydown'])),
    );
    await user.typeLines(page.locator('#f'), EN12_LINES);
    await expectHeld(page, rec, EN12);
  });

  test('numbered list, Enter between lines › contenteditable', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc({ rec: rec.origin }, EDITABLE, 'S.observe(document.getElementById("f"));'),
    );
    await user.typeLines(page.locator('#f'), EN12_LINES);
    await expectHeld(page, rec, EN12);
  });

  for (const [secret, field, script] of [
    [HEX, INPUT, 'S.poll(10);' + listenEverywhere(['keydown'])],
    [HEX0X, INPUT, 'S.poll(10);' + listenEverywhere(['keydown'])],
    [HEX, TEXTAREA, listenEverywhere(['keyup', 'input'])],
    [HEX0X, EDITABLE, 'S.observe(document.getElementById("f"));'],
  ] as const) {
    const kind = field === INPUT ? 'input' : field === TEXTAREA ? 'textarea' : 'contenteditable';
    test(`${secret.label} › ${kind}`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, field, script));
      await user.type(page.locator('#f'), secret.text);
      await expectHeld(page, rec, secret);
    });
  }

  test('keystore JSON › textarea with poller', async ({ page, rec, user }) => {
    await open(page, rec, doc({ rec: rec.origin }, TEXTAREA, 'S.poll(10);'));
    await user.type(page.locator('#f'), KEYSTORE.text);
    await expectHeld(page, rec, KEYSTORE);
  });

  for (const [secret, field, script] of [
    [ZH12_NOSPACE, INPUT, 'S.poll(10);' + listenEverywhere(['input', 'beforeinput'])],
    [ZH12, TEXTAREA, listenEverywhere(['input', 'textInput'])],
    [ZH12_NOSPACE, EDITABLE, 'S.observe(document.getElementById("f"));'],
  ] as const) {
    const kind = field === INPUT ? 'input' : field === TEXTAREA ? 'textarea' : 'contenteditable';
    test(`${secret.label}, committed char by char › ${kind}`, async ({ page, rec, user }) => {
      await open(page, rec, doc({ rec: rec.origin }, field, script));
      await user.insert(page.locator('#f'), [...secret.text]);
      await expectHeld(page, rec, secret);
    });
  }
});
