/**
 * The secret-entry guard's working part, which the detector script brings into a frame (the part
 * that starts at document_start in every frame is entry.ts, and only listens until this is here):
 * a recovery phrase, private key or keystore entered into a page never reaches the page beyond its
 * first two words (or first 15 hex digits), however it is entered: typed, inserted by an IME or
 * dictation, pasted, dropped, or spread over a grid of one-word boxes.
 *
 * - Only trusted events are judged (the page can dispatch any event it likes, and its own events
 *   carry none of the user's secrets), on their real target: `composedPath()`, and the focused
 *   element inside closed shadow roots.
 * - At the first sign (two phrase words at the start of a field and a third coming, a 16th hex
 *   digit), the insertion is stopped before any page listener sees it and the rest of the entry
 *   goes to the hold frame: an extension page over the page's field (hold-frame.ts) that shows
 *   what is held. The keyboard stays with the page's field; key, input, beforeinput, textInput and
 *   composition events reaching the page's frame are stopped at window capture and forwarded, on
 *   one ordered path. When a word breaks the pattern the held text goes to the page as typed; when
 *   it is a secret, the hold frame shows the stop dialog, and only the user, in that frame, lets it
 *   through. Where page listeners may come first (document.open(), frames written by script), the
 *   keyboard itself goes to the hold frame.
 * - A complete secret that arrives at once (paste, drop, insertText) is stopped and asked about in
 *   the same frame.
 * - If the page removes or hides the hold frame, the guard fails closed: the held text stays held.
 * - A 64-hex value where a hash is expected (explorer search, checksum field) is let through.
 */
import type { Lang } from '../engine/types';
import { secretKindOf } from './kinds';
import type { SecretKind } from './kinds';
import type { Detector } from './detector-slot';
import {
  beforeCaret,
  deepActive,
  dispatchKeys,
  inFramedPage,
  fieldOf,
  isField,
  isTextControl,
  keyTargetOf,
  setShadowRootOf,
  setValue,
  stop,
  valueOf,
} from './fields';
import type { Field } from './fields';
import { openHoldFrame } from './hold-frame';
import type { HoldFrame, HoldFrameEnv } from './hold-frame';
import type { FieldLook, FromHold, ToHold } from './hold-protocol';
import type { TabRun } from '../messaging/protocol';

export interface GuardOptions extends HoldFrameEnv {
  lang: () => Lang;
  /** False on hosts the user excepted in the options ("my own tool"). */
  active: () => boolean;
  fired(kind: SecretKind): void;
  /** Asks the background to inject the detector script into this frame. */
  requestDetector(): void;
  /** The shadow root of an element, open or closed (content scripts may see closed ones). */
  shadowRootOf(el: Element): ShadowRoot | null;
  /** Tells the tab's other frames how many phrase words this frame's typing ends with. */
  reportRun(run: { words: number; lang: 'en' | 'zh'; source: string }): void;
  /** The latest such count from a frame of this tab (when this guard starts)… */
  askRun(): Promise<TabRun | null>;
  /** …and every later one. */
  onTabRun(cb: (run: TabRun) => void): void;
}

let opts: GuardOptions;
let win: Window;

let detector: Detector;

/** The secret `text` in `field` holds, if any: a 64-hex value where a hash is expected is none. */
function secretIn(text: string, field: Field): SecretKind | null {
  const kind = secretKindOf(detector.judge(text, win.location.href));
  return kind === 'key' && hashContext(field) ? null : kind;
}

/** The other one-word boxes of a grid the field belongs to (12 to 30 text inputs), in order. */
const gridCache = new WeakMap<Field, HTMLInputElement[] | null>();
function gridOf(f: Field): HTMLInputElement[] | null {
  if (f.localName !== 'input') return null;
  if (gridCache.has(f)) return gridCache.get(f)!;
  let grid: HTMLInputElement[] | null = null;
  let scope: Element | null = f.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    const inputs = [...scope.querySelectorAll('input')].filter((i) =>
      ['text', 'password', ''].includes(i.type),
    );
    if (inputs.length > 30) break;
    if (inputs.length >= 12) {
      grid = inputs;
      break;
    }
  }
  gridCache.set(f, grid);
  return grid;
}

/**
 * What the user has typed in a row, as they typed it (typed, composed, pasted, minus Backspace),
 * until they move the caret themselves (a click, an arrow key); Tab to another field goes on with
 * it, as a word break. A page that moves the caret or rewrites its field after every key, or that
 * has the words typed into two fields in turn, would otherwise keep the text before the caret free
 * of any sign while its key listeners read the whole entry.
 */
let run: { field: Field; text: string } | null = null;
// Longer than any phrase or key with its breaks (24 words of up to 8 letters): each key reads it.
const RUN_MAX = 600;

/** An entry that is held (with `data` added), or armed (nothing to add). */
function reads(text: string, data: string): boolean {
  return data ? detector.entryState(text + data, data.length) === 'hold' : detector.armed(text);
}

/** The user moved the caret or the keyboard (a click, an arrow, Tab): the run goes on after a break. */
function runBreak(sep = '\n'): void {
  if (run && run.text && !/\s$/.test(run.text)) run.text += sep;
}

/** Typed text joins the run; the run follows the keyboard from field to field (Tab). */
function runAdd(field: Field, data: string): void {
  if (!run) run = { field, text: '' };
  run.field = field;
  run.text = (run.text + data).slice(-RUN_MAX);
  reportRun();
}

/*
 * A phrase split over frames, a word or two a frame: no frame alone ever sees more than two words.
 * So the run goes on from frame to frame of a tab: each guard tells the others (through the
 * background) how many phrase words its typing ends with, a count and a word list, never a word;
 * where the keyboard comes next, the run starts with that many stand-in list words, and the first
 * sign is seen there as it would be in one document (two words and a third coming).
 */
/** This frame's token: its own counts come back with the others' and are skipped. */
const SELF = Math.random().toString(36).slice(2, 12);
/** The latest count from another frame of the tab. */
let elsewhere: TabRun | null = null;
let reportedWords = 0;
/** The keyboard is (or has been until now) in another frame. */
let keyboardAway = true;
const ELSEWHERE_MS = 120_000;
/** Stand-ins for the other frames' words: a list word of each list. */
const STAND_IN = { en: 'abandon', zh: '的' } as const;

