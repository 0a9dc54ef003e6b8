/**
 * The maintainers' loop (issue #23): users' report exports and endpoint dumps → triage (grouped by
 * subject, distinct reporters, redacted evidence, what the list already says) → accepted candidates
 * added with their provenance → the engine flags the reported contact; list:diff shows the change.
 * Reports are made by the extension's own code (createReport, exportJson, envelope).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIST, ROOT } from '../helpers/list';
import { createEngine } from '../../src/engine/index';
import { lintList } from '../../src/list/lint';
import { createReport, envelope, exportJson } from '../../src/reports/model';
import type { ReportInput } from '../../src/reports/schema';
import { addCandidates, diffLists, triage } from '../../src/list/triage';
import type { CandidatesFile } from '../../src/list/triage';

const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
function report(input: Partial<ReportInput> & Pick<ReportInput, 'kind'>, day = '2026-11-30') {
  return createReport(
    { level: 'danger', codes: ['FAKE_SUPPORT_CONTACT'], ...input },
    {
      id: uuid(),
      now: new Date(`${day}T10:00:00Z`),
      extensionVersion: '0.1.0',
      listVersion: String(LIST.version),
    },
  );
}
const exportOf = (...reports: ReturnType<typeof report>[]) =>
  JSON.parse(exportJson(reports, new Date('2026-12-01T00:00:00Z'))) as unknown;

const phone = '+44 7700 900123';
const userA = exportOf(
  report({ kind: 'contact', contact: phone, excerpt: `TP钱包客服 WhatsApp ${phone}` }),
  report({ kind: 'account', platform: 'x', handle: 'TokenPocket_TP' }),
);
const userB = exportOf(
  report(
    {
      kind: 'contact',
      contact: '+447700900123',
      excerpt: `support asked me to send ${PHRASE} to ${phone}`,
    },
    '2026-11-28',
  ),
);
// An endpoint's dump: envelopes with the collector's client ids.
const dump = [
  { client: 'c1', envelope: envelope(report({ kind: 'domain', domain: 'tp-wallet-help.xyz' })) },
  { client: 'c2', envelope: envelope(report({ kind: 'domain', domain: 'tp-wallet-help.xyz' })) },
];

describe('list:triage', () => {
  const file = triage(
    [
      { name: 'a.json', json: userA },
      { name: 'b.json', json: userB },
      { name: 'dump.json', json: dump },
    ],
    LIST,
  );
  const byKey = new Map(file.candidates.map((c) => [c.key, c]));

  it('groups by subject and counts distinct reporters, most reported first', () => {
    const p = byKey.get('contact:447700900123')!;
    expect(p).toMatchObject({ reporters: 2, occurrences: 2, kind: 'phone', inList: 'no' });
    expect(p.firstReported).toBe('2026-11-28');
    expect(byKey.get('url:tp-wallet-help.xyz')).toMatchObject({ reporters: 2, kind: 'website' });
    expect(file.candidates[0]!.reporters).toBe(2);
  });

  it('never carries a secret in its evidence', () => {
    const all = JSON.stringify(file);
    expect(all).not.toContain('sausage');
    expect(all).not.toContain('legal winner');
  });

  it('says when a reported subject is an official channel', () => {
    expect(byKey.get('account:x:tokenpocket_tp')).toMatchObject({ inList: 'official' });
  });

  it('counts a report once when it is in a user’s export and in the endpoint’s dump', () => {
    const r = report({ kind: 'contact', contact: '+44 7700 900777' });
    const twice = triage(
      [
        { name: 'user.json', json: exportOf(r) },
        { name: 'dump.json', json: [{ client: 'c9', envelope: envelope(r) }] },
      ],
      LIST,
    );
    expect(twice.candidates).toHaveLength(1);
    expect(twice.candidates[0]).toMatchObject({ reporters: 1, occurrences: 1 });
  });

  it('reads one envelope on its own (what an endpoint receives)', () => {
    const r = report({ kind: 'domain', domain: 'tp-help-desk.xyz' });
    expect(triage([{ name: 'post.json', json: envelope(r) }], LIST).candidates[0]).toMatchObject({
      key: 'url:tp-help-desk.xyz',
      kind: 'website',
    });
  });

  it('gives national phone numbers their country code, as the engine reads them in texts', () => {
    const keyed = (contact: string) =>
      triage([{ name: 'x.json', json: exportOf(report({ kind: 'contact', contact })) }], LIST)
        .candidates[0]!;
    expect(keyed('138 1234 5678')).toMatchObject({ kind: 'phone', value: '8613812345678' });
    expect(keyed('400-888-1234')).toMatchObject({ kind: 'phone', value: '864008881234' });
    expect(keyed('(209) 434-7100')).toMatchObject({ kind: 'phone', value: '12094347100' });
    expect(keyed('+1 209 434 7100')).toMatchObject({ kind: 'phone', value: '12094347100' });
    expect(keyed('+86 138 1234 5678')).toMatchObject({ kind: 'phone', value: '8613812345678' });
    // North American numbers written with their 1, and 800 numbers (US or Chinese): not guessed.
    expect(keyed('1-888-555-0100')).toMatchObject({ kind: 'phone', value: '18885550100' });
    expect(keyed('800-820-8820')).toMatchObject({ kind: null });
    // A QQ number is not a phone number: the maintainer says what it is.
    expect(keyed('12345678')).toMatchObject({ kind: null, value: '12345678' });
  });

  it('refuses a file that is neither an export nor a dump, in plain words', () => {
    expect(() => triage([{ name: 'x.json', json: { hello: 1 } }], LIST)).toThrow(
      /x\.json: neither a reports export/,
    );
  });
});

describe('list:add and list:diff', () => {
  const accepted = (f: CandidatesFile, keys: string[]): CandidatesFile => ({
    ...f,
    candidates: f.candidates.map((c) => ({ ...c, accept: keys.includes(c.key) })),
  });
  const file = triage(
    [
      { name: 'a.json', json: userA },
      { name: 'b.json', json: userB },
      { name: 'dump.json', json: dump },
    ],
    LIST,
  );

  it('adds accepted candidates with provenance, and the engine then flags the reported number', () => {
    const r = addCandidates(
      LIST,
      accepted(file, ['contact:447700900123', 'url:tp-wallet-help.xyz']),
      '2026-12-03',
    );
    expect(r.added.map((e) => `${e.kind}:${e.value}`)).toEqual([
      'phone:447700900123',
      'website:tp-wallet-help.xyz',
    ]);
    const e = r.added[0]!;
    expect(e.firstSeen).toBe('2026-11-28');
    const src = r.list.sources.find((s) => s.id === e.sources[0])!;
    expect(src.title).toMatch(/^2 user reports \(2 sightings\), reviewed 2026-12-03$/);
    expect(lintList({ ...r.list, issuedAt: '2026-12-03T00:00:00Z' })).toEqual([]);
    const before = createEngine(LIST).judgeText(`TP钱包客服 WhatsApp ${phone}`);
    const after = createEngine(r.list).judgeText(`TP钱包客服 WhatsApp ${phone}`);
    expect(before.reasons.some((x) => x.code === 'KNOWN_SCAM')).toBe(false);
    expect(after.reasons.find((x) => x.code === 'KNOWN_SCAM')?.message).toContain('2 user reports');
    const d = diffLists(LIST, r.list);
    expect(d.added).toEqual([
      `knownScams ${r.added[0]!.id} (phone:447700900123)`,
      `knownScams ${r.added[1]!.id} (website:tp-wallet-help.xyz)`,
    ]);
    expect(d.changed).toContain('sources');
  });

  it('gives two values that make the same id distinct ids that keep their digits', () => {
    const c = file.candidates[0]!;
    const two: CandidatesFile = {
      ...file,
      candidates: ['tpkefu_01', 'tpkefu-01'].map((v) => ({
        ...c,
        key: `contact:${v}`,
        kind: 'wechat' as const,
        value: v,
        accept: true,
      })),
    };
    const r = addCandidates(LIST, two, '2026-12-03');
    expect(r.added.map((e) => e.id)).toEqual(['scam-wechat-tpkefu-01', 'scam-wechat-tpkefu-01-2']);
    expect(lintList({ ...r.list, issuedAt: '2026-12-03T00:00:00Z' })).toEqual([]);
  });

  it('a reported 400 number, once listed, is found as fake-support pages write it', () => {
    const r400 = report({ kind: 'contact', contact: '400-888-1234' });
    const f = triage([{ name: 'x.json', json: exportOf(r400) }], LIST);
    const r = addCandidates(LIST, accepted(f, ['contact:4008881234']), '2026-12-03');
    const engine = createEngine(r.list);
    for (const text of ['TP钱包人工客服电话 400-888-1234', 'TP钱包客服热线 +86 400 888 1234'])
      expect(
        engine.judgeText(text).reasons.some((x) => x.code === 'KNOWN_SCAM'),
        text,
      ).toBe(true);
  });

  it('refuses an official channel and a candidate with no kind; skips one already listed', () => {
    expect(() =>
      addCandidates(LIST, accepted(file, ['account:x:tokenpocket_tp']), '2026-12-03'),
    ).toThrow(/official channel/);
    const noKind: CandidatesFile = {
      ...file,
      candidates: [
        {
          ...file.candidates[0]!,
          key: 'contact:zhkk8683',
          kind: null,
          value: 'zhkk8683',
          accept: true,
        },
      ],
    };
    expect(() => addCandidates(LIST, noKind, '2026-12-03')).toThrow(/without a kind/);
    const known = LIST.knownScams.find((x) => x.kind === 'phone')!;
    const again: CandidatesFile = {
      ...file,
      candidates: [
        {
          ...file.candidates[0]!,
          key: `contact:${known.value}`,
          kind: 'phone',
          value: known.value,
          accept: true,
        },
      ],
    };
    expect(addCandidates(LIST, again, '2026-12-03')).toMatchObject({
      added: [],
      skipped: [`contact:${known.value}`],
    });
  });
});

describe('the commands', () => {
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  const dir = mkdtempSync(join(tmpdir(), 'triage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('triage → add → diff on files, with clear errors for bad input', () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify(userA));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(userB));
    writeFileSync(join(dir, 'dump.jsonl'), dump.map((d) => JSON.stringify(d)).join('\n'));
    const listCopy = join(dir, 'list.json');
    writeFileSync(listCopy, readFileSync(resolve(ROOT, 'public/official-list.json')));
    const out = join(dir, 'cands.json');
    const t = spawnSync(
      tsx,
      [
        'scripts/list-triage.ts',
        join(dir, 'a.json'),
        join(dir, 'b.json'),
        join(dir, 'dump.jsonl'),
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/contact:447700900123/);
    const cands = JSON.parse(readFileSync(out, 'utf8')) as CandidatesFile;
    for (const c of cands.candidates) c.accept = c.key === 'contact:447700900123';
    // Reported after the list was issued: judged against the review day, not the list's.
    const late = report({ kind: 'contact', contact: '+44 7700 900999' }, '2026-12-05');
    cands.candidates.push({
      ...cands.candidates[0]!,
      key: 'contact:447700900999',
      kind: 'phone',
      value: '447700900999',
      firstReported: late.createdAt.slice(0, 10),
      excerpts: [],
      evidence: [],
      accept: true,
    });
    writeFileSync(out, JSON.stringify(cands));
    const a = spawnSync(
      tsx,
      ['scripts/list-add.ts', out, '--list', listCopy, '--reviewed', '2026-12-06'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/added scam-phone-447700900123/);
    expect(a.stdout).toMatch(
      /added scam-phone-447700900999 \(phone:447700900999\), first seen 2026-12-05/,
    );
    const d = spawnSync(tsx, ['scripts/list-diff.ts', 'public/official-list.json', listCopy], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(d.status, d.stderr).toBe(0);
    expect(d.stdout).toMatch(/\+ knownScams scam-phone-447700900123 \(phone:447700900123\)/);
    expect(d.stdout).toMatch(/NOT HIGHER/);
    const bad = spawnSync(tsx, ['scripts/list-triage.ts', join(dir, 'nope.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot read/);
  });
});
