/**
 * Round 3 of the hostile-page suite: pages that rewrite or transform the field between keys
 * (setRangeText masks, value re-assignment, clearing, select-all, blur/refocus, execCommand),
 * entry split across fields with Tab / Shift+Tab, look-alike TokenPocket hosts reached by other
 * routes (nested and sandboxed frames, popups, meta refresh, form POST into a frame, a trailing-dot
 * host, an upper-case host in a strangely named frame, the brand as a subdomain of another site),
 * and ordinary entry into pages that transform the value, which must arrive intact.
 */
import { test, expect, open, expectHeld, AFTER_ENTRY_MS } from './harness';
import type { Recorder } from './harness';
import { doc, listenEverywhere, lookAlike, attr, INPUT, TEXTAREA } from './pages';
import { EN12, EN24, HEX, BENIGN } from './secrets';
import type { Frame, Page } from '@playwright/test';

const spyAll = 'S.poll(10);' + listenEverywhere(['keydown', 'input']);

const ordinary = (title: string, body: string, script = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}` +
  (script ? `<script>(() => { ${script} })();</script>` : '') +
  '</body></html>';

/** Wait for the form submission that carries every `expected` field exactly. */
async function expectDelivered(
  page: Page,
  rec: Recorder,
  expected: Record<string, string>,
): Promise<void> {
  let last = '(no submission)';
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    for (const r of rec.requests) {
      if (!/\/(submit|search)(\?|$)/.test(r.url)) continue;
      const params = new URLSearchParams(r.method === 'GET' ? new URL(r.url).search : r.body);
      last = JSON.stringify(Object.fromEntries(params));
      if (Object.entries(expected).every(([k, v]) => (params.get(k) ?? '') === v)) return;
    }
    await page.waitForTimeout(100);
  }
  expect(last, `expected ${JSON.stringify(expected)}`).toBe(JSON.stringify(expected));
}

/** Submit as a person does: click the page's button (fails if anything covers or blocks it). */
async function clickSubmit(page: Page): Promise<void> {
  try {
    await page.locator('#go').click({ timeout: 2000 });
  } catch (e) {
    const why =
      /(<[^/>][^>]*>(?:<\/[^>]+>)?) intercepts pointer events/.exec(String(e))?.[0] ??
      String(e).split('\n')[0];
    throw new Error(`the page's submit button could not be clicked within 2 s: ${why}`);
  }
}

// Look-alike helpers ------------------------------------------------------------------------------

const alive = (rec: Recorder, top: boolean) =>
  rec.requests.filter((r) => /\/alive\?/.test(r.url) && r.url.includes(`top=${top ? 1 : 0}`));

async function settle(page: Page) {
  await page.waitForTimeout(AFTER_ENTRY_MS + 500);
}

/** Top level: held when the look-alike's script never beaconed "alive" from a top-level window. */
function expectTopHeld(rec: Recorder, finalUrl: string): void {
  const a = alive(rec, true);
  expect(
    a,
    `its script ran at top level (${a.length} alive beacons, first ${a[0]?.url ?? ''}); final URL ${finalUrl}`,
  ).toHaveLength(0);
}

/**
 * In a frame (the navigation spec's criterion): held when the frame's script never ran, or the
 * frame was navigated away from the look-alike, or something in its parent covers it.
 */
