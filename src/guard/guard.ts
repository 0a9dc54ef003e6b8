/**
 * The secret-entry guard (every frame, from document_start): stops a seed phrase, private key or
 * keystore pasted, typed or submitted into a page before the page receives it. The secret is never
 * kept beyond the dialog, never logged, stored or messaged; the background only learns the kind.
 *
 * What runs at document_start is small: the listeners. The detector (BIP39 wordlists and checksum)
 * is a script of its own that the background injects on request (see detector-slot.ts), and the
 * dialog is evaluated when it is shown. A value that could hold a secret and arrives before the
 * detector (a field used while the page is still loading, or right after its first focus) is held
 * from the page, judged once the detector is there a moment later, and handed on when it is not a
 * secret: a paste or drop is inserted as typed text, an input event and an Enter key are sent again
 * (as untrusted events, so an Enter's newline is not typed; a one-line field's form is submitted), a
 * form is submitted again. If the detector never comes, values are let through after 10 s rather
 * than held for ever.
 */
import type { Finding } from '../engine/finding';
import type { Lang } from '../engine/types';
import { GUARD_TAG } from './kinds';
import type { SecretKind } from './kinds';
import { fnv1a } from '../util/hash';
import { detectorOr } from './detector-slot';
import type { Judge } from './detector-slot';

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

let judge: Judge | null = null;
/** The detector did not come (the extension is gone or broken): values are then let through. */
let failed = false;
let loading: Promise<void> | null = null;

/** When the guard asks for its detector again, and when it lets values through rather than hold them. */
const RETRY_AFTER = [2000, 5000];
const GIVE_UP_AFTER = 10_000;

/**
 * The detector, once: the background is asked to inject its script into this frame (after the
 * page has loaded, or when a field is first used). Never rejects: once it has settled, `judge` is
 * set or `failed` is.
 */
export function loadDetector(win: Window, request: () => void): Promise<void> {
  return (loading ??= new Promise<void>((resolve) => {
    let here = false;
    const arrived = () => {
      const load = detectorOr(arrived);
      if (!load) return;
      here = true;
      load().then(
        (j) => {
          judge = j;
          resolve();
        },
        () => {
          failed = true;
          resolve();
        },
      );
    };
    arrived();
    if (here) return;
    request();
    // Asked again in case the background was stopped before it answered.
    for (const ms of RETRY_AFTER) win.setTimeout(() => void (here || request()), ms);
    win.setTimeout(() => {
      if (here) return;
      failed = true;
      resolve();
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

export function startGuard(win: Window, opts: GuardOptions): () => void {
  // The document is read where it is used: at document_start each first use of a page object in
  // this script context costs a little.
  let open = false;
  /** Values the user deliberately continued with (held as hashes only). */
  const allowed = new Set<string>();

  const check = (value: string, field: Field | null): Verdict => {
    if (!opts.active() || open) return null;
    const url = win.location.href;
    const judged = (v: string): Verdict =>
      !plausible(v) ? null : judge ? kindOf(judge(v, url)) : failed ? null : 'wait';
    let kind = judged(value);
    if (!kind && field instanceof HTMLInputElement) {
      const sibs = siblingsOf(field);
      if (sibs.length)
        kind = judged(
          sibs
            .map((i) => (i === field ? value : i.value).trim())
            .filter(Boolean)
            .join(' '),
        );
    }
    if (kind && kind !== 'wait' && allowed.has(fnv1a(value))) return null;
    return kind;
  };

  /**
   * Runs `next` once the detector has settled. From then on `check` never answers 'wait' (a detector
   * that failed to load lets values through), so a value handed on is never held again.
   */
  const load = () => loadDetector(win, opts.requestDetector);
  const whenReady = (next: () => void) => void load().then(next);
  const settled = (v: Verdict): SecretKind | null => (v === 'wait' ? null : v);

  const intervene = (kind: SecretKind, field: Field | null, restore: () => void, value: string) => {
    open = true;
    opts.fired(kind);
    void import('./modal')
      .then((m) => m.showGuard(win.document, kind, opts.lang(), opts.openOfficial))
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
  };

  /** Puts text where the user pasted or dropped it, as typing would. */
  const insert = (field: Field | null, text: string) => {
    if (!field) return;
    field.focus();
    win.document.execCommand('insertText', false, text);
  };

  const onPaste = (e: ClipboardEvent) => {
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
  };

  /** Empties a field that holds a secret (and its sibling boxes) and asks the user. */
  const stopInput = (field: Field, kind: SecretKind, value: string) => {
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
  };

  const onInput = (e: Event) => {
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
  };

  /** Empties the fields of a submission that holds a secret and asks the user. */
  const stopFields = (fields: Field[], field: Field, kind: SecretKind, value: string) => {
    const saved = fields.map(valueOf);
    for (const f of fields) setValue(f, '');
    intervene(kind, field, () => fields.forEach((f, i) => setValue(f, saved[i] ?? '')), value);
  };

  /** Submit and Enter: stopped when a value holds a secret; held and replayed while it is unknown. */
  const blockIfSecret = (
    e: Event,
    values: { field: Field; value: string }[],
    replay: () => void,
  ) => {
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
  };

  const onSubmit = (e: SubmitEvent) => {
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
  };

  const onKeydown = (e: KeyboardEvent) => {
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
  };

  const onDrop = (e: DragEvent) => {
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
  };

  /** Anything focused or dragged over: the detector is made ready before text can arrive. */
  const warm = () => void load();

  const cap = { capture: true };
  const listeners: [string, (e: never) => void][] = [
    ['focusin', warm],
    ['dragenter', warm],
    ['paste', onPaste],
    ['input', onInput],
    ['submit', onSubmit],
    ['keydown', onKeydown],
    ['drop', onDrop],
  ];
  for (const [type, fn] of listeners) win.addEventListener(type, fn as EventListener, cap);
  return () => {
    for (const [type, fn] of listeners) win.removeEventListener(type, fn as EventListener, cap);
  };
}

function pasteOf(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
}
