import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, badges, badgeText, tabIdOf } from './fixtures';
import { launchWithExtension, extensionId } from '../../scripts/chromium';
import { EXT } from './fixtures';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import initSqlJs from 'sql.js';
import { createCollector, dump } from '../../src/collector/collector';
import { addCandidates, triage } from '../../src/list/triage';
import { createEngine } from '../../src/engine/index';
import { officialListSchema } from '../../src/list/schema';
import type { OfficialList } from '../../src/list/schema';

/** Words of the seed phrase the scam reply on the fixture page contains. */
const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const KEY = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';

function expectNoSecret(text: string) {
  for (const w of [PHRASE, 'legal winner thank', 'worth useful', KEY.slice(0, 20)])
    expect(text).not.toContain(w);
}

/** Clicks "Report" on the card of the first danger badge inside `item`; returns the report tab. */
async function reportFromCard(context: BrowserContext, page: Page, item: string): Promise<Page> {
  const badge = page.locator(item).locator('tp-scam-shield-badge[data-level="danger"]').first();
  await expect(badge).toBeVisible({ timeout: 5000 });
  await badge.locator('button.badge').click();
  const opened = context.waitForEvent('page');
  await badge.locator('.card .actions button').nth(1).click();
  const tab = await opened;
  await tab.waitForLoadState();
  await expect(tab.locator('#report-form')).toBeVisible();
  return tab;
}

async function setEndpoint(context: BrowserContext, extId: string, url: string) {
  const opts = await context.newPage();
  await opts.goto(`chrome-extension://${extId}/options.html`);
  await opts.locator('#opt-reportEndpoint').fill(url);
  await opts.locator('#opt-reportEndpoint').dispatchEvent('change');
  await expect(opts.locator('#status')).not.toBeEmpty();
  await opts.close();
}

async function download(page: Page, button: string): Promise<string> {
  const dl = page.waitForEvent('download');
  await page.locator(button).click();
  return readFile((await (await dl).path())!, 'utf8');
}

