import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
type Runtime = { MessageSender: Browser.runtime.MessageSender };
import { createEngine } from '../engine/index';
import { redactUrl } from '../engine/redact';
import type { Engine } from '../engine/index';
import { contentMessageSchema, pageMessageSchema } from '../messaging/protocol';
import type {
  ContentMessage,
  ContentReply,
  PageMessage,
  PageReplies,
  PageReply,
  TabRecord,
  FindingSummary,
  FrameRecord,
  TabRun,
} from '../messaging/protocol';
import type { TabRunMessage } from '../messaging/tab';
import { getListState, checkForUpdate } from './list-store';
import { applySiteRules, scamSiteRules, scamSitesOf } from './scam-sites';
import type { RulesApi } from './scam-sites';
import { getSettings, updateSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { isTrustedSender } from './senders';
import { hostOf } from '../util/host';
import { navigationFilters } from './nav-filter';
// The bundled list's brand names and scam hosts, read at build time: the navigation listener's
// filters must be given when it is added, before any list can be read and verified. They only
// decide which navigations the (verified) engine looks at.
import { brand as bundledBrand, knownScams as bundledScams } from '../../public/official-list.json';
import {
  draftFromFinding,
  getDraft,
  reportQueue,
  reportStore,
  saveDraft,
  saveReport,
  setBlocked,
  startReportQueue,
} from './reports';

const tabKey = (tabId: number) => `tab:${tabId}`;

/** The document in a tab's top frame now; null when the browser cannot say. */
async function topDocument(tabId: number): Promise<{ documentId?: string; url: string } | null> {
  try {
    const f = (await browser.webNavigation.getFrame({ tabId, frameId: 0 })) as {
      documentId?: string;
      url: string;
    } | null;
    return f ?? null;
  } catch {
    return null;
  }
}

const withoutHash = (u: string) => u.replace(/#.*$/, '');

/**
 * Whether a record belongs to the page the tab shows now. Records keep page addresses redacted
 * (redactUrl): a seed phrase or key in a query or path must not sit in storage.session until the
 * tab closes.
 */
function isCurrent(
  rec: { documentId?: string; url: string },
  top: Awaited<ReturnType<typeof topDocument>>,
): boolean {
  if (!top) return true;
  if (rec.documentId && top.documentId) return rec.documentId === top.documentId;
  return withoutHash(rec.url) === withoutHash(redactUrl(top.url));
}

/** A record's findings with its frames' (the popup lists them all; the badge counts them all). */
function merged(rec: TabRecord): TabRecord {
  const frames = Object.values(rec.frames ?? {});
  const count = (r: { findings: FindingSummary[]; dangerCount?: number }) =>
    r.dangerCount ?? r.findings.filter((f) => f.level === 'danger').length;
  if (!frames.length) return rec;
  return {
    ...rec,
    findings: [...rec.findings, ...frames.flatMap((f) => f.findings)],
    dangerCount: count(rec) + frames.reduce((n, f) => n + count(f), 0),
    tampered: (rec.tampered ?? 0) + frames.reduce((n, f) => n + (f.tampered ?? 0), 0) || undefined,
  };
}

/** Updates of one tab's record, one after another (frames report at the same time). */
const tabQueues = new Map<number, Promise<unknown>>();
function queued<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const run = (tabQueues.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  tabQueues.set(tabId, tail);
  // The last update done: the tab's queue goes (a worker lives through many tabs).
  void tail.then(() => {
    if (tabQueues.get(tabId) === tail) tabQueues.delete(tabId);
  });
  return run;
}

/** A frame's report: kept in the top page's record, made when the top frame has none yet. */
async function setFrameFindings(
  tabId: number,
  frameId: number,
  update: (prev: FrameRecord | undefined) => FrameRecord,
): Promise<void> {
  const top = await topDocument(tabId);
  if (!top) return;
  const rec: TabRecord = (await getTabFindings(tabId)) ?? {
    url: redactUrl(top.url),
    findings: [],
    ...(top.documentId ? { documentId: top.documentId } : {}),
  };
  const key = String(frameId);
  await setTabFindings(tabId, {
    ...rec,
    frames: { ...rec.frames, [key]: update(rec.frames?.[key]) },
  });
}

async function setTabFindings(tabId: number, rec: TabRecord): Promise<void> {
  // A report that arrives after its page was left must not label the next page.
  if (!isCurrent(rec, await topDocument(tabId))) return;
  // storage.session survives a killed service worker but not a browser restart: right for per-tab state.
  await browser.storage.session.set({ [tabKey(tabId)]: rec });
  const all = merged(rec);
  const danger = all.dangerCount ?? all.findings.filter((f) => f.level === 'danger').length;
  await browser.action.setBadgeText({ tabId, text: danger ? String(danger) : '' });
  if (danger) await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
  // The toolbar icon itself turns red on a page with danger (a count alone is easy to miss).
  await browser.action.setIcon({ tabId, path: danger ? DANGER_ICON : ICON }).catch(() => undefined);
}

const ICON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };
const DANGER_ICON = { 16: '/icons/danger-16.png', 32: '/icons/danger-32.png' };

/** The findings of the page a tab shows now (a record of an earlier page there is dropped). */
async function getTabFindings(tabId: number): Promise<TabRecord | null> {
  const r = await browser.storage.session.get(tabKey(tabId));
  const rec = (r[tabKey(tabId)] as TabRecord | undefined) ?? null;
  if (rec && !isCurrent(rec, await topDocument(tabId))) {
    await browser.storage.session.remove(tabKey(tabId));
    return null;
  }
  return rec;
}

let enginePromise: Promise<Engine | null> | null = null;

/**
 * The settings the navigation guard reads, kept in memory until they change: reading storage on
 * every top-frame navigation is a round trip through the browser process (2-15 ms here) just as the
 * page starts loading, and work in this listener at that moment was measured to make Chromium lay a
 * heavy page out before its load event more often.
 */
let navSettings: Promise<Settings> | null = null;
function getEngine(): Promise<Engine | null> {
  enginePromise ??= getListState().then((s) => (s.ok ? createEngine(s.list) : null));
  return enginePromise;
}

function documentOf(sender: Runtime['MessageSender']): { documentId?: string } {
  const id = (sender as { documentId?: unknown }).documentId;
  return typeof id === 'string' ? { documentId: id } : {};
}

async function handleContent(
  msg: unknown,
  sender: Runtime['MessageSender'],
): Promise<ContentReply<ContentMessage['type']> | { error: string }> {
  const parsed = contentMessageSchema.safeParse(msg);
  if (!parsed.success) return { error: 'invalid message' };
  const m = parsed.data;
  const tabId = sender.tab?.id;
  switch (m.type) {
    case 'getSettings':
      return { settings: await getSettings() };
    case 'getState': {
      const [list, settings] = await Promise.all([getListState(), getSettings()]);
      if (!list.ok) return { list, settings };
      // A page gets the list without its known scams (100,000 of them would be megabytes in every
      // page): it asks about the contacts it reads (knownLookup).
      const { knownScams, knownScamGroups, ...rest } = list.list;
      const count =
        knownScams.length + (knownScamGroups ?? []).reduce((n, g) => n + g.values.length, 0);
      return {
        list: {
          ok: true,
          list: { ...rest, knownScams: [], knownScamGroups: [] },
          knownScams: count,
        },
        settings,
      };
    }
    case 'knownLookup': {
      const engine = await getEngine();
      return { found: engine ? engine.knownScams(m.keys) : {} };
    }
    case 'findings':
    case 'findingCount': {
      const frameId = sender.frameId;
      if (tabId === undefined || frameId === undefined) return { ok: true };
      const url = redactUrl(m.url);
      const counts = {
        ...(m.dangerCount !== undefined ? { dangerCount: m.dangerCount } : {}),
        ...(m.tampered ? { tampered: m.tampered } : {}),
      };
      await queued(tabId, async () => {
        if (frameId !== 0)
          return setFrameFindings(tabId, frameId, (prev) => ({
            url,
            findings: m.type === 'findings' ? m.findings : prev?.url === url ? prev.findings : [],
            ...counts,
          }));
        const prev = await getTabFindings(tabId);
        const same = prev && isCurrent(prev, { url: m.url, ...documentOf(sender) });
        await setTabFindings(tabId, {
          url,
          findings: m.type === 'findings' ? m.findings : prev?.url === url ? prev.findings : [],
          ...counts,
          ...(m.unrecognised ? { unrecognised: m.unrecognised } : {}),
          ...documentOf(sender),
          // The frames' reports stay while the page is the same.
          ...(same && prev.frames ? { frames: prev.frames } : {}),
        });
      });
      return { ok: true };
    }
    case 'startSniffer':
    case 'startScanner':
      // Into the frame that asked: the sniffer into every loaded frame, the scanner where the
      // sniffer found something worth reading (src/page/sniffer.ts).
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId] },
        files: [m.type === 'startScanner' ? '/scanner.js' : '/sniffer.js'],
      });
      return { ok: true };
    case 'loadDetector':
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId] },
        files: ['/detector.js'],
        // Now, not once the page is parsed: a field may be in use while the page still loads.
        injectImmediately: true,
      });
      return { ok: true };
    case 'openOfficial':
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=tab') });
      return { ok: true };
    case 'allow':
      await updateSettings((s) => ({
        ...s,
        allowlist: [...new Set([...s.allowlist, m.key])].slice(-5000),
      }));
      return { ok: true };
    case 'checkFrame': {
      // A subframe asks whether its own address is a look-alike (the top frame is redirected instead).
      const settings = await getSettings();
      const host = hostOf(m.url);
      if (!settings.enabled || !host || settings.bypassHosts.includes(host))
        return { level: 'safe' };
      const engine = await getEngine();
      const v = engine?.judgeUrl(m.url);
      if (!v) return { level: 'safe' };
      if (v.level !== 'danger') return { level: v.level };
      // The top frame got here before the navigation listener replaced it (browser start-up): replace it now.
      if (sender.frameId === 0 && tabId !== undefined) {
        await browser.tabs.update(tabId, {
          url: browser.runtime.getURL(`/warning.html?u=${encodeURIComponent(m.url)}`),
        });
      }
      return {
        level: 'danger',
        host,
        imitates: v.reasons.find((r) => r.evidence.imitates)?.evidence.imitates ?? '',
        message: v.reasons[0]?.message ?? '',
      };
    }
    case 'openReport': {
      // The draft holds the redacted summary only; the user checks and edits it before saving.
      const id = await saveDraft(draftFromFinding(m.finding, m.url));
      await browser.tabs.create({
        url: browser.runtime.getURL(`/popup.html?view=report&draft=${id}`),
      });
      return { ok: true };
    }
    case 'guardFired':
      // Only the fact that the guard fired is recorded; the secret never leaves the page.
      return { ok: true };
    case 'guardRun': {
      // A count of phrase words typed in a row in one frame, passed on to every frame of the tab:
      // where the typing goes on, the guard reads them as the words before its own.
      if (tabId === undefined) return { ok: true };
      const run: TabRun = { words: m.words, lang: m.lang, source: m.source, at: Date.now() };
      const push: TabRunMessage = { type: 'tabRun', ...run };
      await Promise.all([
        setTabRun(tabId, run),
        browser.tabs.sendMessage(tabId, push).catch(() => undefined),
      ]);
      return { ok: true };
    }
    case 'guardRunAsk': {
      const run = tabId === undefined ? null : await getTabRun(tabId);
      return run && Date.now() - run.at < TAB_RUN_TTL_MS ? run : null;
    }
  }
}

