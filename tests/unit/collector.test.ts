/**
 * The reference report collector (issue #23): a real SQLite database (sql.js), behind a real HTTP
 * server on this machine, fed what the extension's delivery queue sends (createReport, envelope,
 * deliveryKey: the extension's own code), and its dump read by list:triage.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import { createCollector, dump } from '../../src/collector/collector';
import { createReport, envelope } from '../../src/reports/model';
import { deliveryKey } from '../../src/reports/queue';
import type { ReportInput } from '../../src/reports/schema';
import { addCandidates, triage } from '../../src/list/triage';
import { createEngine } from '../../src/engine/index';
import { LIST } from '../helpers/list';

const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const report = (input: Partial<ReportInput> & Pick<ReportInput, 'kind'>) =>
  createReport(
    { level: 'danger', codes: ['FAKE_SUPPORT_CONTACT'], ...input },
    {
      id: uuid(),
      now: new Date('2026-12-01T10:00:00Z'),
      extensionVersion: '0.1.0',
      listVersion: String(LIST.version),
    },
  );

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

async function start(opts: Parameters<typeof createCollector>[1] = {}) {
  const SQL = await initSqlJs();
  const db: Database = new SQL.Database();
  server = createServer(createCollector(db, opts));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const send = (r: ReturnType<typeof report>) =>
    post(JSON.stringify(envelope(r)), { 'idempotency-key': deliveryKey(r) });
  return { db, url, post, send, SQL };
}

describe('the report collector', () => {
  it('stores a report once, however often it is delivered', async () => {
    const { db, send } = await start();
    const r = report({
      kind: 'contact',
      contact: '+44 7700 900123',
      excerpt: 'TP钱包客服 WhatsApp',
    });
    expect((await send(r)).status).toBe(201);
    expect((await send(r)).status).toBe(200);
    expect(dump(db)).toHaveLength(1);
  });

  it('refuses what is not a report, too large a body, and a client over its limit', async () => {
    const { post, send, url } = await start({ perClient: 3, maxBytes: 2000 });
    expect((await post('not json')).status).toBe(400);
    const bad = await post(JSON.stringify({ format: 'x' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/not a report envelope/);
    expect((await post(JSON.stringify({ pad: 'x'.repeat(5000) }))).status).toBe(413);
    const plain = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    for (let i = 0; i < 3; i++)
      expect((await send(report({ kind: 'domain', domain: `s${i}.example` }))).status).toBe(201);
    const over = await send(report({ kind: 'domain', domain: 's9.example' }));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('stores no address of the client and no secret, and its dump feeds triage: the number is then flagged', async () => {
    const { db, send, post, SQL } = await start();
    const phone = '+44 7700 900123';
    await send(
      report({
        kind: 'contact',
        contact: phone,
        excerpt: `TP钱包客服 WhatsApp ${phone} ${PHRASE}`,
      }),
    );
    await send(report({ kind: 'contact', contact: phone, excerpt: `客服 ${phone}` }));
    // A sender that is not the extension, with a phrase left in: taken out before it is stored.
    const raw0 = report({ kind: 'contact', contact: '+44 7700 900999' });
    const e = envelope(raw0);
    const inUrl = `https://evil.example/claim?m=${PHRASE.replace(/ /g, '+')}`;
    await post(
      JSON.stringify({
        ...e,
        report: { ...e.report, excerpt: `助记词 ${PHRASE}`, profileUrl: inUrl },
      }),
      {
        'idempotency-key': raw0.id,
      },
    );
    // The file the collector writes, read back as another process would.
    const again = new SQL.Database(db.export());
    const raw = JSON.stringify(again.exec('SELECT * FROM reports'));
    expect(raw).not.toContain('127.0.0.1');
    expect(raw).not.toContain('sausage');
    const rows = dump(again).filter((r) => r.envelope.report.contact !== '+44 7700 900999');
    expect(rows).toHaveLength(2);
    // One client sent both: one reporter.
    expect(new Set(rows.map((r) => r.client)).size).toBe(1);
    const file = triage([{ name: 'collector-dump.json', json: rows }], LIST);
    const c = file.candidates.find((x) => x.key === 'contact:447700900123')!;
    expect(c.reporters).toBe(1);
    const list = addCandidates(
      LIST,
      { ...file, candidates: file.candidates.map((x) => ({ ...x, accept: x.key === c.key })) },
      '2026-12-04',
    ).list;
    expect(createEngine(list).judgeText(`USDT 问题加 WhatsApp ${phone}`).level).toBe('danger');
  });
});