test.describe('reports', () => {
  test('report an account from the in-page card: redacted, saved, flagged at once, listed, exported', async ({
    page,
    extContext,
    extId,
  }) => {
    await page.goto('https://x.com/replies');
    // The same account's harmless post is not flagged before the report.
    await expect(page.locator('#r1 tp-scam-shield-badge[data-level="danger"]')).toBeVisible();
    await expect(page.locator('#r2 tp-scam-shield-badge')).toHaveCount(0);

    const tab = await reportFromCard(extContext, page, '#r1');
    await expect(tab.locator('#field-handle')).toHaveValue('jason_w3b');
    await expect(tab.locator('#field-platform')).toHaveValue('x');
    const excerpt = await tab.locator('#field-excerpt').inputValue();
    expect(excerpt).toContain('[REDACTED seed phrase]');
    expectNoSecret(excerpt);
    // The user drops a field and adds a comment (with a key pasted by mistake).
    await tab.locator('#inc-displayName').uncheck();
    await tab.locator('#report-comment').fill(`He asked for my key too: ${KEY}`);
    await tab.locator('#report-save').click();
    await expect(tab.locator('#report-status')).toHaveClass(/ok/);
    await expect(tab.locator('#report-send a[data-to="email"]')).toHaveAttribute(
      'href',
      /^mailto:service@tokenpocket\.pro\?/,
    );
    await expect(tab.locator('#report-send a[data-to="platform"]')).toHaveAttribute(
      'href',
      'https://help.x.com/forms/impersonation',
    );
    expectNoSecret(
      decodeURIComponent(
        (await tab.locator('#report-send a[data-to="email"]').getAttribute('href'))!,
      ),
    );

    // Flagged for this user at once, on the page that is already open.
    await expect(page.locator('#r2 tp-scam-shield-badge[data-level="danger"]')).toBeVisible({
      timeout: 3000,
    });

    // My reports lists it; exports carry it, redacted, without the removed field.
    const reports = await extContext.newPage();
    await reports.goto(`chrome-extension://${extId}/options.html#reports`);
    const item = reports.locator('#reports-list li.report', { hasText: '@jason_w3b' });
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('data-status', 'saved');
    const json = JSON.parse(await download(reports, '#export-json')) as {
      format: string;
      reports: Record<string, unknown>[];
    };
    expect(json.format).toBe('tp-scam-shield-reports');
    const r = json.reports.find((x) => x['handle'] === 'jason_w3b')!;
    expect(r).toMatchObject({
      kind: 'message',
      platform: 'x',
      key: 'account:x:jason_w3b',
      level: 'danger',
      pageUrl: 'https://x.com/replies',
      status: 'saved',
      occurrences: 1,
    });
    expect(r['displayName']).toBeUndefined();
    expect(String(r['comment'])).toContain('[REDACTED private key]');
    expect(r['reasons']).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'SECRET_REQUEST' })]),
    );
    const csv = await download(reports, '#export-csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,createdAt,updatedAt,status,kind,level,platform,handle,/);
    const row = lines.find((l) => l.includes('jason_w3b'))!;
    expect(row).toContain(',x,jason_w3b,');
    expect(row).toContain(String(r['id']));
    expectNoSecret(JSON.stringify(json) + csv);

    // Reporting it again from the card merges into the same report.
    const again = await reportFromCard(extContext, page, '#r1');
    await again.locator('#report-save').click();
    await expect(again.locator('#report-status')).toHaveClass(/ok/);
    await reports.reload();
    await expect(reports.locator('#reports-list li.report', { hasText: '@jason_w3b' })).toHaveCount(
      1,
    );
    await expect(
      reports.locator('#reports-list li.report', { hasText: '@jason_w3b' }),
    ).toContainText(/2/);

    // Un-flag: the harmless post goes back to the engine's own verdict.
    await reports
      .locator('#reports-list li.report', { hasText: '@jason_w3b' })
      .locator('input.flag')
      .uncheck();
    await expect(page.locator('#r2 tp-scam-shield-badge')).toHaveCount(0, { timeout: 3000 });
    await expect(page.locator('#r1 tp-scam-shield-badge[data-level="danger"]')).toBeVisible();
  });

  test("report from the popup's list of this page's findings", async ({
    page,
    extContext,
    extId,
    sw,
  }) => {
    await page.goto('https://x.com/home');
    await expect(page.locator('#t1 tp-scam-shield-badge[data-level="danger"]')).toBeVisible();
    // The findings reach the background (toolbar count) before the popup can list them.
    await expect.poll(() => badgeText(sw, page)).not.toBe('');
    const tabId = await tabIdOf(sw, page);
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?lang=en&tabId=${tabId}`);
    const finding = popup.locator('li.finding', { hasText: '@TokenPocket_Helpdesk' }).first();
    await expect(finding).toBeVisible();
    const opened = extContext.waitForEvent('page');
    await finding.getByRole('button', { name: 'Report' }).click();
    const tab = await opened;
    await expect(tab.locator('#field-handle')).toHaveValue('TokenPocket_Helpdesk');
    await expect(tab.locator('#report-kind')).toHaveValue('message');
    await expect(tab.locator('#report-reasons li').first()).not.toBeEmpty();
  });

  test('send to an endpoint that fails twice, then succeeds: one report arrives, without secrets', async ({
    page,
    extContext,
    extId,
    server,
  }) => {
    await setEndpoint(extContext, extId, `${server.url}/collect/twice`);
    server.failNext('/collect/twice', 2);
    await page.goto(`${server.url}/demo.html`);
    const tab = await reportFromCard(extContext, page, '#scam .msg >> nth=0');
    await tab.locator('#report-comment').fill(`my phrase was ${PHRASE}`);
    await tab.locator('#report-save').click();
    await expect(tab.locator('#report-status')).toHaveClass(/ok/);
    await tab.locator('#report-send-endpoint').click();
    const posts = () => server.posts.filter((p) => p.path === '/collect/twice');
    await expect
      .poll(() => posts().map((p) => p.status), { timeout: 15_000 })
      .toEqual([503, 503, 200]);
    // Acknowledged: never posted again.
    await page.waitForTimeout(3000);
    expect(posts()).toHaveLength(3);
    const keys = new Set(posts().map((p) => p.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    const body = JSON.parse(posts()[2]!.body) as {
      format: string;
      report: Record<string, unknown>;
    };
    expect(body.format).toBe('tp-scam-shield-report');
    expect(body.report['id']).toBe([...keys][0]);
    expect(String(body.report['comment'])).toContain('[REDACTED seed phrase]');
    for (const p of posts()) expectNoSecret(p.body);
    const reports = await extContext.newPage();
    await reports.goto(`chrome-extension://${extId}/options.html#reports`);
    await expect(
      reports.locator(`li.report[data-id="${String(body.report['id'])}"]`),
    ).toHaveAttribute('data-status', 'sent');
  });
});

