/**
 * The list at scale (issue #23): a generated list of 100,000 known scams, signed with a key made
 * here, measured as the extension would use it: its size and gzip size, verify + load (signature,
 * JSON, schema, lint, index), a week's delta, and the cost of a lookup of a contact found in a text.
 */
import { generateKeyPairSync, createHash, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { officialListSchema } from '../src/list/schema';
import type { OfficialList, ScamEntry, ScamGroup } from '../src/list/schema';
import { verifyList } from '../src/list/verify';
import { makeDelta } from '../src/list/delta';
import { buildIndex, knownScamOf } from '../src/engine/official-index';

const ROOT = resolve(import.meta.dirname, '..');

/** A small deterministic generator (the same list every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` known scams as the list would carry that many: groups of one kind and one week (values
 * only), 2,000 at most a group; a week's delta is a new group and the groups it touched.
 */
function generated(base: OfficialList, n: number, seed = 1): OfficialList {
  const entries = generatedEntries(base, n, seed);
  const groups = new Map<string, ScamGroup>();
  for (const e of entries) {
    const week = Math.floor(Number(e.id.slice(4)) / 2000);
    const id = `gen-${e.kind}-${week}`;
    let g = groups.get(id);
    if (!g) {
      g = {
        id,
        kind: e.kind,
        label: e.label,
        sources: e.sources,
        firstSeen: e.firstSeen,
        values: [],
      };
      groups.set(id, g);
    }
    g.values.push(e.value);
  }
  return { ...base, knownScams: [], knownScamGroups: [...groups.values()] };
}

function generatedEntries(base: OfficialList, n: number, seed = 1): ScamEntry[] {
  const r = rng(seed);
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  const word = (k: number) =>
    Array.from({ length: k }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)]).join('');
  const label = { zh_CN: '诈骗联系方式', zh_TW: '詐騙聯絡方式', en: 'Scam contact' };
  const src = base.sources[0]!.id;
  const out: ScamEntry[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const p = r();
    const [kind, value] =
      p < 0.55
        ? (['phone', `1${digits(10)}`] as const)
        : p < 0.65
          ? (['phone', `86${1 + Math.floor(r() * 9)}${digits(9)}`] as const)
          : p < 0.75
            ? (['telegram', `${word(6)}_${digits(3)}`] as const)
            : p < 0.82
              ? (['x', `${word(8)}${digits(3)}`] as const)
              : p < 0.95
                ? ([
                    'website',
                    `${word(7)}-${word(5)}.${['xyz', 'top', 'com', 'cc'][Math.floor(r() * 4)]}`,
                  ] as const)
                : p < 0.98
                  ? (['qq', `${1 + Math.floor(r() * 9)}${digits(8)}`] as const)
                  : (['wechat', `${word(6)}${digits(4)}`] as const);
    const k = `${kind}:${value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      id: `gen-${out.length}`,
      kind,
      value,
      label,
      sources: [src],
      firstSeen: '2026-11-01',
    });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function listBench(n = 100_000): Promise<void> {
  const base = officialListSchema.parse(
    JSON.parse(readFileSync(resolve(ROOT, 'public/official-list.json'), 'utf8')),
  );
  const list = generated(base, n);
  const bytes = new TextEncoder().encode(JSON.stringify(list));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  const keyring = [{ keyId, publicKey: Buffer.from(raw).toString('base64'), comment: 'bench' }];
  const sig = {
    algorithm: 'Ed25519',
    keyId,
    signature: sign(null, bytes, privateKey).toString('base64'),
  };

  const verifyMs: number[] = [];
  const indexMs: number[] = [];
  let verified: OfficialList | null = null;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const v = await verifyList(bytes, sig, { keyring });
    const t1 = performance.now();
    if (!v.ok) throw new Error(`the generated list does not verify: ${v.detail}`);
    buildIndex(v.list);
    indexMs.push(performance.now() - t1);
    verifyMs.push(t1 - t0);
    verified = v.list;
  }
  const index = buildIndex(verified!);

  // A week: 2,000 new values (new groups) and 100 removed from the oldest group.
  const next = generated(base, n + 2000, 1);
  next.version = list.version + 1;
  const first = next.knownScamGroups![0]!;
  next.knownScamGroups![0] = { ...first, values: first.values.slice(100) };
  const delta = new TextEncoder().encode(JSON.stringify(makeDelta(list, next)));

  // Lookups as the engine makes them for contacts found in text: half listed, half not.
  const probes: [string, string][] = [];
  for (let i = 0; i < 20_000; i++) {
    const g = list.knownScamGroups![i % list.knownScamGroups!.length]!;
    const value = g.values[(i * 7919) % g.values.length]!;
    const kind = g.kind === 'x' || g.kind === 'telegram' ? 'handle' : g.kind;
    probes.push(
      i % 2 ? [kind, value] : [kind, value.replace(/\d$/, (d) => String((+d + 1) % 10)) + '9'],
    );
  }
  let hits = 0;
  const rounds = 25;
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++)
    for (const [kind, value] of probes) if (knownScamOf(index, kind, value)) hits++;
  const perLookupUs = ((performance.now() - t0) * 1000) / (rounds * probes.length);

  const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
  console.log(
    `\n== the list at scale: ${n.toLocaleString('en')} known scams (generated, in ${list.knownScamGroups!.length} groups of one kind and week) ==`,
  );
  console.log(`list: ${kb(bytes.length)}, ${kb(gzipSync(bytes).length)} gzip`);
  console.log(
    `a week's delta (2,000 new, 100 removed): ${kb(delta.length)}, ${kb(gzipSync(delta).length)} gzip`,
  );
  console.log(
    `verify (signature, JSON, schema, lint) median ${median(verifyMs).toFixed(0)} ms; index ${median(indexMs).toFixed(0)} ms; together ${(median(verifyMs) + median(indexMs)).toFixed(0)} ms`,
  );
  console.log(`lookup of a contact found in a text: ${perLookupUs.toFixed(3)} µs (${hits} hits)`);
}
