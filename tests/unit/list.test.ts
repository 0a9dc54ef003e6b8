import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { verifyList } from '../../src/list/verify';
import { lintList } from '../../src/list/lint';
import { KEYRING } from '../../src/list/keyring';
import type { OfficialList } from '../../src/list/schema';
import { LIST, LIST_BYTES, LIST_SIG, ROOT } from '../helpers/list';
import { makeKey } from '../helpers/keys';

const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
const clone = (): OfficialList => JSON.parse(JSON.stringify(LIST)) as OfficialList;

describe('the committed list', () => {
  it('verifies with the compiled-in keyring', async () => {
    const r = await verifyList(new Uint8Array(LIST_BYTES), LIST_SIG);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.keyId).toBe(KEYRING[0]!.keyId);
  });

  it('is rejected after changing one byte', async () => {
    const bytes = new Uint8Array(LIST_BYTES);
    const i = bytes.indexOf('t'.charCodeAt(0), 200);
    bytes[i] = 'T'.charCodeAt(0);
    const r = await verifyList(bytes, LIST_SIG);
    expect(r).toMatchObject({ ok: false, error: 'bad-signature' });
  });

  it('passes lint: punycode hosts, normalized handles, no duplicates, sourced entries', () => {
    expect(lintList(LIST)).toEqual([]);
  });

  it('holds only sourced facts and names TokenPocket’s own anti-scam rules', () => {
    for (const e of LIST.official) expect(e.sources.length).toBeGreaterThan(0);
    expect(LIST.official.map((e) => `${e.kind}:${e.value}`)).toEqual(
      expect.arrayContaining([
        'website:tokenpocket.pro',
        'website:tpwallet.io',
        'email:service@tokenpocket.pro',
        'x:TokenPocket_TP',
        'telegram:tokenPocket_cn',
      ]),
    );
    expect(LIST.knownScams.map((e) => e.value)).toContain('tokenpocket_C');
  });
});

describe('verification rejects', () => {
  const key = makeKey();
  const good = enc(LIST);

  it('a list signed by a key that is not in the keyring', async () => {
    expect(await verifyList(good, key.sign(good))).toMatchObject({
      ok: false,
      error: 'unknown-key',
    });
  });
  it('a tampered signature', async () => {
    const sig = key.sign(good) as { signature: string };
    const bad = {
      ...sig,
      signature: (sig.signature[0] === 'A' ? 'B' : 'A') + sig.signature.slice(1),
    };
    expect(await verifyList(good, bad, { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'bad-signature',
    });
  });
  it('a malformed signature file', async () => {
    expect(await verifyList(good, { nope: 1 }, { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'bad-signature-file',
    });
    expect(await verifyList(good, null, { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'bad-signature-file',
    });
  });
  it('a signed body that is not JSON', async () => {
    const body = new TextEncoder().encode('not json');
    expect(await verifyList(body, key.sign(body), { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'not-json',
    });
  });
  it('a signed list that breaks the schema', async () => {
    const l = clone() as unknown as Record<string, unknown>;
    l['version'] = -1;
    const body = enc(l);
    expect(await verifyList(body, key.sign(body), { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'bad-schema',
    });
  });
  it('a signed list that fails lint (an entry both official and scam)', async () => {
    const l = clone();
    l.knownScams.push({ ...l.knownScams[0]!, id: 'scam-x', kind: 'x', value: 'TokenPocket_TP' });
    const body = enc(l);
    expect(await verifyList(body, key.sign(body), { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'lint',
    });
  });
  it('reports an expired list as expired', async () => {
    const r = await verifyList(good, key.sign(good), {
      keyring: key.keyring,
      now: new Date('2030-01-01'),
    });
    expect(r).toMatchObject({ ok: true, expired: true });
  });
});

describe('lint', () => {
  it.each([
    [
      'unicode host',
      (l: OfficialList) => (l.official[0]!.value = 'tokenpоcket.pro'),
      /normalized|punycode/,
    ],
    [
      'handle with @',
      (l: OfficialList) => (l.official.find((e) => e.kind === 'x')!.value = '@TokenPocket_TP'),
      /normalized|without "@"/,
    ],
    [
      'duplicate',
      (l: OfficialList) => l.official.push({ ...l.official[0]!, id: 'dup' }),
      /duplicate/,
    ],
    [
      'missing source id',
      (l: OfficialList) => (l.official[0]!.sources = ['NOPE']),
      /unknown source/,
    ],
    [
      'expiry before issue',
      (l: OfficialList) => (l.expiresAt = '2000-01-01T00:00:00Z'),
      /expiresAt/,
    ],
    [
      'both official and scam',
      (l: OfficialList) =>
        l.knownScams.push({
          ...l.knownScams[0]!,
          id: 's2',
          kind: 'website',
          value: 'tokenpocket.pro',
        }),
      /also listed as official/,
    ],
  ])('%s', (_n, mutate, re) => {
    const l = clone();
    mutate(l);
    expect(lintList(l).join('\n')).toMatch(re);
  });
});

describe('list:sign and list:verify commands', () => {
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  it('verify exits 0 for the committed list and non-zero for a tampered copy', () => {
    const ok = spawnSync(tsx, ['scripts/list-verify.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/OK/);
    const dir = tempDir('list-');
    const body = readFileSync(resolve(ROOT, 'public/official-list.json'), 'utf8').replace(
      `"version": ${LIST.version}`,
      `"version": ${LIST.version + 1}`,
    );
    expect(body).not.toBe(readFileSync(resolve(ROOT, 'public/official-list.json'), 'utf8'));
    writeFileSync(join(dir, 'l.json'), body);
    writeFileSync(join(dir, 'l.sig.json'), JSON.stringify(LIST_SIG));
    const bad = spawnSync(tsx, ['scripts/list-verify.ts', join(dir, 'l.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/REJECTED.*bad-signature/);
  });

  it('sign refuses a list that fails lint, and a key that is not in the keyring', () => {
    const dir = tempDir('sign-');
    const { privateKey } = generateKeyPairSync('ed25519');
    const keyPath = join(dir, 'k.pem');
    writeFileSync(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const l = clone();
    l.expiresAt = '2000-01-01T00:00:00Z';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(l));
    const r1 = spawnSync(tsx, ['scripts/list-sign.ts', '--key', keyPath, join(dir, 'bad.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r1.status).not.toBe(0);
    expect(r1.stderr).toMatch(/fails lint/);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(LIST));
    const r2 = spawnSync(tsx, ['scripts/list-sign.ts', '--key', keyPath, join(dir, 'good.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r2.status).not.toBe(0);
    expect(r2.stderr).toMatch(/not in the compiled-in keyring/);
    execFileSync(
      tsx,
      ['scripts/list-sign.ts', '--key', keyPath, '--allow-unknown-key', join(dir, 'good.json')],
      { cwd: ROOT },
    );
    expect(JSON.parse(readFileSync(join(dir, 'good.sig.json'), 'utf8'))).toMatchObject({
      algorithm: 'Ed25519',
    });
  });
});
