import type { Lang } from '../engine/types';
import { STRINGS } from './strings';
import type { StringKey } from './strings';

export type { StringKey };

/** The UI language for a browser locale ("zh-TW", "zh-HK" → zh_TW; other zh → zh_CN; else en). */
export function langFromLocale(locale: string | undefined): Lang {
  const l = (locale ?? '').toLowerCase().replace('_', '-');
  if (l.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh_TW' : 'zh_CN';
  return 'en';
}

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  let s: string = STRINGS[lang][key] ?? STRINGS.en[key];
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}