async function expectFrameHeld(
  page: Page,
  rec: Recorder,
  parent: Frame,
  sel: string,
  host: string,
): Promise<void> {
  await settle(page);
  const beacons = alive(rec, false);
  const ran = beacons.length > 0;
  const el = await parent.$(sel);
  const frame = el ? await el.contentFrame() : null;
  const frameUrl = frame?.url() ?? '(no frame)';
  const covered = el
    ? await parent.evaluate((s) => {
        const f = document.querySelector(s);
        if (!f) return 'iframe element gone';
        const r = f.getBoundingClientRect();
        const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return at === f ? '' : `covered by <${at?.tagName.toLowerCase() ?? 'nothing'}>`;
      }, sel)
    : 'iframe element gone';
  const navigatedAway = !frameUrl.toLowerCase().startsWith(`https://${host.toLowerCase()}/`);
  const removed = rec.requests
    .map((r) => /"removed":"(\d+)"/.exec(r.body)?.[1])
    .filter(Boolean)
    .pop();
  test.info().annotations.push({
    type: 'frame',
    description: `ran=${ran} (${beacons[0]?.url ?? 'no beacon'}), url=${frameUrl}, covered=${covered || 'no'}`,
  });
  const held = !ran || navigatedAway || covered !== '';
  expect(
    held,
    `frame script ran=${ran}, frame URL ${frameUrl}, ${covered || 'not covered in the parent'}, ` +
      `in-frame elements removed by the page: ${removed ?? 0}`,
  ).toBe(true);
}

// Secret entry into pages that transform the field between keys --------------------------------

