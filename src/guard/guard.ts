/**
 * The secret-entry guard (every frame, from document_start): stops a seed phrase, private key or
 * keystore pasted, typed or submitted into a page before the page receives it. The secret is never
 * kept beyond the dialog, never logged, stored or messaged; the background only learns the kind.
 */
import { judgeInputFindings } from '../engine/secrets';
import type { Finding } from '../engine/finding';
import type { Lang } from '../engine/types';
import { showGuard, GUARD_TAG } from './modal';
import type { SecretKind } from './modal';
import { fnv1a } from '../util/hash';

export interface GuardOptions {
  lang: () => Lang;
  /** False on hosts the user excepted in the options ("my own tool"). */
  active: () => boolean;
  fired(kind: SecretKind): void;
  openOfficial(): void;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const WINDOW = 2000;

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
  const doc = win.document;
  let open = false;
  /** Values the user deliberately continued with (held as hashes only). */
  const allowed = new Set<string>();

  const check = (value: string, field: Field | null): SecretKind | null => {
    if (!opts.active() || open) return null;
    const url = win.location.href;
    let kind = plausible(value) ? kindOf(judgeInputFindings(value, url)) : null;
    if (!kind && field instanceof HTMLInputElement) {
      const sibs = siblingsOf(field);
      if (sibs.length) {
        const joined = sibs
          .map((i) => (i === field ? value : i.value).trim())
          .filter(Boolean)
          .join(' ');
        if (plausible(joined)) kind = kindOf(judgeInputFindings(joined, url));
      }
    }
    if (kind && allowed.has(fnv1a(value))) return null;
    return kind;
  };

  const intervene = (
    kind: SecretKind,
    field: Field | null,
    restore: () => void,
    clearAll: () => void,
    value: string,
  ) => {
    open = true;
    opts.fired(kind);
    void showGuard(doc, kind, opts.lang(), opts.openOfficial).then((r) => {
      open = false;
      if (r === 'continue') {
        allowed.add(fnv1a(value));
        restore();
      } else clearAll();
      field?.focus?.();
    });
  };

  const onPaste = (e: ClipboardEvent) => {
    const field = isField(e.target) ? e.target : null;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const kind = check(text, field);
    if (!kind) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    intervene(
      kind,
      field,
      () => {
        if (field) {
          field.focus();
          doc.execCommand('insertText', false, text);
        }
      },
      () => undefined,
      text,
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
      () => undefined,
      value,
    );
  };

  const blockIfSecret = (e: Event, values: { field: Field; value: string }[]) => {
    for (const { field, value } of values) {
      const kind = check(value, field);
      if (!kind) continue;
      e.preventDefault();
      e.stopImmediatePropagation();
      const all = values.map((v) => v.field);
      const saved = all.map(valueOf);
      for (const f of all) setValue(f, '');
      intervene(
        kind,
        field,
        () => all.forEach((f, i) => setValue(f, saved[i] ?? '')),
        () => undefined,
        value,
      );
      return;
    }
  };

  const onSubmit = (e: SubmitEvent) => {
    const form = e.target as HTMLFormElement;
    const fields = [...form.querySelectorAll('input, textarea')].filter(isField) as Field[];
    blockIfSecret(
      e,
      fields.map((field) => ({ field, value: valueOf(field) })),
    );
  };

  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.isComposing || !isField(e.target)) return;
    blockIfSecret(e, [{ field: e.target, value: nearCaret(e.target) }]);
  };

  const onDrop = (e: DragEvent) => {
    const text = e.dataTransfer?.getData('text/plain') ?? '';
    const kind = check(text, isField(e.target) ? e.target : null);
    if (!kind) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    intervene(
      kind,
      null,
      () => undefined,
      () => undefined,
      text,
    );
  };

  const cap = { capture: true };
  win.addEventListener('paste', onPaste, cap);
  win.addEventListener('input', onInput, cap);
  win.addEventListener('submit', onSubmit, cap);
  win.addEventListener('keydown', onKeydown, cap);
  win.addEventListener('drop', onDrop, cap);
  return () => {
    win.removeEventListener('paste', onPaste, cap);
    win.removeEventListener('input', onInput, cap);
    win.removeEventListener('submit', onSubmit, cap);
    win.removeEventListener('keydown', onKeydown, cap);
    win.removeEventListener('drop', onDrop, cap);
  };
}
