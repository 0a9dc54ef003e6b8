import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUpdate } from '../../src/list/update';
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