test.describe('round 3: the page rewrites the field between keys', () => {
  test('custom mask: beforeinput cancelled, setRangeText writes "•", page keeps the real text › input', async ({
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
         const f = document.getElementById('f'); let real = '';
         f.addEventListener('beforeinput', (e) => {
           if (e.inputType === 'insertText' && e.data) {
             e.preventDefault();
             real += e.data;
             f.setRangeText('\\u2022'.repeat(e.data.length), f.selectionStart, f.selectionEnd, 'end');
             S.set('real', real);
           } else if (e.inputType === 'deleteContentBackward') { real = real.slice(0, -1); S.set('real', real); }
         });`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('page re-assigns the value upper-cased after every key (caret restored) › textarea', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        TEXTAREA,
        `${spyAll}
         const f = document.getElementById('f');
         f.addEventListener('input', () => {
           const p = f.selectionStart;
           f.value = f.value.toUpperCase();
           f.setSelectionRange(p, p);
           S.set('upper', f.value);
         });`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('input mask re-groups the private key in fours with spaces after every key › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        INPUT.replace('Recovery phrase', 'Private key'),
        `${spyAll}
         const f = document.getElementById('f');
         f.addEventListener('input', () => {
           const raw = f.value.replace(/[^0-9a-fA-F]/g, '');
           f.value = (raw.match(/.{1,4}/g) || []).join(' ');
           S.set('raw', raw);
         });`,
      ),
    );
    await user.type(page.locator('#f'), HEX.text);
    await expectHeld(page, rec, HEX);
  });

  test('page empties the field after every key and keeps its own copy › input', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        INPUT + '<p id="echo"></p>',
        `${spyAll}
         const f = document.getElementById('f'); let buf = '';
         f.addEventListener('input', () => {
           buf += f.value; f.value = '';
           document.getElementById('echo').textContent = buf.replace(/\\S/g, '*');
           S.set('buf', buf);
         });`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('page selects all the field’s text on every key / selectionchange, logs each value › input', async ({
    page,
    rec,
    user,
  }) => {
    // Every key replaces the whole value, so the field never holds more than one character.
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        INPUT,
        `${spyAll}
         const f = document.getElementById('f');
         const all = () => { if (document.activeElement === f && f.value && !(f.selectionStart === 0 && f.selectionEnd === f.value.length)) f.select(); };
         f.addEventListener('input', () => { S.add('sel', f.value); all(); });
         document.addEventListener('selectionchange', () => { S.set('selpos', f.selectionStart + ':' + f.selectionEnd); all(); });
         f.addEventListener('selectionchange', all);`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('page blurs the field, focuses another, and refocuses it after every key › textarea', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        TEXTAREA + '<br><label>Wallet name <input id="other" size="20"></label>',
        `${spyAll}
         const f = document.getElementById('f'), o = document.getElementById('other');
         let n = 0;
         f.addEventListener('input', () => {
           f.blur(); o.focus(); f.focus();
           f.setSelectionRange(f.value.length, f.value.length);
           S.set('refocus', String(++n));
         });
         f.addEventListener('focus', () => S.set('lastfocus', f.value));`,
      ),
    );
    await user.type(page.locator('#f'), EN12.text);
    await expectHeld(page, rec, EN12);
  });

  test('words alternate between two fields, Tab / Shift+Tab between words, page logs keys › textarea', async ({
    page,
    rec,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        `<label>Odd words <textarea id="a" rows="3" cols="60"></textarea></label>
         <label>Even words <textarea id="b" rows="3" cols="60"></textarea></label>`,
        `${spyAll}
         const a = document.getElementById('a'), b = document.getElementById('b');
         setInterval(() => {
           const x = a.value.trim().split(/\\s+/), y = b.value.trim().split(/\\s+/), out = [];
           for (let i = 0; i < Math.max(x.length, y.length); i++) out.push(x[i] || '', y[i] || '');
           S.set('merged', out.join(' '));
         }, 10);`,
      ),
    );
    await page.locator('#a').click();
    for (const [i, w] of EN12.words!.entries()) {
      if (i > 0) {
        await page.keyboard.press(i % 2 === 1 ? 'Tab' : 'Shift+Tab');
        await page.keyboard.press('ControlOrMeta+End');
      }
      await page.keyboard.type(i >= 2 ? ` ${w}` : w);
    }
    await expectHeld(page, rec, EN12);
  });

  test('page inserts a zero-width space after every key with execCommand("insertText") › textarea', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin },
        TEXTAREA,
        `${spyAll}
         const f = document.getElementById('f'); let busy = false;
         f.addEventListener('input', (e) => {
           if (busy || e.inputType !== 'insertText') return;
           busy = true; document.execCommand('insertText', false, '\\u200b'); busy = false;
           S.set('zw', f.value);
         });`,
      ),
    );
    await user.type(page.locator('#f'), EN24.text);
    await expectHeld(page, rec, EN24);
  });
});

// Look-alike hosts reached by other routes -------------------------------------------------------

test.describe('round 3: look-alike hosts', () => {
  test('look-alike tokenp0cket.com two frames deep (127.0.0.1 → localhost → look-alike)', async ({
    page,
    rec,
  }) => {
    const host = 'tokenp0cket.com';
    rec.put('/r3/embed2', lookAlike({ rec: `https://${host}` }));
    rec.put(
      '/r3/mid',
      doc(
        { rec: rec.alt, title: 'widget' },
        `<p>Partner widget</p><iframe id="inner" width="700" height="300" src="https://${host}/r3/embed2"></iframe>`,
      ),
    );
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'News' },
        `<h1>News</h1><iframe id="fr" width="760" height="400" src="${rec.alt}/r3/mid"></iframe>`,
      ),
    );
    const mid = page.frames().find((f) => f.url().endsWith('/r3/mid'));
    if (!mid) throw new Error('middle frame not found');
    await expectFrameHeld(page, rec, mid, '#inner', host);
  });

  test('look-alike tokenpockct.pro in a sandboxed iframe (allow-scripts allow-forms)', async ({
    page,
    rec,
  }) => {
    const host = 'tokenpockct.pro';
    rec.put('/r3/sbx', lookAlike({ rec: `https://${host}` }));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'Blog' },
        `<h1>Blog</h1><iframe id="fr" sandbox="allow-scripts allow-forms" width="800" height="400" src="https://${host}/r3/sbx"></iframe>`,
      ),
    );
    await expectFrameHeld(page, rec, page.mainFrame(), '#fr', host);
  });

  test('look-alike tp-wallet-help.xyz opened by window.open from an ordinary page (popup)', async ({
    page,
    rec,
  }) => {
    const host = 'tp-wallet-help.xyz';
    rec.put('/r3/help', lookAlike({ rec: `https://${host}` }));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'Forum' },
        '<button id="open" style="width:300px;height:60px">Contact wallet support</button>',
        `document.getElementById('open').addEventListener('click', () => window.open('https://${host}/r3/help', 'support', 'width=800,height=600'));`,
      ),
    );
    const box = await page.locator('#open').boundingBox();
    if (!box) throw new Error('button not rendered');
    const [popup] = await Promise.all([
      page.waitForEvent('popup', { timeout: 5000 }),
      page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    await settle(page);
    const url = popup.url();
    await popup.close({ runBeforeUnload: false }).catch(() => undefined);
    expectTopHeld(rec, url);
  });

  test('look-alike tokenp0cket.com reached by <meta http-equiv="refresh"> from 127.0.0.1', async ({
    page,
    rec,
  }) => {
    const host = 'tokenp0cket.com';
    rec.put('/r3/airdrop', lookAlike({ rec: `https://${host}` }));
    rec.put(
      '/r3/refresh',
      `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=https://${host}/r3/airdrop"><title>Redirecting</title></head><body>Redirecting…</body></html>`,
    );
    await page.goto(`${rec.origin}/r3/refresh`).catch(() => undefined);
    await settle(page);
    expectTopHeld(rec, page.url());
  });

  test('look-alike tokenpockct.pro reached by a form POST with target=<iframe name>', async ({
    page,
    rec,
  }) => {
    const host = 'tokenpockct.pro';
    const html = lookAlike({ rec: `https://${host}` });
    // The harness answers only GETs with a page; answer this look-alike's POST here too.
    await page.route(`https://${host}/r3/claim`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'Shop' },
        `<h1>Shop</h1><iframe name="result" id="fr" width="800" height="400"></iframe>
         <form id="pf" method="post" action="https://${host}/r3/claim" target="result"><input type="hidden" name="ref" value="shop"></form>`,
        `document.getElementById('pf').submit();`,
      ),
    );
    await expectFrameHeld(page, rec, page.mainFrame(), '#fr', host);
  });

  test('look-alike with a trailing-dot host (https://tokenpockct.pro./) reached directly', async ({
    page,
    rec,
  }) => {
    const host = 'tokenpockct.pro.';
    rec.put('/r3/dot', lookAlike({ rec: `https://${host}` }));
    await page.goto(`https://${host}/r3/dot`).catch(() => undefined);
    await settle(page);
    expectTopHeld(rec, page.url());
  });

  test('look-alike TOKENP0CKET.COM (upper-case src) in an iframe with a JSON-like name', async ({
    page,
    rec,
  }) => {
    const host = 'tokenp0cket.com';
    rec.put('/r3/upper', lookAlike({ rec: `https://${host}` }));
    const name = attr('{"type":"tp-scam-shield:allow","allow":true,"host":"tokenpocket.pro"}');
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'News' },
        `<h1>News</h1><iframe id="fr" name="${name}" width="800" height="400" src="https://TOKENP0CKET.COM/r3/upper"></iframe>`,
      ),
    );
    await expectFrameHeld(page, rec, page.mainFrame(), '#fr', host);
  });

  test('look-alike tokenpocket.pro.evil.top (brand as a subdomain) inside an iframe', async ({
    page,
    rec,
  }) => {
    const host = 'tokenpocket.pro.evil.top';
    rec.put('/r3/sub', lookAlike({ rec: `https://${host}` }));
    await open(
      page,
      rec,
      doc(
        { rec: rec.origin, title: 'News' },
        `<h1>News</h1><iframe id="fr" width="800" height="400" src="https://${host}/r3/sub"></iframe>`,
      ),
    );
    await expectFrameHeld(page, rec, page.mainFrame(), '#fr', host);
  });
});

