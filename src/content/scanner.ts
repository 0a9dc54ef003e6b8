/**
 * The page scanner: judges visible text in blocks, site-adapter candidates (message + author),
 * links and the page address; then only what changes (MutationObserver, batched at idle, sliced so
 * no task runs long). It never rescans a node whose text did not change.
 */
import type { Engine } from '../engine/index';
import type { Lang, Verdict } from '../engine/types';
import type { FindingSummary } from '../messaging/protocol';
import type { Candidate, SiteAdapter } from '../sites/types';
import { BADGE_TAG, BANNER_TAG, createBadge, createBanner, placeBanner } from '../ui/inpage';
import { BLOCK_TAGS, blockOf, ownText, tidy, walkBlocks } from './walk';
import { closestDeep, deepQuery, readItem, signature } from '../sites/read';
import { redactSecrets, redactUrl } from '../engine/redact';
import { subjectKey } from '../reports/keys';
import { REASON_MESSAGES } from '../engine/messages';

const SLICE_MS = 8;
/** How long a just-observed page change may be worked on inside the page's own task. */
const SYNC_MS = 8;
/** During a long scan, badges are put into the page at most this often. */
const COMMIT_MS = 250;

export interface ScannerOptions {
  engine: Engine;
  lang: Lang;
  adapter: SiteAdapter | null;
  /** Keys the user marked "not a scam". */
  allowlist: Set<string>;
  /** Keys the user reported: always flagged for them. */
  blocklist: Set<string>;
  /**
   * The first findings (null: the same as last time), the number of danger findings, and the
   * site reader that read nothing on this page (its layout is not one it knows).
   */
  report(
    findings: FindingSummary[] | null,
    dangerCount: number,
    tampered: number,
    unrecognised?: string,
  ): void;
  openOfficial(): void;
  openReport(f: FindingSummary): void;
  allow(key: string): void;
  /** A batch was judged (the known scams it read are asked about then: src/content/main.ts). */
  afterBatch?(): void;
}

/** When a site reader that has read nothing says so, and on how much page text at least. */
const READER_CHECK_AFTER = 4000;
const READER_CHECK_MIN_TEXT = 200;

interface Tracked {
  id: string;
  target: Element;
  badge: HTMLElement;
  /** A warning or news text: listed in the popup, nothing drawn in the page. */
  quiet?: boolean;
  /** Without excerpt and url until first asked for (redaction is the costly part): see summaryOf. */
  summary: FindingSummary;
  raw: { text: string; url?: string | undefined } | null;
  key: string;
  /** Where the badge goes (after it, or inside a block target), and how often it was put back. */
  anchor: Element;
  restored: number;
}

/** How often a badge or the banner removed by the page is put back before the scanner says so. */
const MAX_RESTORES = 3;

