/**
 * list:publish and list deltas (issue #23): a signed list published for static hosting, the signed
 * delta from the version before, and what a client does with them. Signed with a key made here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIST, ROOT } from '../helpers/list';
import { makeKey } from '../helpers/keys';
import { applyDelta, makeDelta, sameList, verifyDelta } from '../../src/list/delta';
import type { ListDelta } from '../../src/list/delta';
import type { OfficialList, ScamEntry } from '../../src/list/schema';

const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'tpss-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = makeKey();
const keyPath = join(dir, 'test-key.pem');
writeFileSync(keyPath, key.pem);

const clone = (): OfficialList => JSON.parse(JSON.stringify(LIST)) as OfficialList;
const scam = (id: string, value: string): ScamEntry => ({
  id,
  kind: 'phone',
  value,
  label: { zh_CN: '假客服电话', zh_TW: '假客服電話', en: 'fake support number' },
  sources: [LIST.sources[0]!.id],
  firstSeen: '2026-11-01',
});

/** Version `v` of the list: the committed one with `edit` applied, signed with the test key. */
function version(v: number, edit: (l: OfficialList) => void = () => undefined): string {
  const l = clone();
  l.version = v;
  edit(l);
  const path = join(dir, `list-${v}.json`);
  const bytes = new TextEncoder().encode(JSON.stringify(l, null, 1));
  writeFileSync(path, bytes);
  writeFileSync(join(dir, `list-${v}.sig.json`), JSON.stringify(key.sign(bytes)));
  return path;
}

const out = join(dir, 'site');
function publish(list: string, ...more: string[]) {
  return spawnSync(
    tsx,
    [
      'scripts/list-publish.ts',
      out,
      '--list',
      list,
      '--key',
      keyPath,
      '--allow-unknown-key',
      ...more,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
}
const index = () =>
  JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
    version: number;
    deltas: { from: number; to: number; file: string }[];
  };

describe('list:publish', () => {
  const v10 = version(10);
  const v11 = version(11, (l) => {
    l.issuedAt = '2026-12-04T00:00:00Z';
    l.knownScams.splice(1, 1); // one removed
    l.knownScams[0]!.evidence = 'reworded evidence'; // one changed
    l.knownScams.push(
      scam('phone-447700900555', '447700900555'),
      scam('phone-447700900556', '447700900556'),
    );
  });

  it('publishes a first version: the list, its signature and an index, no delta', () => {
    const r = publish(v10);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'official-list.json'))).toEqual(readFileSync(v10));
    expect(index()).toMatchObject({ version: 10, deltas: [] });
  });

  it('publishes the next version with a signed delta that rebuilds it', async () => {
    const r = publish(v11);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/delta 10 → 11: 3 put, 1 removed/);
    expect(index()).toMatchObject({ version: 11, deltas: [{ from: 10, to: 11 }] });
    const bytes = new Uint8Array(readFileSync(join(out, 'delta-10-11.json')));
    const sig = JSON.parse(readFileSync(join(out, 'delta-10-11.sig.json'), 'utf8')) as unknown;
    const base = JSON.parse(readFileSync(v10, 'utf8')) as OfficialList;
    const got = await verifyDelta(bytes, sig, base, { keyring: key.keyring });
    expect(got.ok).toBe(true);
    if (got.ok)
      expect(sameList(got.list, JSON.parse(readFileSync(v11, 'utf8')) as OfficialList)).toBe(true);
    // Smaller than the list it makes (it carries only what changed among the known scams).
    expect(bytes.length).toBeLessThan(readFileSync(v11).length);
  });

  it('refuses a rollback or the same version again, and leaves what is published alone', () => {
    const before = readFileSync(join(out, 'index.json'), 'utf8');
    for (const [list, why] of [
      [v11, /version 11 is not higher than the published 11: rollback refused/],
      [v10, /version 10 is not higher than the published 11: rollback refused/],
    ] as const) {
      const r = publish(list);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(why);
    }
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(before);
  });

  it('refuses an expired list, an earlier expiry, and a list whose signature does not hold', () => {
    const v12 = version(12, (l) => (l.issuedAt = '2026-12-04T00:00:00Z'));
    expect(publish(v12, '--now', '2028-01-01T00:00:00Z').stderr).toMatch(
      new RegExp(`the list expired at ${LIST.expiresAt}`),
    );
    const shorter = version(13, (l) => {
      l.issuedAt = '2026-12-04T00:00:00Z';
      l.expiresAt = '2027-06-01T00:00:00Z';
    });
    expect(publish(shorter).stderr).toMatch(
      /expiresAt 2027-06-01T00:00:00Z is before the published/,
    );
    const forged = version(14, (l) => (l.issuedAt = '2026-12-04T00:00:00Z'));
    writeFileSync(forged, readFileSync(forged, 'utf8').replace('"version": 14', '"version": 15'));
    const r = publish(forged);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not verify \(bad-signature\)/);
    expect(existsSync(join(out, 'delta-11-15.json'))).toBe(false);
  });

  it('refuses to sign with a key that is not in the keyring unless told', () => {
    const r = spawnSync(tsx, ['scripts/list-publish.ts', out, '--list', v11, '--key', keyPath], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not in the compiled-in keyring/);
  });
});

