/**
 * The part of the secret-entry guard that starts in every frame at document_start (guard.js): its
 * capture listeners, and nothing else until a field is used. What judges and holds an entry
 * (guard.ts, the BIP39 wordlists, the hold frame) comes with the detector script, which the
 * background injects on request (detector-slot.ts): once the page has loaded in a frame with a
 * field, or at the first focus. Until it is here, anything that could be past a secret's first
 * sign (a cheap over-approximation) is held here, in order, and handed to it when it comes; if it
 * never comes (the extension is gone), what was held is handed to the page after 10 s.
 */
import { detectorOr } from './detector-slot';
import type { Detector } from './detector-slot';
import {
  beforeCaret,
  dispatchKeys,
  fieldOf,
  inFramedPage,
  isField,
  isTextControl,
  keyTargetOf,
  setShadowRootOf,
  stop,
} from './fields';
import type { GuardImpl, GuardOptions, Pending } from './guard';
import type { TabRun } from '../messaging/protocol';

let win: Window;
let opts: GuardOptions;
/** The detector did not come (the extension is gone or broken): values are then let through. */
let failed = false;
let loading: Promise<Detector | null> | null = null;
let impl: GuardImpl | null = null;
/** Entries held before the detector came, in order. */
const pending: Pending[] = [];
/** Keys a page's key-drawn editor (not a field) had before the detector came: its run so far. */
const typedEarly: Pending[] = [];
let keyRun = '';
/**
 * The tab's count of phrase words typed just before this frame's first key (in another frame, or
 * on the page before: a page that moves on after two words), asked for at that key when the
 * detector is not here yet. Until it is known every key waits: the first letter of a third word
 * must not reach the page. `undefined`: not known yet.
 */
let tabAsked = false;
let tabRun: TabRun | null | undefined;
/** How many of `pending`'s first entries wait only for that count (none could start a secret). */
let forCount = 0;
/** Giving those back to the page: the events that makes are not the user's. */
let releasing = false;

const RETRY_AFTER = [2000, 5000];
const GIVE_UP_AFTER = 10_000;

/**
 * The detector, once: the background is asked to inject its script into this frame. Never
 * rejects: once it has settled, `detector` is set or `failed` is.
 */
export function loadDetector(w: Window, request: () => void): Promise<Detector | null> {
  return (loading ??= new Promise<Detector | null>((resolve) => {
    let here = false;
    const arrived = () => {
      const load = detectorOr(arrived);
      if (!load) return;
      here = true;
      load().then(
        (d) => resolve(d),
        () => {
          failed = true;
          resolve(null);
        },
      );
    };
    arrived();
    if (here) return;
    request();
    // The background may have been stopped before it answered: ask again, then give up.
    for (const ms of RETRY_AFTER) w.setTimeout(() => void (here || request()), ms);
    w.setTimeout(() => {
      if (here) return;
      failed = true;
      resolve(null);
    }, GIVE_UP_AFTER);
  }));
}

/** The started guard's detector, and its working part started with it. */
export function fetchDetector(): Promise<Detector | null> {
  return loadDetector(win, opts.requestDetector).then((d) => {
    if (d && !impl) {
      impl = d.guard({ win, opts, detector: d, armChild, late, tabRun });
      for (const w of lateList) impl.markLate(w);
      impl.takeOver([...typedEarly.splice(0), ...pending.splice(0)]);
    } else if (!d) handOver();
    return d;
  });
}

/** No detector: what was held goes to the page as typed. */
function handOver(): void {
  typedEarly.length = 0;
  forCount = 0;
  giveBack(pending.splice(0));
}

/** Held entries go to the page as typed (a page's key-drawn editor gets them as keys). */
function giveBack(held: Pending[]): void {
  releasing = true;
  try {
    for (const p of held) {
      if (p.kind === 'text' && !isField(p.field)) dispatchKeys(p.field, p.data);
      else if (p.kind === 'text') {
        p.field.focus();
        p.field.ownerDocument.execCommand('insertText', false, p.data);
      } else if (p.kind === 'submit') p.form.requestSubmit();
    }
  } finally {
    releasing = false;
  }
}

