/** Options: switches, the user's lists (view and remove), update URL, report endpoint, language, import/export. */
import { browser } from 'wxt/browser';
import type { Lang } from '../engine/types';
import { langFromLocale, t } from '../i18n/index';
import { getSettings, updateSettings, settingsItem } from '../settings/store';
import { NOT_JSON, parseSettingsImport } from '../settings/schema';
import type { Settings } from '../settings/schema';
import { h, clear } from '../ui/dom';
import { renderReportsPage } from './reports-page';
import { isAllowedEndpoint } from '../reports/endpoint';

type ListKey = 'disabledSites' | 'allowlist' | 'blocklist' | 'bypassHosts' | 'guardExceptions';

export async function startOptions(root: HTMLElement): Promise<void> {
  let detach: (() => void) | null = null;
  /** Renders overlap (a change heard from storage, and one's own save): only the latest draws. */
  let generation = 0;
  const render = async () => {
    const mine = ++generation;
    const s = await getSettings();
    if (mine !== generation) return;
    const lang: Lang = s.lang === 'auto' ? langFromLocale(navigator.language) : s.lang;
    detach?.();
    detach = null;
    clear(root);
    const onReports = location.hash === '#reports';
    root.append(
      h('nav', { class: 'tabs' }, [
        h(
          'a',
          {
            href: '#settings',
            id: 'tab-settings',
            ...(onReports ? {} : { 'aria-current': 'page' }),
          },
          [t(lang, 'optTabSettings')],
        ),
        h(
          'a',
          { href: '#reports', id: 'tab-reports', ...(onReports ? { 'aria-current': 'page' } : {}) },
          [t(lang, 'reportsTitle')],
        ),
      ]),
    );
    if (onReports) {
      document.title = t(lang, 'reportsTitle');
      detach = await renderReportsPage(root, lang);
      return;
    }
    document.title = t(lang, 'optionsTitle');
    const status = h('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
    const save = async (change: (x: Settings) => Settings) => {
      await updateSettings(change);
      status.textContent = t(lang, 'optSaved');
    };

    const enabled = h('input', { type: 'checkbox', id: 'opt-enabled' }) as HTMLInputElement;
    enabled.checked = s.enabled;
    enabled.addEventListener(
      'change',
      () => void save((x) => ({ ...x, enabled: enabled.checked })),
    );

    const langSel = h('select', { id: 'opt-lang' }, [
      h('option', { value: 'auto' }, [t(lang, 'optLangAuto')]),
      h('option', { value: 'zh_CN' }, ['简体中文']),
      h('option', { value: 'zh_TW' }, ['繁體中文']),
      h('option', { value: 'en' }, ['English']),
    ]) as HTMLSelectElement;
    langSel.value = s.lang;
    langSel.addEventListener(
      'change',
      () => void save((x) => ({ ...x, lang: langSel.value as Settings['lang'] })).then(render),
    );

    const listBlock = (key: ListKey, label: string, addable: boolean) => {
      const ul = h('ul', { id: `list-${key}` });
      if (!s[key].length) ul.append(h('li', { class: 'muted' }, [t(lang, 'optEmpty')]));
      for (const item of s[key]) {
        const rm = h(
          'button',
          { type: 'button', 'aria-label': `${t(lang, 'optRemove')} ${item}` },
          [t(lang, 'optRemove')],
        );
        rm.addEventListener(
          'click',
          () => void save((x) => ({ ...x, [key]: x[key].filter((v) => v !== item) })).then(render),
        );
        ul.append(h('li', {}, [h('code', {}, [item]), ' ', rm]));
      }
      const parts: HTMLElement[] = [h('h2', {}, [label]), ul];
      if (addable) {
        const input = h('input', {
          type: 'text',
          id: `add-${key}`,
          placeholder: 'example.com',
          'aria-label': `${t(lang, 'optAddException')}: ${label}`,
        }) as HTMLInputElement;
        const add = h('button', { type: 'button', id: `add-${key}-btn` }, [
          t(lang, 'optAddException'),
        ]);
        add.addEventListener('click', () => {
          const host =
            input.value
              .trim()
              .toLowerCase()
              .replace(/^https?:\/\//, '')
              .split(/[/?#]/)[0] ?? '';
          if (!/^[a-z0-9.-]+$/.test(host)) return;
          void save((x) => ({ ...x, [key]: [...new Set([...x[key], host])] })).then(render);
        });
        parts.push(h('div', { class: 'row' }, [input, add]));
      }
      return h('section', {}, parts);
    };

    const urlField = (key: 'updateUrl' | 'reportEndpoint', label: string) => {
      const input = h('input', {
        type: 'url',
        id: `opt-${key}`,
        placeholder: 'https://…',
        value: s[key],
      }) as HTMLInputElement;
      const msg = h('span', { class: 'muted' });
      input.addEventListener('change', () => {
        const v = input.value.trim();
        const ok = key === 'reportEndpoint' ? isAllowedEndpoint(v) : /^https:\/\/[^\s]+$/.test(v);
        if (v && !ok) {
          msg.textContent = t(lang, key === 'reportEndpoint' ? 'optUrlEndpoint' : 'optUrlHttps');
          return;
        }
        msg.textContent = '';
        void save((x) => ({ ...x, [key]: v }));
      });
      return h('label', { class: 'field' }, [label, input, msg]);
    };

    const exportBtn = h('button', { type: 'button', id: 'export' }, [t(lang, 'optExport')]);
    exportBtn.addEventListener('click', async () => {
      const data = JSON.stringify(
        { format: 'tp-scam-shield-settings', version: 1, settings: await getSettings() },
        null,
        2,
      );
      const a = h('a', {
        href: URL.createObjectURL(new Blob([data], { type: 'application/json' })),
        download: 'tp-scam-shield-settings.json',
      });
      a.click();
    });
    const file = h('input', {
      type: 'file',
      id: 'import',
      accept: 'application/json,.json',
      'aria-label': t(lang, 'optImport'),
    }) as HTMLInputElement;
    file.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      const r = parseSettingsImport(await f.text());
      if (!r.ok) {
        const why = r.error === NOT_JSON ? t(lang, 'optImportNotJson') : r.error;
        status.textContent = `${t(lang, 'optImportBad')} (${why})`;
        status.className = 'error';
        return;
      }
      await settingsItem.setValue(r.settings);
      await render();
      document.getElementById('status')!.textContent = t(lang, 'optImportOk');
    });

    root.append(
      h('h1', {}, [t(lang, 'optionsTitle')]),
      status,
      h('label', { class: 'toggle' }, [enabled, ` ${t(lang, 'optEnabled')}`]),
      h('label', { class: 'field' }, [t(lang, 'optLanguage'), langSel]),
      listBlock('disabledSites', t(lang, 'optSites'), true),
      listBlock('allowlist', t(lang, 'optAllowlist'), false),
      listBlock('blocklist', t(lang, 'optBlocklist'), false),
      listBlock('bypassHosts', t(lang, 'optBypasses'), false),
      listBlock('guardExceptions', t(lang, 'optGuardExceptions'), true),
      urlField('updateUrl', t(lang, 'optUpdateUrl')),
      urlField('reportEndpoint', t(lang, 'optReportEndpoint')),
      h('section', { class: 'row' }, [
        exportBtn,
        h('label', {}, [t(lang, 'optImport'), ' ', file]),
      ]),
      h('p', { class: 'muted' }, [
        t(lang, 'independent'),
        ' ',
        browser.runtime.getManifest().version,
      ]),
    );
  };
  window.addEventListener('hashchange', () => void render());
  await render();
}
