import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as zhHans } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as zhHant } from '@scure/bip39/wordlists/traditional-chinese.js';
import {
  createReport,
  csvCell,
  exportCsv,
  exportJson,
  mergeReport,
  pruneFor,
} from '../../src/reports/model';
import type { ReportContext } from '../../src/reports/model';
import { reportEnvelopeSchema, reportSchema, reportsExportSchema } from '../../src/reports/schema';
import type { Report, ReportInput } from '../../src/reports/schema';
import { ReportStore } from '../../src/reports/store';
import { ReportQueue, retryDelay, MAX_ATTEMPTS } from '../../src/reports/queue';
import { isAllowedEndpoint } from '../../src/reports/endpoint';
import { reportLinks } from '../../src/reports/links';
import { MemoryArea } from '../helpers/memory-area';
import { LIST } from '../helpers/list';

const ctx = (now = new Date('2026-11-01T00:00:00Z')): ReportContext => ({
  id: randomUUID(),
  now,
  extensionVersion: '0.1.0',
  listVersion: '3',
});

const account = (over: Partial<ReportInput> = {}): ReportInput => ({
  kind: 'account',
  platform: 'x',
  handle: 'TokenPocket_Help',
  displayName: 'TokenPocket Support',
  pageUrl: 'https://x.com/home',
  excerpt: 'DM us for support',
  level: 'danger',
  codes: ['IMPERSONATING_ACCOUNT'],
  ...over,
});

const PRIVATE_KEY = 'd44ffb1d946a1ed6b7cf5dbce14a9f68daa65f9898670c5bf75a2b403d73e970';

/** A secret in every format the engine knows, and a way to tell whether any part of it leaked. */
function secrets(): { name: string; text: string; probe: string[] }[] {
  const en12 = generateMnemonic(english, 128);
  const en24 = generateMnemonic(english, 256);
  const hans = generateMnemonic(zhHans, 128);
  const hant = generateMnemonic(zhHant, 128);
  const words = (m: string) => m.split(' ');
  const keystore = JSON.stringify({
    version: 3,
    id: randomUUID(),
    crypto: {
      ciphertext: 'c0ffee'.repeat(10),
      cipher: 'aes-128-ctr',
      kdf: 'scrypt',
      kdfparams: { n: 8192, r: 8, p: 1, salt: 'ab'.repeat(16) },
      mac: 'cd'.repeat(32),
    },
  });
  // A phrase is leaked if any 4 of its words appear in a row.
  const runs = (m: string, sep: string) => {
    const w = words(m);
    return [w.slice(0, 4).join(sep), w.slice(4, 8).join(sep), w.slice(-4).join(sep)];
  };
  return [
    { name: 'English 12, spaced', text: `my phrase is ${en12} please fix`, probe: runs(en12, ' ') },
    { name: 'English 24, spaced', text: en24, probe: runs(en24, ' ') },
    {
      name: 'English, numbered',
      text: words(en12)
        .map((w, i) => `${i + 1}. ${w}`)
        .join(' '),
      probe: [words(en12).slice(1, 3).join(' 3. ')],
    },
    { name: 'English, one per line', text: words(en12).join('\n'), probe: runs(en12, '\n') },
    { name: 'English, commas', text: words(en12).join(', '), probe: runs(en12, ', ') },
    {
      name: 'English, wrong checksum',
      text: [...words(en12).slice(0, 11), words(en12)[0]].join(' '),
      probe: runs(en12, ' ').slice(0, 2),
    },
    { name: 'simplified Chinese, spaced', text: `助记词：${hans}`, probe: runs(hans, ' ') },
    {
      name: 'simplified Chinese, unspaced',
      text: `助记词${hans.replace(/ /g, '')}，谢谢`,
      probe: runs(hans, ''),
    },
    { name: 'traditional Chinese, spaced', text: `助記詞 ${hant}`, probe: runs(hant, ' ') },
    { name: 'private key', text: `key: ${PRIVATE_KEY}`, probe: [PRIVATE_KEY.slice(0, 24)] },
    {
      name: 'private key, 0x and upper case',
      text: `0x${PRIVATE_KEY.toUpperCase()}`,
      probe: [PRIVATE_KEY.toUpperCase().slice(10, 40)],
    },
    { name: 'keystore JSON', text: keystore, probe: ['c0ffeec0ffee', 'cdcdcdcdcd'] },
    { name: 'password', text: '钱包密码：Tp8899Secret 请帮我登录', probe: ['Tp8899Secret'] },
  ];
}

