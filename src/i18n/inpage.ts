import type { Lang } from '../engine/types';
import { INPAGE } from './inpage-strings';
import type { InpageKey } from './inpage-strings';
import { fill } from './locale';

export type { InpageKey };
export { langFromLocale } from './locale';

/** A string shown inside a web page, in the user's language (see inpage-strings.ts). */
export function t(lang: Lang, key: InpageKey, vars: Record<string, string | number> = {}): string {
  return fill(INPAGE[lang][key] ?? INPAGE.en[key], vars);
}
