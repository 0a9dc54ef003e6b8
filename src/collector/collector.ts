/**
 * The reference report collector (issue #23): the endpoint a user may set in the options page.
 * It keeps what the extension's queue POSTs (a report envelope, src/reports/schema.ts) in a real
 * database, SQLite (sql.js: a WebAssembly build, nothing compiled at install), and writes the dump
 * that `npm run list:triage` reads.
 *
 * - Idempotent: the queue's Idempotency-Key (a report's id, and its number of occurrences once it
 *   grew) is the row's key; the same delivery again is answered 200 and stored once.
 * - Rate-limited per client, size-limited, and strict about what it accepts (the envelope schema;
 *   anything else is 400 with a reason).
 * - No IP address is stored. A client is told apart by a tag: an HMAC of its address under a key
 *   made at start and kept in memory only (so reports of one client count once in a dump, and no
 *   tag can be traced back to an address, or linked across restarts).
 * - Evidence is redacted once more before it is stored (it was redacted in the extension).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from 'sql.js';
import { reportEnvelopeSchema } from '../reports/schema';
import type { ReportEnvelope } from '../reports/schema';
import { redactSecrets, redactUrl } from '../engine/redact';

export interface CollectorOptions {
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Reports a client may send per window, and the window. */
  perClient?: number;
  windowMs?: number;
  now?: () => number;
  /** Called after each stored report (the CLI writes the database file then). */
  onStored?: () => void;
}

export interface DumpRow {
  client: string;
  envelope: ReportEnvelope;
}

const DEFAULTS = { maxBytes: 64 * 1024, perClient: 60, windowMs: 60 * 60 * 1000 };
const KEY = /^[0-9a-f-]{36}(?:\.\d{1,6})?$/;

export function openStore(db: Database): void {
  db.run(`CREATE TABLE IF NOT EXISTS reports (
    delivery_key TEXT PRIMARY KEY,
    report_id TEXT NOT NULL,
    client TEXT NOT NULL,
    received_day TEXT NOT NULL,
    envelope TEXT NOT NULL
  )`);
}

/** What a report's evidence may still carry of a secret, taken out before it is stored. */
function redacted(e: ReportEnvelope): ReportEnvelope {
  return JSON.parse(
    JSON.stringify(e, (_k, v: unknown) =>
      // Any address (page, profile, where it was seen): its query and path can carry a phrase too.
      typeof v !== 'string' ? v : /^https?:\/\//i.test(v) ? redactUrl(v) : redactSecrets(v),
    ),
  ) as ReportEnvelope;
}

export function createCollector(
  db: Database,
  options: CollectorOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const o = { ...DEFAULTS, ...options };
  const now = options.now ?? Date.now;
  openStore(db);
  const secret = randomBytes(32);
  const tagOf = (addr: string) =>
    createHmac('sha256', secret).update(addr).digest('hex').slice(0, 16);
  /** Per client tag: when its window started and how many reports it sent in it (memory only). */
  const windows = new Map<string, { start: number; n: number }>();

  const reply = (res: ServerResponse, status: number, body: object, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const store = (client: string, key: string, e: ReportEnvelope): boolean => {
    const day = new Date(now()).toISOString().slice(0, 10);
    db.run(
      'INSERT OR IGNORE INTO reports (delivery_key, report_id, client, received_day, envelope) VALUES (?, ?, ?, ?, ?)',
      [key, e.report.id, client, day, JSON.stringify(redacted(e))],
    );
    return db.getRowsModified() > 0;
  };

  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') return reply(res, 200, { ok: true });
    if (req.method !== 'POST' || (path !== '/' && path !== '/reports'))
      return reply(res, 404, { error: 'POST a report to / or /reports' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
      return reply(res, 415, { error: 'content-type must be application/json' });
    const client = tagOf(req.socket.remoteAddress ?? '');
    const t = now();
    const w = windows.get(client);
    if (!w || t - w.start >= o.windowMs) windows.set(client, { start: t, n: 0 });
    const win = windows.get(client)!;
    if (win.n >= o.perClient) {
      const retry = Math.ceil((win.start + o.windowMs - t) / 1000);
      return reply(res, 429, { error: 'too many reports' }, { 'retry-after': String(retry) });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > o.maxBytes) {
      req.resume();
      return reply(res, 413, { error: `larger than ${o.maxBytes} bytes` });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > o.maxBytes) over = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      if (over) return reply(res, 413, { error: `larger than ${o.maxBytes} bytes` });
      let json: unknown;
      try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(res, 400, { error: 'not JSON' });
      }
      const parsed = reportEnvelopeSchema.safeParse(json);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        return reply(res, 400, {
          error: `not a report envelope: ${i?.path.join('.') || 'body'}: ${i?.message ?? ''}`,
        });
      }
      const header = req.headers['idempotency-key'];
      const key = typeof header === 'string' && header ? header : parsed.data.report.id;
      if (!KEY.test(key) || !key.startsWith(parsed.data.report.id))
        return reply(res, 400, { error: 'idempotency-key must be the report id (and its count)' });
      win.n++;
      const fresh = store(client, key, parsed.data);
      if (fresh) options.onStored?.();
      return reply(res, fresh ? 201 : 200, { ok: true, stored: fresh });
    });
  };
}

/** The dump `list:triage` reads: every stored delivery with its client tag, oldest first. */
export function dump(db: Database): DumpRow[] {
  openStore(db);
  const out: DumpRow[] = [];
  const st = db.prepare('SELECT client, envelope FROM reports ORDER BY rowid');
  try {
    while (st.step()) {
      const [client, envelope] = st.get() as [string, string];
      out.push({ client, envelope: JSON.parse(envelope) as ReportEnvelope });
    }
  } finally {
    st.free();
  }
  return out;
}