const decode = (s: string) =>
  s.replace(/(%[0-9A-F]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });

describe('a report never carries a secret', () => {
  for (const s of secrets()) {
    it(`redacts ${s.name} from every free-text field`, () => {
      const r = createReport(
        account({
          excerpt: s.text,
          comment: `he asked me for it: ${s.text}`,
          displayName: s.text.slice(0, 200),
          pageUrl: `https://evil.example/?q=${encodeURIComponent(s.text).slice(0, 1500)}`,
        }),
        ctx(),
      );
      const raw = JSON.stringify(r) + exportCsv([r]) + JSON.stringify(reportLinks(r, LIST));
      // Decoded twice: the mailto body is encoded once more than the page URL inside it.
      const out = raw + decode(decode(raw));
      for (const p of s.probe) expect(out).not.toContain(p);
      expect(r.excerpt).toMatch(/REDACTED/);
      expect(r.comment).toMatch(/REDACTED/);
    });
  }

  it('keeps the evidence that is not secret', () => {
    const r = createReport(
      account({ excerpt: 'TP钱包客服 +86 400 123 4567 加微信 tpkefu01', comment: 'seen twice' }),
      ctx(),
    );
    expect(r.excerpt).toBe('TP钱包客服 +86 400 123 4567 加微信 tpkefu01');
    expect(r.comment).toBe('seen twice');
    expect(r.reasons[0]).toMatchObject({ code: 'IMPERSONATING_ACCOUNT' });
    expect(r.reasons[0]?.message).toMatch(/\w/);
    expect(r.key).toBe('account:x:tokenpocket_help');
    expect(reportSchema.safeParse(r).success).toBe(true);
  });
});

describe('merging duplicates', () => {
  it('the same account (any case, with or without @) is one report', async () => {
    const store = new ReportStore(new MemoryArea());
    const a = await store.save(account(), ctx(new Date('2026-11-01T00:00:00Z')));
    const b = await store.save(
      account({
        handle: '@tokenpocket_help',
        pageUrl: 'https://x.com/search?q=tp',
        codes: ['FAKE_SUPPORT_CONTACT', 'IMPERSONATING_ACCOUNT'],
        comment: 'again',
        level: 'caution',
      }),
      ctx(new Date('2026-11-02T00:00:00Z')),
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.merged).toBe(true);
    expect(b.report.id).toBe(a.report.id);
    expect(b.report.occurrences).toBe(2);
    expect(b.report.seenOn).toEqual(['https://x.com/home', 'https://x.com/search?q=tp']);
    expect(b.report.reasons.map((r) => r.code)).toEqual([
      'IMPERSONATING_ACCOUNT',
      'FAKE_SUPPORT_CONTACT',
    ]);
    expect(b.report.level).toBe('danger');
    expect(b.report.comment).toBe('again');
    expect(b.report.updatedAt).toBe('2026-11-02T00:00:00.000Z');
    expect((await store.all()).reports).toHaveLength(1);
  });

  it('different accounts, pages, sites and numbers stay apart; a site merges by host', async () => {
    const store = new ReportStore(new MemoryArea());
    await store.save(account(), ctx());
    await store.save(account({ platform: 'telegram' }), ctx());
    await store.save(
      { kind: 'domain', domain: 'https://tokenpocket-kefu.top/a', level: 'danger', codes: [] },
      ctx(),
    );
    await store.save(
      { kind: 'domain', domain: 'TOKENPOCKET-KEFU.top', level: 'danger', codes: [] },
      ctx(),
    );
    await store.save(
      { kind: 'contact', contact: '+86 400-123-4567', level: 'caution', codes: [] },
      ctx(),
    );
    await store.save(
      { kind: 'contact', contact: '864001234567', level: 'caution', codes: [] },
      ctx(),
    );
    await store.save(
      { kind: 'page', pageUrl: 'https://seo.example/tp?utm=1#x', level: 'danger', codes: [] },
      ctx(),
    );
    await store.save(
      { kind: 'page', pageUrl: 'https://seo.example/tp/', level: 'danger', codes: [] },
      ctx(),
    );
    const { reports } = await store.all();
    expect(reports.map((r) => r.key).sort()).toEqual([
      'account:telegram:tokenpocket_help',
      'account:x:tokenpocket_help',
      'contact:864001234567',
      'page:seo.example/tp',
      'url:tokenpocket-kefu.top',
    ]);
    expect(reports.find((r) => r.kind === 'domain')?.occurrences).toBe(2);
  });

  it('a merge keeps the first report\u2019s id and delivery history; new evidence for a sent report makes it unsent (issue #23)', () => {
    const delivery = {
      endpoint: 'https://collect.example/r',
      attempts: 1,
      sentAt: '2026-11-02T00:00:00.000Z',
    };
    const first = { ...createReport(account(), ctx()), status: 'sent' as const, delivery };
    const second = createReport(account({ comment: 'new' }), ctx());
    const m = mergeReport(first, second, new Date('2026-11-03T00:00:00Z'));
    expect(m.id).toBe(first.id);
    expect(m.status).toBe('saved');
    expect(m.delivery).toEqual(delivery);
    // One on its way goes on (with the newer version).
    const queued = { ...first, status: 'queued' as const };
    expect(mergeReport(queued, second, new Date('2026-11-03T00:00:00Z')).status).toBe('queued');
  });
});

