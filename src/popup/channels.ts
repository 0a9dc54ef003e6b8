/**
 * The popup's official channels (from the verified list, grouped, collapsed, with a filter) and
 * TokenPocket's own rules.
 */
import type { Lang } from '../engine/types';
import type { OfficialEntry, OfficialList } from '../list/schema';
import { t } from '../i18n/index';
import type { StringKey } from '../i18n/index';
import { h } from '../ui/dom';

const GROUPS: { key: StringKey; match: (e: OfficialEntry) => boolean }[] = [
  { key: 'groupWebsite', match: (e) => e.kind === 'website' && e.purpose !== 'developer' },
  { key: 'groupSupport', match: (e) => e.kind === 'email' && e.purpose === 'support' },
  { key: 'groupX', match: (e) => e.kind === 'x' },
  { key: 'groupTelegram', match: (e) => e.kind === 'telegram' },
  { key: 'groupDiscord', match: (e) => e.kind === 'discord' },
  { key: 'groupYoutube', match: (e) => e.kind === 'youtube' },
  { key: 'groupGithub', match: (e) => e.kind === 'github' },
  { key: 'groupMedium', match: (e) => e.kind === 'medium' },
  { key: 'groupFacebook', match: (e) => e.kind === 'facebook' },
  { key: 'groupApps', match: (e) => e.kind === 'ios-app' || e.kind === 'android-app' },
  { key: 'groupExtension', match: (e) => e.kind === 'chrome-extension' },
];

export function displayValue(e: OfficialEntry): string {
  switch (e.kind) {
    case 'x':
    case 'telegram':
    case 'medium':
      return `@${e.value}`;
    case 'discord':
      return `discord.com/invite/${e.value}`;
    default:
      return e.value;
  }
}

export function channelsSection(list: OfficialList, lang: Lang): HTMLElement {
  const sec = h('section', { id: 'channels' }, [h('h2', {}, [t(lang, 'popupOfficial')])]);
  // Grouped and collapsed; a filter opens the groups with a match and hides the rest.
  const filter = h('input', {
    type: 'search',
    id: 'channels-filter',
    placeholder: t(lang, 'popupFilterChannels'),
    'aria-label': t(lang, 'popupFilterChannels'),
  }) as HTMLInputElement;
  sec.append(filter);
  const groups: { details: HTMLDetailsElement; items: { li: HTMLElement; text: string }[] }[] = [];
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const g of groups) {
      let any = false;
      for (const it of g.items) {
        const hit = !q || it.text.includes(q);
        it.li.hidden = !hit;
        any ||= hit;
      }
      g.details.hidden = !any;
      g.details.open = !!q && any;
    }
  });
  for (const g of GROUPS) {
    const entries = list.official.filter(g.match);
    if (!entries.length) continue;
    const ul = h('ul', { class: 'channels' });
    for (const e of entries) {
      const value = displayValue(e);
      const copy = h(
        'button',
        { type: 'button', 'aria-label': `${t(lang, 'popupCopy')} ${value}` },
        [t(lang, 'popupCopy')],
      );
      copy.addEventListener('click', () => {
        void navigator.clipboard
          .writeText(e.kind === 'email' ? e.value : (e.url ?? value))
          .then(() => (copy.textContent = t(lang, 'popupCopied')));
      });
      const open = e.url
        ? h('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer', class: 'btn' }, [
            t(lang, 'popupOpen'),
          ])
        : null;
      ul.append(
        h('li', { 'data-entry': e.id }, [
          h('div', {}, [h('strong', {}, [e.label[lang]]), h('code', {}, [value])]),
          ...(e.note ? [h('p', { class: 'muted' }, [e.note[lang]])] : []),
          h('div', { class: 'row' }, [copy, ...(open ? [open] : [])]),
        ]),
      );
    }
    if (g.key === 'groupSupport')
      ul.append(h('li', {}, [h('span', {}, [t(lang, 'inAppSupport')])]));
    const details = h('details', { class: 'group' }, [
      h('summary', {}, [h('h3', {}, [`${t(lang, g.key)} (${entries.length})`])]),
      ul,
    ]) as HTMLDetailsElement;
    groups.push({
      details,
      items: [...ul.querySelectorAll<HTMLElement>('li')].map((li) => ({
        li,
        text: `${t(lang, g.key)} ${li.textContent ?? ''}`.toLowerCase(),
      })),
    });
    sec.append(details);
  }
  return sec;
}

export function rulesSection(list: OfficialList, lang: Lang): HTMLElement {
  return h('section', { id: 'rules' }, [
    h('h2', {}, [t(lang, 'popupRules')]),
    h(
      'ol',
      {},
      list.rules.map((r) => h('li', {}, [r[lang]])),
    ),
  ]);
}
