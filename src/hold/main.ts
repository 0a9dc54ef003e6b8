/**
 * The hold field and stop dialog (hold.html): an extension page the guard places in a frame over
 * a page's field. The page cannot read what is typed here, type here, or click here. What the user
 * types after a secret's first sign is kept here; it goes to the page only when a word breaks the
 * pattern (it was ordinary text), or when the user, in the dialog, deliberately continues.
 * Nothing typed here is logged, stored or sent anywhere else.
 */
import { judgeInputFindings } from '../engine/secrets';
import { enterEnds, heldOutcome, trailingHexDigits } from '../engine/phrase-entry';
import type { Lang } from '../engine/types';
import { t } from '../i18n/inpage';
import { secretKindOf } from '../guard/kinds';
import type { SecretKind } from '../guard/kinds';
import type { FromHold, ToHold } from '../guard/hold-protocol';
import { HOLD_PORT_PREFIX } from '../guard/hold-protocol';
import { sendContent } from '../messaging/send';

interface Port {
  name: string;
  postMessage(m: unknown): void;
  onMessage: { addListener(cb: (m: unknown) => void): void };
}
interface Api {
  runtime: {
    onConnect: { addListener(cb: (p: Port) => void): void };
    sendMessage(m: unknown): Promise<unknown>;
  };
}

function api(): Api {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (g.browser && 'runtime' in g.browser ? g.browser : g.chrome)!;
}

const CSS = `
html, body { margin: 0; height: 100%; background: transparent; overflow: hidden; }
.hold { box-sizing: border-box; width: 100%; height: 100%; display: flex; align-items: stretch;
  border: 2px solid #1565c0; border-radius: 4px; background: #fff; }
.hold textarea, .hold input { flex: 1; min-width: 0; border: 0; outline: none; resize: none; background: transparent; margin: 0; }
.hold .tag { flex: none; align-self: center; padding: 0 6px; font: 13px system-ui, sans-serif; color: #1565c0; cursor: help; }
.backdrop { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(0,0,0,.6);
  font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.box { background: #fff; color: #1b1b1b; max-width: 480px; width: calc(100% - 32px); border-radius: 12px; padding: 20px 22px;
  box-shadow: 0 12px 40px rgba(0,0,0,.4); border-top: 6px solid #c62828; }
h2 { margin: 0 0 8px; font-size: 20px; color: #b71c1c; }
p { margin: 6px 0; }
.actions { display: flex; flex-direction: column; gap: 10px; margin-top: 14px; }
button { font: inherit; border-radius: 8px; padding: 8px 14px; cursor: pointer; border: 1px solid #999; background: #f5f5f5; color: inherit; }
button.primary { background: #c62828; border-color: #c62828; color: #fff; font-weight: 600; font-size: 16px; }
button:disabled { opacity: .5; cursor: not-allowed; }
label { font-size: 13px; color: #555; }
.confirm { font: inherit; width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #999; border-radius: 6px; }
button:focus-visible, .confirm:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.link { background: none; border: none; color: #1565c0; text-decoration: underline; padding: 0; align-self: flex-start; }
@media (prefers-color-scheme: dark) { .box { background: #1f1f1f; color: #eee; } label { color: #bbb; } button { background: #2c2c2c; border-color: #666; } }
`;

function kindOf(text: string, url: string, hashContext: boolean): SecretKind | null {
  const kind = secretKindOf(judgeInputFindings(text, url));
  return kind === 'key' && hashContext ? null : kind;
}

/** One change to the held text: text added, or one character taken back (`null`). */
interface Piece {
  /** When it was typed (ms since the epoch, from the input event's own time stamp). */
  at: number;
  data: string | null;
}

/**
 * How long the frame waits, after the last change, before it lets ordinary text go: keys still on
 * their way arrive, and a mistyped word fixed with Backspace does not let a phrase out.
 */
const SETTLE_MS = 400;
/** Enter, Tab or a click elsewhere is judged once keys still on their way have arrived. */
const END_MS = 60;