/**
 * Must this key wait for the tab's count? It is asked for at the first key; words typed just
 * before (elsewhere in the tab) make every key wait for the detector.
 */
function countFirst(): 'wait' | 'words' | 'none' {
  if (!tabAsked) {
    tabAsked = true;
    const answered = (r: TabRun | null) => {
      if (tabRun !== undefined) return;
      tabRun = r?.words ? r : null;
      // No words before: what waited for the count alone goes on to the page, in order.
      if (!impl && !tabRun && forCount) {
        const free = pending.splice(0, forCount);
        forCount = 0;
        for (const p of free)
          if (p.kind === 'text' && !isField(p.field))
            typedEarly.push({ kind: 'typed', field: p.field, data: p.data });
        giveBack(free);
      }
    };
    opts.askRun().then(answered, () => answered(null));
  }
  return tabRun === undefined ? 'wait' : tabRun ? 'words' : 'none';
}

/** Before the detector is here: could this be past a secret's first sign? (Over-approximates.) */
function maybeSecret(v: string): boolean {
  if (/[0-9a-fA-F]{16}/.test(v) || v.includes('"crypto"') || v.includes('"Crypto"')) return true;
  const t = v.trimStart();
  if (/^(?:\d{1,2}[.)]?\s*)?[a-zA-Z]{3,8}[\s,]+(?:\d{1,2}[.)]?\s*)?[a-zA-Z]{3,8}[\s,]+\S/.test(t))
    return true;
  return /^[\u3400-\u9fff][\s\u3000]*[\u3400-\u9fff][\s\u3000]*[\u3400-\u9fff]/.test(t);
}

/** Holds `data` for `field` until the detector is here, when its first sign is possible. */
function holdEarly(e: Event, data: string | null): void {
  // A paste with no field focused is read by the page from the event (keyTargetOf).
  const field = fieldOf(e) ?? (e.type === 'paste' ? keyTargetOf(e) : null);
  if (!field) return;
  void fetchDetector();
  if (failed || !opts.active()) return;
  if (data === null) {
    // Enter in a one-line field: its form would be submitted with what is held.
    if (pending.length) {
      stop(e);
      // (Also after keys that wait only for the tab's count: it then waits for the detector.)
      pending.push({ kind: 'enter', field });
    }
    return;
  }
  // In a page with frames, everything typed waits for the detector: it reads the words typed in the
  // tab's other frames before this one's (a phrase split a word a frame: guard.ts).
  const before = isField(field) ? beforeCaret(field) : '';
  // (A paste is one event, and is judged whole: it does not wait for the count.)
  const count = e.type === 'paste' ? 'none' : countFirst();
  const maybe =
    pending.length > forCount ||
    count === 'words' ||
    maybeSecret(before + pendingText(field) + data) ||
    inFramedPage(win);
  if (!maybe && !pending.length && count === 'none') return;
  stop(e);
  pending.push({ kind: 'text', field, data, at: performance.timeOrigin + e.timeStamp });
  if (!maybe) forCount++;
}

/** What is held for `field` (waiting for the tab's count): typed after what the field has. */
function pendingText(field: Element): string {
  let s = '';
  for (const p of pending) if (p.kind === 'text' && p.field === field) s += p.data;
  return s;
}

/** A key for a page's key-drawn editor (keyTargetOf) before the detector is here. */
function keyEarly(e: KeyboardEvent): void {
  const t = keyTargetOf(e);
  if (!t) return;
  const data =
    e.key === 'Enter' ? '\n' : e.key.length === 1 ? e.key : e.key === 'Backspace' ? '\b' : '';
  if (!data) return;
  void fetchDetector();
  if (failed || !opts.active()) return;
  keyRun = (data === '\b' ? keyRun.slice(0, -1) : keyRun + data).slice(-60);
  // Could any of its last words start a secret (the run may begin with keys that were shortcuts)?
  const count = countFirst();
  let maybe = pending.length > forCount || count === 'words';
  for (let i = 0; !maybe && i < keyRun.length; i++)
    maybe = (i === 0 || /\s/.test(keyRun[i - 1]!)) && maybeSecret(keyRun.slice(i));
  // Nothing that could start a secret, and no words before this page's (or, while the count is on
  // its way, a space or Enter before any held key: no word in it, and the page still scrolls).
  if (!maybe && !pending.length && (count === 'none' || !/\S/.test(data))) {
    typedEarly.push({ kind: 'typed', field: t, data });
    return;
  }
  stop(e);
  pending.push({ kind: 'text', field: t, data, at: performance.timeOrigin + e.timeStamp });
  if (!maybe) forCount++;
}

