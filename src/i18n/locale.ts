import type { Lang } from '../engine/types';

/** The UI language for a browser locale ("zh-TW", "zh-HK" → zh_TW; other zh → zh_CN; else en). */
export function langFromLocale(locale: string | undefined): Lang {
  const l = (locale ?? '').toLowerCase().replace('_', '-');
  if (l.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh_TW' : 'zh_CN';
  return 'en';
}

/** "{n} warnings" with n filled in. */
export function fill(s: string, vars: Record<string, string | number>): string {
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}
