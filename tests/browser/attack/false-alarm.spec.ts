/**
 * Ordinary entry must still work: what the user typed or pasted reaches the page's server intact
 * (same characters, same order) within a couple of seconds, and nothing blocks the submit button.
 */
import { test, expect, open } from './harness';
import type { Recorder } from './harness';
import { BENIGN } from './secrets';
import type { Page } from '@playwright/test';

const ordinary = (title: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const loginPage = (rec: string) =>
  ordinary(
    'Sign in',
    `<form action="${rec}/submit" method="post"><label>Email <input id="email" name="email" type="email"></label>
     <label>Password <input id="password" name="password" type="password"></label><button id="go">Sign in</button></form>`,
  );
const commentPage = (
  rec: string,
  field = '<textarea id="f" name="comment" rows="6" cols="80"></textarea>',
) =>
  ordinary(
    'Comments',
    `<form action="${rec}/submit" method="post"><label>Comment ${field}</label><button id="go">Post comment</button></form>`,
  );
const editablePage = (rec: string) =>
  ordinary(
    'Notes',
    `<form id="form" action="${rec}/submit" method="post"><div id="f" contenteditable="true" style="min-height:80px;border:1px solid #888"></div>
     <input type="hidden" name="comment" id="h"><button id="go">Save note</button></form>
     <script>document.getElementById('form').addEventListener('submit', () => { document.getElementById('h').value = document.getElementById('f').innerText; });</script>`,
  );
const verifyPage = (rec: string) =>
  ordinary(
    'Verify download',
    `<h1>Verify download (sha256)</h1><form action="${rec}/submit" method="post"><label>SHA-256 checksum <input id="f" name="sha256" size="70"></label><button id="go">Verify</button></form>`,
  );
const explorerPage = (rec: string) =>
  ordinary(
    'Block explorer',
    `<form action="${rec}/search" method="get"><input id="f" name="q" size="70" placeholder="Search by Address / Txn Hash / Block"><button id="go">Search</button></form>`,
  );

/** Wait for the form submission that carries every `expected` field exactly. */
async function expectDelivered(page: Page, rec: Recorder, expected: Record<string, string>) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  let last = '(no submission)';
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    for (const r of rec.requests) {
      if (!/\/(submit|search)(\?|$)/.test(r.url)) continue;
      const params = new URLSearchParams(r.method === 'GET' ? new URL(r.url).search : r.body);
      last = JSON.stringify(Object.fromEntries(params));
      if (Object.entries(expected).every(([k, v]) => norm(params.get(k) ?? '') === norm(v))) return;
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

test.describe('false alarms', () => {
  test('login form: email + password typed, Sign in clicked', async ({ page, rec, user }) => {
    await open(page, rec, loginPage(rec.origin));
    await user.type(page.locator('#email'), BENIGN.email);
    await user.type(page.locator('#password'), BENIGN.password);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { email: BENIGN.email, password: BENIGN.password });
  });

  test('English paragraph full of BIP39 words typed › textarea', async ({ page, rec, user }) => {
    await open(page, rec, commentPage(rec.origin));
    await user.type(page.locator('#f'), BENIGN.english);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { comment: BENIGN.english });
  });

  test('English paragraph pasted › textarea', async ({ page, rec, user }) => {
    await open(page, rec, commentPage(rec.origin));
    await user.paste(page.locator('#f'), BENIGN.english);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { comment: BENIGN.english });
  });

  test('English paragraph typed › contenteditable', async ({ page, rec, user }) => {
    await open(page, rec, editablePage(rec.origin));
    await user.type(page.locator('#f'), BENIGN.english);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { comment: BENIGN.english });
  });

  test('"about time we all agree" typed, Enter › input', async ({ page, rec, user }) => {
    const text = 'about time we all agree, able to call';
    await open(page, rec, commentPage(rec.origin, '<input id="f" name="comment" size="80">'));
    await user.type(page.locator('#f'), text);
    await page.keyboard.press('Enter');
    await expectDelivered(page, rec, { comment: text });
  });

  test('Chinese prose, insertText chunk by chunk › textarea', async ({ page, rec, user }) => {
    await open(page, rec, commentPage(rec.origin));
    await user.insert(page.locator('#f'), BENIGN.chinese);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { comment: BENIGN.chinese.join('') });
  });

  test('SHA-256 checksum pasted into "verify download"', async ({ page, rec, user }) => {
    await open(page, rec, verifyPage(rec.origin));
    await user.paste(page.locator('#f'), BENIGN.sha256);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { sha256: BENIGN.sha256 });
  });

  test('SHA-256 checksum typed into "verify download", Enter', async ({ page, rec, user }) => {
    await open(page, rec, verifyPage(rec.origin));
    await user.type(page.locator('#f'), BENIGN.sha256);
    await page.keyboard.press('Enter');
    await expectDelivered(page, rec, { sha256: BENIGN.sha256 });
  });

  test('TRON transaction id typed into a block explorer search, Enter', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, explorerPage(rec.origin));
    await user.type(page.locator('#f'), BENIGN.txid);
    await page.keyboard.press('Enter');
    await expectDelivered(page, rec, { q: BENIGN.txid });
  });

  test('0x Ethereum transaction hash pasted into a block explorer search', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, explorerPage(rec.origin));
    await user.paste(page.locator('#f'), '0x' + BENIGN.txid);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { q: '0x' + BENIGN.txid });
  });

  test('0x transaction hash pasted into a plain search box of a page titled "Block Explorer"', async ({
    page,
    rec,
    user,
  }) => {
    // Found by a blind attacker (session 14): the field says nothing of a hash, the page does.
    await open(
      page,
      rec,
      ordinary(
        'Block Explorer',
        `<form action="${rec.origin}/search" method="get"><input id="f" name="q" size="70"><button id="go">Search</button></form>`,
      ),
    );
    await user.paste(page.locator('#f'), '0x' + BENIGN.txid);
    await page.waitForTimeout(300);
    await clickSubmit(page);
    await expectDelivered(page, rec, { q: '0x' + BENIGN.txid });
  });

  test('a list word typed in one frame, then an ordinary sentence in another frame', async ({
    page,
    rec,
  }) => {
    // The run of typing goes on from frame to frame (a phrase split a word a frame is held): an
    // ordinary sentence after a word in another frame must still reach its page as typed.
    const text = 'above average results this year, thanks to all';
    rec.put('/frame/word', ordinary('word', '<input id="a" name="a" size="20">'));
    rec.put(
      '/frame/comment',
      ordinary(
        'comment',
        `<form action="${rec.origin}/submit" method="post"><input id="f" name="comment" size="80"><button id="go">Post</button></form>`,
      ),
    );
    await open(
      page,
      rec,
      ordinary(
        'Two frames',
        `<iframe id="f0" src="${rec.origin}/frame/word" width="300" height="60"></iframe><iframe id="f1" src="${rec.origin}/frame/comment" width="700" height="80"></iframe>`,
      ),
    );
    await page.frameLocator('#f0').locator('#a').click();
    await page.keyboard.type('about');
    await page.keyboard.press('Tab');
    await page.frameLocator('#f1').locator('#f').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expectDelivered(page, rec, { comment: text });
  });

  test('Ethereum address typed into a block explorer search, Enter', async ({
    page,
    rec,
    user,
  }) => {
    await open(page, rec, explorerPage(rec.origin));
    await user.type(page.locator('#f'), BENIGN.ethAddress);
    await page.keyboard.press('Enter');
    await expectDelivered(page, rec, { q: BENIGN.ethAddress });
  });
});
