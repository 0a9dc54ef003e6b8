/** In-frame stop for a look-alike site embedded in another page (shadow root, textContent only). */
import type { Lang } from '../engine/types';
import { t } from '../i18n/inpage';

export const FRAME_WARNING_TAG = 'tp-scam-shield-frame-warning';

const CSS = `:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: #b71c1c; color: #fff; font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; text-align: center; padding: 16px; }
strong { display: block; font-size: 18px; margin-bottom: 6px; } code { font-size: 14px; word-break: break-all; }`;

export function showFrameWarning(doc: Document, lang: Lang, host: string, imitates: string): void {
  const mount = () => {
    if (doc.querySelector(FRAME_WARNING_TAG)) return;
    const el = doc.createElement(FRAME_WARNING_TAG);
    const root = el.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.setAttribute('role', 'alert');
    const title = doc.createElement('strong');
    title.textContent = `⛔ ${t(lang, 'warnTitle')}`;
    const h = doc.createElement('code');
    h.textContent = host;
    const im = doc.createElement('p');
    im.textContent = imitates ? `${t(lang, 'warnImitates')}: ${imitates}` : '';
    box.append(title, h, im);
    root.append(style, box);
    (doc.body ?? doc.documentElement).append(el);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mount, { once: true });
  else mount();
}