function reportRun(): void {
  if (!run || !detector) return;
  const s = detector.shape(run.text);
  const words = s?.words ?? 0;
  if (words === reportedWords) return;
  reportedWords = words;
  opts.reportRun({ words, lang: s?.lang ?? 'en', source: SELF });
}

function heardRun(r: TabRun): void {
  if (r.source !== SELF) elsewhere = r;
}

/** The keyboard came from another frame to `f`: the words typed there come first. */
function runFromElsewhere(f: Field): void {
  keyboardAway = false;
  const r = elsewhere;
  if (!r?.words || Date.now() - r.at > ELSEWHERE_MS) return;
  // Never fewer words than this frame's own run ends with: a page that moves the focus out and
  // back (a trusted blur and focus) must not trade a longer run here for an older, shorter count.
  const own = run && detector ? (detector.shape(run.text)?.words ?? 0) : 0;
  if (r.words <= own) return;
  const words: string[] = Array.from({ length: r.words }, () => STAND_IN[r.lang]);
  // A page's key-drawn editor keeps the few keys it had before the count came (typed while the
  // detector was on its way): they follow the other frames' words.
  const early =
    !isField(f) && run?.field === f && run.text.length < 40 && !/[\n\t]/.test(run.text)
      ? run.text
      : '';
  run = { field: f, text: words.join(' ') + '\t' + early };
  reportedWords = r.words;
}

/**
 * What is typed while the latest count is asked for, when the keyboard comes into a frame of a
 * page with frames: the count pushed by the frame it came from may still be on its way (measured:
 * under load, the first letter of a third word reached the page before it). A few milliseconds;
 * then what waited is judged in order, or given to the page as typed.
 */
let waiting: Pending[] | null = null;
/** Ends the wait now, with the count known so far (a key that cannot wait: Backspace, arrows…). */
let endWait: ((r: TabRun | null) => void) | null = null;
/** The tab's count has been asked for once since this guard started. */
let firstAnswer = false;
const WAIT_MAX_MS = 400;

function keyboardCameIn(f: Field): void {
  keyboardAway = false;
  // A page of one frame waits only for the tab's first answer (typing may go on from the page
  // before: the tab's count outlives a navigation for a few seconds).
  if (!inFramedPage(win) && firstAnswer) return runFromElsewhere(f);
  if (waiting) return; // already waiting: that wait's end reads the run
  waiting = [];
  let done = false;
  const end = (r: TabRun | null) => {
    if (done) return;
    done = true;
    endWait = null;
    if (r) heardRun(r);
    firstAnswer = true;
    runFromElsewhere(f);
    const queued = waiting ?? [];
    waiting = null;
    for (const p of queued) {
      if (p.kind !== 'text' || isHolding()) {
        takeOver([p]);
        continue;
      }
      const v = judgeInsertion(p.field, p.data);
      if (v === 'hold') startHolding(p.field, p.data, p.at);
      else if (v && typeof v === 'object') ask(p.field, v.kind, p.data);
      else {
        insertText(p.field, p.data);
        // (Keys given back to a key-drawn editor joined the run as they were replayed.)
        if (isField(p.field)) runAdd(p.field, p.data);
      }
    }
  };
  endWait = end;
  void opts.askRun().then(end, () => end(null));
  setTimeout(() => end(null), WAIT_MAX_MS);
}

/**
 * What the page has of an entry before the caret: a grid's earlier boxes count as words. Where
 * the page moved the caret or changed the field, what the user typed in a row is the entry when
 * it reads as one and the text before the caret does not (`data`: what is about to be added).
 */
function entrySoFar(
  f: Field,
  data = '',
): { text: string; grid: HTMLInputElement[] | null; acrossFields?: boolean; carried?: boolean } {
  const grid = gridOf(f);
  if (!grid) {
    // A page's editor drawn from keys (not a field) has no text of its own: the run is the entry.
    const own = isField(f) ? beforeCaret(f) : '';
    const typedRun = run?.text && (run.field !== f || !own.endsWith(run.text)) ? run.text : null;
    if (typedRun && detector && !reads(own, data) && reads(typedRun, data))
      return { text: typedRun, grid, acrossFields: /[\n\t]/.test(typedRun), carried: true };
    return { text: own, grid };
  }
  const i = grid.indexOf(f as HTMLInputElement);
  const earlier = grid
    .slice(0, Math.max(0, i))
    .map((b) => b.value.trim())
    .filter(Boolean);
  const own = beforeCaret(f);
  return { text: earlier.length ? `${earlier.join(' ')} ${own}` : own, grid };
}

/** The field expects a hash: a 64-hex value there is a transaction id or checksum, not a key. */
const HASH_WORDS =
  /\b(?:sha-?256|sha-?512|sha1|checksum|digest|hash|txid|txn|tx id|tx hash|transaction)\b|哈希|交易|校验/i;
const KEY_WORDS = /private|secret|mnemonic|seed|recovery|import|私钥|助记词|密钥|导入/i;
const EXPLORER_HOST =
  /(?:^|\.)(?:[a-z0-9-]*scan\.(?:io|com|org)|tronscan\.org|oklink\.com|blockchair\.com|blockscout\.com|tokenview\.io|explorer\.[a-z.]+|blockchain\.com|mempool\.space|btc\.com)$/;
/** A page that calls itself a block explorer ("Block Explorer", "区块浏览器"). */
const EXPLORER_WORDS = /\bexplorer\b|\b[a-z]*scan\b|区块浏览器|區塊瀏覽器/i;
function hashContext(f: Field): boolean {
  const labels = isTextControl(f) ? [...(f.labels ?? [])].map((l) => l.textContent ?? '') : [];
  const attrs = ['name', 'id', 'placeholder', 'aria-label', 'title']
    .map((a) => f.getAttribute(a) ?? '')
    .concat(labels)
    .join(' ');
  const form = (f.closest('form')?.textContent ?? '').slice(0, 2000);
  if (KEY_WORDS.test(attrs) || KEY_WORDS.test(form)) return false;
  // The page's own title and headings asking for a key or phrase outweigh a field that says
  // "hash" (a page can name its fields as it likes: found by a blind attacker, session 14).
  const doc = f.ownerDocument;
  const page = [
    doc.title,
    ...[...doc.querySelectorAll('h1, h2, h3, legend')].slice(0, 20).map((h) => h.textContent ?? ''),
  ]
    .join(' ')
    .slice(0, 2000);
  if (KEY_WORDS.test(page)) return false;
  if (HASH_WORDS.test(attrs) || HASH_WORDS.test(form)) return true;
  if (EXPLORER_HOST.test(doc.location?.hostname ?? '')) return true;
  // A page titled as an explorer counts only for its search box (the title is the page's to set).
  const search =
    (isTextControl(f) && f.type === 'search') ||
    /^(?:q|query|search|keyword|kw|s)$/i.test(f.getAttribute('name') ?? '') ||
    !!f.closest('[role="search"]');
  return search && EXPLORER_WORDS.test(doc.title);
}

