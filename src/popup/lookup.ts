/** The popup's lookup: "is this official?" for a handle, number, address or text, with a report. */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { Engine, LookupResult } from '../engine/index';
import type { Lang } from '../engine/types';
import type { OfficialList } from '../list/schema';
import { t } from '../i18n/index';
import { h, clear } from '../ui/dom';
import { displayValue } from './channels';
import { hostPart } from '../reports/keys';
import type { ReportInput } from '../reports/schema';

/** "Is this official?": what the user types, judged by the engine on the verified list. */
export function lookupSection(engine: Engine, list: OfficialList, lang: Lang): HTMLElement {
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
            h('li', {}, [x.message, ...(x.evidence.imitates ? [` ≈ ${x.evidence.imitates}`] : [])]),
          ),
        ),
      );
    }
    if (r.kind !== 'official') out.append(lookupReportButton(q, r, lang));
  });
  return h('section', { id: 'lookup' }, [h('h2', {}, [t(lang, 'popupLookup')]), form, out]);
}

/** "Report" under a lookup answer: what the user typed becomes the subject of a report draft. */
function lookupReportButton(q: string, r: LookupResult, lang: Lang): HTMLElement {
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
