import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { verifyList } from '../list/verify';
import type { OfficialList } from '../list/schema';
import { fetchUpdate } from '../list/update';
import type { SignedDelta, UpdateOutcome } from '../list/update';
import { verifyDelta } from '../list/delta';

export type ListState =
  | { ok: true; list: OfficialList; source: 'bundled' | 'update'; expired: boolean }
  | { ok: false; error: string; detail: string };

/**
 * The last good update, exactly as fetched, verified again on every load: a whole list (body and
 * signature), and the signed deltas fetched since, applied in order on top of it (or on top of the
 * bundled list, when no whole list was ever fetched).
 */
interface LastGood {
  body?: string;
  signature?: unknown;
  deltas?: SignedDelta[];
}
const lastGoodItem = storage.defineItem<LastGood | null>('local:list:lastGood', {
  fallback: null,
});

let cached: Promise<ListState> | null = null;
const MAX_KEPT_DELTAS = 20;

async function loadBundled(): Promise<ListState> {
  try {
    const [bodyRes, sigRes] = await Promise.all([
      fetch(browser.runtime.getURL('/official-list.json')),
      fetch(browser.runtime.getURL('/official-list.sig.json')),
    ]);
    const bytes = new Uint8Array(await bodyRes.arrayBuffer());
    let sig: unknown = null;
    try {
      sig = JSON.parse(await sigRes.text());
    } catch {
      sig = null;
    }
    const v = await verifyList(bytes, sig);
    if (!v.ok) return { ok: false, error: v.error, detail: v.detail };
    return { ok: true, list: v.list, source: 'bundled', expired: v.expired };
  } catch (e) {
    return { ok: false, error: 'unreadable', detail: String(e) };
  }
}

async function loadStored(bundled: ListState): Promise<ListState | null> {
  let saved: LastGood | null = null;
  try {
    saved = await lastGoodItem.getValue();
  } catch {
    return null;
  }
  if (!saved || typeof saved !== 'object') return null;
  let list: OfficialList;
  if (typeof saved.body === 'string') {
    const v = await verifyList(new TextEncoder().encode(saved.body), saved.signature);
    if (!v.ok || v.expired) return null;
    list = v.list;
  } else if (bundled.ok) list = bundled.list;
  else return null;
  const deltas = Array.isArray(saved.deltas) ? saved.deltas : [];
  for (const d of deltas) {
    if (!d || typeof d.body !== 'string') return null;
    const r = await verifyDelta(new TextEncoder().encode(d.body), d.signature, list);
    // A step that no longer verifies (or has expired): the whole stored update is set aside.
    if (!r.ok) return null;
    list = r.list;
  }
  if (typeof saved.body !== 'string' && !deltas.length) return null;
  return { ok: true, list, source: 'update', expired: false };
}

/** The verified list in force: a stored update if it is newer and valid, else the bundled one. */
export function getListState(): Promise<ListState> {
  cached ??= (async () => {
    const bundled = await loadBundled();
    const stored = await loadStored(bundled);
    if (stored?.ok && (!bundled.ok || stored.list.version > bundled.list.version)) return stored;
    return bundled;
  })();
  return cached;
}

export async function checkForUpdate(url: string): Promise<UpdateOutcome> {
  const state = await getListState();
  // Deltas on top of what is in force, until 20 of them are kept: then the whole list again.
  const kept = state.ok && state.source === 'update' ? await lastGoodItem.getValue() : null;
  const outcome = await fetchUpdate({
    url,
    currentVersion: state.ok ? state.list.version : 0,
    ...(state.ok && (kept?.deltas?.length ?? 0) < MAX_KEPT_DELTAS ? { current: state.list } : {}),
  });
  if (outcome.status === 'updated') {
    if ('deltas' in outcome) {
      // On top of what is in force: the stored update, or the bundled list.
      const prev = kept;
      await lastGoodItem.setValue({
        ...(prev?.body !== undefined ? { body: prev.body, signature: prev.signature } : {}),
        deltas: [...(prev?.deltas ?? []), ...outcome.deltas],
      });
    } else await lastGoodItem.setValue({ body: outcome.body, signature: outcome.signature });
    cached = Promise.resolve({ ok: true, list: outcome.list, source: 'update', expired: false });
  }
  return outcome;
}

/** For tests and for a changed update URL. */
export function resetListCache(): void {
  cached = null;
}
