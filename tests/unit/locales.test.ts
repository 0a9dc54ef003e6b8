import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { REASON_MESSAGES } from '../../src/engine/messages';
import { LANGS } from '../../src/engine/types';
import { langFromLocale, t } from '../../src/i18n/index';
import { ROOT } from '../helpers/list';

describe('locales', () => {
  it('every UI locale has every key of English, and no empty string', () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(STRINGS[lang]).sort()).toEqual(keys);
      for (const k of keys) expect(STRINGS[lang][k as keyof typeof STRINGS.en].trim()).not.toBe('');
    }
  });

  it('every manifest locale (_locales) has the same keys', () => {
    const dir = resolve(ROOT, 'public/_locales');
    const locales = readdirSync(dir).sort();
    expect(locales).toEqual(['en', 'zh_CN', 'zh_TW']);
    const keysOf = (l: string) =>
      Object.keys(JSON.parse(readFileSync(resolve(dir, l, 'messages.json'), 'utf8'))).sort();
    for (const l of locales) expect(keysOf(l)).toEqual(keysOf('en'));
  });

  it('the store description fits Chrome Web Store’s 132 characters in every language', () => {
    const dir = resolve(ROOT, 'public/_locales');
    for (const l of ['en', 'zh_CN', 'zh_TW']) {
      const m = JSON.parse(readFileSync(resolve(dir, l, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      expect([...m['extDescription']!.message].length, l).toBeLessThanOrEqual(132);
    }
  });

  it('every reason code has a message in every language', () => {
    for (const [code, msgs] of Object.entries(REASON_MESSAGES)) {
      for (const lang of LANGS) expect(msgs[lang], `${code} ${lang}`).toMatch(/\S/);
    }
  });

  it('picks the language from the browser locale', () => {
    expect(langFromLocale('zh-CN')).toBe('zh_CN');
    expect(langFromLocale('zh-TW')).toBe('zh_TW');
    expect(langFromLocale('zh-HK')).toBe('zh_TW');
    expect(langFromLocale('zh')).toBe('zh_CN');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('fr')).toBe('en');
    expect(t('en', 'bannerCount', { n: 3 })).toBe('3 warnings on this page');
  });
});
