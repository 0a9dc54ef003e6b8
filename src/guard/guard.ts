/**
 * The secret-entry guard (every frame, from document_start): stops a seed phrase, private key or
 * keystore pasted, typed or submitted into a page before the page receives it. The secret is never
 * kept beyond the dialog, never logged, stored or messaged; the background only learns the kind.
 *
 * What runs at document_start is small: seven listeners. Their handlers are functions of this
 * module, compiled when an event first reaches them, not when the guard starts. The detector (BIP39
 * wordlists and checksum) and the dialogs are a script of their own that the background injects on
 * request (see detector-slot.ts). A value that could hold a secret and arrives before the detector
 * (a field used while the page is still loading, or right after its first focus) is held from the
 * page, judged once the detector is there a moment later, and handed on when it is not a secret: a
 * paste or drop is inserted as typed text, an input event and an Enter key are sent again (as
 * untrusted events, so an Enter's newline is not typed; a one-line field's form is submitted), a
 * form is submitted again. If the detector never comes, values are let through after 10 s rather
 * than held for ever.
 */
import type { Finding } from '../engine/finding';
import type { Lang } from '../engine/types';
import { GUARD_TAG } from './kinds';
import type { SecretKind } from './kinds';
import { fnv1a } from '../util/hash';
import { detectorOr } from './detector-slot';
import type { Detector } from './detector-slot';