// Ordinary entry into pages that transform the value -------------------------------------------

test.describe('round 3 false alarms: ordinary entry into transforming fields arrives intact', () => {
  test('reference-code field that upper-cases the value on every key, button clicked', async ({
    page,
    rec,
    user,
  }) => {
    const typed = 'please call the office about the actual cost';
    await open(
      page,
      rec,
      ordinary(
        'Order',
        `<form action="${rec.origin}/submit" method="post"><label>Note for the courier <input id="f" name="note" size="80"></label><button id="go">Send</button></form>`,
        `const f = document.getElementById('f');
         f.addEventListener('input', () => { const p = f.selectionStart; f.value = f.value.toUpperCase(); f.setSelectionRange(p, p); });`,
      ),
    );
    await user.type(page.locator('#f'), typed);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { note: typed.toUpperCase() });
  });

  test('search box with inline autocomplete (value completed, suggestion selected), button clicked', async ({
    page,
    rec,
    user,
  }) => {
    const typed = 'weather in shanghai';
    const suggestion = 'weather in shanghai tomorrow';
    await open(
      page,
      rec,
      ordinary(
        'Search',
        `<form action="${rec.origin}/search" method="get"><input id="f" name="q" size="60" autocomplete="off"><button id="go">Search</button></form>`,
        `const f = document.getElementById('f');
         const list = ['weather in beijing', ${JSON.stringify(suggestion)}, 'wallet app download'];
         f.addEventListener('input', (e) => {
           if (e.inputType !== 'insertText') return;
           const v = f.value, m = list.find((s) => s.startsWith(v) && s !== v);
           if (m) { f.value = m; f.setSelectionRange(v.length, m.length); }
         });`,
      ),
    );
    await user.type(page.locator('#f'), typed);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { q: suggestion });
  });

  test('card-number field whose mask inserts a space every 4 digits, button clicked', async ({
    page,
    rec,
    user,
  }) => {
    await open(
      page,
      rec,
      ordinary(
        'Checkout',
        `<form action="${rec.origin}/submit" method="post"><label>Card number <input id="f" name="card" size="30" inputmode="numeric"></label><button id="go">Pay</button></form>`,
        `const f = document.getElementById('f');
         f.addEventListener('input', () => { const d = f.value.replace(/\\D/g, '').slice(0, 19); f.value = (d.match(/.{1,4}/g) || []).join(' '); });`,
      ),
    );
    await user.type(page.locator('#f'), '4111111111111111');
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { card: '4111 1111 1111 1111' });
  });

  test('upper-case 0x tx hash typed into an explorer search that lower-cases it, button clicked', async ({
    page,
    rec,
    user,
  }) => {
    const hash = '0x' + BENIGN.txid;
    await open(
      page,
      rec,
      ordinary(
        'Block explorer',
        `<form action="${rec.origin}/search" method="get"><input id="f" name="q" size="70" placeholder="Search by Address / Txn Hash / Block"><button id="go">Search</button></form>`,
        `const f = document.getElementById('f');
         f.addEventListener('input', () => { const p = f.selectionStart; f.value = f.value.toLowerCase(); f.setSelectionRange(p, p); });`,
      ),
    );
    await user.type(page.locator('#f'), '0x' + BENIGN.txid.toUpperCase());
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { q: hash });
  });

  test('login form that blurs and refocuses each field after every key (live validation)', async ({
    page,
    rec,
  }) => {
    await open(
      page,
      rec,
      ordinary(
        'Sign in',
        `<form action="${rec.origin}/submit" method="post"><label>Email <input id="email" name="email" type="email"></label>
         <label>Password <input id="password" name="password" type="password"></label><p id="msg"></p><button id="go">Sign in</button></form>`,
        `for (const f of document.querySelectorAll('input')) {
           f.addEventListener('blur', () => { document.getElementById('msg').textContent = f.checkValidity() ? '' : 'invalid ' + f.name; });
           f.addEventListener('input', () => { f.blur(); f.focus(); });
         }`,
      ),
    );
    await page.locator('#email').click();
    await page.keyboard.type(BENIGN.email);
    await page.locator('#password').click();
    await page.keyboard.type(BENIGN.password);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { email: BENIGN.email, password: BENIGN.password });
  });
});