function lookOf(f: Field): FieldLook {
  const view = f.ownerDocument.defaultView;
  const cs = view?.getComputedStyle(f);
  return {
    font: cs?.font || '14px sans-serif',
    color: cs?.color || '#000',
    background: cs?.backgroundColor || '#fff',
    padding: cs?.padding || '2px',
    multiline: f.localName !== 'input',
  };
}

// ---- the hold ------------------------------------------------------------------------------

interface Hold {
  field: Field;
  grid: HTMLInputElement[] | null;
  /** The field's value when the hold began, and the caret then. */
  value: string;
  caret: number;
  /** What the page has of the entry (the hold field shows it before the held text). */
  prefix: string;
  frame: HoldFrame;
  mode: 'armed' | 'holding' | 'stop';
  /** A paste or insertion being asked about: inserted if the user continues. */
  asked?: string;
  /** What the hold began with (the insertion that showed the first sign). */
  held0: string;
  /** The grid box input last went to. */
  box: Field;
  /** Keys and texts forwarded to the frame, in order (the frame says how many it applied). */
  sent: ToHold[];
  /** A composition's text is on its way (it is forwarded at its commit). */
  composing: boolean;
  /** The hold frame went away: what it held is gone, the page got none of it. */
  lost?: boolean;
  /** The entry is more than the field's own text (entrySoFar): Enter separates its words. */
  carried?: boolean;
}

let hold: Hold | null = null;
/** Our own insertion of released text: not judged again. */
let releasing = false;

/** The last trusted key's time: an insertion it caused is stamped with it. */
let lastKeyAt = 0;

/**
 * When an event's input was typed, in ms since the epoch: the hold frame orders keys that reached
 * it by two ways (typed there, or forwarded from here) by this.
 */
function stamp(e: Event): number {
  const at = performance.timeOrigin + e.timeStamp;
  if (e.type === 'keydown') return (lastKeyAt = at);
  return at - lastKeyAt < 50 ? lastKeyAt : at;
}

function caretOf(f: Field): number {
  if (!isTextControl(f)) return valueOf(f).length;
  try {
    return f.selectionStart ?? f.value.length;
  } catch {
    return f.value.length;
  }
}

/** Which hold a frame serves (a frame made ready in advance gets its hold later). */
const owners = new Map<HoldFrame, Hold>();
/** Frames made ready in advance, one per document where page listeners may come first. */
const spares = new WeakMap<Document, HoldFrame>();

function openFrame(doc: Document): HoldFrame {
  const frame: HoldFrame = openHoldFrame(
    doc,
    opts,
    (m) => {
      const h = owners.get(frame);
      if (h) onFrame(h, m);
    },
    () => {
      const h = owners.get(frame);
      owners.delete(frame);
      if (spares.get(doc) === frame) spares.delete(doc);
      if (h) onLost(h);
    },
  );
  return frame;
}

function newHold(field: Field, grid: HTMLInputElement[] | null, prefix: string): Hold {
  const doc = field.ownerDocument;
  const spare = spares.get(doc);
  spares.delete(doc);
  const frame = spare ?? openFrame(doc);
  const h: Hold = {
    field,
    grid,
    value: valueOf(field),
    caret: caretOf(field),
    prefix,
    mode: 'armed',
    held0: '',
    box: field,
    sent: [],
    composing: false,
    frame,
  };
  owners.set(frame, h);
  return h;
}

/** A window where page listeners may come first: a hold frame waits ready for its fields. */
function markLate(w: Window): void {
  const doc = w.document;
  if (!spares.has(doc) && doc.documentElement) spares.set(doc, openFrame(doc));
}

/** Holding: the rest of this entry goes to the hold frame. */
function startHolding(field: Field, data: string, at: number, proxy = false): void {
  const { text, grid, acrossFields, carried } = entrySoFar(field, data);
  if (!hold || hold.field !== field || hold.mode !== 'armed') {
    hold?.frame.remove();
    hold = newHold(field, grid, text);
  }
  const h = hold;
  h.mode = 'holding';
  h.carried = !!carried;
  h.prefix = text;
  h.held0 = data;
  h.value = valueOf(field);
  h.caret = caretOf(field);
  h.frame.send({
    t: 'hold',
    prefix: text,
    held: data,
    at,
    proxy,
    lang: opts.lang(),
    url: win.location.href,
    hashContext: hashContext(field),
    grid: !!grid,
    ...(acrossFields ? { acrossFields } : {}),
    ...(carried ? { carried } : {}),
    look: lookOf(field),
  });
  h.frame.show(rectOf(field));
  if (keyboardToFrame(h) && h.frame.ready()) h.frame.focus();
  listenWhileHolding(field.ownerDocument.defaultView ?? win);
}

/** Pre-creates the hold frame when an entry shows two phrase words, so holding starts at once. */
function arm(field: Field): void {
  if (hold || !detector) return;
  const { text, grid } = entrySoFar(field);
  if (!detector.armed(text)) return;
  hold = newHold(field, grid, text);
}

/** While holding a word grid: input that now goes to another box starts the next word. */
function nextBox(field: Field | null, at: number): void {
  const h = hold;
  if (!h?.grid || !field || field === h.box || !h.grid.includes(field as HTMLInputElement)) return;
  h.box = field;
  h.sent.push({ t: 'text', data: ' ', at });
  h.frame.send({ t: 'word', at });
}

function disarm(): void {
  if (hold?.mode !== 'armed') return;
  hold.frame.remove();
  hold = null;
}

function endHold(h: Hold): void {
  owners.delete(h.frame);
  h.frame.remove();
  if (hold === h) hold = null;
}