export interface GuardOptions {
  lang: () => Lang;
  /** False on hosts the user excepted in the options ("my own tool"). */
  active: () => boolean;
  fired(kind: SecretKind): void;
  openOfficial(): void;
  /** Asks the background to inject the detector script into this frame. */
  requestDetector(): void;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** A secret, none, or "ask again once the detector is ready". */
type Verdict = SecretKind | null | 'wait';

const WINDOW = 2000;

// One guard per frame (a copy injected again has its own module): its state lives here, so that
// starting it only adds listeners.
let win: Window;
let opts: GuardOptions;
/** The stop dialog is showing. */
let open = false;
/** Values the user deliberately continued with (held as hashes only). */
const allowed = new Set<string>();

let detector: Detector | null = null;
/** The detector did not come (the extension is gone or broken): values are then let through. */
let failed = false;
let loading: Promise<Detector | null> | null = null;

/** When the guard asks for its detector again, and when it lets values through rather than hold them. */
const RETRY_AFTER = [2000, 5000];
const GIVE_UP_AFTER = 10_000;

/**
 * The detector, once: the background is asked to inject its script into this frame (after the
 * page has loaded, when a field is first used, or when the frame must be stopped). Never rejects:
 * once it has settled, `detector` is set or `failed` is.
 */
export function loadDetector(w: Window, request: () => void): Promise<Detector | null> {
  return (loading ??= new Promise<Detector | null>((resolve) => {
    let here = false;
    const arrived = () => {
      const load = detectorOr(arrived);
      if (!load) return;
      here = true;
      load().then(
        (d) => {
          detector = d;
          resolve(d);
        },
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

function kindOf(findings: Finding[]): SecretKind | null {
  for (const f of findings) {
    if (f.level !== 'danger') continue;
    if (f.code === 'SEED_PHRASE_ENTERED') return 'phrase';
    if (f.code === 'PRIVATE_KEY_ENTERED') return 'key';
    if (f.code === 'KEYSTORE_ENTERED') return 'keystore';
  }
  return null;
}

/** Cheap test before the real one: could this value hold 12 words, 64 hex digits or a keystore? */
function plausible(v: string): boolean {
  if (v.length < 12) return false;
  if (/[0-9a-fA-F]{64}/.test(v) || v.includes('"crypto"') || v.includes('"Crypto"')) return true;
  let words = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32 || c === 10 || c === 0x3000 || c === 44) words++;
    else if (c >= 0x4e00 && c <= 0x9fff) words++;
    if (words >= 11) return true;
  }
  return false;
}

function isField(e: EventTarget | null): e is Field {
  if (!(e instanceof HTMLElement)) return false;
  if (e instanceof HTMLTextAreaElement) return true;
  if (e instanceof HTMLInputElement)
    return ['text', 'password', 'search', 'email', 'url', 'tel', ''].includes(e.type);
  return e.isContentEditable;
}

function valueOf(f: Field): string {
  return f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement
    ? f.value
    : (f.textContent ?? '');
}

function setValue(f: Field, v: string): void {
  if (f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement) {
    const proto =
      f instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(f, v);
  } else f.textContent = v;
}

/** Text around the caret: a phrase being typed is there, and a long document is not re-read. */
function nearCaret(f: Field): string {
  const v = valueOf(f);
  if (v.length <= WINDOW) return v;
  const end =
    f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement
      ? (f.selectionEnd ?? v.length)
      : v.length;
  return v.slice(Math.max(0, end - WINDOW), end + 200);
}

/** The other single-word inputs of the same form: a phrase split over 12 or 24 boxes. */
function siblingsOf(f: Field): HTMLInputElement[] {
  const scope = f.closest('form') ?? f.parentElement?.parentElement?.parentElement ?? null;
  if (!scope) return [];
  const inputs = [...scope.querySelectorAll('input')].filter((i) =>
    ['text', 'password', ''].includes(i.type),
  );
  return inputs.length >= 12 && inputs.length <= 30 ? inputs : [];
}

function judged(v: string, url: string): Verdict {
  if (!plausible(v)) return null;
  if (detector) return kindOf(detector.judge(v, url));
  return failed ? null : 'wait';
}

function check(value: string, field: Field | null): Verdict {
  if (!opts.active() || open) return null;
  const url = win.location.href;
  let kind = judged(value, url);
  if (!kind && field instanceof HTMLInputElement) {
    const sibs = siblingsOf(field);
    if (sibs.length)
      kind = judged(
        sibs
          .map((i) => (i === field ? value : i.value).trim())
          .filter(Boolean)
          .join(' '),
        url,
      );
  }
  if (kind && kind !== 'wait' && allowed.has(fnv1a(value))) return null;
  return kind;
}

/** The started guard's detector (fetched once; see loadDetector). */
export function fetchDetector(): Promise<Detector | null> {
  return loadDetector(win, opts.requestDetector);
}

/**
 * Runs `next` once the detector has settled. From then on `check` never answers 'wait' (a detector
 * that failed to load lets values through), so a value handed on is never held again.
 */
function whenReady(next: () => void): void {
  void fetchDetector().then(next);
}

function settled(v: Verdict): SecretKind | null {
  return v === 'wait' ? null : v;
}

/** Shows the stop dialog (a secret was found, so the detector and its dialog are here). */
function intervene(kind: SecretKind, field: Field | null, restore: () => void, value: string) {
  const d = detector;
  if (!d) return;
  open = true;
  opts.fired(kind);
  // After the event's own handling, as when the dialog was a module of its own.
  void Promise.resolve()
    .then(() => d.showGuard(win.document, kind, opts.lang(), opts.openOfficial))
    .then(
      (r) => {
        open = false;
        if (r === 'continue') {
          allowed.add(fnv1a(value));
          restore();
        }
        field?.focus?.();
      },
      () => {
        open = false;
      },
    );
}

/** Puts text where the user pasted or dropped it, as typing would. */
function insert(field: Field | null, text: string): void {
  if (!field) return;
  field.focus();
  win.document.execCommand('insertText', false, text);
}

function onPaste(e: ClipboardEvent): void {
  const field = isField(e.target) ? e.target : null;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  const kind = check(text, field);
  if (!kind) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  if (kind !== 'wait') return intervene(kind, field, () => insert(field, text), text);
  const target = e.target;
  whenReady(() => {
    const k = settled(check(text, field));
    if (k) intervene(k, field, () => insert(field, text), text);
    else if (field) insert(field, text);
    else target?.dispatchEvent(pasteOf(text));
  });
}

/** Empties a field that holds a secret (and its sibling boxes) and asks the user. */
function stopInput(field: Field, kind: SecretKind, value: string): void {
  const full = valueOf(field);
  const sibs = field instanceof HTMLInputElement ? siblingsOf(field) : [];
  const saved = sibs.map((s) => s.value);
  setValue(field, '');
  for (const s of sibs) setValue(s, '');
  intervene(
    kind,
    field,
    () => {
      setValue(field, full);
      sibs.forEach((s, i) => setValue(s, saved[i] ?? ''));
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

function onInput(e: Event): void {
  if (!isField(e.target) || (e.target as Element).closest(GUARD_TAG)) return;
  const field = e.target;
  const value = nearCaret(field);
  const kind = check(value, field);
  if (!kind) return;
  // The page's own input handlers never see this value.
  e.stopImmediatePropagation();
  if (kind !== 'wait') return stopInput(field, kind, value);
  whenReady(() => {
    const now = nearCaret(field);
    const k = settled(check(now, field));
    if (k) stopInput(field, k, now);
    else field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Empties the fields of a submission that holds a secret and asks the user. */
function stopFields(fields: Field[], field: Field, kind: SecretKind, value: string): void {
  const saved = fields.map(valueOf);
  for (const f of fields) setValue(f, '');
  intervene(kind, field, () => fields.forEach((f, i) => setValue(f, saved[i] ?? '')), value);
}

/** Submit and Enter: stopped when a value holds a secret; held and replayed while it is unknown. */
function blockIfSecret(
  e: Event,
  values: { field: Field; value: string }[],
  replay: () => void,
): void {
  const fields = values.map((v) => v.field);
  let waiting = false;
  for (const { field, value } of values) {
    const kind = check(value, field);
    if (kind === 'wait') waiting = true;
    else if (kind) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return stopFields(fields, field, kind, value);
    }
  }
  if (!waiting) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  whenReady(() => {
    for (const { field, value } of values) {
      const k = settled(check(value, field));
      if (k) return stopFields(fields, field, k, value);
    }
    replay();
  });
}

function onSubmit(e: SubmitEvent): void {
  const form = e.target as HTMLFormElement;
  const fields = [...form.querySelectorAll('input, textarea')].filter(isField) as Field[];
  const submitter = e.submitter;
  blockIfSecret(
    e,
    fields.map((field) => ({ field, value: valueOf(field) })),
    () => {
      try {
        form.requestSubmit(submitter?.closest('form') === form ? submitter : null);
      } catch {
        form.requestSubmit();
      }
    },
  );
}

function onKeydown(e: KeyboardEvent): void {
  if (e.key !== 'Enter' || e.isComposing || !isField(e.target)) return;
  const field = e.target;
  blockIfSecret(e, [{ field, value: nearCaret(field) }], () => {
    // The page's own Enter handler (a chat composer's "send") gets the key again; a one-line
    // field in a form is submitted as Enter would have.
    const again = new KeyboardEvent('keydown', {
      key: e.key,
      code: e.code,
      shiftKey: e.shiftKey,
      ctrlKey: e.ctrlKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      bubbles: true,
      cancelable: true,
    });
    if (field.dispatchEvent(again) && field instanceof HTMLInputElement)
      field.form?.requestSubmit();
  });
}

function onDrop(e: DragEvent): void {
  const text = e.dataTransfer?.getData('text/plain') ?? '';
  const field = isField(e.target) ? e.target : null;
  const kind = check(text, field);
  if (!kind) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  if (kind !== 'wait') return intervene(kind, null, () => undefined, text);
  whenReady(() => {
    const k = settled(check(text, field));
    if (k) intervene(k, null, () => undefined, text);
    else insert(field, text);
  });
}

/** Anything focused or dragged over: the detector is made ready before text can arrive. */
function warm(): void {
  void fetchDetector();
}

const LISTENERS: [string, (e: never) => void][] = [
  ['focusin', warm],
  ['dragenter', warm],
  ['paste', onPaste],
  ['input', onInput],
  ['submit', onSubmit],
  ['keydown', onKeydown],
  ['drop', onDrop],
];
const CAPTURE = { capture: true };

/** Starts the guard in this frame: its listeners come first (capture, from document_start). */
export function startGuard(w: Window, options: GuardOptions): () => void {
  win = w;
  opts = options;
  for (const [type, fn] of LISTENERS) w.addEventListener(type, fn as EventListener, CAPTURE);
  return () => {
    for (const [type, fn] of LISTENERS) w.removeEventListener(type, fn as EventListener, CAPTURE);
  };
}

function pasteOf(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
}
