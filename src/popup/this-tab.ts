/** The popup's "this page" section. */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { sendContent } from '../messaging/send';
import { sendToTab } from '../messaging/tab';
import type { Lang } from '../engine/types';
import { REASON_MESSAGES } from '../engine/messages';
import type { ReasonCode } from '../engine/types';
import { t } from '../i18n/index';
import { getSettings, updateSettings } from '../settings/store';
import { h, signIcon } from '../ui/dom';

/**
 * This tab's findings (what the user opened the popup for), the shield's switch for the site, and
 * what the scanner noticed about the page (a layout it does not know, its badges removed).
 */
export async function tabSection(lang: Lang, params: URLSearchParams): Promise<HTMLElement> {
  const sec = h('section', { id: 'this-tab' }, [h('h2', {}, [t(lang, 'popupThisTab')])]);
  let tabId = Number(params.get('tabId') ?? NaN);
  let tabUrl = '';
  if (Number.isNaN(tabId)) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || tab.url?.startsWith(browser.runtime.getURL('/'))) return sec;
    tabId = tab.id;
    tabUrl = tab.url ?? '';
  }
  const rec = await send({ type: 'getTabFindings', tabId }).catch(() => null);
  tabUrl ||= rec?.url ?? '';
  let host = '';
  try {
    host = new URL(tabUrl).hostname;
  } catch {
    host = '';
  }
  if (host) {
    const s = await getSettings();
    const box = h('input', { type: 'checkbox', id: 'site-toggle' }) as HTMLInputElement;
    box.checked = !s.disabledSites.includes(host);
    box.addEventListener('change', () => {
      void updateSettings((x) => ({
        ...x,
        disabledSites: box.checked
          ? x.disabledSites.filter((d) => d !== host)
          : [...new Set([...x.disabledSites, host])],
      }));
    });
    sec.append(h('label', { class: 'toggle' }, [box, ` ${t(lang, 'popupShieldOn')} (${host})`]));
  }
  if (rec?.unrecognised)
    sec.append(h('p', { class: 'muted', id: 'layout-unknown' }, [t(lang, 'popupLayoutUnknown')]));
  if (rec?.tampered)
    sec.append(
      h('p', { class: 'alert', id: 'tampered', role: 'alert' }, [
        t(lang, 'popupTampered', { n: rec.tampered }),
      ]),
    );
  const findings = rec?.findings ?? [];
  if (!findings.length) {
    sec.append(h('p', { class: 'muted', id: 'no-findings' }, [t(lang, 'popupNoFindings')]));
    return sec;
  }
  const ul = h('ul', { class: 'findings' });
  for (const f of findings) {
    const msg =
      f.codes.map((c) => REASON_MESSAGES[c as ReasonCode]?.[lang]).filter(Boolean)[0] ??
      f.codes.join(', ');
    const show = h('button', { type: 'button' }, [t(lang, 'popupScrollTo')]);
    show.addEventListener(
      'click',
      () => void sendToTab(browser.tabs, tabId, { type: 'scrollTo', id: f.id }),
    );
    const report = h('button', { type: 'button' }, [t(lang, 'report')]);
    report.addEventListener(
      'click',
      () => void sendContent(browser.runtime, { type: 'openReport', finding: f, url: tabUrl }),
    );
    ul.append(
      h('li', { class: `finding ${f.level}`, 'data-level': f.level }, [
        h(
          'strong',
          {},
          f.level === 'danger'
            ? [signIcon('caution', 14), ` ${t(lang, 'badgeDanger')}`]
            : [t(lang, 'badgeCaution')],
        ),
        ' ',
        f.handle ? `${f.displayName ?? ''} @${f.handle}`.trim() : '',
        h('p', {}, [msg]),
        h('p', { class: 'excerpt' }, [f.excerpt.slice(0, 140)]),
        h('div', { class: 'row' }, [show, report]),
      ]),
    );
  }
  sec.append(ul);
  return sec;
}
