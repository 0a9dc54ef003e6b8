/** The full-page stop for look-alike and known-scam sites, shown instead of the site. */
import { toUnicode } from 'punycode/punycode.es6.js';
import { createEngine } from '../engine/index';
import { send } from '../messaging/client';
import { langFromLocale, t } from '../i18n/index';
import { getSettings } from '../settings/store';
import { h, clear, signIcon } from '../ui/dom';

/** Only http(s) targets are ever opened from this page. */
export function safeTarget(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export async function startWarning(root: HTMLElement): Promise<void> {
  const s = await getSettings();
  const lang = s.lang === 'auto' ? langFromLocale(navigator.language) : s.lang;
  document.title = t(lang, 'warnTitle');
  clear(root);
  // `?u=<encoded>` from the navigation check; `#raw=<address>` from the browser's rules for known
  // scam sites (scam-sites.ts), which cannot encode it.
  const raw = location.hash.startsWith('#raw=') ? location.hash.slice(5) : null;
  const target = safeTarget(raw ?? new URLSearchParams(location.search).get('u'));
  root.append(h('h1', {}, [signIcon('stop', 28), ` ${t(lang, 'warnTitle')}`]));
  if (!target) {
    root.append(h('p', { id: 'bad-target', role: 'alert' }, [t(lang, 'warnBadTarget')]));
    return;
  }
  const state = await send({ type: 'getListState' });
  const verdict = state.ok ? createEngine(state.list).judgeUrl(target.href, lang) : null;
  const imitates = verdict?.reasons.find((r) => r.evidence.imitates)?.evidence.imitates;
  let unicodeHost = target.hostname;
  try {
    unicodeHost = toUnicode(target.hostname);
  } catch {
    unicodeHost = target.hostname;
  }
  root.append(
    h('dl', {}, [
      h('dt', {}, [t(lang, 'warnHost')]),
      h('dd', { id: 'host-unicode' }, [unicodeHost]),
      h('dt', {}, [t(lang, 'warnPunycode')]),
      h('dd', { id: 'host-punycode' }, [target.hostname]),
      ...(imitates
        ? [h('dt', {}, [t(lang, 'warnImitates')]), h('dd', { id: 'imitates' }, [imitates])]
        : []),
      h('dt', {}, [t(lang, 'warnWhy')]),
      h('dd', {}, [
        h(
          'ul',
          {},
          (verdict?.reasons ?? [])
            .filter((r) => r.level !== 'safe')
            .map((r) => h('li', {}, [r.message])),
        ),
      ]),
    ]),
  );
  const official = state.ok
    ? (state.list.official.find((e) => e.kind === 'website' && imitates && e.value === imitates) ??
      state.list.official.find((e) => e.kind === 'website'))
    : undefined;
  const go = h(
    'a',
    {
      class: 'btn primary big',
      id: 'go-official',
      href: official?.url ?? `https://${official?.value ?? 'tokenpocket.pro'}/`,
    },
    [t(lang, 'warnGoOfficial')],
  );
  // In a frame of another page (a look-alike embedded there), the page around it could dress this
  // page up to get a click: no way through is offered here, and the official site opens apart.
  if (window.top !== window) {
    go.setAttribute('target', '_blank');
    go.setAttribute('rel', 'noopener');
    root.append(
      h('div', { class: 'row' }, [go]),
      h('p', { class: 'muted' }, [t(lang, 'independent')]),
    );
    return;
  }
  const back = h('button', { type: 'button', class: 'btn big', id: 'go-back' }, [
    t(lang, 'warnBack'),
  ]);
  back.addEventListener('click', () => {
    if (history.length > 1) history.back();
    else location.replace('about:blank');
  });
  const confirm = h('input', { type: 'checkbox', id: 'continue-confirm' }) as HTMLInputElement;
  const cont = h('button', { type: 'button', class: 'small', id: 'continue', disabled: '' }, [
    t(lang, 'warnContinue'),
  ]) as HTMLButtonElement;
  confirm.addEventListener('change', () => (cont.disabled = !confirm.checked));
  cont.addEventListener('click', async () => {
    await send({ type: 'bypassHost', host: target.hostname });
    location.replace(target.href);
  });
  root.append(
    h('div', { class: 'row' }, [go, back]),
    h('details', {}, [
      h('summary', {}, [t(lang, 'warnContinue')]),
      h('label', {}, [confirm, ` ${t(lang, 'warnContinueConfirm')}`]),
      h('div', {}, [cont]),
    ]),
    h('p', { class: 'muted' }, [t(lang, 'independent')]),
  );
}
