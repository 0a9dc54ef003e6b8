/** Reports in the service worker: drafts, the durable store, the block list and the send queue. */
import { browser } from 'wxt/browser';
import { ReportStore } from '../reports/store';
import { ReportQueue } from '../reports/queue';
import { reportInputSchema } from '../reports/schema';
import type { Report, ReportInput } from '../reports/schema';
import type { FindingSummary } from '../messaging/protocol';
import { getSettings, updateSettings } from '../settings/store';
import { getListState } from './list-store';
import { hostPart } from '../reports/keys';
import { redactDraft } from '../reports/model';

const ALARM = 'report-queue';
const MAX_BLOCKLIST = 5000;

export const reportStore = new ReportStore(browser.storage.local);

let timer: ReturnType<typeof setTimeout> | null = null;
/** When the queue is next woken (0: not set). */
let wakeAt = 0;

export const reportQueue = new ReportQueue({
  store: reportStore,
  fetch: (input, init) => fetch(input, init),
  now: () => new Date(),
  endpoint: async () => (await getSettings()).reportEndpoint,
  wakeAt: (when) => {
    // One wake-up for the whole queue: the earliest asked for wins (a later one must not put off
    // a report that is due sooner).
    if (wakeAt > Date.now() && when.getTime() >= wakeAt) return;
    wakeAt = when.getTime();
    const ms = Math.max(0, wakeAt - Date.now());
    // A timer while the worker lives; an alarm (Chrome's minimum is 30 s) if it is killed first.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      wakeAt = 0;
      void reportQueue.pump();
    }, ms);
    void browser.alarms.create(ALARM, { when: Math.max(wakeAt, Date.now() + 30_000) });
  },
});

/** A finding from a page becomes the starting point of a report the user will check and edit. */
export function draftFromFinding(f: FindingSummary, url: string): ReportInput {
  const kind: ReportInput['kind'] =
    f.kind === 'account'
      ? 'account'
      : f.kind === 'link' || f.kind === 'result'
        ? f.url
          ? 'domain'
          : 'message'
        : f.kind === 'page'
          ? 'page'
          : 'message';
  const draft: ReportInput = {
    kind,
    level: f.level,
    codes: f.codes,
    // Clamped to the report's limits: a long tracking URL must not make the draft invalid.
    pageUrl: url.slice(0, 2000),
    excerpt: f.excerpt,
    block: true,
    ...(f.platform ? { platform: f.platform } : {}),
    ...(f.handle ? { handle: f.handle } : {}),
    ...(f.displayName ? { displayName: f.displayName } : {}),
    ...(f.profileUrl ? { profileUrl: f.profileUrl } : {}),
    ...(f.accountId ? { accountId: f.accountId } : {}),
    ...(kind === 'domain' && f.url ? { domain: hostPart(f.url).slice(0, 253) } : {}),
    ...(kind === 'message' && f.key?.startsWith('text:') ? { key: f.key } : {}),
  };
  return draft; // validated (and redacted) by saveDraft
}

/** Drafts live in session storage: they survive a killed worker, and vanish with the browser. */
export async function saveDraft(input: ReportInput): Promise<string> {
  const id = crypto.randomUUID();
  // A content script is untrusted: whatever it sent, the draft is kept without secrets.
  await browser.storage.session.set({
    [`draft:${id}`]: redactDraft(reportInputSchema.parse(input)),
  });
  return id;
}

export async function getDraft(id: string): Promise<ReportInput | null> {
  const r = await browser.storage.session.get(`draft:${id}`);
  const p = reportInputSchema.safeParse(r[`draft:${id}`]);
  return p.success ? p.data : null;
}

export async function setBlocked(key: string, blocked: boolean): Promise<string[]> {
  const s = await updateSettings((x) => ({
    ...x,
    blocklist: blocked
      ? [...new Set([...x.blocklist, key])].slice(-MAX_BLOCKLIST)
      : x.blocklist.filter((k) => k !== key),
    // Reporting something and calling it "not a scam" contradict each other: the newer choice wins.
    allowlist: blocked ? x.allowlist.filter((k) => k !== key) : x.allowlist,
  }));
  return s.blocklist;
}

export async function saveReport(
  input: ReportInput,
): Promise<{ ok: true; report: Report; merged: boolean } | { ok: false; error: string }> {
  const list = await getListState();
  const res = await reportStore.save(input, {
    id: crypto.randomUUID(),
    now: new Date(),
    extensionVersion: browser.runtime.getManifest().version,
    listVersion: list.ok ? String(list.list.version) : 'unverified',
  });
  if (!res.ok) return { ok: false, error: `full:${res.unsent}` };
  if (input.block) await setBlocked(res.report.key, true);
  return { ok: true, report: res.report, merged: res.merged };
}

export function startReportQueue(): void {
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name !== ALARM) return;
    wakeAt = 0;
    void reportQueue.pump();
  });
  // Every worker start (including after being killed) picks up what is still queued.
  void reportQueue.pump().catch((e: unknown) => console.warn('report queue failed', e));
}