export function startHoldPage(doc: Document): void {
  const nonce = doc.location.hash.slice(1);
  const style = doc.createElement('style');
  style.textContent = CSS;
  doc.head.append(style);
  let port: Port | null = null;
  let state: Extract<ToHold, { t: 'hold' }> | null = null;
  /**
   * What is held, as the changes that made it, in the order they were typed. Keys reach the
   * entry by two ways: typed here, or typed into the page's frame and forwarded by the guard
   * (while the keyboard moves between them); each carries its time, so the text is in the order
   * the user typed it whichever way arrived first. The field shows it; it is never edited natively.
   */
  const pieces: Piece[] = [];
  const field = doc.createElement('textarea');
  field.setAttribute('autocomplete', 'off');
  field.setAttribute('spellcheck', 'false');
  let holding = false;
  let done = false;
  let released = false;
  /** Forwarded keys and texts applied (the guard gives the rest to the page after a release). */
  let seen = 0;
  let settle: ReturnType<typeof setTimeout> | null = null;
  /** Enter or Tab ended the entry in a one-line field: replayed once the text goes to the page. */
  let then: 'Enter' | 'Tab' | undefined;
  /** When that Enter was typed: what came after it follows it, not the text before it. */
  let thenAt = Infinity;
  let lastKeyAt = 0;

  const post = (m: FromHold) => port?.postMessage(m);
  const origin = performance.timeOrigin;

  api().runtime.onConnect.addListener((p) => {
    if (port || p.name !== HOLD_PORT_PREFIX + nonce) return;
    port = p;
    p.onMessage.addListener((m) => onMessage(m as ToHold));
    p.postMessage({ t: 'ready' } satisfies FromHold);
  });

  const wrap = doc.createElement('div');
  wrap.className = 'hold';
  const tag = doc.createElement('span');
  tag.className = 'tag';
  // A shield drawn, not the 🛡 character: without an emoji font that shows as a missing-glyph box.
  const NS = 'http://www.w3.org/2000/svg';
  const shield = doc.createElementNS(NS, 'svg');
  shield.setAttribute('viewBox', '0 0 24 24');
  shield.setAttribute('width', '14');
  shield.setAttribute('height', '14');
  shield.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(NS, 'path');
  path.setAttribute('d', 'M12 2 L20 5 V11 C20 16 16.5 20 12 22 C7.5 20 4 16 4 11 V5 Z');
  path.setAttribute('fill', '#1565c0');
  shield.append(path);
  tag.append(shield);
  wrap.append(field, tag);
  wrap.style.opacity = '0';
  // Not focused here: a frame made ready in advance must not take the keyboard from the page.
  doc.body.append(wrap);

  const dataOf = (e: InputEvent) =>
    e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph'
      ? '\n'
      : (e.data ?? e.dataTransfer?.getData('text/plain') ?? '');

  // The guard gives this frame the keyboard by focusing it from the page: the field takes it.
  let stopFocus: HTMLElement | null = null;
  doc.defaultView?.addEventListener('focus', () => {
    if (!stopFocus) return field.focus();
    if (!doc.activeElement || doc.activeElement === doc.body) stopFocus.focus();
  });

  /** A key typed here: from the field, or from elsewhere in the frame. */
  function typedHere(at: number, data: string | null): void {
    if (released) return post({ t: 'late', data: data ?? '\b', at });
    if (done) return;
    add({ at, data });
  }

  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      lastKeyAt = origin + e.timeStamp;
      const inField = doc.activeElement === field;
      if (!inField && doc.body.contains(field)) field.focus();
      if (e.isComposing || done || e.ctrlKey || e.metaKey) return;
      const grid = !!state?.grid;
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        if (released)
          return post({ t: 'late', data: e.key === 'Tab' ? '\t' : '\r', at: lastKeyAt });
        if (grid || (e.key === 'Enter' && !enterEndsHere()))
          return typedHere(lastKeyAt, enterSeparator());
        // The entry is finished: once keys still on their way have arrived.
        if (e.key === 'Tab') return tabbed(lastKeyAt);
        then = 'Enter';
        thenAt = lastKeyAt;
        setTimeout(() => decide('enter'), END_MS);
        return;
      }
      if (inField) return; // its beforeinput follows
      const data = e.key.length === 1 ? e.key : null;
      if (!data && e.key !== 'Backspace') return;
      e.preventDefault();
      typedHere(lastKeyAt, data);
    },
    true,
  );
  field.addEventListener('beforeinput', (e) => {
    e.preventDefault();
    if (!e.isTrusted || e.inputType === 'insertCompositionText') return;
    const now = origin + e.timeStamp;
    const at = now - lastKeyAt < 50 ? lastKeyAt : now;
    if (e.inputType.startsWith('delete')) return typedHere(at, null);
    const data = dataOf(e);
    if (data) typedHere(at, data);
  });
  // Text may reach the frame before its field has the keyboard (the frame's focus and the first
  // keys travel separately): the body is editable too, and what lands there is taken the same way.
  doc.body.contentEditable = 'true';
  doc.addEventListener(
    'beforeinput',
    (e) => {
      if (e.target === field || done) return;
      e.preventDefault();
      if (!e.isTrusted || e.inputType === 'insertCompositionText') return;
      field.focus();
      const now = origin + e.timeStamp;
      const at = now - lastKeyAt < 50 ? lastKeyAt : now;
      if (e.inputType.startsWith('delete')) return typedHere(at, null);
      const data = dataOf(e);
      if (data) typedHere(at, data);
    },
    true,
  );
  // An input method's composition is shown as it goes, and added when committed.
  field.addEventListener('compositionend', (e) => {
    if (e.data) typedHere(origin + e.timeStamp, e.data);
  });

  /**
   * Tab: the entry ends, unless it is the middle of a phrase or a key (split over two fields). Then
   * it stays held, and Tab separates it from what comes next, as in a grid of boxes.
   */
  function tabbed(at: number): void {
    setTimeout(() => {
      if (!state || done || released) return;
      // As it was at the Tab: what was typed into the next field since then is not joined to it.
      const text = current(at);
      // An entry typed over several fields in turn goes on after Tab while it reads as a phrase.
      if (heldOutcome(text, state.acrossFields ? 'change' : 'tab', state.hashContext) === 'hold')
        // Words get a separator; the halves of a key join as they are.
        return trailingHexDigits(text) >= 16 ? undefined : add({ at, data: ' ' });
      then = 'Tab';
      decide('tab');
    }, END_MS);
  }

  function add(p: Piece): void {
    let i = pieces.length;
    while (i > 0 && pieces[i - 1]!.at > p.at) i--;
    pieces.splice(i, 0, p);
    render();
    if (!holding) return;
    // A secret is stopped at once; ordinary text goes once keys on their way have arrived.
    if (secretNow()) return;
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => decide('change'), SETTLE_MS);
  }

  /**
   * What an Enter that only separates words puts between them: a space in a grid, a line break in
   * a text area, a tab in a one-line field (which would drop a line break; a line of its own is
   * what tells a word an Enter from a message, see enterEnds).
   */
  function enterSeparator(): string {
    return state?.grid ? ' ' : state?.look.multiline ? '\n' : '\t';
  }

  /** Enter ends the entry (judged then), or only separates its words: see enterEnds. */
  function enterEndsHere(): boolean {
    if (!state || state.grid) return false;
    return enterEnds(
      current(),
      state.prefix,
      !!state.carried || !!state.acrossFields,
      !!state.look.multiline,
      state.hashContext,
    );
  }

  /** The held text, or as it was before `before` (what was typed until then). */
  function current(before = Infinity): string {
    let v = state ? state.prefix : '';
    for (const p of pieces) {
      if (p.at >= before) break;
      v = p.data === null ? v.slice(0, -1) : v + p.data;
    }
    return v;
  }

  function render(): void {
    if (!holding) return;
    const v = current();
    field.value = v;
    field.setSelectionRange(v.length, v.length);
  }

  function onMessage(m: ToHold): void {
    if (done || released) return;
    switch (m.t) {
      case 'hold':
        state = m;
        add({ at: m.at, data: m.held });
        return showHold();
      case 'stop':
        return showStop(m.kind, m.lang, undefined);
      case 'key':
        seen++;
        if (m.key === 'Enter') {
          if (!enterEndsHere()) return add({ at: m.at, data: enterSeparator() });
          then = 'Enter';
          thenAt = m.at;
          return void setTimeout(() => decide('enter'), END_MS);
        }
        if (m.key === 'Tab') {
          if (state?.grid) return add({ at: m.at, data: ' ' });
          return tabbed(m.at);
        }
        return add({ at: m.at, data: m.key === 'Backspace' ? null : m.key });
      case 'text':
        seen++;
        return add({ at: m.at, data: m.data });
      case 'word':
        seen++;
        if (!/\s$/.test(current())) add({ at: m.at, data: ' ' });
        return;
      case 'leave':
        return void setTimeout(() => decide('leave'), END_MS);
    }
  }

  function showHold(): void {
    const s = state!;
    holding = true;
    wrap.style.opacity = '1';
    wrap.style.background = s.look.background === 'rgba(0, 0, 0, 0)' ? '#fff' : s.look.background;
    field.setAttribute('aria-label', t(s.lang, 'holdNote'));
    tag.title = t(s.lang, 'holdNote');
    field.style.font = s.look.font;
    field.style.color = s.look.color;
    field.style.padding = s.look.padding;
    if (!s.look.multiline) field.style.whiteSpace = 'nowrap';
    render();
    if (!secretNow()) settle = setTimeout(() => decide('change'), SETTLE_MS);
  }

  function secretNow(): boolean {
    if (!state || done) return false;
    const full = current();
    const kind = kindOf(full, state.url, state.hashContext);
    if (!kind) return false;
    showStop(kind, state.lang, full);
    return true;
  }

  /** What the held text is now: a secret (dialog), still a phrase being typed, or ordinary. */
  function decide(why: 'change' | 'enter' | 'tab' | 'leave'): void {
    if (!state || done || !holding || released) return;
    if (secretNow()) return;
    // An Enter that ends the entry: the entry as it was then (what came after follows the Enter).
    const at = why === 'enter' ? thenAt : Infinity;
    const full = current(at);
    // Focused on a field but nothing typed yet (a window where page listeners come first).
    if (why === 'change' && state.proxy && !pieces.some((p) => p.data)) return;
    const outcome = heldOutcome(full, why, state.hashContext);
    if (outcome === 'stop') return showStop('phrase', state.lang, current());
    if (outcome === 'release') release(full, afterAt(at));
  }

  /** What was typed at `at` or later, in order (`\b`: Backspace). */
  function afterAt(at: number): string {
    let v = '';
    for (const p of pieces) if (p.at >= at) v += p.data ?? '\b';
    return v;
  }

  function release(text: string, after = ''): void {
    released = true;
    const focused = doc.hasFocus();
    post(
      then
        ? { t: 'release', text, then, seen, focused, ...(after ? { after } : {}) }
        : { t: 'release', text, seen, focused },
    );
    // The frame stays, hidden, with the keyboard while the user goes on typing: what is typed
    // here is passed to the guard for the page, in order, until typing pauses.
    field.value = '';
    wrap.style.opacity = '0';
  }

  function showStop(kind: SecretKind, lang: Lang, held: string | undefined): void {
    doc.body.contentEditable = 'false';
    holding = false;
    done = true;
    if (settle) clearTimeout(settle);
    field.value = '';
    post({ t: 'stop', kind });
    doc.body.textContent = '';
    const mk = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
      const e = doc.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (cls) e.className = cls;
      return e;
    };
    const backdrop = mk('div', undefined, 'backdrop');
    const box = mk('div', undefined, 'box');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'g-title');
    const title = mk('h2', t(lang, 'guardTitle'));
    title.id = 'g-title';
    const body = mk(
      'p',
      t(
        lang,
        kind === 'phrase'
          ? 'guardBodyPhrase'
          : kind === 'key'
            ? 'guardBodyKey'
            : 'guardBodyKeystore',
      ),
    );
    const why = mk('p', t(lang, 'guardWhy'));
    const official = mk('button', t(lang, 'openOfficial'), 'link');
    const clear = mk('button', t(lang, 'guardClear'), 'primary');
    clear.id = 'guard-clear';
    const phrase = t(lang, 'guardContinuePhrase');
    const label = mk('label', t(lang, 'guardContinueLabel', { phrase }));
    const input = mk('input', undefined, 'confirm');
    input.id = 'guard-confirm';
    input.setAttribute('autocomplete', 'off');
    label.htmlFor = 'guard-confirm';
    const cont = mk('button', t(lang, 'guardContinue'));
    cont.id = 'guard-continue';
    cont.disabled = true;
    const actions = mk('div', undefined, 'actions');
    actions.append(clear, label, input, cont, official);
    box.append(title, body, why, actions);
    backdrop.append(box);
    doc.body.append(backdrop);
    // The dialog itself has the keyboard, not a button: someone still typing must not press one.
    box.tabIndex = -1;
    stopFocus = box;
    box.focus();

    let finished = false;
    const finish = (m: FromHold) => {
      if (finished) return;
      finished = true;
      post(m);
      doc.body.textContent = '';
    };
    // Seen whole by the user: the page may draw over this frame (its own top-layer dialog, with
    // pointer-events: none, hiding the warning while the user types and clicks through it). Where
    // the browser can tell (IntersectionObserver v2: occluded, faded, transformed), continuing
    // needs the dialog unobstructed; elsewhere it goes as before.
    const canTell = 'isVisible' in IntersectionObserverEntry.prototype;
    let unobstructed = !canTell;
    const update = () => (cont.disabled = !unobstructed || input.value.trim() !== phrase);
    if (canTell)
      new IntersectionObserver(
        (entries) => {
          for (const en of entries)
            unobstructed = (en as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
          update();
        },
        { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      ).observe(box);
    input.addEventListener('input', update);
    clear.addEventListener('click', () => finish({ t: 'clear' }));
    cont.addEventListener('click', (e) => {
      // Only the user's own click, after typing the phrase in this frame (which the page can
      // neither read nor type into), with the dialog in plain view.
      if (!e.isTrusted || input.value.trim() !== phrase || !unobstructed) return;
      finish(held === undefined ? { t: 'continue' } : { t: 'continue', text: held });
    });
    official.addEventListener(
      'click',
      () => void sendContent(api().runtime, { type: 'openOfficial' }),
    );
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') finish({ t: 'clear' });
    });
  }
}