/** Puts text into the page's field as typing would (the user's own, let through). */
function insertText(field: Field, text: string, at?: number): void {
  if (!text) return;
  if (!isField(field)) return replayKeys(field, text);
  releasing = true;
  try {
    field.focus();
    const doc = field.ownerDocument;
    // Where the user was typing: the caret (kept while holding: no key reached the field), or
    // where the held entry began.
    if (at !== undefined && isTextControl(field)) {
      try {
        field.setSelectionRange(at, at);
      } catch {
        // types without a selection (email): the caret is at the end anyway
      }
    }
    if (!doc.execCommand('insertText', false, text)) {
      setValue(field, valueOf(field) + text);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  } finally {
    releasing = false;
  }
}

/** Released or continued held text: `full` is the entry from its start, as the user has it. */
function giveToPage(h: Hold, full: string): void {
  const { field, grid } = h;
  if (hold === h) hold = null;
  if (grid) {
    const i = grid.indexOf(field as HTMLInputElement);
    const prefixWords = h.prefix.trim().split(/\s+/).filter(Boolean).length;
    const words = full.trim().split(/\s+/).filter(Boolean);
    const own = beforeCaret(field).trim() ? 1 : 0;
    // Words the page has: earlier boxes and (maybe) a word in this box; the rest go box by box.
    const rest = words.slice(prefixWords - own);
    for (let k = 0; k < rest.length; k++) {
      const box = grid[Math.min(i + k, grid.length - 1)]!;
      const text = k < grid.length - 1 - i ? rest[k]! : rest.slice(k).join(' ');
      setValue(box, '');
      insertText(box, text);
      if (k >= grid.length - 1 - i) break;
    }
    return;
  }
  if (full.startsWith(h.prefix))
    return insertText(field, full.slice(h.prefix.length), Math.min(h.caret, valueOf(field).length));
  if (!isField(field)) {
    // The page has the prefix as keys: take back what the user took back, then the rest.
    let same = 0;
    while (same < full.length && full[same] === h.prefix[same]) same++;
    return replayKeys(field, '\b'.repeat(h.prefix.length - same) + full.slice(same));
  }
  setValue(field, full + h.value.slice(h.caret));
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The text of forwarded keys the frame had not applied when it released. */
function typed(rest: ToHold[]): string {
  let out = '';
  for (const m of rest) {
    if (m.t === 'text') out += m.data;
    else if (m.t === 'key')
      out =
        m.key === 'Backspace'
          ? out.slice(0, -1)
          : m.key.length === 1
            ? out + m.key
            : out + (m.key === 'Enter' ? '\n' : ' ');
  }
  return out;
}

/**
 * After a release the hold frame keeps the keyboard, hidden, while the user goes on typing: what
 * they type there comes back here (`late`) and is added to the page's field in order, on one path.
 * When typing pauses (or the user clicks), the keyboard goes back to the page's field.
 */
let passing: { field: Field; frame: HoldFrame; timer: number } | null = null;
const PAUSE = 250;

function endPassing(): void {
  const p = passing;
  if (!p) return;
  passing = null;
  clearTimeout(p.timer);
  owners.delete(p.frame);
  p.frame.remove(true);
  p.field.focus();
}

/** Adds what the user typed in the frame to the page's field, without moving the keyboard. */
function passOn(data: string): void {
  const p = passing;
  if (!p) return;
  clearTimeout(p.timer);
  p.timer = setTimeout(endPassing, PAUSE) as unknown as number;
  const f = p.field;
  if (data === '\r' || data === '\t') {
    endPassing();
    if (data === '\r') pressEnter(f);
    return;
  }
  if (!isField(f)) return replayKeys(f, data);
  releasing = true;
  try {
    const v = valueOf(f);
    if (!isTextControl(f)) {
      // A rich editor needs the keyboard for its own insertion.
      f.focus();
      f.ownerDocument.execCommand(data === '\b' ? 'delete' : 'insertText', false, data);
      p.frame.focus();
      return;
    }
    // At the field's caret, which the release left after the released text.
    let c = v.length;
    try {
      c = f.selectionStart ?? v.length;
    } catch {
      c = v.length;
    }
    const back = data === '\b';
    setValue(
      f,
      back ? v.slice(0, Math.max(0, c - 1)) + v.slice(c) : v.slice(0, c) + data + v.slice(c),
    );
    const caret = back ? Math.max(0, c - 1) : c + data.length;
    try {
      f.setSelectionRange(caret, caret);
    } catch {
      // no selection in this type
    }
    f.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        inputType: data === '\b' ? 'deleteContentBackward' : 'insertText',
        data: data === '\b' ? null : data,
      }),
    );
  } finally {
    releasing = false;
  }
}

