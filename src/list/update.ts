import { verifyList } from './verify';
import type { VerifyError } from './verify';
import type { TrustedKey } from './keyring';
import type { OfficialList } from './schema';
import { indexSchema, verifyDelta } from './delta';

/** A signed delta as fetched (its bytes as text, and its signature), kept to be verified again. */
export interface SignedDelta {
  body: string;
  signature: unknown;
}

export type UpdateOutcome =
  | { status: 'updated'; list: OfficialList; body: string; signature: unknown }
  /** Reached from the list in force through the published deltas (each verified, in order). */
  | { status: 'updated'; list: OfficialList; deltas: SignedDelta[] }
  | {
      status: 'rejected';
      reason: VerifyError | 'rollback' | 'expired' | 'network' | 'http' | 'too-large' | 'bad-url';
      detail: string;
    };

const MAX_BYTES = 2_000_000;
/** Longest chain of deltas followed; past it the whole list is fetched. */
const MAX_DELTAS = 20;

export function signatureUrlFor(listUrl: string): string {
  const u = new URL(listUrl);
  u.pathname = u.pathname.endsWith('.json')
    ? u.pathname.replace(/\.json$/, '.sig.json')
    : u.pathname + '.sig.json';
  return u.toString();
}

async function fetchBytes(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<Uint8Array> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, {
      signal: ctl.signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    });
    if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status} for ${url}`), { kind: 'http' });
    const buf = new Uint8Array(await res.arrayBuffer());
    if (buf.length > MAX_BYTES)
      throw Object.assign(new Error(`${url} is larger than ${MAX_BYTES} bytes`), {
        kind: 'too-large',
      });
    return buf;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The published deltas from `current` to the newest version (index.json beside the list, written
 * by `npm run list:publish`), each verified against its signature and applied in order; null when
 * there is no index, no chain from this version, or any step fails (the whole list is fetched).
 */
async function viaDeltas(
  listUrl: string,
  current: OfficialList,
  f: typeof fetch,
  timeoutMs: number,
  keyring: readonly TrustedKey[] | undefined,
  now: Date | undefined,
): Promise<{ list: OfficialList; deltas: SignedDelta[] } | null> {
  try {
    const indexUrl = new URL('index.json', listUrl).toString();
    const parsed = indexSchema.safeParse(
      JSON.parse(new TextDecoder().decode(await fetchBytes(indexUrl, f, timeoutMs))),
    );
    if (!parsed.success || parsed.data.version <= current.version) return null;
    const chain = [];
    for (let v = current.version; v < parsed.data.version;) {
      const step = parsed.data.deltas.find((d) => d.from === v);
      if (!step || step.to <= v || chain.length >= MAX_DELTAS) return null;
      chain.push(step);
      v = step.to;
    }
    let list = current;
    const out: SignedDelta[] = [];
    for (const step of chain) {
      const url = new URL(step.file, indexUrl).toString();
      const [bytes, sig] = await Promise.all([
        fetchBytes(url, f, timeoutMs),
        fetchBytes(signatureUrlFor(url), f, timeoutMs),
      ]);
      const signature: unknown = JSON.parse(new TextDecoder().decode(sig));
      const r = await verifyDelta(bytes, signature, list, {
        ...(keyring ? { keyring } : {}),
        ...(now ? { now } : {}),
      });
      if (!r.ok) return null;
      list = r.list;
      out.push({ body: new TextDecoder().decode(bytes), signature });
    }
    return { list, deltas: out };
  } catch {
    return null;
  }
}

/**
 * Fetch a newer list and its signature from `url`, verify them with the keyring, and accept them
 * only if the version is higher than `currentVersion` and the list has not expired. With `current`
 * (the list in force), the published deltas from it are tried first: a week's change instead of
 * the whole list.
 */
export async function fetchUpdate(opts: {
  url: string;
  currentVersion: number;
  /** The list in force, to be brought up to date through deltas where they are published. */
  current?: OfficialList;
  fetchImpl?: typeof fetch;
  keyring?: readonly TrustedKey[];
  now?: Date;
  timeoutMs?: number;
}): Promise<UpdateOutcome> {
  let sigUrl: string;
  try {
    const u = new URL(opts.url);
    if (
      u.protocol !== 'https:' &&
      !(u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))
    ) {
      return { status: 'rejected', reason: 'bad-url', detail: 'update URL must be https' };
    }
    sigUrl = signatureUrlFor(opts.url);
  } catch {
    return { status: 'rejected', reason: 'bad-url', detail: `not a URL: ${opts.url}` };
  }
  const f = opts.fetchImpl ?? fetch;
  if (opts.current) {
    const d = await viaDeltas(
      opts.url,
      opts.current,
      f,
      opts.timeoutMs ?? 15_000,
      opts.keyring,
      opts.now,
    );
    if (d) return { status: 'updated', list: d.list, deltas: d.deltas };
  }
  let body: Uint8Array;
  let sigBytes: Uint8Array;
  try {
    [body, sigBytes] = await Promise.all([
      fetchBytes(opts.url, f, opts.timeoutMs ?? 15_000),
      fetchBytes(sigUrl, f, opts.timeoutMs ?? 15_000),
    ]);
  } catch (e) {
    const kind = (e as { kind?: string }).kind;
    return {
      status: 'rejected',
      reason: kind === 'http' ? 'http' : kind === 'too-large' ? 'too-large' : 'network',
      detail: String(e),
    };
  }
  let signature: unknown;
  try {
    signature = JSON.parse(new TextDecoder().decode(sigBytes));
  } catch {
    return { status: 'rejected', reason: 'bad-signature-file', detail: 'signature is not JSON' };
  }
  const v = await verifyList(body, signature, {
    ...(opts.keyring ? { keyring: opts.keyring } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (!v.ok) return { status: 'rejected', reason: v.error, detail: v.detail };
  if (v.expired)
    return { status: 'rejected', reason: 'expired', detail: `list expired at ${v.list.expiresAt}` };
  if (v.list.version <= opts.currentVersion) {
    return {
      status: 'rejected',
      reason: 'rollback',
      detail: `version ${v.list.version} is not newer than ${opts.currentVersion}`,
    };
  }
  return { status: 'updated', list: v.list, body: new TextDecoder().decode(body), signature };
}
