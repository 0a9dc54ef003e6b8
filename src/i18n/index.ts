import type { Lang } from '../engine/types';
import { STRINGS } from './strings';
import type { StringKey } from './strings';
import { fill } from './locale';

export type { StringKey };

export { langFromLocale } from './locale';

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fill(STRINGS[lang][key] ?? STRINGS.en[key], vars);
}