describe('a client applying a delta', () => {
  const a = clone();
  const b = clone();
  b.version = a.version + 1;
  b.knownScams = b.knownScams.slice(2).concat(scam('phone-447700900557', '447700900557'));
  const d = makeDelta(a, b);
  const bytes = new TextEncoder().encode(JSON.stringify(d));

  it('gets the next list from the one it has', () => {
    const r = applyDelta(a, d);
    expect(r.ok && sameList(r.list, b)).toBe(true);
  });

  it('refuses a delta for another version, a backward one, a forged one, an unsigned one', async () => {
    expect(applyDelta({ ...a, version: a.version - 1 }, d)).toMatchObject({ error: 'wrong-base' });
    const back: ListDelta = { ...d, to: a.version, list: { ...d.list, version: a.version } };
    expect(applyDelta(a, back)).toMatchObject({ error: 'rollback' });
    const sig = key.sign(bytes);
    expect((await verifyDelta(bytes, sig, a, { keyring: key.keyring })).ok).toBe(true);
    const forged = new TextEncoder().encode(
      JSON.stringify(d).replace('447700900557', '447700900558'),
    );
    expect(await verifyDelta(forged, sig, a, { keyring: key.keyring })).toMatchObject({
      error: 'bad-signature',
    });
    expect(await verifyDelta(bytes, null, a, { keyring: key.keyring })).toMatchObject({
      error: 'bad-signature-file',
    });
    // Signed by a key the extension does not trust (the compiled-in keyring).
    expect(await verifyDelta(bytes, sig, a)).toMatchObject({ error: 'unknown-key' });
  });

  it('refuses a signed delta whose result fails lint (an official channel listed as a scam)', async () => {
    const o = a.official.find((e) => e.kind === 'website')!;
    const bad = makeDelta(a, {
      ...b,
      knownScams: [...b.knownScams, { ...scam('x-1', '1'), kind: 'website', value: o.value }],
    });
    const bb = new TextEncoder().encode(JSON.stringify(bad));
    expect(await verifyDelta(bb, key.sign(bb), a, { keyring: key.keyring })).toMatchObject({
      ok: false,
      error: 'lint',
    });
  });
});

describe('known scams in groups (values only: a list of 100,000 stays small)', () => {
  const group = {
    id: 'reports-2026-11-week-48-phone',
    kind: 'phone' as const,
    label: { zh_CN: '诈骗电话', zh_TW: '詐騙電話', en: 'Scam phone number' },
    sources: [LIST.sources[0]!.id],
    firstSeen: '2026-11-23',
    values: ['447700900601', '447700900602', '864008880000'],
  };
  const withGroup = (g: object): OfficialList => ({ ...clone(), knownScamGroups: [g as never] });

  it('a number of a group is a known scam, with its day and source', async () => {
    const { createEngine } = await import('../../src/engine/index');
    const engine = createEngine(withGroup(group));
    const v = engine.judgeText('TP钱包人工客服热线 400-888-0000，资产冻结请致电');
    const r = v.reasons.find((x) => x.code === 'KNOWN_SCAM');
    expect(r?.message).toContain('2026-11-23');
    expect(engine.lookup('+44 7700 900602', 'en').kind).toBe('scam');
  });

  it('lint: a value out of form, one listed twice, one that is official', async () => {
    const { lintList } = await import('../../src/list/lint');
    expect(lintList(withGroup(group))).toEqual([]);
    const official = LIST.official.find((e) => e.kind === 'website')!;
    const bad = lintList({
      ...withGroup({ ...group, values: ['+447700900601', LIST.knownScams[0]!.value] }),
      knownScamGroups: [
        { ...group, kind: 'phone', values: ['+447700900601'] },
        { ...group, id: 'g2', kind: 'website', values: [official.value, 'www.bad-site.xyz'] },
        { ...group, id: 'g3', kind: LIST.knownScams[0]!.kind, values: [LIST.knownScams[0]!.value] },
      ],
    });
    expect(bad.join('\n')).toMatch(/"\+447700900601" is not a normalized phone value/);
    expect(bad.join('\n')).toMatch(/also listed as official/);
    expect(bad.join('\n')).toMatch(/list the apex, not www\./);
    expect(bad.join('\n')).toMatch(/g3: duplicate/);
  });

  it('a delta carries a new group whole and leaves the others out', () => {
    const a = withGroup(group);
    const week49 = { ...group, id: 'reports-2026-11-week-49-phone', values: ['447700900603'] };
    const b: OfficialList = { ...a, version: a.version + 1, knownScamGroups: [group, week49] };
    const d = makeDelta(a, b);
    expect(d.knownScamGroups).toEqual({ removed: [], put: [week49] });
    const r = applyDelta(a, d);
    expect(r.ok && sameList(r.list, b)).toBe(true);
  });
});