function onFrame(h: Hold, m: FromHold): void {
  if (m.t === 'late') {
    // Typed into a frame that had let its text go: it belongs where the user is typing now.
    if (passing?.frame === h.frame) return passOn(m.data);
    if (hold?.mode === 'holding' && m.data.length === 1 && m.data >= ' ')
      return forward({ t: 'text', data: m.data, at: m.at });
    if (passing) return passOn(m.data);
    const f = deepActive(h.field.ownerDocument);
    if (f && m.data.length === 1 && m.data >= ' ') insertText(f, m.data);
    return;
  }
  if (hold !== h) return;
  switch (m.t) {
    case 'ready':
      if (h.mode === 'stop' || (h.mode === 'holding' && keyboardToFrame(h))) h.frame.focus();
      return;
    case 'release': {
      endPassing();
      hold = null;
      // Keys the frame had not applied yet came after its Enter, if it ended the entry with one.
      const later = typed(h.sent.slice(m.seen));
      giveToPage(h, m.text + (m.then === 'Enter' ? '' : later));
      if (m.then) {
        endHold(h);
        if (m.then === 'Enter') {
          pressEnter(h.field);
          // (Backspaces in it remove what came before them.)
          const BS = String.fromCharCode(8);
          for (const part of ((m.after ?? '') + later)
            .split(BS)
            .flatMap((x, i) => (i ? [BS, x] : [x])))
            if (part === BS) {
              releasing = true;
              try {
                h.field.ownerDocument.execCommand('delete');
              } finally {
                releasing = false;
              }
            } else insertText(h.field, part);
        }
        return;
      }
      if (!m.focused) {
        owners.delete(h.frame);
        return h.frame.remove(true);
      }
      h.frame.hide();
      h.frame.focus();
      passing = {
        field: h.field,
        frame: h.frame,
        timer: setTimeout(endPassing, PAUSE) as unknown as number,
      };
      return;
    }
    case 'stop':
      h.mode = 'stop';
      opts.fired(m.kind);
      h.frame.show(null);
      h.frame.focus();
      return;
    case 'clear': {
      endHold(h);
      if (h.asked === undefined && isField(h.field)) {
        // The entry's first words are part of the secret too.
        if (h.grid) for (const b of h.grid) setValue(b, '');
        else
          setValue(h.field, h.value.slice(0, h.caret - h.prefix.length) + h.value.slice(h.caret));
        h.field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      h.field.focus();
      return;
    }
    case 'continue':
      if (h.asked !== undefined) {
        endHold(h);
        return insertText(h.field, h.asked);
      }
      endHold(h);
      return giveToPage(h, m.text ?? h.prefix);
  }
}

/** The hold frame is gone (removed by the page) or never answered: keep holding, fail closed. */
function onLost(h: Hold): void {
  if (hold !== h) return;
  if (h.mode === 'armed' || h.asked !== undefined) {
    hold = null;
    return;
  }
  // Fail closed: later keys stay held (and are dropped) until the user clicks elsewhere.
  h.lost = true;
  h.mode = 'holding';
}

function pressEnter(field: Field): void {
  const again = new KeyboardEvent('keydown', {
    key: 'Enter',
    code: 'Enter',
    bubbles: true,
    cancelable: true,
  });
  if (!field.dispatchEvent(again)) return; // the page took it (a chat sends its message)
  if (field.localName === 'input') (field as HTMLInputElement).form?.requestSubmit();
  // A text area's or an editor's own Enter: the line break the user typed.
  else insertText(field, '\n');
}

/** Asks about a complete secret that arrived at once; `text` is inserted if the user continues. */
function ask(field: Field | null, kind: SecretKind, text: string): void {
  if (!field) return;
  hold?.frame.remove();
  const h = newHold(field, null, '');
  h.mode = 'stop';
  h.asked = text;
  hold = h;
  opts.fired(kind);
  h.frame.send({ t: 'stop', kind, lang: opts.lang() });
  h.frame.show(null);
  if (h.frame.ready()) h.frame.focus();
}

// ---- judging ---------------------------------------------------------------------------------

type Verdict = { kind: SecretKind } | 'hold' | null;

/** What to do with `data` about to be inserted into `field`. */
function judgeInsertion(field: Field, data: string): Verdict {
  if (!opts.active()) return null;
  const { text } = entrySoFar(field, data);
  const next = text + data;
  const url = win.location.href;
  // A complete secret can only arrive with more than one character (paste, insertion); typed
  // keys reach the hold frame long before.
  if (data.length > 1) {
    const after = isTextControl(field)
      ? field.value.slice(caretOf(field), caretOf(field) + 2000)
      : '';
    const kind = secretKindOf(detector.judge(next.slice(-4000) + after, url));
    const hashy = hashContext(field);
    if (kind) return kind === 'key' && hashy ? null : { kind };
    if (hashy && /[0-9a-fA-F]{64}/.test(data)) return null;
  }
  return detector.entryState(next, data.length) === 'hold' ? 'hold' : null;
}

/** Judges an insertion the page has not seen yet; true when it was stopped. */
function guardInsertion(e: Event, field: Field, data: string): boolean {
  if (waiting) {
    // An input method's composition cannot be cancelled: it goes on, and what waited goes first.
    if ((e as InputEvent).inputType === 'insertCompositionText') {
      endWait?.(null);
      return false;
    }
    // The count of words typed in the frame the keyboard came from is on its way: wait for it.
    stop(e);
    waiting.push({ kind: 'text', field, data, at: stamp(e) });
    return true;
  }
  const v = judgeInsertion(field, data);
  if (!v) return false;
  stop(e);
  if (v === 'hold') startHolding(field, data, stamp(e));
  else ask(field, v.kind, data);
  return true;
}

// ---- listeners -------------------------------------------------------------------------------

function isHolding(): boolean {
  return !!hold && hold.mode !== 'armed';
}

function forward(m: ToHold): void {
  if (hold?.mode !== 'holding') return;
  hold.sent.push(m);
  hold.frame.send(m);
}

/** Keys with which the user moves the caret: what they type next goes elsewhere. */
const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

function onKeydown(e: KeyboardEvent): void {
  if (!e.isTrusted) return;
  stamp(e);
  if (isHolding()) {
    // Enter in a one-line field ending ordinary text: let go now, and the page gets its Enter.
    // Not when the words go on from before the page cleared the field, or from elsewhere: a page
    // may take one word an Enter.
    if (e.key === 'Enter' && !e.isComposing && hold?.field.localName === 'input' && !hold.grid)
      if (settleNow('enter')) return;
    stop(e);
    if (e.isComposing || e.key === 'Process') return;
    const at = stamp(e);
    nextBox(fieldOf(e), at);
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) forward({ t: 'key', key: e.key, at });
    else if (['Backspace', 'Enter', 'Tab'].includes(e.key)) forward({ t: 'key', key: e.key, at });
    return;
  }
  if (passing && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.isComposing) {
    // Typed while the keyboard was on its way back to the hold frame: it goes the same way.
    stop(e);
    passOn(e.key);
    return;
  }
  const field = fieldOf(e);
  if (NAVIGATION_KEYS.has(e.key)) runBreak();
  else if (e.key === 'Tab') runBreak('\t');
  if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (!field) {
    const t = keyTargetOf(e);
    if (t) keyed(e, t);
    return;
  }
  if (waiting?.length) {
    // Enter in a one-line field after what waits, in order (in a text area it is text, below);
    // a key that edits or moves (Backspace, arrows, Tab) ends the wait first.
    if (e.key === 'Enter' && field.localName === 'input') {
      stop(e);
      waiting.push({ kind: 'enter', field });
      return;
    }
    if (e.key.length > 1 && e.key !== 'Enter') endWait?.(null);
  }
  keySwallowed();
  if (e.key === 'Enter') {
    if (submitHoldsSecret(e, [field])) return;
    // A one-line field's Enter ends a word too (a page may take one word an Enter, then clear it).
    if (field.localName === 'input') return runBreak();
  }
  const data = e.key === 'Enter' ? '\n' : e.key.length === 1 ? e.key : null;
  if (data !== null && !guardInsertion(e, field, data)) typedKey = { field, data };
}

