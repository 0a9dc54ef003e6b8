/**
 * A compact update from one list version to the next (issue #23): with 100,000 known scams the
 * whole list is megabytes, what changes in a week is a few hundred entries. A delta carries the
 * next list without its known scams (the small part: brand, rules, sources, official channels),
 * and the known scams removed (by id) and put (new or changed). It is signed like a list, names
 * the version it applies to and the version it makes, and is applied only to exactly that version;
 * the result is checked by schema and lint as a whole list is.
 */
import { z } from 'zod';
import { officialListSchema, scamEntrySchema, scamGroupSchema } from './schema';
import type { OfficialList, ScamEntry } from './schema';
import { lintList } from './lint';
import { parseSigned, verifySignature } from './verify';
import type { VerifyError } from './verify';
import type { TrustedKey } from './keyring';

export const DELTA_FORMAT = 'tp-scam-shield-list-delta/1';

export const deltaSchema = z
  .object({
    format: z.literal(DELTA_FORMAT),
    from: z.number().int().positive(),
    to: z.number().int().positive(),
    /** The next list, except its known scams. */
    list: officialListSchema.omit({ knownScams: true, knownScamGroups: true }),
    knownScams: z
      .object({ removed: z.array(z.string().min(1)), put: z.array(scamEntrySchema) })
      .strict(),
    /** Groups by id, whole (a week's new known scams are a new group). */
    knownScamGroups: z
      .object({ removed: z.array(z.string().min(1)), put: z.array(scamGroupSchema) })
      .strict()
      .optional(),
  })
  .strict();
export type ListDelta = z.infer<typeof deltaSchema>;

/** What changed among items with ids: removed ids, and new or changed items. */
function byId<T extends { id: string }>(a: T[], b: T[]): { removed: string[]; put: T[] } {
  const before = new Map(a.map((e) => [e.id, JSON.stringify(e)]));
  const after = new Set(b.map((e) => e.id));
  return {
    removed: a.filter((e) => !after.has(e.id)).map((e) => e.id),
    put: b.filter((e) => before.get(e.id) !== JSON.stringify(e)),
  };
}

/** Applies `removed` and `put` to `a`: its order kept, new items at the end. */
function applyById<T extends { id: string }>(a: T[], d: { removed: string[]; put: T[] }): T[] {
  const put = new Map(d.put.map((e) => [e.id, e]));
  const removed = new Set(d.removed);
  const out: T[] = [];
  for (const e of a) {
    if (removed.has(e.id)) continue;
    out.push(put.get(e.id) ?? e);
    put.delete(e.id);
  }
  out.push(...put.values());
  return out;
}

/** The delta that turns `a` into `b` (entries and groups compared by id). */
export function makeDelta(a: OfficialList, b: OfficialList): ListDelta {
  const { knownScams, knownScamGroups, ...rest } = b;
  const groups = byId(a.knownScamGroups ?? [], knownScamGroups ?? []);
  return {
    format: DELTA_FORMAT,
    from: a.version,
    to: b.version,
    list: rest,
    knownScams: byId(a.knownScams, knownScams),
    ...(groups.removed.length || groups.put.length ? { knownScamGroups: groups } : {}),
  };
}

export type DeltaResult =
  | { ok: true; list: OfficialList }
  | { ok: false; error: 'wrong-base' | 'rollback' | 'bad-schema' | 'lint'; detail: string };

