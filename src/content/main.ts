import { browser } from 'wxt/browser';
import { createLifecycle } from './lifecycle';
import type { Lifecycle } from './lifecycle';
import { AskedScams, createEngine } from '../engine/index';
import type { Settings } from '../settings/schema';
import { sendContent } from '../messaging/send';
import type { ContentMessage, ContentReply, FindingSummary } from '../messaging/protocol';
import { answerTab, parseTabMessage } from '../messaging/tab';
import { Scanner } from './scanner';
import { adapterFor } from '../sites/index';
import { langFromLocale } from '../i18n/inpage';
import type { Lang } from '../engine/types';

function send<M extends ContentMessage>(msg: M): Promise<ContentReply<M['type']> | undefined> {
  return sendContent(browser.runtime, msg);
}

function siteOff(settings: Settings, host: string): boolean {
  return (
    !settings.enabled || settings.disabledSites.some((s) => host === s || host.endsWith('.' + s))
  );
}

/**
 * Page scanning for the top frame. It is not a declared content script: a document_end or
 * document_idle content script, even an empty one, delays the page's load event in Chromium, so the
 * background injects this one (scripting.executeScript) when the guard reports the page loaded.
 * Injected twice (bfcache, a repeated message), the second copy does nothing while the first lives.
 */
export function startScannerOnce(): void {
  // The content script's own global: the page can neither see nor set it.
  const w = window as unknown as { __tpScamShieldScanner?: Lifecycle };
  if (w.__tpScamShieldScanner && !w.__tpScamShieldScanner.isInvalid) return;
  const ctx = createLifecycle(() => {
    try {
      return !!browser.runtime.id;
    } catch {
      return false;
    }
  });
  w.__tpScamShieldScanner = ctx;
  void runScanner(ctx);
}

export async function runScanner(ctx: Lifecycle): Promise<void> {
  const state = await send({ type: 'getState' });
  if (!state || !state.list.ok || ctx.isInvalid) return;
  const host = location.hostname.toLowerCase();
  // The list comes without its known scams: the contacts and sites read here are asked about.
  const asked = new AskedScams(state.list.knownScams);
  const engine = createEngine(state.list.list, asked);
  let asking = false;
  const askKnown = () => {
    if (asking || !asked.wanted.size || ctx.isInvalid) return;
    asking = true;
    const keys = asked.take();
    void send({ type: 'knownLookup', keys }).then((r) => {
      asking = false;
      // No answer (the extension reloaded, the worker refused the batch): read as unknown, not
      // asked again (a batch that fails must not fail every later one).
      if (asked.learn(keys, r?.found ?? {})) scanner?.knownLearned();
      else askKnown();
    });
  };
  let settings = state.settings;
  const lang: Lang = settings.lang === 'auto' ? langFromLocale(navigator.language) : settings.lang;
  let scanner: Scanner | null = null;

  const start = () => {
    if (scanner || siteOff(settings, host)) return;
    scanner = new Scanner(document, {
      engine,
      lang,
      adapter: adapterFor(host, location.pathname),
      allowlist: new Set(settings.allowlist),
      blocklist: new Set(settings.blocklist),
      report: (
        findings: FindingSummary[] | null,
        dangerCount: number,
        tampered: number,
        unrecognised?: string,
      ) =>
        void send(
          findings
            ? {
                type: 'findings',
                url: location.href,
                findings,
                dangerCount,
                tampered,
                ...(unrecognised ? { unrecognised } : {}),
              }
            : {
                type: 'findingCount',
                url: location.href,
                dangerCount,
                tampered,
                ...(unrecognised ? { unrecognised } : {}),
              },
        ),
      openOfficial: () => void send({ type: 'openOfficial' }),
      openReport: (f) => void send({ type: 'openReport', finding: f, url: location.href }),
      allow: (key) => void send({ type: 'allow', key }),
      afterBatch: askKnown,
    });
    scanner.start();
  };
  const stop = () => {
    scanner?.stop();
    scanner = null;
    void send({ type: 'findings', url: location.href, findings: [] });
  };
  // The first scan waits for the page's own load, so it never delays it.
  if (document.readyState === 'complete') start();
  else {
    await new Promise<void>((r) => {
      window.addEventListener('load', () => r(), { once: true });
      setTimeout(r, 3000);
    });
    if (!ctx.isInvalid) start();
  }

  // Settings respected live: global switch, per-site switch, allowlist.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes['settings']) return;
    void send({ type: 'getSettings' }).then((s) => {
      const next = s?.settings;
      if (!next) return;
      settings = next;
      if (siteOff(settings, host)) stop();
      else {
        start();
        scanner?.listsChanged(new Set(settings.allowlist), new Set(settings.blocklist));
      }
    });
  };
  browser.storage.onChanged.addListener(onStorage);
  // Messages from the extension's pages to this tab (src/messaging/tab.ts).
  const onMessage = (msg: unknown) => {
    // A finding of another frame's scanner is that frame's to show: no answer from here.
    const m = parseTabMessage(msg);
    if (m?.type === 'scrollTo' && !scanner?.owns(m.id)) return undefined;
    return answerTab(msg, {
      scrollTo: (m) => ({ ok: scanner?.scrollTo(m.id) ?? false }),
      getFindings: () => ({ findings: scanner?.findings() ?? [] }),
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onLocationChange(() => scanner?.navigated());
  ctx.onInvalidated(() => {
    scanner?.stop();
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