function isOwnElement(e: Element): boolean {
  return e.localName === BADGE_TAG || e.localName === BANNER_TAG;
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

/** A finding's summary with its redacted excerpt (and link), made once, when first needed. */
function summaryOf(t: Tracked): FindingSummary {
  if (t.raw) {
    t.summary.excerpt = redactSecrets(t.raw.text.slice(0, 2000)).slice(0, 300);
    if (t.raw.url) t.summary.url = redactUrl(t.raw.url).slice(0, 2000);
    t.raw = null;
  }
  return t.summary;
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
  /**
   * What was last judged on each element (text, signature or link), kept on the element under a
   * symbol of this scanner's own: content scripts see their own wrappers (Chromium's isolated
   * world, Firefox's Xrays), so the page cannot read or set it, and it is far cheaper than a
   * WeakMap on every block. A new symbol forgets everything.
   */
  private seenKey = Symbol('tpss-seen');
  private readonly tracked = new Map<string, Tracked>();
  /** Danger findings among `tracked`, kept by track() and untrack(). */
  private dangerCount = 0;
  private readonly byTarget = new WeakMap<Element, Tracked>();
  private readonly verdictCache = new Map<string, Verdict>();
  /** Verdicts of block texts on a page whose title does not name the brand: keyed by the text alone. */
  private readonly textVerdicts = new Map<string, Verdict>();
  private pending = new Set<Element>();
  private scheduled = false;
  private observer: MutationObserver | null = null;
  private banner: { host: HTMLElement; dismissed: boolean; update(n: number): void } | null = null;
  private bannerRestores = 0;
  /** Warnings the page removed more often than they were put back: the popup says so. */
  private tamperedCount = 0;
  private badgesRemoved = false;
  private bannerDismissed = false;
  private nextId = 1;
  /** Finding ids unique in the tab: a frame's scanner prefixes its own. */
  private readonly idPrefix =
    window.top !== window ? `f${Math.random().toString(36).slice(2, 8)}-` : 'f';
  private stopped = false;
  private running = false;
  private firstScanDone = false;
  private removalsSeen = true;
  /** Badges made but not yet in the page (see commitInserts). */
  private inserts: { target: Element; anchor: Element; badge: HTMLElement }[] = [];
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
    this.checkReader();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.stopped = true;
    this.inserts = [];
    this.observer?.disconnect();
    this.observer = null;
    for (const t of this.tracked.values()) t.badge.remove();
    this.tracked.clear();
    this.dangerCount = 0;
    this.banner?.host.remove();
    this.banner = null;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    if (this.readerCheck) clearTimeout(this.readerCheck);
    this.pending.clear();
  }

  /**
   * A site reader that has read nothing once the page had time to render: its layout changed (or
   * is one it never knew). Said once per page, in the popup; the page text is read meanwhile. Only
   * on a page with text to show (a settings page of the site has little).
   */
  private checkReader(): void {
    const adapter = this.opts.adapter;
    if (!adapter) return;
    if (this.readerCheck) clearTimeout(this.readerCheck);
    this.readerItems = 0;
    if (this.unrecognised) {
      this.unrecognised = undefined;
      this.publish();
    }
    this.readerCheck = setTimeout(() => {
      this.readerCheck = null;
      const body = this.doc.body;
      if (this.stopped || this.readerItems || !body) return;
      // What the page shows (innerText), not its scripts' text.
      const shown = (body as HTMLElement).innerText ?? body.textContent ?? '';
      if (shown.replace(/\s+/g, '').length < READER_CHECK_MIN_TEXT) return;
      this.unrecognised = adapter.id;
      this.publish();
    }, READER_CHECK_AFTER);
  }

  /** After single-page-app navigation: forget the old page's findings, scan again. */
  navigated(): void {
    this.checkReader();
    this.removalsSeen = true;
    for (const t of this.tracked.values()) if (!t.target.isConnected) t.badge.remove();
    this.setTitle();
    this.bannerDismissed = false;
    if (this.doc.body) this.enqueue(this.doc.body);
  }

  /**
   * The background named a contact or site read on this page as a known scam: judge the page
   * again without the verdicts that did not know it (only the DOM walk and those texts again).
   */
  knownLearned(): void {
    this.verdictCache.clear();
    this.textVerdicts.clear();
    this.seenKey = Symbol('tpss-seen');
    if (this.doc.body) this.enqueue(this.doc.body);
  }

  /** The user's "not a scam" and "reported" lists changed (in this tab or another). */
  listsChanged(allow: Set<string>, block: Set<string>): void {
    const blockGrew = [...block].some((k) => !this.opts.blocklist.has(k));
    const blockShrank = [...this.opts.blocklist].some((k) => !block.has(k));
    this.opts.allowlist = allow;
    this.opts.blocklist = block;
    this.reportedContacts = null;
    this.textOrContactReported = null;
    for (const t of [...this.tracked.values()]) {
      if (allow.has(t.key) || (t.summary.reported && !block.has(t.key))) this.untrack(t);
    }
    if (blockGrew || blockShrank) {
      // Judge the page again: what was reported is flagged at once, what was un-flagged goes back
      // to the engine's own verdict. (Verdicts are cached; only the DOM walk is repeated.)
      this.seenKey = Symbol('tpss-seen');
      if (this.doc.body) this.enqueue(this.doc.body);
    }
    this.publish();
  }

  /** Whether the user reported any message text or contact (not only accounts and sites). */
  private textOrContactReported: boolean | null = null;
  private reportsTextOrContact(): boolean {
    this.textOrContactReported ??= [...this.opts.blocklist].some(
      (k) => k.startsWith('text:') || k.startsWith('contact:'),
    );
    return this.textOrContactReported;
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

  findings(limit = Infinity): FindingSummary[] {
    const out: FindingSummary[] = [];
    for (const t of this.tracked.values()) {
      if (out.length >= limit) break;
      out.push(summaryOf(t));
    }
    return out;
  }

  /** Whether a finding id is one of this scanner's (a frame's ids have their own prefix). */
  owns(id: string): boolean {
    return this.tracked.has(id);
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
    // Records of one change usually share their target (a feed growing by a hundred posts).
    let lastTarget: Node | null = null;
    let lastOurs = false;
    for (const r of records) {
      if (r.removedNodes.length) {
        this.removalsSeen = true;
        for (let i = 0; i < r.removedNodes.length; i++) {
          const n = r.removedNodes[i]!;
          if (n.nodeType === 1 && (n as Element).localName === BADGE_TAG) this.badgesRemoved = true;
        }
      }
      if (r.target !== lastTarget) {
        lastTarget = r.target;
        lastOurs = isOurs(r.target);
      }
      if (lastOurs) continue;
      if (r.type === 'characterData') {
        const b = blockOf(r.target);
        if (b) this.pending.add(b);
        continue;
      }
      // The target's ancestors were checked above: an added node is ours only if it is our element.
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const n = added[i]!;
        if (n.nodeType === 1 && !isOwnElement(n as Element)) this.pending.add(n as Element);
        else if (n.nodeType === 3) {
          const b = blockOf(n);
          if (b) this.pending.add(b);
        }
      }
    }
    if (this.badgesRemoved) this.restoreBadges();
    if (!this.pending.size) return;
    // A small change (a new message, a page of results) is judged now, within SYNC_MS; a big one
    // continues in idle-time slices. The first scan of a page always runs at idle.
    if (this.firstScanDone && !this.running && !this.scheduled) this.flush(SYNC_MS);
    else this.schedule();
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

  /**
   * Process pending roots in slices of at most SLICE_MS; the DOM walk itself is sliced too. With a
   * `firstBudget` (a page change just observed), the first slice runs at once, inside the page's
   * own task: badges then land in the same frame as the change, with no second layout and paint.
   */
  private flush(firstBudget = SLICE_MS): void {
    this.scheduled = false;
    if (this.stopped || this.running) return;
    this.running = true;
    const roots = this.collapse([...this.pending]);
    this.pending = new Set();
    const work = this.work(roots);
    let budget = firstBudget;
    let lastCommit = performance.now();
    const step = () => {
      const s = performance.now();
      let done = false;
      // performance.now() every few units: one unit is usually far below a millisecond.
      outer: for (;;) {
        for (let k = 0; k < 4; k++) {
          if (work.next().done) {
            done = true;
            break outer;
          }
        }
        if (performance.now() - s >= budget) break;
      }
      budget = SLICE_MS;
      if (!done && !this.stopped) {
        // A long scan shows its badges every COMMIT_MS, not after every slice: each insertion
        // costs the page a layout, and on a long page one layout is tens of milliseconds.
        if (s - lastCommit >= COMMIT_MS) {
          this.commitInserts();
          lastCommit = s;
        }
        setTimeout(step, 0);
      } else {
        this.running = false;
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

  /**
   * Everything under the roots, one unit of work per step. Generic blocks are read in one walk:
   * each block collects the text nodes it owns (nested blocks own theirs) and is judged when the
   * walk leaves it, so every node is visited once and every text read once.
   */
  private *work(roots: Element[]): Generator<void> {
    const adapter = this.opts.adapter;
    const sel = adapter?.itemSelector;
    for (const root of roots) {
      if (!root.isConnected) continue;
      let within: Element | null = null;
      if (adapter) {
        within = closestDeep(root, adapter.itemSelector);
        if (within) {
          this.judgeItem(within);
          yield;
        }
        const watch = adapter.shadowHosts ? (r: ShadowRoot) => this.watchShadow(r) : undefined;
        for (const it of deepQuery(root, adapter.itemSelector, adapter.shadowHosts, watch)) {
          this.judgeItem(it);
          yield;
        }
      }
      // Inside a site item, the adapter speaks for the text.
      if (within) continue;
      for (const ev of walkBlocks(
        root,
        (e) => this.readRoots.has(e) || (!!sel && e.matches(sel)),
      )) {
        if (ev === null) yield;
        else if ('link' in ev) {
          this.judgeLink(ev.link);
          yield;
        } else {
          this.judgeBlock(ev.block, ev.text);
          yield;
        }
      }
    }
  }

  /** Shadow roots a reader's items live in: changes there are seen as in the page (see start). */
  private readonly watched = new WeakSet<ShadowRoot>();
  private watchShadow(r: ShadowRoot): void {
    if (this.watched.has(r) || !this.observer) return;
    this.watched.add(r);
    this.observer.observe(r, { childList: true, subtree: true, characterData: true });
  }

  /** The open shadow roots inside an item (its text and author render there, maybe late). */
  private watchItem(item: Element): void {
    const stack: { e: Element; d: number }[] = [{ e: item, d: 0 }];
    let n = 0;
    while (stack.length && n < 64) {
      const { e, d } = stack.pop()!;
      const sr = e.shadowRoot;
      if (!sr || d > 4) continue;
      n++;
      this.watchShadow(sr);
      for (const c of sr.querySelectorAll('*')) if (c.shadowRoot) stack.push({ e: c, d: d + 1 });
    }
  }

  private seenOf(e: Element): string | undefined {
    return (e as unknown as Record<symbol, string | undefined>)[this.seenKey];
  }

  private markSeen(e: Element, value: string): void {
    (e as unknown as Record<symbol, string>)[this.seenKey] = value;
  }

  private verdict(key: string, make: () => Verdict, cache = this.verdictCache): Verdict {
    let v = cache.get(key);
    if (!v) {
      v = make();
      if (cache.size > 5000) cache.clear();
      cache.set(key, v);
    }
    return v;
  }

  /** A block's verdict; `collected` is its own text when the caller already read it. */
  private judgeBlock(block: Element, collected?: string): void {
    let text: string;
    if (collected === undefined) {
      if (!block.isConnected) return;
      text = ownText(block);
    } else text = tidy(collected);
    if (this.seenOf(block) === text) return;
    this.markSeen(block, text);
    if (text.length < 4) return this.clear(block);
    const titled = this.titleHasBrand;
    const v = this.verdict(
      titled ? `t:${this.pageTitle}\u0000${text}` : text,
      () => {
        const own = this.opts.engine.judgeText(text, this.opts.lang);
        if (own.level !== 'safe' || !titled || this.opts.engine.mentionsBrand(text)) return own;
        // The page title gives a block its subject ("TP钱包客服电话" above a bare phone number).
        const withTitle = this.opts.engine.judgeText(`${this.pageTitle}\n${text}`, this.opts.lang);
        return withTitle.level === 'danger' ? withTitle : own;
      },
      titled ? this.verdictCache : this.textVerdicts,
    );
    this.apply(block, block, v, { kind: 'message', text, anchor: block, root: block });
  }

  private judgeItem(item: Element): void {
    if (!item.isConnected || !this.opts.adapter) return;
    // Each item once: a container of an item that reads the same is not read (sites/read.ts).
    const c = readItem(this.opts.adapter, item, this.doc);
    if (!c) return;
    if (!this.readerItems++ && this.unrecognised) {
      // Items came after all (a page that renders late): the notice goes.
      this.unrecognised = undefined;
      this.publish();
    }
    // The reader speaks for the item's whole block (a result's title is the item, its block the
    // root): the generic text walk leaves it alone.
    this.readRoots.add(c.root);
    const sig = `${signature(c)}\u0000${c.account?.displayName ?? ''}`;
    if (this.seenOf(item) === sig) return;
    this.markSeen(item, sig);
    // A new reading: what renders inside it later (its shadow roots) is watched too.
    if (this.opts.adapter.shadowHosts) this.watchItem(item);
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
    if (this.seenOf(a) === href) return;
    // A link inside a message that is already flagged needs no badge of its own.
    for (let p: Element | null = a.parentElement, i = 0; p && i < 6; p = p.parentElement, i++) {
      if (this.byTarget.get(p)?.summary.level === 'danger') return;
    }
    this.markSeen(a, href);
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
    if (t) this.untrack(t);
  }

  /** Badges the page removed while their message is still there are put back (a few times). */
  private restoreBadges(): void {
    this.badgesRemoved = false;
    for (const t of this.tracked.values()) {
      if (t.quiet || t.badge.isConnected || !t.target.isConnected || !t.anchor.isConnected)
        continue;
      if (t.restored >= MAX_RESTORES) {
        if (t.restored++ === MAX_RESTORES) this.tampered();
        continue;
      }
      t.restored++;
      this.place(t.target, t.anchor, t.badge);
    }
  }

  private tampered(): void {
    this.tamperedCount++;
    this.lastPublished = '';
    this.publish();
  }

  private place(target: Element, anchor: Element, badge: HTMLElement): void {
    if (anchor === target && BLOCK_TAGS.has(target.tagName)) target.append(badge);
    else anchor.after(badge);
  }

  private track(t: Tracked): void {
    this.tracked.set(t.id, t);
    this.byTarget.set(t.target, t);
    if (t.summary.level === 'danger') this.dangerCount++;
  }

  /** A finding leaves: its badge, its entry and its share of the danger count. */
  private untrack(t: Tracked): void {
    t.badge.remove();
    if (this.tracked.delete(t.id) && t.summary.level === 'danger') this.dangerCount--;
    if (this.byTarget.get(t.target) === t) this.byTarget.delete(t.target);
  }

  private apply(target: Element, anchor: Element, engineVerdict: Verdict, c: Candidate): void {
    // Most blocks are safe and most users have reported nothing, or no message and no number:
    // a safe plain block then needs no key (a hash of its text) at all.
    if (
      engineVerdict.level === 'safe' &&
      (!this.opts.blocklist.size || (!c.account && !c.url && !this.reportsTextOrContact()))
    )
      return this.clear(target);
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
    const id = `${this.idPrefix}${this.nextId++}`;
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
      excerpt: '',
      key: key.slice(0, 400),
      ...(reported ? { reported: true } : {}),
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
        onReport: () => this.opts.openReport(summaryOf(tr)),
        onNotScam: () => {
          this.opts.allow(key);
          this.clear(target);
          this.publish();
        },
      },
      id,
    );
    // A text that warns about a scam (a warning, news, an official notice) draws nothing in the
    // page: its finding is listed in the popup only. Danger, or the user's own report, still shows.
    const quiet =
      !reported && v.level === 'caution' && v.reasons.some((r) => r.code === 'WARNING_CONTEXT');
    if (!quiet) this.inserts.push({ target, anchor, badge });
    const tr: Tracked = {
      ...(quiet ? { quiet } : {}),
      id,
      target,
      badge,
      summary,
      key,
      raw: { text: c.text, url: c.url },
      anchor,
      restored: 0,
    };
    this.track(tr);
  }

  /** Put the badges made since the last commit into the page, all in one go. */
  private commitInserts(): void {
    const list = this.inserts;
    this.inserts = [];
    for (const { target, anchor, badge } of list) {
      // Cleared or replaced in the meantime, or its message left the page: nothing to show.
      if (this.byTarget.get(target)?.badge !== badge || !anchor.isConnected) continue;
      this.place(target, anchor, badge);
    }
  }

  private finishBatch(): void {
    this.commitInserts();
    this.firstScanDone = true;
    // Findings whose message left the page go too; only worth a sweep when something was removed.
    if (this.removalsSeen) {
      this.removalsSeen = false;
      for (const t of [...this.tracked.values()]) if (!t.target.isConnected) this.untrack(t);
    }
    const danger = this.dangerCount;
    if (danger && !this.bannerDismissed && this.doc.body) {
      if (!this.banner) {
        this.banner = createBanner(this.doc, this.opts.lang, () => this.opts.openOfficial());
        placeBanner(this.doc, this.banner.host);
        const host = this.banner.host;
        // Dismissed by the user: not shown again. Removed by the page: put back, a few times.
        const banner = this.banner;
        new MutationObserver((_r, obs) => {
          if (host.isConnected) return;
          if (this.banner !== banner) return obs.disconnect();
          if (banner.dismissed) {
            this.bannerDismissed = true;
            this.banner = null;
            return obs.disconnect();
          }
          if (this.bannerRestores++ < MAX_RESTORES) return placeBanner(this.doc, host);
          this.banner = null;
          this.bannerDismissed = true;
          obs.disconnect();
          this.tampered();
        }).observe(this.doc.documentElement, { childList: true });
      }
      this.banner.update(danger);
    } else if (!danger && this.banner) {
      this.banner.host.remove();
      this.banner = null;
    }
    this.publish();
    this.opts.afterBatch?.();
  }

  /** Items the site reader has read on this page; the reader, when it read none in time. */
  private readerItems = 0;
  private unrecognised: string | undefined;
  private readerCheck: ReturnType<typeof setTimeout> | null = null;
  /** Blocks a site reader has read (the generic text walk does not read them again). */
  private readonly readRoots = new WeakSet<Element>();
  private lastPublished = '';
  private lastHead = '';

  /**
   * Tell the background (badge, popup) at most every 300 ms, and only when something changed. The
   * list (its first 200 findings) is sent again only when it changed; otherwise just the count.
   * The count is kept as findings come and go: a page with thousands costs no walk over them.
   */
  private publish(): void {
    if (this.reportTimer) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      if (this.stopped) return;
      const danger = this.dangerCount;
      const head: string[] = [];
      for (const id of this.tracked.keys()) {
        if (head.length >= 200) break;
        head.push(id);
      }
      const headKey = head.join();
      const key = `${this.tracked.size}:${danger}:${this.tamperedCount}:${this.unrecognised}:${headKey}`;
      if (key === this.lastPublished) return;
      this.lastPublished = key;
      const sameHead = headKey === this.lastHead;
      this.lastHead = headKey;
      this.opts.report(
        sameHead ? null : this.findings(200),
        danger,
        this.tamperedCount,
        this.unrecognised,
      );
    }, 300);
  }
}
