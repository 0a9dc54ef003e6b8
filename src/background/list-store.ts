import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { verifyList } from '../list/verify';
import type { OfficialList } from '../list/schema';
import { fetchUpdate } from '../list/update';
import type { UpdateOutcome } from '../list/update';

export type ListState =
  | { ok: true; list: OfficialList; source: 'bundled' | 'update'; expired: boolean }
  | { ok: false; error: string; detail: string };

/** The last good update (body + signature exactly as fetched); verified again on every load. */
const lastGoodItem = storage.defineItem<{ body: string; signature: unknown } | null>(
  'local:list:lastGood',
  {
    fallback: null,
  },
);

let cached: Promise<ListState> | null = null;

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

async function loadStored(): Promise<ListState | null> {
  let saved: { body: string; signature: unknown } | null = null;
  try {
    saved = await lastGoodItem.getValue();
  } catch {
    return null;
  }
  if (!saved || typeof saved.body !== 'string') return null;
  const v = await verifyList(new TextEncoder().encode(saved.body), saved.signature);
  if (!v.ok || v.expired) return null;
  return { ok: true, list: v.list, source: 'update', expired: false };
}

/** The verified list in force: a stored update if it is newer and valid, else the bundled one. */
export function getListState(): Promise<ListState> {
  cached ??= (async () => {
    const [bundled, stored] = await Promise.all([loadBundled(), loadStored()]);
    if (stored?.ok && (!bundled.ok || stored.list.version > bundled.list.version)) return stored;
    return bundled;
  })();
  return cached;
}

export async function checkForUpdate(url: string): Promise<UpdateOutcome> {
  const state = await getListState();
  const outcome = await fetchUpdate({ url, currentVersion: state.ok ? state.list.version : 0 });
  if (outcome.status === 'updated') {
    await lastGoodItem.setValue({ body: outcome.body, signature: outcome.signature });
    cached = Promise.resolve({ ok: true, list: outcome.list, source: 'update', expired: false });
  }
  return outcome;
}

/** For tests and for a changed update URL. */
export function resetListCache(): void {
  cached = null;
}