describe('a bounded store that never drops an unsent report', () => {
  it('prunes the oldest sent reports first', () => {
    const mk = (status: Report['status'], at: string) => ({
      ...createReport(account({ handle: randomUUID().slice(0, 8) }), ctx(new Date(at))),
      status,
    });
    const rs = [
      mk('saved', '2026-01-01T00:00:00Z'),
      mk('sent', '2026-03-01T00:00:00Z'),
      mk('sent', '2026-02-01T00:00:00Z'),
      mk('failed', '2026-01-02T00:00:00Z'),
    ];
    expect(pruneFor(rs, 1, 4)).toEqual({ ok: true, remove: [rs[2]!.id] });
    expect(pruneFor(rs, 1, 3)).toEqual({ ok: true, remove: [rs[2]!.id, rs[1]!.id] });
    expect(pruneFor(rs, 1, 2)).toEqual({ ok: false, unsent: 2 });
  });

  it('refuses, with a reason, when only unsent reports fill it', async () => {
    const area = new MemoryArea();
    const store = new ReportStore(area, 3);
    for (const hnd of ['a1', 'a2', 'a3'])
      expect((await store.save(account({ handle: hnd }), ctx())).ok).toBe(true);
    const full = await store.save(account({ handle: 'a4' }), ctx());
    expect(full).toEqual({ ok: false, error: 'full', unsent: 3 });
    expect((await store.all()).reports).toHaveLength(3);
    // A duplicate still merges when the store is full.
    expect((await store.save(account({ handle: 'A1' }), ctx())).ok).toBe(true);
    // Once one is sent, it makes room.
    const { reports } = await store.all();
    const victim = reports.find((r) => r.handle === 'a2')!;
    await store.update(victim.id, (r) => ({ ...r, status: 'sent' }));
    const ok = await store.save(account({ handle: 'a4' }), ctx());
    expect(ok.ok && ok.pruned).toEqual([victim.id]);
    expect((await store.all()).reports.map((r) => r.handle).sort()).toEqual(['a1', 'a3', 'a4']);
  });

  it('keeps and lists a broken record instead of losing it or everything else', async () => {
    const area = new MemoryArea();
    const store = new ReportStore(area, 3);
    await store.save(account(), ctx());
    area.data.set('report:garbage', '{"id":42}');
    const { reports, broken } = await store.all();
    expect(reports).toHaveLength(1);
    expect(broken).toEqual([{ key: 'report:garbage', error: expect.stringMatching(/id/) }]);
    // It counts against the bound and is never pruned silently.
    await store.save(account({ handle: 'b' }), ctx());
    expect((await store.save(account({ handle: 'c' }), ctx())).ok).toBe(false);
    await store.remove('report:garbage');
    expect((await store.all()).broken).toEqual([]);
  });

  it('concurrent saves are all written (one writer at a time)', async () => {
    const store = new ReportStore(new MemoryArea());
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.save(account({ handle: `h${i}` }), ctx())),
    );
    await Promise.all(
      Array.from({ length: 5 }, () => store.save(account({ handle: 'h0' }), ctx())),
    );
    const { reports } = await store.all();
    expect(reports).toHaveLength(25);
    expect(reports.find((r) => r.handle === 'h0')?.occurrences).toBe(6);
  });
});

