/**
 * The page scanner: judges visible text in blocks, site-adapter candidates (message + author),
 * links and the page address; then only what changes (MutationObserver, batched at idle, sliced so
 * no task runs long). It never rescans a node whose text did not change.
 */
import type { Engine } from '../engine/index';
import type { Lang, Verdict } from '../engine/types';
import type { FindingSummary } from '../messaging/protocol';
import type { Candidate, SiteAdapter } from '../sites/types';
import { BADGE_TAG, BANNER_TAG, createBadge, createBanner } from '../ui/inpage';
import { redactSecrets } from '../engine/redact';
import { subjectKey } from '../reports/keys';
import { REASON_MESSAGES } from '../engine/messages';

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'CODE',
]);
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'LABEL',
  'DIV',
  'ARTICLE',
  'SECTION',
  'MAIN',
  'BODY',
  'ADDRESS',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'FORM',
  'TABLE',
  'UL',
  'OL',
  'DL',
]);
const MAX_BLOCK_CHARS = 20_000;
const SLICE_MS = 8;

export interface ScannerOptions {
  engine: Engine;
  lang: Lang;
  adapter: SiteAdapter | null;
  /** Keys the user marked "not a scam". */
  allowlist: Set<string>;
  /** Keys the user reported: always flagged for them. */
  blocklist: Set<string>;
  report(findings: FindingSummary[], dangerCount: number): void;
  openOfficial(): void;
  openReport(f: FindingSummary): void;
  allow(key: string): void;
}

interface Tracked {
  id: string;
  target: Element;
  badge: HTMLElement;
  summary: FindingSummary;
  key: string;
}

function isOurs(n: Node | null): boolean {
  for (let e: Node | null = n; e; e = e.parentNode) {
    if (
      e.nodeType === 1 &&
      ((e as Element).localName === BADGE_TAG || (e as Element).localName === BANNER_TAG)
    )
      return true;
  }
  return false;
}

function blockOf(n: Node): Element | null {
  let e = n.parentElement;
  while (e && !BLOCK_TAGS.has(e.tagName)) e = e.parentElement;
  return e;
}

/** The engine's verdict plus "you reported this": always danger for the user who reported it. */
function withUserReport(v: Verdict, lang: Lang): Verdict {
  const listVersion = v.reasons[0]?.evidence.listVersion ?? 0;
  return {
    level: 'danger',
    reasons: [
      {
        code: 'USER_REPORTED',
        level: 'danger',
        message: REASON_MESSAGES.USER_REPORTED[lang],
        evidence: { listVersion },
      },
      ...v.reasons.filter((r) => r.level !== 'safe'),
    ],
  };
}

export class Scanner {
  private readonly opts: ScannerOptions;
  private readonly doc: Document;
  private seen = new WeakMap<Element, string>();
  private readonly tracked = new Map<string, Tracked>();
  private readonly byTarget = new WeakMap<Element, Tracked>();
  private readonly verdictCache = new Map<string, Verdict>();
  private pending = new Set<Element>();
  private scheduled = false;
  private observer: MutationObserver | null = null;
  private banner: { host: HTMLElement; update(n: number): void } | null = null;
  private bannerDismissed = false;
  private nextId = 1;
  private stopped = false;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private pageTitle = '';
  private titleHasBrand = false;

  constructor(doc: Document, opts: ScannerOptions) {
    this.doc = doc;
    this.opts = opts;
  }

  start(): void {
    this.setTitle();
    const body = this.doc.body;
    if (!body) return;
    this.enqueue(body);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    for (const t of this.tracked.values()) t.badge.remove();
    this.tracked.clear();
    this.banner?.host.remove();
    this.banner = null;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.pending.clear();
  }

  /** After single-page-app navigation: forget the old page's findings, scan again. */
  navigated(): void {
    for (const t of this.tracked.values()) if (!t.target.isConnected) t.badge.remove();
    this.setTitle();
    this.bannerDismissed = false;
    if (this.doc.body) this.enqueue(this.doc.body);
  }

  /** The user's "not a scam" and "reported" lists changed (in this tab or another). */
  listsChanged(allow: Set<string>, block: Set<string>): void {
    const blockGrew = [...block].some((k) => !this.opts.blocklist.has(k));
    const blockShrank = [...this.opts.blocklist].some((k) => !block.has(k));
    this.opts.allowlist = allow;
    this.opts.blocklist = block;
    this.reportedContacts = null;
    for (const [id, t] of this.tracked) {
      if (allow.has(t.key) || (t.summary.reported && !block.has(t.key))) {
        t.badge.remove();
        this.tracked.delete(id);
        this.byTarget.delete(t.target);
      }
    }
    if (blockGrew || blockShrank) {
      // Judge the page again: what was reported is flagged at once, what was un-flagged goes back
      // to the engine's own verdict. (Verdicts are cached; only the DOM walk is repeated.)
      this.seen = new WeakMap();
      if (this.doc.body) this.enqueue(this.doc.body);
    }
    this.publish();
  }