test.describe('reports reach the maintainers', () => {
  test('extension → the reference collector → triage → the list: the reported account is then flagged', async ({
    page,
    extContext,
    extId,
  }) => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const handle = createCollector(db);
    const answered: number[] = [];
    const collector = createServer((req, res) => {
      res.on('finish', () => answered.push(res.statusCode));
      handle(req, res);
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    try {
      const port = (collector.address() as AddressInfo).port;
      await setEndpoint(extContext, extId, `http://127.0.0.1:${port}/`);
      // A fake-support account on X (the fixture x.com page), reported from its card.
      await page.goto('https://x.com/replies');
      const tab = await reportFromCard(extContext, page, '#r1');
      await expect(tab.locator('#field-handle')).toHaveValue('jason_w3b');
      await tab.locator('#report-comment').fill(`my phrase was ${PHRASE}`);
      await tab.locator('#report-save').click();
      await expect(tab.locator('#report-status')).toHaveClass(/ok/);
      await tab.locator('#report-send-endpoint').click();
      await expect
        .poll(() => dump(db).length, { timeout: 15_000, message: `answers ${answered.join(',')}` })
        .toBe(1);
      const rows = dump(db);
      expectNoSecret(JSON.stringify(rows));
      // The maintainer's side: triage the dump, accept the candidate, add it to the list.
      const list = officialListSchema.parse(
        JSON.parse(
          await readFile(new URL('../../public/official-list.json', import.meta.url), 'utf8'),
        ),
      ) as OfficialList;
      const file = triage([{ name: 'dump.json', json: rows }], list);
      const key = rows[0]!.envelope.report.key;
      const c = file.candidates.find((x) => x.key === key);
      expect(c, `a candidate for ${key}`).toBeDefined();
      const next = addCandidates(
        list,
        { ...file, candidates: file.candidates.map((x) => ({ ...x, accept: x.key === key })) },
        '2026-12-04',
      );
      expect(next.added).toHaveLength(1);
      const added = next.added[0]!;
      // The next list flags that account or contact wherever it appears.
      const engine = createEngine(next.list);
      const v =
        added.kind === 'x' || added.kind === 'telegram'
          ? engine.judgeAccount({ platform: added.kind, handle: added.value })
          : engine.judgeText(`USDT 钱包问题请联系 ${added.value}`);
      expect(v.reasons.some((r) => r.code === 'KNOWN_SCAM')).toBe(true);
    } finally {
      collector.close();
    }
  });
});

test.describe('reports and a killed service worker', () => {
  test('a saved report and a queued delivery survive a forced service worker restart', async ({
    server,
  }) => {
    // Its own browser: the worker this test kills must not be the one other tests talk to.
    const context = await launchWithExtension(EXT);
    try {
      const extId = await extensionId(context);
      await setEndpoint(context, extId, `${server.url}/collect/restart`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extId}/popup.html?lang=en`);
      // Report from the popup's lookup: a "customer service" number nobody official uses.
      await popup.locator('#lookup-input').fill('+86 400-888-1234');
      await popup.locator('#lookup .lookup button').click();
      const opened = context.waitForEvent('page');
      await popup.locator('#lookup-report').click();
      const tab = await opened;
      await expect(tab.locator('#field-contact')).toHaveValue('+86 400-888-1234');
      await tab.locator('#report-save').click();
      await expect(tab.locator('#report-status')).toHaveClass(/ok/);

      server.failNext('/collect/restart', 1);
      await tab.locator('#report-send-endpoint').click();
      const posts = () => server.posts.filter((p) => p.path === '/collect/restart');
      await expect.poll(() => posts().length).toBe(1);

      // Kill the service worker (what Chrome does to idle MV3 workers, at any moment).
      const cdp = await context.newCDPSession(tab);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extId))!;
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await expect
        .poll(async () =>
          (await cdp.send('Target.getTargets')).targetInfos.some(
            (t) => t.targetId === worker.targetId,
          ),
        )
        .toBe(false);

      // A new worker starts when the reports page asks for the list: the report is there, and
      // the queued delivery resumes from storage and completes once.
      const reports = await context.newPage();
      await reports.goto(`chrome-extension://${extId}/options.html#reports`);
      const item = reports.locator('#reports-list li.report', { hasText: '4008881234' });
      await expect(
        item.or(reports.locator('#reports-list li.report', { hasText: '400-888-1234' })),
      ).toHaveCount(1);
      await expect
        .poll(() => posts().map((p) => p.status), { timeout: 15_000 })
        .toEqual([503, 200]);
      await expect(reports.locator('#reports-list li.report').first()).toHaveAttribute(
        'data-status',
        'sent',
        { timeout: 5000 },
      );
    } finally {
      await context.close();
    }
  });
});

void badges;
