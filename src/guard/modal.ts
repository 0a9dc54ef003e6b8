/** The guard's stop dialog: shadow root, textContent only, and a deliberate act to continue. */
import type { Lang } from '../engine/types';
import { t } from '../i18n/inpage';
import { GUARD_TAG } from './kinds';
import type { SecretKind } from './kinds';

const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: rgba(0,0,0,.6); font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.box { background: #fff; color: #1b1b1b; max-width: 480px; width: calc(100% - 32px); border-radius: 12px; padding: 20px 22px; box-shadow: 0 12px 40px rgba(0,0,0,.4); border-top: 6px solid #c62828; }
h2 { margin: 0 0 8px; font-size: 20px; color: #b71c1c; }
p { margin: 6px 0; }
.actions { display: flex; flex-direction: column; gap: 10px; margin-top: 14px; }
button { font: inherit; border-radius: 8px; padding: 8px 14px; cursor: pointer; border: 1px solid #999; background: #f5f5f5; color: inherit; }
button.primary { background: #c62828; border-color: #c62828; color: #fff; font-weight: 600; font-size: 16px; }
button:disabled { opacity: .5; cursor: not-allowed; }
label { font-size: 13px; color: #555; }
input { font: inherit; width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #999; border-radius: 6px; }
button:focus-visible, input:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.link { background: none; border: none; color: #1565c0; text-decoration: underline; padding: 0; align-self: flex-start; }
@media (prefers-color-scheme: dark) { .box { background: #1f1f1f; color: #eee; } label { color: #bbb; } button { background: #2c2c2c; border-color: #666; } }
`;

/** Shows the dialog; resolves 'clear' (the default) or 'continue' after the confirmation phrase. */
export function showGuard(
  doc: Document,
  kind: SecretKind,
  lang: Lang,
  onOfficial: () => void,
): Promise<'clear' | 'continue'> {
  doc.querySelector(GUARD_TAG)?.remove();
  const host = doc.createElement(GUARD_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const mk = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const style = mk('style');
  style.textContent = CSS;
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
      kind === 'phrase' ? 'guardBodyPhrase' : kind === 'key' ? 'guardBodyKey' : 'guardBodyKeystore',
    ),
  );
  const why = mk('p', t(lang, 'guardWhy'));
  const official = mk('button', t(lang, 'openOfficial'), 'link');
  const clear = mk('button', t(lang, 'guardClear'), 'primary');
  clear.id = 'guard-clear';
  const phrase = t(lang, 'guardContinuePhrase');
  const label = mk('label', t(lang, 'guardContinueLabel', { phrase }));
  const input = mk('input');
  input.id = 'guard-confirm';
  input.setAttribute('autocomplete', 'off');
  label.htmlFor = 'guard-confirm';
  const cont = mk('button', t(lang, 'guardContinue'));
  cont.id = 'guard-continue';
  cont.disabled = true;
  input.addEventListener('input', () => (cont.disabled = input.value.trim() !== phrase));
  const actions = mk('div', undefined, 'actions');
  actions.append(clear, label, input, cont, official);
  box.append(title, body, why, actions);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  clear.focus();
  return new Promise((resolve) => {
    const done = (r: 'clear' | 'continue') => {
      host.remove();
      resolve(r);
    };
    clear.addEventListener('click', () => done('clear'));
    cont.addEventListener('click', () => {
      if (input.value.trim() === phrase) done('continue');
    });
    official.addEventListener('click', onOfficial);
    box.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') done('clear');
    });
  });
}
