/** Secrets entered in frames the page builds: srcdoc, about:blank, sandboxed, blob:, data:, cross-origin. */
import { test, open, expectHeld } from './harness';
import { doc, attr, jsString, listenEverywhere, INPUT, TEXTAREA } from './pages';
import { EN12, HEX0X } from './secrets';

/** The document inside the frame: its own spy, listeners and poller. */
const inner = (rec: string, field = INPUT): string =>
  doc(
    { rec, title: 'inner' },
    field,
    'S.poll(10);' + listenEverywhere(['keydown', 'input', 'paste']),
  );

test.describe('frames', () => {
  test('srcdoc iframe, typed › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" srcdoc="${attr(inner(rec.origin))}"></iframe>`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('srcdoc iframe, pasted › textarea', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" srcdoc="${attr(inner(rec.origin, TEXTAREA))}"></iframe>`,
      ),
    );
    await user.paste(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('sandboxed srcdoc iframe (allow-scripts), typed › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" sandbox="allow-scripts" width="700" height="200" srcdoc="${attr(inner(rec.origin))}"></iframe>`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  const blank = (rec: string) => `
    const fr = document.createElement('iframe'); fr.id = 'fr'; fr.width = 700; fr.height = 200;
    document.body.append(fr);
    const d = fr.contentDocument; d.open(); d.write(${jsString(inner(rec))}); d.close();`;

  test('about:blank iframe written by document.write, typed › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, '', blank(rec.origin)));
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('about:blank iframe written by document.write, insertText › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, '', blank(rec.origin)));
    await user.insert(page.frameLocator('#fr').locator('#f'), [EN12.text]);
    await expectHeld(page, rec, EN12);
  });

  test('parent page reads a script-less same-origin frame’s field › srcdoc input', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" srcdoc="${attr('<!doctype html><input id=f size=80>')}"></iframe>`,
        `const fr = document.getElementById('fr');
         setInterval(() => { try { const f = fr.contentDocument.getElementById('f'); if (f) S.set('child', f.value); } catch (e) {} }, 10);
         fr.addEventListener('load', () => { for (const ty of ['keydown', 'input']) fr.contentWindow.addEventListener(ty, (e) => S.record(e, ty + '.child'), true); });`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('blob: iframe, typed › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '',
        `
        const fr = document.createElement('iframe'); fr.id = 'fr'; fr.width = 700; fr.height = 200;
        fr.src = URL.createObjectURL(new Blob([${jsString(inner(rec.origin))}], { type: 'text/html' }));
        document.body.append(fr);`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('data: iframe, typed › input', async ({ page, rec, user }) => {
    const src = 'data:text/html;charset=utf-8,' + encodeURIComponent(inner(rec.origin));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" src="${attr(src)}"></iframe>`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('top-level blob: page, typed › input', async ({ page, rec, user }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        '',
        `location.href = URL.createObjectURL(new Blob([${jsString(inner(rec.origin))}], { type: 'text/html' }));`,
      ),
    );
    await page.waitForURL(/^blob:/);
    await page.waitForTimeout(300);
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('cross-origin iframe (localhost inside 127.0.0.1), typed › input', async ({
    page,
    rec,
    user,
  }) => {
    rec.put('/frame/cross', inner(rec.alt));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" src="${rec.alt}/frame/cross"></iframe>`,
      ),
    );
    await user.type(page.frameLocator('#fr').locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('cross-origin iframe, 0x private key pasted › input', async ({ page, rec, user }) => {
    rec.put('/frame/cross2', inner(rec.alt));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<iframe id="fr" width="700" height="200" src="${rec.alt}/frame/cross2"></iframe>`,
      ),
    );
    await user.paste(page.frameLocator('#fr').locator('#f'), HEX0X.text);
    await expectHeld(page, rec, HEX0X);
  });

  const rewrite = (rec: string) => `
    addEventListener('load', () => setTimeout(() => {
      document.open(); document.write(${jsString(inner(rec))}); document.close();
    }, 50));`;

  test('document.open()/write() after load rewrites the page, then typed › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, '<p>loading…</p>', rewrite(rec.origin)));
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('document.open()/write() after load rewrites the page, then pasted › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, doc({ rec: rec.origin }, '<p>loading…</p>', rewrite(rec.origin)));
    await user.paste(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });
});