/** Applies `d` to `a`; the known scams keep `a`'s order, with new entries at the end. */
export function applyDelta(a: OfficialList, d: ListDelta): DeltaResult {
  if (d.from !== a.version)
    return { ok: false, error: 'wrong-base', detail: `delta for ${d.from}, list is ${a.version}` };
  if (d.to <= d.from || d.list.version !== d.to)
    return { ok: false, error: 'rollback', detail: `delta ${d.from} → ${d.to} is not forward` };
  const known: ScamEntry[] = applyById(a.knownScams, d.knownScams);
  const groups = d.knownScamGroups
    ? applyById(a.knownScamGroups ?? [], d.knownScamGroups)
    : (a.knownScamGroups ?? []);
  const parsed = officialListSchema.safeParse({
    ...d.list,
    knownScams: known,
    ...(groups.length ? { knownScamGroups: groups } : {}),
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, error: 'bad-schema', detail: `${i?.path.join('.')}: ${i?.message}` };
  }
  const problems = lintList(parsed.data);
  if (problems.length) return { ok: false, error: 'lint', detail: problems.join('; ') };
  return { ok: true, list: parsed.data };
}

/** The same list, whatever the order of its known scams (what a delta promises to keep). */
export function sameList(a: OfficialList, b: OfficialList): boolean {
  const sorted = <T extends { id: string }>(xs: T[] | undefined) =>
    [...(xs ?? [])].sort((x, y) => (x.id < y.id ? -1 : 1));
  const norm = (l: OfficialList) =>
    JSON.stringify({
      ...l,
      knownScams: sorted(l.knownScams),
      knownScamGroups: sorted(l.knownScamGroups),
    });
  return norm(a) === norm(b);
}

export type DeltaVerifyResult =
  | { ok: true; list: OfficialList; delta: ListDelta }
  | {
      ok: false;
      error: VerifyError | Extract<DeltaResult, { ok: false }>['error'] | 'expired';
      detail: string;
    };

/**
 * A fetched delta: its signature first (nothing in it is read before), then its shape, then it is
 * applied to `current` (which must be its base) and the result checked as a list.
 */
export async function verifyDelta(
  bytes: Uint8Array,
  signatureJson: unknown,
  current: OfficialList,
  opts: { keyring?: readonly TrustedKey[]; now?: Date } = {},
): Promise<DeltaVerifyResult> {
  const sig = await verifySignature(bytes, signatureJson, opts.keyring);
  if (!sig.ok) return sig;
  const d = parseSigned(bytes, deltaSchema);
  if (!d.success) return { ok: false, error: d.error, detail: d.detail };
  const r = applyDelta(current, d.data);
  if (!r.ok) return r;
  if (Date.parse(r.list.expiresAt) <= (opts.now ?? new Date()).getTime())
    return { ok: false, error: 'expired', detail: `list expired at ${r.list.expiresAt}` };
  return { ok: true, list: r.list, delta: d.data };
}

/**
 * Why `next` may not follow the list published now (empty when it may): its version must be
 * higher (a rollback or a re-publish of the same version is refused), its issue day not earlier,
 * and it must not expire before the published one nor be expired at `now`.
 */
export function successionProblems(
  published: OfficialList | null,
  next: OfficialList,
  now: Date,
): string[] {
  const out: string[] = [];
  if (Date.parse(next.expiresAt) <= now.getTime())
    out.push(`the list expired at ${next.expiresAt}`);
  if (!published) return out;
  if (next.version <= published.version)
    out.push(
      `version ${next.version} is not higher than the published ${published.version}: rollback refused`,
    );
  if (Date.parse(next.issuedAt) < Date.parse(published.issuedAt))
    out.push(`issuedAt ${next.issuedAt} is before the published ${published.issuedAt}`);
  if (Date.parse(next.expiresAt) < Date.parse(published.expiresAt))
    out.push(`expiresAt ${next.expiresAt} is before the published ${published.expiresAt}`);
  return out;
}

/** What `list:publish` writes next to the list: where the list and its deltas are. */
export const indexSchema = z
  .object({
    format: z.literal('tp-scam-shield-list-index/1'),
    version: z.number().int().positive(),
    list: z.object({ file: z.string(), bytes: z.number().int(), sha256: z.string() }).strict(),
    deltas: z.array(
      z
        .object({
          from: z.number().int().positive(),
          to: z.number().int().positive(),
          file: z.string(),
          bytes: z.number().int(),
          sha256: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type ListIndex = z.infer<typeof indexSchema>;