/**
 * A key for a page's own editor (not a field: a `<div>` or `<canvas>` the page draws from keys, or
 * the page itself): the keys are its text. Judged as typing is; the run is its entry; what the
 * page is given back after a hold arrives as the keys it would have had (replayKeys).
 */
function keyed(e: KeyboardEvent, t: HTMLElement): void {
  if (e.key === 'Backspace') {
    if (run?.field === t) run.text = run.text.slice(0, -1);
    return reportRun();
  }
  const data = e.key === 'Enter' ? '\n' : e.key.length === 1 ? e.key : null;
  if (data === null) return;
  // The keyboard came here (no focus event says so when a page focuses an empty frame by script
  // and the keys come to the page's own document): the words typed in the tab's other frames
  // come first, as for a field.
  if (!cameTo.has(t)) {
    cameTo.add(t);
    keyboardCameIn(t);
  }
  if (guardInsertion(e, t, data)) return;
  runAdd(t, data);
  if (hold?.mode === 'armed' && hold.field !== t) disarm();
  if (!hold) arm(t);
  else if (hold.mode === 'armed' && !detector.armed(entrySoFar(t).text)) disarm();
}

/** Key targets the keyboard came to (their first key waits for the tab's count, as a field does). */
const cameTo = new WeakSet<Element>();

/** Gives a page's key-drawn editor `text` as keys; the run goes on with it. */
function replayKeys(t: HTMLElement, text: string): void {
  releasing = true;
  try {
    dispatchKeys(t, text);
    // A control with a value of its own (a number field): untrusted keys insert nothing there.
    if (t.localName === 'input') {
      const input = t as HTMLInputElement;
      let v = input.value;
      for (const ch of text) v = ch === '\b' ? v.slice(0, -1) : ch === '\n' ? v : v + ch;
      try {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } catch {
        // a type whose value cannot be set this way (file): nothing to give back
      }
    }
  } finally {
    releasing = false;
  }
  for (const ch of text) {
    if (ch !== '\b') runAdd(t, ch);
    else if (run) run.text = run.text.slice(0, -1);
  }
}

/** Where the hold frame shows a hold: over the field, or at the top of the page for the page. */
function rectOf(f: Field): DOMRect {
  const r = f.getBoundingClientRect();
  const view = f.ownerDocument.defaultView;
  const vw = view?.innerWidth ?? 800;
  const vh = view?.innerHeight ?? 600;
  if (r.width > 0 && r.height > 0 && r.width <= vw && r.height <= vh / 2) return r;
  return new DOMRect(16, 16, Math.min(640, vw - 32), 48);
}

function onBeforeInput(e: InputEvent): void {
  if (!e.isTrusted || releasing) return;
  if (isHolding()) {
    stop(e);
    if (e.inputType === 'insertCompositionText') return;
    const at = stamp(e);
    nextBox(fieldOf(e), at);
    const data = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
    if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph')
      forward({ t: 'key', key: 'Enter', at });
    else if (e.inputType.startsWith('delete')) forward({ t: 'key', key: 'Backspace', at });
    else if (data) {
      if (hold) hold.composing = false;
      forward({ t: 'text', data, at });
    }
    return;
  }
  if (passing && e.inputType === 'insertText' && e.data) {
    stop(e);
    passOn(e.data);
    return;
  }
  const field = fieldOf(e);
  if (!field) return;
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') {
    // Judged at the paste or drop; let through, it is part of the run.
    runAdd(field, textOf(e.dataTransfer));
    return;
  }
  if (e.inputType === 'deleteContentBackward') {
    if (run) run.text = run.text.slice(0, -1);
    reportRun();
    return;
  }
  const lineBreak = e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph';
  // A one-line field takes no line break: its Enter submits (judged on keydown, not here).
  if (lineBreak && field.localName === 'input') return;
  const data = lineBreak ? '\n' : (e.data ?? e.dataTransfer?.getData('text/plain') ?? '');
  if (!data) {
    if (e.inputType.startsWith('delete')) runBreak();
    return;
  }
  // The key's own insertion: it joins the run here, as inserted.
  typedKey = null;
  if (guardInsertion(e, field, data)) {
    if (hold && e.inputType === 'insertCompositionText') hold.composing = true;
  } else if (e.inputType !== 'insertCompositionText') runAdd(field, data);
}

function onTextInput(e: Event): void {
  if (!e.isTrusted || releasing || !isHolding()) return;
  stop(e);
  // A composition's commit: its text belongs to the held entry.
  const data = (e as InputEvent).data;
  if (hold?.composing && data) {
    hold.composing = false;
    forward({ t: 'text', data, at: stamp(e) });
  }
}

function onInput(e: Event): void {
  if (!e.isTrusted || releasing) return;
  const field = fieldOf(e);
  if (isHolding()) {
    stop(e);
    // Text that reached the field anyway (a composition): the field goes back to what it was.
    if (hold && field === hold.field && valueOf(field) !== hold.value) setValue(field, hold.value);
    return;
  }
  if (!field) return;
  // A secret that arrived by a way not seen before (autofill, an unknown input method): typed
  // characters went through the checks above, so only other changes are judged here.
  const ie = e as InputEvent;
  const other =
    !ie.inputType || ie.inputType === 'insertReplacementText' || (ie.data?.length ?? 0) > 1;
  if (other && detector && opts.active()) {
    const v = valueOf(field).slice(0, 20_000);
    const kind = v.length >= 12 ? secretIn(v, field) : null;
    if (kind) {
      stop(e);
      setValue(field, '');
      return ask(field, kind, v);
    }
  }
  if (hold?.mode === 'armed' && hold.field !== field) disarm();
  if (!hold) arm(field);
  else if (hold.mode === 'armed' && detector && !detector.armed(entrySoFar(field).text)) disarm();
}

/** Where a composition started: its text replaces what it composed there, at each update. */
let composed: { field: Field; text: string; value: string } | null = null;