  /** Reported phone numbers and ids are flagged wherever they appear, in any spacing. */
  private reportedContacts: string[] | null = null;
  private mentionsReportedContact(text: string): boolean {
    this.reportedContacts ??= [...this.opts.blocklist]
      .filter((k) => k.startsWith('contact:') && k.length > 12)
      .map((k) => k.slice(8));
    if (!this.reportedContacts.length || !text) return false;
    const compact = text.replace(/[\s()+.-]/g, '').toLowerCase();
    return this.reportedContacts.some((c) => compact.includes(c));
  }

  private setTitle(): void {
    this.pageTitle = this.doc.title.slice(0, 300);
    this.titleHasBrand = !!this.pageTitle && this.opts.engine.mentionsBrand(this.pageTitle);
  }

  findings(): FindingSummary[] {
    return [...this.tracked.values()].map((t) => t.summary);
  }

  scrollTo(id: string): boolean {
    const t = this.tracked.get(id);
    if (!t) return false;
    t.target.scrollIntoView({ block: 'center' });
    (t.badge.shadowRoot?.querySelector('button') as HTMLButtonElement | null)?.focus({
      preventScroll: true,
    });
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        const b = blockOf(r.target);
        if (b) this.pending.add(b);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && !isOurs(n)) this.pending.add(n as Element);
        else if (n.nodeType === 3) {
          const b = blockOf(n);
          if (b) this.pending.add(b);
        }
      }
    }
    if (this.pending.size) this.schedule();
  }

  private enqueue(e: Element): void {
    this.pending.add(e);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const w = this.doc.defaultView as
      | (Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
      | null;
    const run = () => this.flush();
    if (w?.requestIdleCallback) w.requestIdleCallback(run, { timeout: 250 });
    else setTimeout(run, 16);
  }

  /** Process pending roots in slices of at most SLICE_MS; the DOM walk itself is sliced too. */
  private flush(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const roots = this.collapse([...this.pending]);
    this.pending = new Set();
    const work = this.work(roots);
    const step = () => {
      const s = performance.now();
      let done = false;
      while (performance.now() - s < SLICE_MS) {
        if (work.next().done) {
          done = true;
          break;
        }
      }
      if (!done && !this.stopped) {
        setTimeout(step, 0);
      } else {
        this.finishBatch();
        if (this.pending.size) this.schedule();
      }
    };
    step();
  }

  /** Drop roots contained in other pending roots. */
  private collapse(roots: Element[]): Element[] {
    const set = new Set(roots.filter((r) => r.isConnected));
    return [...set].filter((r) => {
      for (let p = r.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
      return true;
    });
  }

  /** Everything under the roots, one unit of work per step. */
  private *work(roots: Element[]): Generator<void> {
    const adapter = this.opts.adapter;
    for (const root of roots) {
      if (!root.isConnected) continue;
      if (adapter) {
        const within = root.closest(adapter.itemSelector);
        if (within) {
          this.judgeItem(within);
          yield;
        }
        for (const it of root.querySelectorAll(adapter.itemSelector)) {
          this.judgeItem(it);
          yield;
        }
      }
      // Generic blocks: text nodes grouped by their nearest block, outside adapter items.
      const done = new Set<Element>();
      const walker = this.doc.createTreeWalker(
        root,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
        {
          acceptNode: (n) => {
            if (n.nodeType === 1) {
              const e = n as Element;
              if (
                SKIP_TAGS.has(e.tagName.toUpperCase()) ||
                e.localName === BADGE_TAG ||
                e.localName === BANNER_TAG
              )
                return NodeFilter.FILTER_REJECT;
              if (adapter && e.matches(adapter.itemSelector)) return NodeFilter.FILTER_REJECT;
              return e.tagName === 'A' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
            }
            return (n.nodeValue?.trim().length ?? 0) > 1
              ? NodeFilter.FILTER_ACCEPT
              : NodeFilter.FILTER_SKIP;
          },
        },
      );
      if (
        root.nodeType === 1 &&
        BLOCK_TAGS.has(root.tagName) &&
        !(adapter && root.closest(adapter.itemSelector))
      ) {
        done.add(root);
        this.judgeBlock(root);
        yield;
      }
      const links: HTMLAnchorElement[] = root.tagName === 'A' ? [root as HTMLAnchorElement] : [];
      let count = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 1) {
          links.push(n as HTMLAnchorElement);
          continue;
        }
        const b = blockOf(n);
        if (++count % 64 === 0) yield;
        if (!b || done.has(b) || (adapter && b.closest(adapter.itemSelector))) continue;
        done.add(b);
        this.judgeBlock(b);
        yield;
      }
      for (const a of links) {
        this.judgeLink(a);
        yield;
      }
    }
  }

  private ownText(block: Element): string {
    let s = '';
    const walker = this.doc.createTreeWalker(
      block,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      {
        acceptNode: (n) => {
          if (n.nodeType === 1) {
            const e = n as Element;
            if (SKIP_TAGS.has(e.tagName.toUpperCase()) || e.localName === BADGE_TAG)
              return NodeFilter.FILTER_REJECT;
            // Nested blocks are judged on their own.
            if (e !== block && BLOCK_TAGS.has(e.tagName) && e.tagName !== 'BR')
              return NodeFilter.FILTER_REJECT;
            return NodeFilter.FILTER_SKIP;
          }
          return NodeFilter.FILTER_ACCEPT;
        },
      },
    );
    for (let n = walker.nextNode(); n && s.length < MAX_BLOCK_CHARS; n = walker.nextNode())
      s += n.nodeValue;
    return s.replace(/[ \t\r\f]+/g, ' ').trim();
  }

  private verdict(key: string, make: () => Verdict): Verdict {
    let v = this.verdictCache.get(key);
    if (!v) {
      v = make();
      if (this.verdictCache.size > 5000) this.verdictCache.clear();
      this.verdictCache.set(key, v);
    }
    return v;
  }

  private judgeBlock(block: Element): void {
    if (!block.isConnected) return;
    const text = this.ownText(block);
    if (this.seen.get(block) === text) return;
    this.seen.set(block, text);
    if (text.length < 4) return this.clear(block);
    const v = this.verdict(`t:${this.titleHasBrand ? this.pageTitle : ''}\u0000${text}`, () => {
      const own = this.opts.engine.judgeText(text, this.opts.lang);
      if (own.level !== 'safe' || !this.titleHasBrand || this.opts.engine.mentionsBrand(text))
        return own;
      // The page title gives a block its subject ("TP钱包客服电话" above a bare phone number).
      const withTitle = this.opts.engine.judgeText(`${this.pageTitle}\n${text}`, this.opts.lang);
      return withTitle.level === 'danger' ? withTitle : own;
    });
    this.apply(block, block, v, { kind: 'message', text, anchor: block, root: block });
  }

  private judgeItem(item: Element): void {
    if (!item.isConnected || !this.opts.adapter) return;
    let c: Candidate | null = null;
    try {
      c = this.opts.adapter.extract(item, this.doc);
    } catch {
      c = null;
    }
    if (!c) return;
    const sig = `${c.text}\u0000${c.account?.handle ?? ''}\u0000${c.account?.displayName ?? ''}\u0000${c.url ?? ''}`;
    if (this.seen.get(item) === sig) return;
    this.seen.set(item, sig);
    const cand = c;
    const v = this.verdict(`i:${sig}`, () =>
      this.opts.engine.judge(
        {
          ...(cand.text ? { text: cand.text } : {}),
          ...(cand.account ? { account: cand.account } : {}),
          ...(cand.url ? { url: cand.url } : {}),
        },
        this.opts.lang,
      ),
    );
    this.apply(item, c.anchor, v, c);
  }

  private judgeLink(a: HTMLAnchorElement): void {
    if (!a.isConnected) return;
    const href = a.href;
    if (!/^https?:/.test(href)) return;
    let host = '';
    try {
      host = new URL(href).hostname;
    } catch {
      return;
    }
    if (host === this.doc.location?.hostname) return;
    if (this.seen.get(a) === href) return;
    // A link inside a message that is already flagged needs no badge of its own.
    for (let p: Element | null = a.parentElement, i = 0; p && i < 6; p = p.parentElement, i++) {
      if (this.byTarget.get(p)?.summary.level === 'danger') return;
    }
    this.seen.set(a, href);
    const v = this.verdict(`u:${href}`, () => this.opts.engine.judgeUrl(href, this.opts.lang));
    if (v.level !== 'danger' && !this.opts.blocklist.has(subjectKey({ url: href })))
      return this.clear(a);
    this.apply(a, a, v, {
      kind: 'result',
      text: a.textContent ?? '',
      anchor: a,
      root: a,
      url: href,
    });
  }

  private clear(target: Element): void {
    const t = this.byTarget.get(target);
    if (!t) return;
    t.badge.remove();
    this.tracked.delete(t.id);
    this.byTarget.delete(target);
  }

  private apply(target: Element, anchor: Element, engineVerdict: Verdict, c: Candidate): void {
    const key = subjectKey(c);
    const reported = this.opts.blocklist.has(key) || this.mentionsReportedContact(c.text);
    const v = reported ? withUserReport(engineVerdict, this.opts.lang) : engineVerdict;
    if (v.level === 'safe') return this.clear(target);
    if (!reported && this.opts.allowlist.has(key)) return this.clear(target);
    const prev = this.byTarget.get(target);
    if (
      prev &&
      prev.summary.level === v.level &&
      prev.summary.codes.join() === v.reasons.map((r) => r.code).join()
    )
      return;
    this.clear(target);
    const id = `f${this.nextId++}`;
    const summary: FindingSummary = {
      id,
      level: v.level,
      codes: v.reasons
        .filter((r) => r.level !== 'safe')
        .map((r) => r.code)
        .slice(0, 20),
      kind:
        c.kind === 'result' && !c.url
          ? 'message'
          : c.kind === 'result'
            ? c.root.tagName === 'A'
              ? 'link'
              : 'result'
            : c.kind,
      excerpt: redactSecrets(c.text).slice(0, 300),
      key: key.slice(0, 400),
      ...(reported ? { reported: true } : {}),
      ...(c.url ? { url: redactSecrets(c.url).slice(0, 2000) } : {}),
      ...(c.account
        ? {
            platform: c.account.platform.slice(0, 40),
            handle: c.account.handle.slice(0, 120),
            ...(c.account.displayName ? { displayName: c.account.displayName.slice(0, 200) } : {}),
            ...(c.account.profileUrl ? { profileUrl: c.account.profileUrl.slice(0, 500) } : {}),
            ...(c.account.accountId ? { accountId: c.account.accountId.slice(0, 120) } : {}),
          }
        : {}),
    };
    const badge = createBadge(
      this.doc,
      v.level,
      v.reasons,
      this.opts.lang,
      {
        onOfficial: () => this.opts.openOfficial(),
        onReport: () => this.opts.openReport(summary),
        onNotScam: () => {
          this.opts.allow(key);
          this.clear(target);
          this.publish();
        },
      },
      id,
    );
    if (anchor === target && BLOCK_TAGS.has(target.tagName)) target.append(badge);
    else anchor.after(badge);
    const tr: Tracked = { id, target, badge, summary, key };
    this.tracked.set(id, tr);
    this.byTarget.set(target, tr);
  }

  private finishBatch(): void {
    for (const [id, t] of this.tracked) {
      if (!t.target.isConnected) {
        t.badge.remove();
        this.tracked.delete(id);
      }
    }
    const danger = [...this.tracked.values()].filter((t) => t.summary.level === 'danger').length;
    if (danger && !this.bannerDismissed && this.doc.body) {
      if (!this.banner) {
        this.banner = createBanner(this.doc, this.opts.lang, () => this.opts.openOfficial());
        this.doc.body.append(this.banner.host);
        const host = this.banner.host;
        // Removed by the user (dismiss) rather than by us (no danger left): do not show it again.
        new MutationObserver((_r, obs) => {
          if (host.isConnected) return;
          if (this.banner?.host === host) {
            this.bannerDismissed = true;
            this.banner = null;
          }
          obs.disconnect();
        }).observe(this.doc.body, { childList: true });
      }
      this.banner.update(danger);
    } else if (!danger && this.banner) {
      this.banner.host.remove();
      this.banner = null;
    }
    this.publish();
  }

  private lastPublished = '';

  /** Tell the background (badge, popup) at most every 300 ms, and only when something changed. */
  private publish(): void {
    if (this.reportTimer) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      if (this.stopped) return;
      let danger = 0;
      for (const t of this.tracked.values()) if (t.summary.level === 'danger') danger++;
      const key = `${this.tracked.size}:${danger}:${[...this.tracked.keys()].slice(0, 200).join()}`;
      if (key === this.lastPublished) return;
      this.lastPublished = key;
      this.opts.report(this.findings().slice(0, 200), danger);
    }, 300);
  }
}
