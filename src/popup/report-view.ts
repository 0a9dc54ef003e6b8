/**
 * The report view (trusted extension page): the draft from a card, a popup finding or a lookup,
 * shown field by field. The user can change the kind, drop any field, add a comment, then save.
 * "Saved" is shown only after the background has written the report to storage.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { Lang } from '../engine/types';
import { REASON_MESSAGES } from '../engine/messages';
import type { ReasonCode } from '../engine/types';
import type { OfficialList } from '../list/schema';
import { t } from '../i18n/index';
import type { StringKey } from '../i18n/index';
import { h } from '../ui/dom';
import { REPORT_KINDS } from '../reports/schema';
import type { Report, ReportInput } from '../reports/schema';
import { KIND_LABELS, reportLinks, reportText } from '../reports/links';

type Field =
  | 'platform'
  | 'handle'
  | 'displayName'
  | 'profileUrl'
  | 'accountId'
  | 'contact'
  | 'domain'
  | 'pageUrl'
  | 'excerpt';

const FIELDS: { key: Field; label: StringKey }[] = [
  { key: 'platform', label: 'fieldPlatform' },
  { key: 'handle', label: 'fieldHandle' },
  { key: 'displayName', label: 'fieldDisplayName' },
  { key: 'profileUrl', label: 'fieldProfileUrl' },
  { key: 'accountId', label: 'fieldAccountId' },
  { key: 'contact', label: 'fieldContact' },
  { key: 'domain', label: 'fieldDomain' },
  { key: 'pageUrl', label: 'fieldPageUrl' },
  { key: 'excerpt', label: 'fieldExcerpt' },
];

export async function reportView(
  draftId: string,
  lang: Lang,
  list: OfficialList | null,
): Promise<HTMLElement> {
  const sec = h('section', { id: 'report' }, [h('h2', {}, [t(lang, 'reportTitle')])]);
  const res = await send({ type: 'getReportDraft', id: draftId }).catch(() => undefined);
  const draft = res?.draft;
  if (!draft) {
    sec.append(h('p', { role: 'alert' }, [t(lang, 'reportNoDraft')]));
    return sec;
  }
  sec.append(h('p', { class: 'muted' }, [t(lang, 'reportIntro')]));
  const form = h('form', { id: 'report-form', class: 'report-form' }) as HTMLFormElement;

  const kind = h(
    'select',
    { id: 'report-kind' },
    REPORT_KINDS.map((k) => h('option', { value: k }, [t(lang, KIND_LABELS[k])])),
  ) as HTMLSelectElement;
  kind.value = draft.kind;
  form.append(h('label', { class: 'field' }, [t(lang, 'reportKind'), kind]));

  // Each field the draft has: shown, editable, and removable with its "include" box.
  const rows = new Map<
    Field,
    { include: HTMLInputElement; input: HTMLInputElement | HTMLTextAreaElement }
  >();
  const dl = h('div', { class: 'fields' });
  for (const f of FIELDS) {
    const value = draft[f.key];
    if (!value) continue;
    const label = t(lang, f.label);
    const include = h('input', {
      type: 'checkbox',
      id: `inc-${f.key}`,
      'aria-label': t(lang, 'reportInclude', { field: label }),
    }) as HTMLInputElement;
    include.checked = true;
    const input = (
      f.key === 'excerpt'
        ? h('textarea', { id: `field-${f.key}`, rows: '4', readonly: '' })
        : h('input', { type: 'text', id: `field-${f.key}` })
    ) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    include.addEventListener('change', () => (input.disabled = !include.checked));
    rows.set(f.key, { include, input });
    dl.append(
      h('div', { class: 'field-row', 'data-field': f.key }, [
        include,
        h('label', { for: `field-${f.key}` }, [label]),
        input,
      ]),
    );
  }
  form.append(dl);
  if (draft.codes.length) {
    form.append(
      h('p', {}, [h('strong', {}, [t(lang, 'fieldReasons')])]),
      h(
        'ul',
        { id: 'report-reasons' },
        draft.codes.map((c) => h('li', {}, [REASON_MESSAGES[c as ReasonCode]?.[lang] ?? c])),
      ),
    );
  }
  const comment = h('textarea', {
    id: 'report-comment',
    rows: '3',
    maxlength: '2000',
  }) as HTMLTextAreaElement;
  form.append(h('label', { class: 'field' }, [t(lang, 'fieldComment'), comment]));
  const block = h('input', { type: 'checkbox', id: 'report-block' }) as HTMLInputElement;
  block.checked = draft.block ?? true;
  form.append(h('label', { class: 'toggle' }, [block, ` ${t(lang, 'reportBlock')}`]));
  const save = h('button', { type: 'submit', id: 'report-save', class: 'primary' }, [
    t(lang, 'reportSave'),
  ]) as HTMLButtonElement;
  form.append(save);
  const status = h('p', { id: 'report-status', role: 'status', 'aria-live': 'polite' });
  const after = h('div', { id: 'report-after' });
  sec.append(form, status, after);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save.disabled = true;
    const input: ReportInput = {
      kind: kind.value as ReportInput['kind'],
      level: draft.level,
      codes: draft.codes,
      block: block.checked,
      ...(draft.key ? { key: draft.key } : {}),
      ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
    };
    for (const [key, row] of rows) {
      const v = row.input.value.trim();
      if (row.include.checked && v) input[key] = v;
    }
    void send({ type: 'saveReport', input })
      .then((r) => {
        if (!r || !('ok' in r)) throw new Error('no answer');
        if (!r.ok) {
          save.disabled = false;
          const full = /^full:(\d+)$/.exec(r.error);
          status.textContent = full
            ? t(lang, 'reportFull', { n: full[1] ?? '' })
            : t(lang, 'reportFailed', { error: r.error });
          status.className = 'error';
          return;
        }
        status.className = 'ok';
        status.textContent = r.merged
          ? t(lang, 'reportMerged', { n: r.report.occurrences })
          : t(lang, 'reportSaved');
        form.hidden = true;
        void renderSendOptions(after, r.report, lang, list);
      })
      .catch((err: unknown) => {
        save.disabled = false;
        status.className = 'error';
        status.textContent = t(lang, 'reportFailed', { error: String(err) });
      });
  });
  return sec;
}

/** After saving: e-mail, the platform's form, the user's endpoint, and a link to My reports. */
export async function renderSendOptions(
  box: HTMLElement,
  report: Report,
  lang: Lang,
  list: OfficialList | null,
): Promise<void> {
  const { endpoint } = await send({ type: 'listReports' }).catch(() => ({
    endpoint: '',
  }));
  const ul = h('ul', { class: 'channels', id: 'report-send' });
  for (const l of reportLinks(report, list)) {
    const a = h(
      'a',
      { href: l.href, target: '_blank', rel: 'noopener noreferrer', 'data-to': l.to },
      [l.label[lang]],
    );
    a.addEventListener('click', () => void send({ type: 'handoff', id: report.id, to: l.to }));
    ul.append(h('li', {}, [a]));
  }
  const copy = h('button', { type: 'button', id: 'report-copy' }, [t(lang, 'reportCopy')]);
  copy.addEventListener(
    'click',
    () => void navigator.clipboard.writeText(reportText(report)).catch(() => undefined),
  );
  ul.append(h('li', {}, [copy]));
  if (endpoint) {
    const btn = h('button', { type: 'button', id: 'report-send-endpoint' }, [
      t(lang, 'reportSendEndpoint', { url: endpoint }),
    ]) as HTMLButtonElement;
    btn.addEventListener('click', () => {
      btn.disabled = true;
      void send({ type: 'sendReport', id: report.id });
    });
    ul.append(h('li', {}, [btn]));
  } else {
    ul.append(h('li', { class: 'muted' }, [t(lang, 'reportNoEndpoint')]));
  }
  box.append(
    h('h3', {}, [t(lang, 'reportSendTitle')]),
    ul,
    h('p', {}, [
      h(
        'a',
        {
          href: browser.runtime.getURL('/options.html#reports'),
          target: '_blank',
          id: 'open-reports',
        },
        [t(lang, 'reportsTitle')],
      ),
    ]),
  );
}