function onComposition(e: CompositionEvent): void {
  // Chromium dispatches the compositionend of an input method's commit as untrusted: while
  // holding, composition events are stopped whoever sent them.
  if (isHolding()) {
    stop(e);
    if (e.type === 'compositionstart' && hold) hold.composing = true;
    return;
  }
  const field = fieldOf(e);
  if (!field || !e.isTrusted) return;
  if (e.type === 'compositionstart') {
    composed = { field, text: entrySoFar(field).text, value: valueOf(field) };
    return;
  }
  if (e.type === 'compositionend') {
    composed = null;
    if (e.data) runAdd(field, e.data);
    return;
  }
  // An input method's text is in the page's field (and its events) before it is committed: an
  // update that takes the entry past a secret's first sign is the last the page sees of it.
  if (!e.data || composed?.field !== field || !opts.active()) return;
  const next = composed.text + e.data;
  const d = detector;
  const hit =
    !!secretKindOf(d.judge(next.slice(-4000), win.location.href)) ||
    d.entryState(next, e.data.length) === 'hold' ||
    d.entryState(next) === 'hold';
  if (!hit) return;
  stop(e);
  const { text, value } = composed;
  startHolding(field, '', stamp(e));
  if (!hold) return;
  hold.prefix = text;
  hold.value = value;
  hold.composing = true;
}

function onKeyOther(e: KeyboardEvent): void {
  if (e.isTrusted && isHolding()) stop(e);
  else if (e.isTrusted && e.type === 'keyup') keySwallowed();
}

/**
 * A key typed into a field that has inserted nothing yet (its beforeinput has not come). A page that
 * cancels the key (Space turned into its own "-" or into a cleared field, one word at a time) has
 * still been typed to by the user: it joins the run as typed, so the words stay words.
 */
let typedKey: { field: Field; data: string } | null = null;
function keySwallowed(): void {
  const k = typedKey;
  typedKey = null;
  if (k) runAdd(k.field, k.data);
}

function textOf(data: DataTransfer | null | undefined): string {
  return data?.getData('text/plain') ?? '';
}

/** Text arriving at once (paste, drop) while holding belongs to the held entry: true then. */
function heldTransfer(e: Event, text: string): boolean {
  if (!isHolding()) return false;
  stop(e);
  if (text) forward({ t: 'text', data: text, at: stamp(e) });
  return true;
}

function onPaste(e: ClipboardEvent): void {
  if (!e.isTrusted) return;
  const text = textOf(e.clipboardData);
  if (heldTransfer(e, text)) return;
  const field = fieldOf(e);
  if (field) {
    if (text) guardInsertion(e, field, text);
    return;
  }
  // A paste with no field focused (a hidden control, the page itself): its listeners read the
  // clipboard's text from the event, so a secret is stopped here too.
  const t = keyTargetOf(e);
  if (t && text && !guardInsertion(e, t, text)) runAdd(t, text);
}

function onDrop(e: DragEvent): void {
  if (!e.isTrusted) return;
  const text = textOf(e.dataTransfer);
  if (heldTransfer(e, text)) return;
  const field = fieldOf(e);
  if (!text) return;
  if (!field) {
    // Dropped outside a field: only a complete secret matters.
    if (detector && secretKindOf(detector.judge(text, win.location.href))) stop(e);
    return;
  }
  guardInsertion(e, field, text);
}

/** Submit and Enter: stopped when a field holds a complete secret (autofill, scripts' copies). */
function submitHoldsSecret(e: Event, fields: Field[]): boolean {
  if (!detector || !opts.active()) return false;
  for (const f of fields) {
    const v = valueOf(f);
    if (v.length < 12) continue;
    const kind = secretIn(v, f);
    if (kind) {
      stop(e);
      for (const g of fields) setValue(g, '');
      ask(f, kind, v);
      return true;
    }
  }
  return false;
}

/**
 * Decides at once, here, whether held text is ordinary (a click elsewhere, a submit, Enter in a
 * one-line field), so that the page acts on it with the text in its field. The keyboard stayed
 * with the page's field, so every key of the entry passed here. True: the text was let go.
 */
function settleNow(why: 'enter' | 'leave'): boolean {
  const h = hold;
  if (!h || h.mode !== 'holding' || h.lost || keyboardToFrame(h)) return false;
  const full = h.prefix + h.held0 + typed(h.sent);
  if (secretIn(full.slice(-4000), h.field)) return false;
  // Enter that only separates words (a page taking a phrase a word an Enter): see enterEnds.
  if (
    why === 'enter' &&
    !detector.enterEnds(full, h.prefix, !!h.carried, false, hashContext(h.field))
  )
    return false;
  if (detector.outcome(full, why, hashContext(h.field)) !== 'release') return false;
  endHold(h);
  giveToPage(h, full);
  return true;
}

function onSubmit(e: SubmitEvent): void {
  if (isHolding()) {
    // Ordinary text is let go now and the form goes with it; otherwise it waits for the user.
    if (e.isTrusted && settleNow('leave')) return;
    return stop(e);
  }
  const form = e.target as HTMLFormElement;
  if (!form?.querySelectorAll) return;
  const fields = [...form.querySelectorAll('input, textarea')].filter(isField);
  submitHoldsSecret(e, fields);
}

/** A trusted click elsewhere while holding: the user left the entry, so the hold frame decides. */
function onPointerDown(e: PointerEvent): void {
  if (e.isTrusted) runBreak();
  if (e.isTrusted && passing) endPassing();
  if (!e.isTrusted || !isHolding() || hold?.mode !== 'holding') return;
  if (hold.lost) return endHold(hold);
  const target = fieldOf(e);
  // A click into the held field itself, or another box of the same grid: the entry goes on.
  if (target && target === hold.field) return;
  if (hold.grid && target && hold.grid.includes(target as HTMLInputElement)) {
    nextBox(target, stamp(e));
    return;
  }
  if (settleNow('leave')) return;
  forward({ t: 'leave' });
}