describe('exports', () => {
  it('JSON export validates against the export schema and round-trips', () => {
    const rs = [createReport(account(), ctx()), createReport(account({ handle: 'x2' }), ctx())];
    const parsed = reportsExportSchema.parse(JSON.parse(exportJson(rs, new Date())));
    expect(parsed.reports).toEqual(rs);
  });

  it('CSV: a header, one row per report, quoting, and no formulas from page text', () => {
    const r = createReport(
      account({
        excerpt: '=HYPERLINK("http://evil","click"), 客服 "line"\nnext',
        comment: '+1 call',
      }),
      ctx(),
    );
    const csv = exportCsv([r]);
    expect(csv.startsWith('\uFEFFid,createdAt,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click""), 客服 ""line""\nnext"`);
    expect(csv).toContain(",'+1 call,");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('plain')).toBe('plain');
  });

  it('the documented JSON Schema is the one zod generates', () => {
    const doc = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../docs/report.schema.json'), 'utf8'),
    );
    expect(doc).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(reportEnvelopeSchema))));
  });
});

describe('delivery queue', () => {
  let server: Server;
  let base = '';
  let plan: number[] = [];
  const got: { key: string | undefined; body: string; status: number }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const status = plan.shift() ?? 200;
        got.push({ key: req.headers['idempotency-key'] as string | undefined, body, status });
        res.statusCode = status;
        res.end(status < 300 ? '{"ok":true}' : 'nope');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    got.length = 0;
    plan = [];
  });

  /** A queue with a clock the test moves, so backoff is checked without waiting for it. */
  function setup(endpoint = `${base}/reports`) {
    const area = new MemoryArea();
    const store = new ReportStore(area);
    let now = new Date('2026-11-22T00:00:00Z').getTime();
    const wakes: number[] = [];
    const make = () =>
      new ReportQueue({
        store,
        fetch: (i, init) => fetch(i, init),
        now: () => new Date(now),
        endpoint: () => Promise.resolve(endpoint),
        wakeAt: (d) => wakes.push(d.getTime()),
      });
    return {
      area,
      store,
      queue: make(),
      /** A new queue over the same storage: what a restarted service worker gets. */
      restart: make,
      wakes,
      advance: (ms: number) => (now += ms),
    };
  }

  const saveOne = async (store: ReportStore, input: ReportInput = account()) => {
    const r = await store.save(input, ctx());
    if (!r.ok) throw new Error('not saved');
    return r.report;
  };

  it('fails twice, then succeeds: retried with backoff, one acknowledged delivery, same key', async () => {
    const { store, queue, wakes, advance } = setup();
    const r = await saveOne(store, account({ comment: `my key ${PRIVATE_KEY}` }));
    plan = [503, 500];
    await queue.enqueue(r.id);
    await queue.pump();
    expect(got).toHaveLength(1);
    expect((await store.get(r.id))?.status).toBe('queued');
    expect((await store.get(r.id))?.delivery).toMatchObject({ attempts: 1, lastError: 'HTTP 503' });
    expect(wakes.at(-1)).toBe(new Date('2026-11-22T00:00:00Z').getTime() + retryDelay(1));
    // Not due yet: nothing is sent.
    await queue.pump();
    expect(got).toHaveLength(1);
    advance(retryDelay(1));
    await queue.pump();
    expect(got).toHaveLength(2);
    advance(retryDelay(2));
    await queue.pump();
    expect(got).toHaveLength(3);
    const done = await store.get(r.id);
    expect(done?.status).toBe('sent');
    expect(done?.delivery?.sentAt).toBeDefined();
    expect(got.map((g) => g.status)).toEqual([503, 500, 200]);
    expect(new Set(got.map((g) => g.key))).toEqual(new Set([r.id]));
    const body = reportEnvelopeSchema.parse(JSON.parse(got[2]!.body));
    expect(body.report.id).toBe(r.id);
    expect(got.map((g) => g.body).join()).not.toContain(PRIVATE_KEY.slice(0, 20));
    // Acknowledged: never posted again, even when asked.
    advance(3_600_000);
    await queue.pump();
    await queue.enqueue(r.id);
    await queue.pump();
    expect(got).toHaveLength(3);
  });

  it('a worker stopped while the first POST is in flight is woken again: the retry is armed before the attempt', async () => {
    const { store, wakes } = setup();
    const r = await saveOne(store);
    let posted = false;
    // A POST that never answers: the worker is stopped while it waits.
    const queue = new ReportQueue({
      store,
      fetch: () => {
        posted = true;
        return new Promise<Response>(() => undefined);
      },
      now: () => new Date('2026-11-22T00:00:00Z'),
      endpoint: () => Promise.resolve(`${base}/reports`),
      wakeAt: (d) => wakes.push(d.getTime()),
    });
    void queue.enqueue(r.id);
    await vi.waitFor(() => expect(posted).toBe(true));
    expect(wakes).toEqual([new Date('2026-11-22T00:00:00Z').getTime() + retryDelay(1)]);
  });

  it('evidence added to a sent report is offered for sending again, under a new delivery key', async () => {
    const { store, queue } = setup();
    const r = await saveOne(store);
    await queue.enqueue(r.id);
    await queue.pump();
    expect((await store.get(r.id))?.status).toBe('sent');
    // The same account reported again, from another page.
    const again = await store.save(
      account({ pageUrl: 'https://x.com/other', comment: 'seen again' }),
      ctx(new Date('2026-11-23T00:00:00Z')),
    );
    expect(again.ok && again.merged).toBe(true);
    const merged = await store.get(r.id);
    expect(merged?.status).toBe('saved');
    expect(merged?.delivery?.sentAt).toBeDefined();
    await queue.enqueue(r.id);
    await queue.pump();
    expect((await store.get(r.id))?.status).toBe('sent');
    expect(got).toHaveLength(2);
    // Each version is its own delivery: an idempotent endpoint keeps the first and takes the second.
    expect(got[0]!.key).not.toBe(got[1]!.key);
    expect(got[1]!.body).toContain('seen again');
  });

  it('evidence added while a version is on its way is sent after it, not marked sent unsent', async () => {
    const { store, wakes } = setup();
    const r = await saveOne(store);
    let release: (() => void) | null = null;
    const bodies: string[] = [];
    const queue = new ReportQueue({
      store,
      fetch: async (_i, init) => {
        bodies.push(String(init?.body));
        if (bodies.length === 1) await new Promise<void>((res) => (release = res));
        return new Response('{"ok":true}', { status: 200 });
      },
      now: () => new Date('2026-11-22T00:00:00Z'),
      endpoint: () => Promise.resolve(`${base}/reports`),
      wakeAt: (d) => wakes.push(d.getTime()),
    });
    void queue.enqueue(r.id);
    await vi.waitFor(() => expect(release).not.toBeNull());
    // The same account reported again while the first version is in flight.
    await store.save(account({ comment: 'newer evidence' }), ctx(new Date('2026-11-22T00:00:01Z')));
    release!();
    await queue.pump();
    await queue.pump();
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toContain('newer evidence');
    expect((await store.get(r.id))?.status).toBe('sent');
  });

  it('nothing is sent unless the user asked', async () => {
    const { store, queue, advance } = setup();
    await saveOne(store);
    advance(3_600_000);
    await queue.pump();
    expect(got).toHaveLength(0);
  });

  it('a client error is not retried; the report says why and can be sent again', async () => {
    const { store, queue, advance } = setup();
    const r = await saveOne(store);
    plan = [400];
    await queue.enqueue(r.id);
    await queue.pump();
    advance(3_600_000);
    await queue.pump();
    expect(got).toHaveLength(1);
    expect(await store.get(r.id)).toMatchObject({
      status: 'failed',
      delivery: { lastError: 'HTTP 400' },
    });
    await queue.enqueue(r.id);
    await queue.pump();
    expect(got).toHaveLength(2);
    expect((await store.get(r.id))?.status).toBe('sent');
  });

  it('gives up after the last attempt with the error kept, unreachable endpoint included', async () => {
    const { store, queue, advance } = setup('http://127.0.0.1:9/reports');
    const r = await saveOne(store);
    await queue.enqueue(r.id);
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await queue.pump();
      advance(retryDelay(MAX_ATTEMPTS));
    }
    const f = await store.get(r.id);
    expect(f?.status).toBe('failed');
    expect(f?.delivery?.attempts).toBe(MAX_ATTEMPTS);
    expect(f?.delivery?.lastError).toMatch(/\w/);
  });

  it('a restarted worker picks the queue up from storage, at the scheduled time', async () => {
    const { store, queue, restart, advance } = setup();
    const r = await saveOne(store);
    plan = [503];
    await queue.enqueue(r.id);
    await queue.pump();
    // The worker is killed; a new one starts with nothing in memory.
    const fresh = restart();
    await fresh.pump();
    expect(got).toHaveLength(1);
    advance(retryDelay(1));
    await fresh.pump();
    expect(got).toHaveLength(2);
    expect((await store.get(r.id))?.status).toBe('sent');
  });

  it('concurrent pumps post a report once', async () => {
    const { store, queue } = setup();
    const r = await saveOne(store);
    await store.update(r.id, (x) => ({
      ...x,
      status: 'queued',
      delivery: { endpoint: `${base}/reports`, attempts: 0, nextAttemptAt: x.createdAt },
    }));
    await Promise.all([queue.pump(), queue.pump(), queue.pump()]);
    expect(got).toHaveLength(1);
  });

  it('endpoints: https, or http only to this machine', () => {
    expect(isAllowedEndpoint('https://reports.example.org/in')).toBe(true);
    expect(isAllowedEndpoint('http://127.0.0.1:8080/in')).toBe(true);
    expect(isAllowedEndpoint('http://localhost/in')).toBe(true);
    expect(isAllowedEndpoint('http://reports.example.org/in')).toBe(false);
    expect(isAllowedEndpoint('https://user:pw@reports.example.org/in')).toBe(false);
    expect(isAllowedEndpoint('javascript:alert(1)')).toBe(false);
  });
});