/**
 * Per tab, the latest count of phrase words typed in a row in one of its frames (guardRun): a
 * count and a word list's name, never a word. Kept in memory and in storage.session, so that a
 * worker stopped between two frames' words (Chrome stops an idle one after ~30 s) still answers a
 * frame that asks (an attack test stops it on purpose).
 */
const tabRuns = new Map<number, TabRun>();
const TAB_RUN_TTL_MS = 120_000;
const runKey = (tabId: number) => `run:${tabId}`;

async function setTabRun(tabId: number, run: TabRun): Promise<void> {
  tabRuns.set(tabId, run);
  await browser.storage.session.set({ [runKey(tabId)]: run }).catch(() => undefined);
}

async function getTabRun(tabId: number): Promise<TabRun | null> {
  const mem = tabRuns.get(tabId);
  if (mem) return mem;
  const got = await browser.storage.session.get(runKey(tabId)).catch(() => ({}));
  const r = (got as Record<string, unknown>)[runKey(tabId)] as Partial<TabRun> | undefined;
  // Storage may hold anything (an older version, a broken write): only a well-formed count counts.
  if (
    !r ||
    !Number.isInteger(r.words) ||
    (r.lang !== 'en' && r.lang !== 'zh') ||
    typeof r.source !== 'string' ||
    typeof r.at !== 'number'
  )
    return null;
  const run = r as TabRun;
  tabRuns.set(tabId, run);
  return run;
}

