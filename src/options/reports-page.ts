/** "My reports" (in the options page): every stored report with its status, actions and exports. */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { Lang } from '../engine/types';
import { t } from '../i18n/index';
import { h, clear } from '../ui/dom';
import type { Report } from '../reports/schema';
import { exportCsv, exportJson } from '../reports/model';
import { REPORT_PREFIX } from '../reports/store';
import { ENDPOINT_CHANGED } from '../reports/queue';
import { KIND_LABELS, reportLinks } from '../reports/links';
import type { PageMessage } from '../messaging/protocol';

function when(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const loc = lang === 'en' ? 'en' : lang === 'zh_TW' ? 'zh-TW' : 'zh-CN';
  return new Date(iso).toLocaleString(loc);
}

export function statusText(r: Report, lang: Lang): string {
  const d = r.delivery;
  switch (r.status) {
    case 'saved':
      return t(lang, 'statusSaved');
    case 'sent':
      return t(lang, 'statusSent', { time: when(d?.sentAt ?? r.updatedAt, lang) });
    case 'failed':
      return t(lang, 'statusFailed', {
        error:
          d?.lastError === ENDPOINT_CHANGED
            ? t(lang, 'statusEndpointChanged')
            : (d?.lastError ?? ''),
      });
    case 'queued':
      return d?.lastError
        ? t(lang, 'statusRetry', { time: when(d.nextAttemptAt, lang), error: d.lastError })
        : t(lang, 'statusQueued', { n: Math.max(1, d?.attempts ?? 1) });
  }
}

function download(name: string, type: string, data: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function renderReportsPage(root: HTMLElement, lang: Lang): Promise<() => void> {
  const box = h('section', { id: 'reports' });
  root.append(box);
  const state = await send({ type: 'getListState' }).catch(() => null);
  const list = state?.ok ? state.list : null;
  const render = async () => {
    const data = await send({ type: 'listReports' });
    clear(box);
    const blocked = new Set(data.blocklist);
    const jsonBtn = h('button', { type: 'button', id: 'export-json' }, [
      t(lang, 'reportsExportJson'),
    ]);
    jsonBtn.addEventListener('click', () =>
      download(
        'tp-scam-shield-reports.json',
        'application/json',
        exportJson(data.reports, new Date()),
      ),
    );
    const csvBtn = h('button', { type: 'button', id: 'export-csv' }, [t(lang, 'reportsExportCsv')]);
    csvBtn.addEventListener('click', () =>
      download('tp-scam-shield-reports.csv', 'text/csv;charset=utf-8', exportCsv(data.reports)),
    );
    box.append(
      h('h1', {}, [t(lang, 'reportsTitle')]),
      h('div', { class: 'row' }, [jsonBtn, csvBtn]),
    );
    if (!data.reports.length && !data.broken.length) {
      box.append(h('p', { class: 'muted', id: 'reports-empty' }, [t(lang, 'reportsEmpty')]));
      return;
    }
    const ul = h('ul', { class: 'reports', id: 'reports-list' });
    for (const r of data.reports) ul.append(item(r, blocked.has(r.key), data.endpoint));
    for (const b of data.broken) {
      const del = h('button', { type: 'button' }, [t(lang, 'reportsDelete')]);
      del.addEventListener('click', () => {
        if (confirm(t(lang, 'reportsDeleteConfirm')))
          void send({ type: 'deleteReport', id: b.key }).then(render);
      });
      ul.append(
        h('li', { class: 'report broken', 'data-key': b.key }, [
          h('p', { class: 'error' }, [t(lang, 'reportsBroken', { error: b.error })]),
          h('code', {}, [b.key]),
          ' ',
          del,
        ]),
      );
    }
    box.append(ul);
  };

  const item = (r: Report, isBlocked: boolean, endpoint: string): HTMLElement => {
    const subject = r.handle
      ? `${r.platform ?? ''} @${r.handle}${r.displayName ? ` (${r.displayName})` : ''}`
      : (r.domain ?? r.contact ?? r.pageUrl ?? '');
    const actions: HTMLElement[] = [];
    const act = (label: string, cls: string, msg: PageMessage) => {
      const b = h('button', { type: 'button', class: cls }, [label]) as HTMLButtonElement;
      b.addEventListener('click', () => {
        b.disabled = true;
        void send(msg).then(render);
      });
      actions.push(b);
    };
    if (
      endpoint &&
      r.status !== 'queued' &&
      !(r.status === 'sent' && r.delivery?.endpoint === endpoint)
    )
      act(t(lang, r.status === 'failed' ? 'reportsRetry' : 'reportsSend'), 'send', {
        type: 'sendReport',
        id: r.id,
      });
    if (r.status === 'saved')
      act(t(lang, 'reportsMarkSent'), 'mark', { type: 'markReport', id: r.id, status: 'sent' });
    if (r.status === 'sent' && !r.delivery?.sentAt)
      act(t(lang, 'reportsMarkUnsent'), 'mark', { type: 'markReport', id: r.id, status: 'saved' });
    for (const l of reportLinks(r, list)) {
      const a = h(
        'a',
        {
          href: l.href,
          target: '_blank',
          rel: 'noopener noreferrer',
          class: 'btn',
          'data-to': l.to,
        },
        [l.label[lang]],
      );
      a.addEventListener('click', () => void send({ type: 'handoff', id: r.id, to: l.to }));
      actions.push(a);
    }
    const flag = h('input', { type: 'checkbox', class: 'flag' }) as HTMLInputElement;
    flag.checked = isBlocked;
    flag.addEventListener(
      'change',
      () => void send({ type: 'setBlocked', key: r.key, blocked: flag.checked }),
    );
    const del = h('button', { type: 'button', class: 'delete' }, [t(lang, 'reportsDelete')]);
    del.addEventListener('click', () => {
      if (confirm(t(lang, 'reportsDeleteConfirm')))
        void send({ type: 'deleteReport', id: r.id }).then(render);
    });
    return h('li', { class: `report ${r.level}`, 'data-id': r.id, 'data-status': r.status }, [
      h('div', { class: 'row' }, [
        h('strong', {}, [t(lang, KIND_LABELS[r.kind])]),
        ' ',
        h('span', { class: 'subject' }, [subject]),
      ]),
      h('p', { class: 'status' }, [statusText(r, lang)]),
      ...(r.excerpt ? [h('p', { class: 'excerpt' }, [r.excerpt.slice(0, 300)])] : []),
      ...(r.comment ? [h('p', { class: 'comment' }, [r.comment])] : []),
      h('p', { class: 'muted' }, [
        `${when(r.createdAt, lang)} · ${t(lang, 'reportsTimes', { n: r.occurrences })}`,
        ...(r.handoffs.length
          ? [
              ` · ${t(lang, 'reportsHandoff', { to: [...new Set(r.handoffs.map((x) => x.to))].join(', ') })}`,
            ]
          : []),
      ]),
      h('div', { class: 'row' }, [
        h('label', { class: 'toggle' }, [flag, ` ${t(lang, 'reportsFlagged')}`]),
        ...actions,
        del,
      ]),
    ]);
  };

  await render();
  // Queue progress and reports saved in other tabs show up without a reload.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const onChange = (changes: Record<string, unknown>, area: string) => {
    if (
      area !== 'local' ||
      !Object.keys(changes).some((k) => k.startsWith(REPORT_PREFIX) || k === 'settings')
    )
      return;
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      void render();
    }, 150);
  };
  browser.storage.onChanged.addListener(onChange);
  return () => browser.storage.onChanged.removeListener(onChange);
}
