/**
 * Real DOM captures (tests/fixtures/sites-real/, see SOURCE.md there) served under the sites' real
 * host names: scam text is placed into one labelled item of a capture (labels written blind from
 * the HTML, `<capture>.expected.json`), and the shield must flag that item, once, and nothing else
 * in the page.
 */
import { test, expect, tabIdOf } from './fixtures';
import { parseHTML } from 'linkedom';
import { captures } from '../helpers/real-captures';
import type { Capture, Expected } from '../helpers/real-captures';

const PATHS: Record<string, string> = {
  'www.google.com': '/search?q=coffee',
  'www.bing.com': '/search?q=hotels',
  'www.baidu.com': '/s?wd=python',
  'github.com': '/kepano/defuddle/issues/56',
  'x.com': '/someone/status/1',
  'www.reddit.com': '/r/Showerthoughts/comments/awx46q/x/',
  'www.youtube.com': '/watch?v=abc',
  'www.zhihu.com': '/people/someone',
  'www.xiaohongshu.com': '/explore/1',
  'twitter.com': '/KingBeyonceStan/status/745085351287455744',
  'm.facebook.com': '/groups/1',
  's.weibo.com': '/weibo?q=x',
  'weibo.com': '/u/1',
  'weibo.cn': '/comment/1',
  'tieba.baidu.com': '/f?kw=linux',
  'www.tiktok.com': '/@someone/video/1',
  'www.binance.com': '/en/square',
};

const SCAM: Record<Expected['kind'], string> = {
  message:
    ' TokenPocket官方客服 WhatsApp +1 415 555 0199，把助记词发给客服即可解冻钱包 (send your recovery phrase to unlock).',
  result: ' TP钱包人工客服电话 +1 415 555 0199 24小时在线，官方客服帮你解冻。',
};

/** Compared without whitespace (line breaks differ between the labels and the markup). */
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

/**
 * The capture with the scam text added at the end of the labelled item's own text (the deepest
 * element holding its first words), and the item marked so the test can find it.
 */
function withScam(cap: Capture, index: number): string {
  const { document } = parseHTML(cap.html);
  const item = cap.items[index]!;
  const el = document.querySelector(item.locator!);
  if (!el) throw new Error(`${cap.file}: no element for ${item.locator}`);
  el.setAttribute('data-tpss-target', '');
  const want = norm(item.textStart).slice(0, 16) || norm(item.title).slice(0, 16);
  // The smallest element holding those words, innermost (the first of equals apart: a post's own
  // title before a crossposted one).
  let best: Element = el;
  for (const e of el.querySelectorAll('*')) {
    // Not a hidden copy (Binance Square keeps the text twice, once in a display:none link).
    if (e.closest('template, [hidden], [style*="display: none"], [style*="display:none"]'))
      continue;
    const t = norm(e.textContent);
    const bestLength = norm(best.textContent).length;
    // Smaller, or as small and inside it (the paragraph inside its container).
    if (
      t.includes(want) &&
      (t.length < bestLength || (t.length === bestLength && best.contains(e)))
    )
      best = e;
  }
  best.append(document.createTextNode(SCAM[item.kind]));
  return document.toString();
}

/** One item per capture: the first with its own text that holds no other labelled item. */
function target(cap: Capture): number {
  return cap.items.findIndex(
    (it, i) =>
      it.locator &&
      (it.textStart || it.title) &&
      !cap.items.some(
        (o, j) => j !== i && (o as { parentItem?: number; containedIn?: number }).parentItem === i,
      ) &&
      !cap.items.some((o, j) => j !== i && (o as { containedIn?: number }).containedIn === i),
  );
}

test.describe('site readers on real captures, in Chromium under the real host names', () => {
  const seen = new Set<string>();
  for (const cap of captures()) {
    // One capture per site and layout is enough here; the unit tests read every capture.
    const key = `${cap.host}/${cap.file.split('-')[0]}`;
    if (seen.has(key) || !PATHS[cap.host]) continue;
    seen.add(key);
    const i = target(cap);
    if (i < 0) continue;
    test(`${cap.host}/${cap.file}: item ${i} flagged once, nothing else`, async ({ page }) => {
      const url = `https://${cap.host}${PATHS[cap.host]}`;
      await page.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: withScam(cap, i),
        }),
      );
      await page.goto(url);
      const target = page.locator('[data-tpss-target]');
      await expect(target.locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
        timeout: 5000,
      });
      // Nothing else in the page: the one badge is the target's.
      await page.waitForTimeout(500);
      await expect(page.locator('tp-scam-shield-badge')).toHaveCount(1);
    });
  }
});