function forgetTabRun(tabId: number): void {
  tabRuns.delete(tabId);
  void browser.storage.session.remove(runKey(tabId)).catch(() => undefined);
}
browser.tabs.onRemoved.addListener(forgetTabRun);
/**
 * Typing goes on across pages for a short while: a page that loads the next page (or reloads, or
 * opens itself in a new window) after every two words must not start each from nothing (found by
 * a blind attacker, session 15). Older counts are forgotten when a new page comes.
 */
const TAB_RUN_ACROSS_PAGES_MS = 20_000;
browser.webNavigation.onCommitted.addListener((d) => {
  if (d.frameId !== 0) return;
  void getTabRun(d.tabId).then((r) => {
    if (!r || Date.now() - r.at > TAB_RUN_ACROSS_PAGES_MS) forgetTabRun(d.tabId);
  });
});
browser.webNavigation.onCreatedNavigationTarget.addListener((d) => {
  void getTabRun(d.sourceTabId).then((r) => {
    if (r && Date.now() - r.at <= TAB_RUN_ACROSS_PAGES_MS) void setTabRun(d.tabId, r);
  });
});

type PageOf<K extends PageMessage['type']> = Extract<PageMessage, { type: K }>;

/** One handler per page message; TypeScript checks each answer against PageReplies. */
const pageHandlers: {
  [K in PageMessage['type']]: (m: PageOf<K>) => Promise<PageReplies[K]>;
} = {
  getListState: () => getListState(),
  getTabFindings: async (m) => {
    const rec = await getTabFindings(m.tabId);
    return rec && merged(rec);
  },
  bypassHost: async (m) => {
    const next = await updateSettings((s) => ({
      ...s,
      bypassHosts: [...new Set([...s.bypassHosts, m.host.toLowerCase()])],
    }));
    // The page goes to that host next: the navigation guard must know before storage says so, and
    // the browser's rules must let it through.
    navSettings = Promise.resolve(next);
    await syncScamSites();
    return { ok: true };
  },
  getReportDraft: async (m) => ({ draft: await getDraft(m.id) }),
  createDraft: async (m) => ({ id: await saveDraft(m.input) }),
  saveReport: (m) => saveReport(m.input),
  listReports: async () => {
    const [all, settings] = await Promise.all([reportStore.all(), getSettings()]);
    return { ...all, blocklist: settings.blocklist, endpoint: settings.reportEndpoint };
  },
  deleteReport: async (m) => {
    await reportStore.remove(m.id);
    return { ok: true };
  },
  sendReport: async (m) => {
    const r = await reportQueue.enqueue(m.id);
    return r ? { ok: true, report: r } : { ok: false, error: 'no-endpoint' };
  },
  markReport: async (m) => ({
    report: await reportStore.update(m.id, (r) =>
      r.status === 'queued' ? null : { ...r, status: m.status },
    ),
  }),
  handoff: async (m) => ({
    report: await reportStore.update(m.id, (r) => ({
      ...r,
      handoffs: [...r.handoffs, { to: m.to, at: new Date().toISOString() }].slice(-20),
    })),
  }),
  setBlocked: async (m) => ({ blocklist: await setBlocked(m.key, m.blocked) }),
  checkUpdate: async () => {
    const s = await getSettings();
    if (!s.updateUrl) return { status: 'off' };
    const out = await checkForUpdate(s.updateUrl);
    if (out.status === 'updated') enginePromise = null;
    return out.status === 'updated' ? { status: 'updated', version: out.list.version } : out;
  },
};

