/**
 * Publish a signed list for static hosting (issue #23):
 *   npm run list:publish -- DIR [--list public/official-list.json] [--key PATH] [--keep 20]
 *     [--now ISO-TIME]  (the time expiry is judged at; default now)
 * DIR holds what is published: official-list.json and its signature, delta-FROM-TO.json files
 * (each signed), and index.json (where they are). The list must verify and may only follow the
 * published one (higher version, not expired, expiry not earlier: see successionProblems); the
 * delta from the published version is made, checked by applying it, and signed with --key.
 * Files are written before the index that points at them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { verifyList } from '../src/list/verify';
import { KEYRING } from '../src/list/keyring';
import {
  applyDelta,
  indexSchema,
  makeDelta,
  sameList,
  successionProblems,
} from '../src/list/delta';
import type { ListIndex } from '../src/list/delta';
import type { OfficialList } from '../src/list/schema';
import { cliArgs } from './cli-args';
import { loadSigningKey } from './list-key';
import { signaturePathFor } from './list-paths';

function fail(msg: string): never {
  console.error(`list:publish: ${msg}`);
  process.exit(1);
}

const { args, opt } = cliArgs(fail);
const listPath = opt('--list', 'public/official-list.json');
const keyPath = opt('--key', '');
const keep = Number(opt('--keep', '20'));
const now = new Date(opt('--now', new Date().toISOString()));
if (Number.isNaN(now.getTime())) fail('--now wants an ISO time');
const allowUnknown = args.includes('--allow-unknown-key');
const dir = args.filter((a) => a !== '--allow-unknown-key')[0];
if (!dir) fail('give the folder to publish into (DIR)');
if (!Number.isInteger(keep) || keep < 0) fail('--keep wants a whole number');

const key = loadSigningKey(keyPath || undefined, allowUnknown, fail);
const keyring = allowUnknown ? [...KEYRING, key.trusted] : KEYRING;

function read(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    return fail(`cannot read ${path}: ${String(e)}`);
  }
}

/** A list and its signature as read once: what is verified is what is published. */
async function verified(
  path: string,
  what: string,
): Promise<{ list: OfficialList; bytes: Uint8Array; sigBytes: Buffer }> {
  const bytes = new Uint8Array(read(path));
  const sigBytes = read(signaturePathFor(path));
  let sig: unknown;
  try {
    sig = JSON.parse(sigBytes.toString('utf8'));
  } catch {
    sig = null;
  }
  const v = await verifyList(bytes, sig, { keyring });
  if (!v.ok) return fail(`${what} ${path} does not verify (${v.error}): ${v.detail}`);
  return { list: v.list, bytes, sigBytes };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Written under a temporary name, then renamed: a reader sees the old file or the new one. */
function put(path: string, data: Uint8Array | string): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

const { list: next, bytes: listBytes, sigBytes } = await verified(listPath, 'the list');
const pubList = join(dir, 'official-list.json');
const published = existsSync(pubList) ? (await verified(pubList, 'the published list')).list : null;
const problems = successionProblems(published, next, now);
if (problems.length) fail(`not publishing:\n  - ${problems.join('\n  - ')}`);

mkdirSync(dir, { recursive: true });
let index: ListIndex | null = null;
if (existsSync(join(dir, 'index.json'))) {
  const r = indexSchema.safeParse(JSON.parse(read(join(dir, 'index.json')).toString('utf8')));
  if (!r.success) fail(`${join(dir, 'index.json')} is not an index this command wrote`);
  index = r.data;
}

const deltas = index?.deltas ?? [];
if (published) {
  const delta = makeDelta(published, next);
  const check = applyDelta(published, delta);
  if (!check.ok || !sameList(check.list, next))
    fail(`the delta ${published.version} → ${next.version} does not rebuild the list`);
  const bytes = new TextEncoder().encode(JSON.stringify(delta));
  const file = `delta-${published.version}-${next.version}.json`;
  put(join(dir, signaturePathFor(file)), JSON.stringify(key.sign(bytes), null, 2) + '\n');
  put(join(dir, file), bytes);
  deltas.push({
    from: published.version,
    to: next.version,
    file,
    bytes: bytes.length,
    sha256: sha(bytes),
  });
  console.log(
    `delta ${published.version} → ${next.version}: ${delta.knownScams.put.length} put, ${delta.knownScams.removed.length} removed; ${kb(bytes.length)}, ${kb(gzipSync(bytes).length)} gzip`,
  );
}

put(join(dir, 'official-list.sig.json'), sigBytes);
put(pubList, listBytes);
const out: ListIndex = {
  format: 'tp-scam-shield-list-index/1',
  version: next.version,
  list: { file: 'official-list.json', bytes: listBytes.length, sha256: sha(listBytes) },
  deltas: keep ? deltas.slice(-keep) : [],
};
put(join(dir, 'index.json'), JSON.stringify(out, null, 2) + '\n');
console.log(
  `published version ${next.version} (${next.knownScams.length} known scams; ${kb(listBytes.length)}, ${kb(gzipSync(listBytes).length)} gzip) to ${dir}`,
);