describe('drafts from page findings', () => {
  it('a finding with a very long page address or link still makes a valid draft', async () => {
    const { draftFromFinding } = await import('../../src/background/reports');
    const long = `https://evil.example/${'a'.repeat(3000)}`;
    const d = draftFromFinding(
      {
        id: 'f1',
        level: 'danger',
        codes: ['LOOKALIKE_LINK'],
        kind: 'link',
        excerpt: 'click',
        url: `https://${'b'.repeat(250)}.example.com/x`,
      },
      long,
    );
    expect(d.kind).toBe('domain');
    expect(d.pageUrl).toHaveLength(2000);
    expect(d.domain!.length).toBeLessThanOrEqual(253);
  });
});

describe('drafts are kept without secrets', () => {
  it('redactDraft removes every secret format from every field, keeps the rest', async () => {
    const { redactDraft } = await import('../../src/reports/model');
    for (const s of secrets()) {
      const d = redactDraft(
        account({
          excerpt: s.text,
          comment: s.text,
          pageUrl: `https://e.example/?q=${encodeURIComponent(s.text).slice(0, 1500)}`,
        }),
      );
      const out = JSON.stringify(d);
      for (const p of s.probe) expect(out + decode(decode(out))).not.toContain(p);
      expect(d.handle).toBe('TokenPocket_Help');
      expect(d.codes).toEqual(['IMPERSONATING_ACCOUNT']);
    }
  });
});