async function handlePage<K extends PageMessage['type']>(
  type: K,
  m: PageOf<K>,
): Promise<PageReply<K>> {
  return pageHandlers[type](m);
}

/** Top-frame navigation to a look-alike or known scam host: show our warning page instead. */
async function guardNavigation(details: {
  tabId: number;
  frameId: number;
  url: string;
}): Promise<void> {
  if (details.frameId !== 0 || !/^https?:/.test(details.url)) return;
  const settings = await (navSettings ??= getSettings());
  if (!settings.enabled) return;
  const host = hostOf(details.url);
  if (!host || settings.bypassHosts.includes(host)) return;
  const engine = await getEngine();
  if (!engine) return;
  const v = engine.judgeUrl(details.url);
  if (v.level !== 'danger') return;
  const target = browser.runtime.getURL(`/warning.html?u=${encodeURIComponent(details.url)}`);
  await browser.tabs.update(details.tabId, { url: target });
}

/** The browser's rules for known scam sites follow the list and the settings (scam-sites.ts). */
let siteSync: Promise<void> = Promise.resolve();
function syncScamSites(): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: RulesApi }).declarativeNetRequest;
  if (!dnr) return Promise.resolve();
  siteSync = siteSync
    .then(async () => {
      const [state, settings] = await Promise.all([getListState(), getSettings()]);
      const sites = state.ok && settings.enabled ? scamSitesOf(state.list) : [];
      const warning = browser.runtime.getURL('/warning.html');
      await applySiteRules(dnr, scamSiteRules(sites, settings.bypassHosts, warning));
    })
    .catch((e: unknown) => console.warn('known scam site rules not applied', e));
  return siteSync;
}