/** Focus or drag: the detector is made ready before text can arrive. */
function onFocusIn(e: FocusEvent): void {
  if (e.isTrusted && keyboardAway) {
    const f = fieldOf(e);
    if (f) keyboardCameIn(f);
  }
  // Where the page's listeners may come first, the hold frame is made ready as soon as a field
  // is focused: holding must be able to take the keyboard at once.
  const w = e.currentTarget as Window;
  if (e.isTrusted && !hold && lateListeners.has(w)) {
    const f = fieldOf(e);
    // The keyboard goes to the hold frame at once, before the page can see a key or a paste.
    if (f) startHolding(f, '', performance.timeOrigin + e.timeStamp, true);
  }
  // A same-origin frame written by script (about:blank, document.write) has no guard of its own.
  const t = e.target as HTMLIFrameElement | null;
  if (t?.localName === 'iframe') env.armChild(t);
}

/** While holding, a scroll or resize moves the hold frame with its field. */
let followed: Window | null = null;
function listenWhileHolding(w: Window): void {
  if (followed === w) return;
  followed = w;
  const place = () => {
    if (hold?.mode === 'holding') hold.frame.show(rectOf(hold.field));
  };
  w.addEventListener('scroll', place, { capture: true, passive: true });
  w.addEventListener('resize', place, { passive: true });
}

/** Focus moved into a child frame: a same-origin one written by script gets these listeners. */
function onBlur(e: FocusEvent): void {
  const w = e.currentTarget as Window;
  if (e.target !== w) return;
  // The keyboard left this window (for another frame, or another window).
  if (e.isTrusted) keyboardAway = true;
  const t = w.document.activeElement;
  if (t?.localName === 'iframe') env.armChild(t as HTMLIFrameElement);
}

const HANDLERS: Record<string, (e: never) => void> = {
  blur: onBlur,
  focusin: onFocusIn,
  keydown: onKeydown,
  keypress: onKeyOther,
  keyup: onKeyOther,
  beforeinput: onBeforeInput,
  textInput: onTextInput,
  input: onInput,
  compositionstart: onComposition,
  compositionupdate: onComposition,
  compositionend: onComposition,
  paste: onPaste,
  drop: onDrop,
  submit: onSubmit,
  pointerdown: onPointerDown,
};

/** What the start-up part (entry.ts) gives the working part when the detector has come. */
export interface GuardEnv {
  win: Window;
  opts: GuardOptions;
  detector: Detector;
  /** Listens in a same-origin child frame written by script (no guard of its own). */
  armChild(frame: HTMLIFrameElement): void;
  /** Windows where page listeners may come first (they were armed late). */
  late: WeakSet<Window>;
  /** The tab's count as the start-up part heard it, if it asked (null: none); undefined: not asked. */
  tabRun: TabRun | null | undefined;
}

/** An entry the start-up part held before the detector was here, in the order it came. */
export type Pending =
  | { kind: 'text'; field: Field; data: string; at: number }
  /** Keys a page's key-drawn editor had before the detector came: they start the run. */
  | { kind: 'typed'; field: Field; data: string }
  | { kind: 'enter'; field: Field }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

export interface GuardImpl {
  /** One of the guard's events (window capture, every frame window it listens in). */
  handle(e: Event): void;
  /** Judges what was held before the detector came: held on, asked about, or handed to the page. */
  takeOver(pending: Pending[]): void;
  /** A window where page listeners may come first: a hold frame waits ready there. */
  markLate(w: Window): void;
}

let env: GuardEnv;
let lateListeners: WeakSet<Window>;

export function createGuard(e: GuardEnv): GuardImpl {
  env = e;
  win = e.win;
  opts = e.opts;
  detector = e.detector;
  lateListeners = e.late;
  setShadowRootOf(opts.shadowRootOf);
  opts.onTabRun(heardRun);
  // Already in a field of this frame when the detector came (it comes at the first focus): what
  // was typed meanwhile (takeOver) waits for the count of the frame the keyboard came from.
  const a = deepActive(win.document);
  if (e.tabRun !== undefined) {
    firstAnswer = true;
    if (e.tabRun) heardRun(e.tabRun);
  }
  if (keyboardAway && a && win.document.hasFocus()) keyboardCameIn(a);
  else if (e.tabRun === undefined)
    void opts.askRun().then(
      (r) => {
        firstAnswer = true;
        if (r) heardRun(r);
      },
      () => (firstAnswer = true),
    );
  return { handle, takeOver, markLate };
}

function handle(e: Event): void {
  (HANDLERS[e.type] as ((e: Event) => void) | undefined)?.(e);
}

function takeOver(pending: Pending[]): void {
  // Keys a page's key-drawn editor had before the detector came: the keyboard came to it then, and
  // the words typed before in the tab's other frames (or the page before) come first.
  const first = pending.find((p) => p.kind === 'text' || p.kind === 'typed');
  if (first && !isField(first.field) && !cameTo.has(first.field)) {
    cameTo.add(first.field);
    keyboardCameIn(first.field);
  }
  if (waiting) {
    waiting.push(...pending);
    return;
  }
  for (const p of pending) {
    if (p.kind === 'typed') {
      if (p.data !== '\b') runAdd(p.field, p.data);
      else if (run) run.text = run.text.slice(0, -1);
      continue;
    }
    if (p.kind === 'submit') {
      if (!hold) p.form.requestSubmit(p.submitter?.closest('form') === p.form ? p.submitter : null);
      continue;
    }
    if (p.kind === 'enter') {
      if (isHolding())
        forward({ t: 'key', key: 'Enter', at: performance.timeOrigin + performance.now() });
      else if (!hold) pressEnter(p.field);
      continue;
    }
    if (p.data === '\b') {
      // A Backspace for a page's key-drawn editor (the only '\b' held).
      if (isHolding()) forward({ t: 'key', key: 'Backspace', at: p.at });
      else insertText(p.field, p.data);
      continue;
    }
    if (isHolding()) {
      forward({ t: 'text', data: p.data, at: p.at });
      continue;
    }
    const v = judgeInsertion(p.field, p.data);
    if (v === 'hold') startHolding(p.field, p.data, p.at);
    else if (v && typeof v === 'object') ask(p.field, v.kind, p.data);
    else insertText(p.field, p.data);
  }
}

/**
 * Windows where the page may have listeners ahead of the guard's (a frame armed from its parent
 * after its script ran, a document rewritten by document.open()): there the keyboard itself goes to
 * the hold frame while holding, so that keys never reach the page's document at all.
 */
function keyboardToFrame(h: Hold): boolean {
  const w = h.field.ownerDocument.defaultView;
  return !!w && lateListeners.has(w);
}
