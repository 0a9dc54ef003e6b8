/**
 * The popup: the one surface a page cannot forge. One file per section: this tab's findings
 * (this-tab.ts), "is this official?" (lookup.ts), official channels and TokenPocket's own rules
 * (channels.ts); here the frame, the language switch and the list's status.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { createEngine } from '../engine/index';
import type { Lang } from '../engine/types';
import type { ListState } from '../background/list-store';
import { langFromLocale, t } from '../i18n/index';
import { getSettings, updateSettings } from '../settings/store';
import { h, clear } from '../ui/dom';
import { reportView } from './report-view';
import { channelsSection, rulesSection } from './channels';
import { lookupSection } from './lookup';
import { tabSection } from './this-tab';

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
      root.append(await tabSection(lang, params));
      root.append(lookupSection(engine, state.list, lang));
      root.append(channelsSection(state.list, lang));
      root.append(rulesSection(state.list, lang));
    } else {
      root.append(await tabSection(lang, params));
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

  await render();
}