export function startBackground(): void {
  startReportQueue();
  void syncScamSites();
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime['MessageSender']) => {
    // Page messages only from the extension's own pages; anything else is a content message.
    const page = isTrustedSender(sender) ? pageMessageSchema.safeParse(msg) : null;
    return (
      page?.success ? handlePage(page.data.type, page.data) : handleContent(msg, sender)
    ).catch((e: unknown) => ({
      error: String(e),
    }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabKey(tabId));
  });
  // Only navigations the look-alike check could stop wake this worker: the browser applies the
  // filters itself. (The toolbar badge of a tab is reset by the browser when the tab goes to a new
  // page; a finding record of an earlier page is recognised by its document, see getTabFindings.)
  browser.webNavigation.onBeforeNavigate.addListener(
    (d) => {
      void guardNavigation(d).catch((e: unknown) => console.warn('navigation guard failed', e));
    },
    {
      url: navigationFilters(
        bundledBrand.names,
        bundledScams.filter((s) => s.kind === 'website').map((s) => s.value),
      ),
    },
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ('list:lastGood' in changes || 'settings' in changes)) {
      enginePromise = null;
      void syncScamSites();
    }
    if (area === 'local' && 'settings' in changes) navSettings = null;
  });
  // Optional list updates (off unless the user set an update URL): at install and at browser start.
  const maybeUpdate = () =>
    void getSettings().then(async (s) => {
      if (s.updateUrl) await checkForUpdate(s.updateUrl).catch(() => undefined);
    });
  browser.runtime.onInstalled.addListener(maybeUpdate);
  browser.runtime.onStartup.addListener(maybeUpdate);
}
