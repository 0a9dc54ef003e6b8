/**
 * The popup: the one surface a page cannot forge. Official channels from the verified list,
 * "is this official?" lookup, this tab's findings, TokenPocket's own rules, a report view.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { sendContent } from '../messaging/send';
import { sendToTab } from '../messaging/tab';
import { createEngine } from '../engine/index';
import type { Engine, LookupResult } from '../engine/index';
import type { Lang } from '../engine/types';
import { REASON_MESSAGES } from '../engine/messages';
import type { ReasonCode } from '../engine/types';
import type { OfficialList } from '../list/schema';
import type { ListState } from '../background/list-store';
import { langFromLocale, t } from '../i18n/index';
import { getSettings, updateSettings } from '../settings/store';
import { h, clear } from '../ui/dom';
import { reportView } from '../reports/view';
import { channelsSection, displayValue, rulesSection } from './channels';
import { hostPart } from '../reports/keys';
import type { ReportInput } from '../reports/schema';

export async function startPopup(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const settings = await getSettings();
  let lang: Lang = settings.lang === 'auto' ? langFromLocale(navigator.language) : settings.lang;
  if (params.get('lang')) lang = langFromLocale(params.get('lang')!);
  document.documentElement.lang = lang === 'en' ? 'en' : lang === 'zh_TW' ? 'zh-Hant' : 'zh-Hans';
  const state = await send({ type: 'getListState' }).catch((e: unknown): ListState => ({
    ok: false,
    error: 'unreachable',
    detail: String(e),
  }));
  const engine = state.ok ? createEngine(state.list) : null;

  const render = async () => {
    clear(root);
    document.title = t(lang, 'appName');
    const header = h('header', { class: 'top' }, [
      h('h1', {}, [t(lang, 'appName')]),
      languageSwitch(),
    ]);
    root.append(header);
    if (params.get('view') === 'report') {
      root.append(await reportView(params.get('draft') ?? '', lang, state.ok ? state.list : null));
      return;
    }
    root.append(listStatus());
    if (state.ok && engine) {
      // What this page has first (why the user opened the popup), then the lookup, then channels.
      root.append(await tabSection());
      root.append(lookupSection(engine, state.list));
      root.append(channelsSection(state.list, lang));
      root.append(rulesSection(state.list, lang));
    } else {
      root.append(await tabSection());
    }
    root.append(
      h('footer', {}, [
        h('p', { class: 'muted' }, [t(lang, 'independent')]),
        h('a', { href: browser.runtime.getURL('/options.html'), target: '_blank' }, [
          t(lang, 'popupOptions'),
        ]),
      ]),
    );
  };

  function languageSwitch(): HTMLElement {
    const sel = h('select', { 'aria-label': t(lang, 'popupLanguage'), id: 'lang' }, [
      h('option', { value: 'zh_CN' }, ['简体中文']),
      h('option', { value: 'zh_TW' }, ['繁體中文']),
      h('option', { value: 'en' }, ['English']),
    ]) as HTMLSelectElement;
    sel.value = lang;
    sel.addEventListener('change', () => {
      lang = sel.value as Lang;
      void updateSettings((s) => ({ ...s, lang }));
      void render();
    });
    return sel;
  }

  function listStatus(): HTMLElement {
    if (!state.ok) {
      return h('section', { class: 'status error', role: 'alert', id: 'list-status' }, [
        h('strong', {}, [t(lang, 'popupListFailed')]),
        h('p', { class: 'muted' }, [`${state.error}: ${state.detail}`]),
      ]);
    }
    const date = state.list.issuedAt.slice(0, 10);
    return h('section', { class: 'status ok', id: 'list-status' }, [
      h('span', {}, [
        `✔ ${t(lang, 'popupListVerified')} · ${t(lang, 'popupListVersion', { version: state.list.version, date })}`,
      ]),
      ...(state.expired ? [h('p', { class: 'warn' }, [t(lang, 'popupListExpired')])] : []),
    ]);
  }

  function lookupSection(engine: Engine, list: OfficialList): HTMLElement {
    const input = h('input', {
      type: 'text',
      id: 'lookup-input',
      placeholder: t(lang, 'popupLookupPlaceholder'),
      'aria-label': t(lang, 'popupLookup'),
      autocomplete: 'off',
    }) as HTMLInputElement;
    const out = h('div', { id: 'lookup-result', 'aria-live': 'polite' });
    const form = h('form', { class: 'lookup' }, [
      input,
      h('button', { type: 'submit' }, [t(lang, 'popupLookupButton')]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clear(out);
      const q = input.value.trim();
      if (!q) {
        out.append(h('p', {}, [t(lang, 'lookupUnknown')]));
        return;
      }
      const r: LookupResult = engine.lookup(q, lang);
      out.setAttribute('data-kind', r.kind);
      const entry = r.entryId ? list.official.find((x) => x.id === r.entryId) : undefined;
      const head =
        r.kind === 'official'
          ? t(lang, 'lookupOfficial', {
              label: entry ? `${entry.label[lang]} (${displayValue(entry)})` : q,
            })
          : r.kind === 'scam'
            ? t(lang, 'lookupScam')
            : r.kind === 'lookalike'
              ? t(lang, 'lookupLookalike')
              : t(lang, 'lookupUnofficial');
      out.append(h('p', { class: `verdict ${r.kind}` }, [head]));
      const reasons = r.verdict.reasons.filter((x) => x.code !== 'OFFICIAL_CHANNEL');
      if (reasons.length) {
        out.append(
          h(
            'ul',
            {},
            reasons.map((x) =>
              h('li', {}, [
                x.message,
                ...(x.evidence.imitates ? [` ≈ ${x.evidence.imitates}`] : []),
              ]),
            ),
          ),
        );
      }
      if (r.kind !== 'official') out.append(lookupReportButton(q, r));
    });
    return h('section', { id: 'lookup' }, [h('h2', {}, [t(lang, 'popupLookup')]), form, out]);
  }

  /** "Report" under a lookup answer: what the user typed becomes the subject of a report draft. */
  function lookupReportButton(q: string, r: LookupResult): HTMLElement {
    const btn = h('button', { type: 'button', id: 'lookup-report' }, [t(lang, 'report')]);
    const codes = r.verdict.reasons.filter((x) => x.level !== 'safe').map((x) => x.code);
    const input: ReportInput =
      r.readAs === 'url' || r.readAs === 'domain'
        ? {
            kind: 'domain',
            domain: hostPart(q).slice(0, 253),
            ...(r.readAs === 'url' ? { pageUrl: q.slice(0, 2000) } : {}),
            level: r.verdict.level,
            codes,
            block: true,
          }
        : r.readAs === 'text'
          ? {
              kind: 'message',
              excerpt: q.slice(0, 1000),
              level: r.verdict.level,
              codes,
              block: false,
            }
          : {
              kind: 'contact',
              contact: q.slice(0, 200),
              level: r.verdict.level,
              codes,
              block: true,
            };
    btn.addEventListener('click', () => {
      void send({ type: 'createDraft', input }).then((d) =>
        browser.tabs.create({
          url: browser.runtime.getURL(`/popup.html?view=report&draft=${d.id}`),
        }),
      );
    });
    return btn;
  }

  async function tabSection(): Promise<HTMLElement> {
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
          h('strong', {}, [
            f.level === 'danger' ? `⚠ ${t(lang, 'badgeDanger')}` : t(lang, 'badgeCaution'),
          ]),
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

  await render();
}