/** Before the detector is here: only what could start a secret is held; everything else passes. */
function early(e: Event): void {
  if (!e.isTrusted || releasing) return;
  switch (e.type) {
    case 'focusin':
    case 'dragenter':
      void fetchDetector();
      return;
    case 'keydown': {
      const k = e as KeyboardEvent;
      if (k.ctrlKey || k.metaKey || k.altKey || k.isComposing) return;
      if (!fieldOf(e)) return keyEarly(k);
      if (k.key.length === 1) return holdEarly(e, k.key);
      if (k.key === 'Enter') {
        const f = fieldOf(e);
        return holdEarly(e, f && isTextControl(f) && f.localName === 'input' ? null : '\n');
      }
      return;
    }
    case 'beforeinput': {
      const i = e as InputEvent;
      if (!i.inputType.startsWith('insert') || i.inputType === 'insertFromPaste') return;
      if (i.inputType === 'insertCompositionText') return;
      const data =
        i.inputType === 'insertLineBreak' || i.inputType === 'insertParagraph'
          ? '\n'
          : (i.data ?? i.dataTransfer?.getData('text/plain') ?? '');
      return data ? holdEarly(e, data) : undefined;
    }
    case 'paste': {
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      return text ? holdEarly(e, text) : undefined;
    }
    case 'keyup':
    case 'keypress':
      // The other key events of a key held here (an editor may read keyup).
      if (pending.length) stop(e);
      return;
    case 'submit':
      if (pending.length) {
        stop(e);
        if (pending.length === forCount) forCount++;
        const s = e as SubmitEvent;
        pending.push({ kind: 'submit', form: s.target as HTMLFormElement, submitter: s.submitter });
      }
      return;
  }
}

function dispatch(e: Event): void {
  if (impl) impl.handle(e);
  else early(e);
}

const TYPES = [
  'blur',
  'focusin',
  'dragenter',
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'textInput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'drop',
  'submit',
  'pointerdown',
];
const CAPTURE = { capture: true };

function addListeners(w: Window): void {
  for (const type of TYPES) w.addEventListener(type, dispatch, CAPTURE);
}

/** Windows where page listeners may come first (armed late); see guard.ts. */
const late = new WeakSet<Window>();
const lateList: Window[] = [];
function markLate(w: Window): void {
  if (late.has(w)) return impl?.markLate(w);
  late.add(w);
  lateList.push(w);
  // Its hold frame must be ready before the first key: the detector (with guard.ts) comes now.
  if (impl) impl.markLate(w);
  else void fetchDetector();
}

/** Windows of same-origin child frames this guard listens in (they had no guard of their own). */
const armed = new WeakSet<Window>();
function armChild(frame: HTMLIFrameElement): void {
  let w: Window | null = null;
  try {
    w = frame.contentWindow;
    if (!w || !w.document) return;
  } catch {
    return; // cross-origin: it has a guard of its own
  }
  if (armed.has(w) || (w as unknown as Record<string, unknown>)['__tpScamShieldGuard']) return;
  armed.add(w);
  addListeners(w);
  markLate(w);
}

/** Starts the guard in this frame: its listeners come first (capture, from document_start). */
export function startGuard(w: Window, options: GuardOptions): () => void {
  win = w;
  opts = options;
  setShadowRootOf(options.shadowRootOf);
  addListeners(w);
  // document.open() removes a window's listeners: add them again when the document is replaced.
  new MutationObserver(() => {
    addListeners(w);
    markLate(w);
  }).observe(w.document, { childList: true });
  return () => {
    for (const type of TYPES) w.removeEventListener(type, dispatch, CAPTURE);
  };
}

/** Same-origin child frames present after load (written by script) get this guard's listeners. */
export function armChildFrames(doc: Document): void {
  for (const f of doc.querySelectorAll('iframe')) armChild(f);
}
