/**
 * Look-alike TokenPocket hosts. The page's script beacons "alive" as soon as it runs and removes any
 * overlay. Top level: held when its script never gets to beacon. In a frame: held when the frame's
 * script never ran, or the frame was navigated away, or something in the parent covers it.
 */
import { test, expect, AFTER_ENTRY_MS } from './harness';
import type { Recorder } from './harness';
import { lookAlike, doc } from './pages';
import type { Page } from '@playwright/test';

const HOSTS = ['tokenpocket-wallet-support.com', 'tokenpockct.pro', 'tokenp0cket.com'];

const alive = (rec: Recorder, top: boolean) =>
  rec.requests.filter((r) => /\/alive\?/.test(r.url) && r.url.includes(`top=${top ? 1 : 0}`));

async function settle(page: Page) {
  await page.waitForTimeout(AFTER_ENTRY_MS + 500);
}

test.describe('navigation', () => {
  for (const host of HOSTS) {
    test(`look-alike ${host} reached directly`, async ({ page, rec }) => {
      rec.put('/wallet', lookAlike({ rec: `https://${host}` }));
      await page.goto(`https://${host}/wallet`).catch(() => undefined);
      await settle(page);
      const a = alive(rec, true);
      expect(
        a,
        `its script ran at top level (${a.length} alive beacons, first ${a[0]?.url ?? ''}); final URL ${page.url()}`,
      ).toHaveLength(0);
    });
  }

  for (const host of HOSTS.slice(1)) {
    test(`look-alike ${host} reached by a 302 from 127.0.0.1`, async ({ page, rec }) => {
      rec.put('/login', lookAlike({ rec: `https://${host}` }));
      await page
        .goto(`${rec.origin}/redirect?to=${encodeURIComponent(`https://${host}/login`)}`)
        .catch(() => undefined);
      await settle(page);
      const a = alive(rec, true);
      expect(a, `its script ran at top level; final URL ${page.url()}`).toHaveLength(0);
    });
  }

  test('look-alike reached by the user clicking a link on an ordinary page', async ({
    page,
    rec,
  }) => {
    rec.put('/claim', lookAlike({ rec: 'https://tokenpockct.pro' }));
    rec.put(
      '/links',
      doc(
        { rec: rec.origin },
        '<a id="l" href="https://tokenpockct.pro/claim">TokenPocket airdrop</a>',
      ),
    );
    await page.goto(`${rec.origin}/links`);
    // A trusted click at the link (not locator.click(), which would wait on the replaced navigation).
    const box = await page.locator('#l').boundingBox();
    if (!box) throw new Error('link not rendered');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settle(page);
    expect(alive(rec, true), `its script ran at top level; final URL ${page.url()}`).toHaveLength(
      0,
    );
  });

  for (const host of [HOSTS[0]!, HOSTS[2]!]) {
    test(`look-alike ${host} inside an iframe of an ordinary page`, async ({ page, rec }) => {
      // The frame's guard stops it at document_start (its host could be a look-alike) and asks.
      rec.put('/embed', lookAlike({ rec: `https://${host}` }));
      rec.put(
        '/news',
        doc(
          { rec: rec.origin },
          `<h1>News</h1><iframe id="fr" width="800" height="400" src="https://${host}/embed"></iframe>`,
        ),
      );
      await page.goto(`${rec.origin}/news`);
      await settle(page);
      const ran = alive(rec, false).length > 0;
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const frameUrl = frame?.url() ?? '(no frame)';
      const covered = await page.evaluate(() => {
        const f = document.getElementById('fr');
        if (!f) return 'iframe element gone';
        const r = f.getBoundingClientRect();
        const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return at === f ? '' : `covered by <${at?.tagName.toLowerCase() ?? 'nothing'}>`;
      });
      // Away when the frame's own address is elsewhere (the warning page names the host in its query).
      const navigatedAway = !frameUrl.startsWith(`https://${host}/`);
      const removed = rec.requests
        .map((r) => /"removed":"(\d+)"/.exec(r.body)?.[1])
        .filter(Boolean)
        .pop();
      const held = !ran || navigatedAway || covered !== '';
      expect(
        held,
        `frame script ran=${ran}, frame URL ${frameUrl}, ${covered || 'not covered in the parent'}, ` +
          `in-frame elements removed by the page: ${removed ?? 0}`,
      ).toBe(true);
    });
  }
});
