import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { fetchUpdate } from '../../src/list/update';
import { makeDelta } from '../../src/list/delta';
import type { OfficialList } from '../../src/list/schema';
import { LIST } from '../helpers/list';
import { makeKey } from '../helpers/keys';

const key = makeKey();
const other = makeKey();
const files = new Map<string, { status: number; body: Buffer | string }>();
let server: Server;
let base = '';

function publish(name: string, list: OfficialList | string, sigOverride?: unknown) {
  const body = Buffer.from(typeof list === 'string' ? list : JSON.stringify(list));
  files.set(`/${name}.json`, { status: 200, body });
  files.set(`/${name}.sig.json`, {
    status: 200,
    body: JSON.stringify(sigOverride ?? key.sign(new Uint8Array(body))),
  });
}
const withVersion = (v: number, patch: Partial<OfficialList> = {}): OfficialList => ({
  ...LIST,
  version: v,
  ...patch,
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const f = files.get(req.url ?? '');
    if (!f) {
      res.statusCode = 404;
      res.end('missing');
      return;
    }
    res.statusCode = f.status;
    res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const run = (name: string, currentVersion = 1) =>
  fetchUpdate({
    url: `${base}/${name}.json`,
    currentVersion,
    keyring: key.keyring,
    timeoutMs: 3000,
  });

describe('list updates from a local server', () => {
  it('accepts a valid newer list', async () => {
    publish('valid', withVersion(2));
    const r = await run('valid');
    expect(r.status).toBe('updated');
    if (r.status === 'updated') expect(r.list.version).toBe(2);
  });
  it('rejects a tampered body', async () => {
    publish('tampered', withVersion(3));
    const f = files.get('/tampered.json')!;
    files.set('/tampered.json', {
      status: 200,
      body: String(f.body).replace('"version":3', '"version":4'),
    });
    expect(await run('tampered')).toMatchObject({ status: 'rejected', reason: 'bad-signature' });
  });
  it('rejects a tampered signature', async () => {
    const body = Buffer.from(JSON.stringify(withVersion(3)));
    const sig = key.sign(new Uint8Array(body)) as { signature: string };
    publish('badsig', withVersion(3), { ...sig, signature: 'A'.repeat(86) + '==' });
    expect(await run('badsig')).toMatchObject({ status: 'rejected', reason: 'bad-signature' });
  });
  it('rejects a list signed with a key outside the keyring', async () => {
    const body = Buffer.from(JSON.stringify(withVersion(3)));
    publish('wrongkey', withVersion(3), other.sign(new Uint8Array(body)));
    expect(await run('wrongkey')).toMatchObject({ status: 'rejected', reason: 'unknown-key' });
  });
  it('rejects a rollback to a lower or equal version', async () => {
    publish('old', withVersion(1));
    expect(await run('old', 1)).toMatchObject({ status: 'rejected', reason: 'rollback' });
    publish('older', withVersion(2));
    expect(await run('older', 5)).toMatchObject({ status: 'rejected', reason: 'rollback' });
  });
  it('rejects an expired list', async () => {
    publish(
      'expired',
      // No known scams: theirs were first seen after 2020, which lint refuses in a 2020 list.
      withVersion(9, {
        issuedAt: '2020-01-01T00:00:00Z',
        expiresAt: '2021-01-01T00:00:00Z',
        knownScams: [],
      }),
    );
    expect(await run('expired')).toMatchObject({ status: 'rejected', reason: 'expired' });
  });
  it('reports a server that is down', async () => {
    const r = await fetchUpdate({
      url: 'http://127.0.0.1:9/list.json',
      currentVersion: 1,
      keyring: key.keyring,
      timeoutMs: 2000,
    });
    expect(r).toMatchObject({ status: 'rejected', reason: 'network' });
  });
  it('reports HTTP errors and garbage', async () => {
    expect(await run('missing')).toMatchObject({ status: 'rejected', reason: 'http' });
    files.set('/garbage.json', { status: 200, body: '\u0000\u0001garbage' });
    files.set('/garbage.sig.json', { status: 200, body: 'not json either' });
    expect(await run('garbage')).toMatchObject({
      status: 'rejected',
      reason: 'bad-signature-file',
    });
  });
  it('refuses a non-https update URL', async () => {
    expect(
      await fetchUpdate({ url: 'http://example.com/list.json', currentVersion: 1 }),
    ).toMatchObject({ status: 'rejected', reason: 'bad-url' });
  });
});

describe('list updates through published deltas', () => {
  const scam = (n: number): OfficialList['knownScams'][number] => ({
    id: `delta-test-${n}`,
    kind: 'phone',
    value: `4420790000${String(n).padStart(2, '0')}`,
    label: { zh_CN: '测试', zh_TW: '測試', en: 'test' },
    sources: [LIST.sources[0]!.id],
    firstSeen: '2026-11-01',
  });
  const v1 = withVersion(1);
  const v2 = withVersion(2, { knownScams: [...LIST.knownScams, scam(1)] });
  const v3 = withVersion(3, { knownScams: [...LIST.knownScams, scam(1), scam(2)] });
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  /** What `list:publish` writes into a folder: the list, deltas, and index.json. */
  function folder(dir: string, deltas: [OfficialList, OfficialList][], tamper = false) {
    publish(`${dir}/official-list`, v3);
    const entries = deltas.map(([a, b]) => {
      const body = Buffer.from(JSON.stringify(makeDelta(a, b)));
      const file = `delta-${a.version}-${b.version}.json`;
      files.set(`/${dir}/${file.replace(/\.json$/, '.sig.json')}`, {
        status: 200,
        body: JSON.stringify(key.sign(new Uint8Array(body))),
      });
      files.set(`/${dir}/${file}`, {
        status: 200,
        body: tamper ? Buffer.from(String(body).replace('44207900', '44207999')) : body,
      });
      return { from: a.version, to: b.version, file, bytes: body.length, sha256: sha(body) };
    });
    const list = Buffer.from(JSON.stringify(v3));
    files.set(`/${dir}/index.json`, {
      status: 200,
      body: JSON.stringify({
        format: 'tp-scam-shield-list-index/1',
        version: 3,
        list: { file: 'official-list.json', bytes: list.length, sha256: sha(list) },
        deltas: entries,
      }),
    });
  }
  const update = (dir: string) =>
    fetchUpdate({
      url: `${base}/${dir}/official-list.json`,
      currentVersion: 1,
      current: v1,
      keyring: key.keyring,
      timeoutMs: 3000,
    });

  it('follows the deltas from the list in force, each verified: no whole list fetched', async () => {
    folder('chain', [
      [v1, v2],
      [v2, v3],
    ]);
    const r = await update('chain');
    expect(r.status).toBe('updated');
    if (r.status !== 'updated' || !('deltas' in r)) throw new Error('expected deltas');
    expect(r.deltas).toHaveLength(2);
    expect(r.list.version).toBe(3);
    expect(r.list.knownScams.map((s) => s.id)).toContain('delta-test-2');
  });

  it('a delta that does not verify, or no chain from this version: the whole list instead', async () => {
    folder(
      'tampered',
      [
        [v1, v2],
        [v2, v3],
      ],
      true,
    );
    const t = await update('tampered');
    expect(t.status === 'updated' && 'body' in t && t.list.version).toBe(3);
    folder('gap', [[v2, v3]]);
    const g = await update('gap');
    expect(g.status === 'updated' && 'body' in g && g.list.version).toBe(3);
  });
});