test.describe('a site reader that reads nothing', () => {
  const page404 = (body: string) =>
    `<!doctype html><html><head><title>知乎</title></head><body><main>${body}</main></body></html>`;
  const prose = Array.from(
    { length: 8 },
    (_v, i) => `<p>第${i + 1}段：这是一个新改版的页面，帖子结构和以前完全不同，读者认不出它。</p>`,
  ).join('');

  for (const [name, body, notice] of [
    [
      'a layout it does not know: the page text is read and the popup says the layout is not recognised',
      `${prose}<div class="NewPostCard"><p>TokenPocket官方客服 WhatsApp +1 415 555 0199，把助记词发给客服即可解冻钱包。</p></div>`,
      1,
    ],
    [
      'a layout it knows: no notice',
      `${prose}<div class="List-item"><div class="ContentItem AnswerItem"><div class="AuthorInfo-name"><a href="/people/someone">someone</a></div><div class="RichContent-inner">TokenPocket官方客服 WhatsApp +1 415 555 0199，把助记词发给客服即可解冻钱包。</div></div></div>`,
      0,
    ],
  ] as const) {
    test(name, async ({ page, sw, extId, extContext }) => {
      const url = 'https://www.zhihu.com/question/9';
      await page.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: page404(body),
        }),
      );
      await page.goto(url);
      await expect(page.locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
        timeout: 5000,
      });
      // The reader is given 4 s to find its items.
      await page.waitForTimeout(5000);
      const tabId = await tabIdOf(sw, page);
      const popup = await extContext.newPage();
      await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
      await expect(popup.locator('#no-findings, ul.findings').first()).toBeVisible();
      await expect(popup.locator('#layout-unknown')).toHaveCount(notice);
      if (notice)
        await expect(popup.locator('#layout-unknown')).toContainText('not one we recognise');
      await popup.close();
    });
  }
});

test.describe('Bilibili comments in shadow roots (2024 layout; fixture built from public userscripts)', () => {
  const cap = captures().find((c) => c.host === 'www.bilibili.com')!;
  const url = 'https://www.bilibili.com/video/BV1GJ411x7h7/';
  const serve = (page: import('@playwright/test').Page, body: string) =>
    page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );

  test('a scam comment is flagged next to it, once, and nothing else', async ({ page }) => {
    await serve(
      page,
      cap.html.replace('跟着视频操作成功了，感谢up主', `跟着视频操作成功了${SCAM.message}`),
    );
    await page.goto(url);
    const scam = page.locator('bili-comment-renderer').filter({ hasText: '跟着视频操作成功了' });
    await expect(scam.locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 5000,
    });
    await page.waitForTimeout(500);
    await expect(page.locator('tp-scam-shield-badge')).toHaveCount(1);
  });

  test('a reply rendered later, inside the shadow roots, is flagged within a second', async ({
    page,
  }) => {
    // As the site does: a new reply renderer added to a thread's replies after the page loaded.
    const addLater = `<script>setTimeout(() => {
      const thread = document.querySelector('bili-comments').shadowRoot.querySelector('bili-comment-thread-renderer');
      const list = thread.shadowRoot.querySelector('bili-comment-replies-renderer').shadowRoot.querySelector('#expander-contents');
      const r = document.createElement('bili-comment-reply-renderer');
      const sr = r.attachShadow({ mode: 'open' });
      sr.innerHTML = '<div id="body"><div id="main"><bili-comment-user-info></bili-comment-user-info><span id="content"><bili-rich-text></bili-rich-text></span></div></div>';
      list.append(r);
      const info = sr.querySelector('bili-comment-user-info').attachShadow({ mode: 'open' });
      info.innerHTML = '<div id="user-name" data-user-profile-id="777"><a href="//space.bilibili.com/777">TP钱包官方客服</a></div>';
      const rich = sr.querySelector('bili-rich-text').attachShadow({ mode: 'open' });
      rich.innerHTML = '<p id="contents"><span>' + ${JSON.stringify(SCAM.message)} + '</span></p>';
    }, 1500);</script></body>`;
    await serve(page, cap.html.replace('</body>', addLater));
    await page.goto(url);
    await page.waitForTimeout(1500);
    const late = page.locator('bili-comment-reply-renderer').filter({ hasText: 'WhatsApp' });
    await expect(late.locator('tp-scam-shield-badge[data-level="danger"]')).toHaveCount(1, {
      timeout: 1500,
    });
    await expect(page.locator('tp-scam-shield-badge')).toHaveCount(1);
  });
});
