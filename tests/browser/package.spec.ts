/**
 * The built packages (npm run build, before the browser tests): icons for the stores and the
 * toolbar, in the sizes they claim, and the Firefox build installable on Firefox ESR 140.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../../.output');

/** Width and height from a PNG's header (IHDR). */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build}: icons in every size the manifest names`, () => {
    const m = JSON.parse(readFileSync(resolve(OUT, build, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string>; default_title: string };
    };
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    // The toolbar tooltip in the browser's language, not one English literal.
    expect(m.action.default_title).toBe('__MSG_extName__');
    if (build === 'chrome-mv3')
      expect((m as unknown as { minimum_chrome_version: string }).minimum_chrome_version).toBe(
        '119',
      );
    for (const set of [m.icons, m.action.default_icon])
      for (const [size, path] of Object.entries(set))
        expect(pngSize(resolve(OUT, build, path)), path).toEqual([Number(size), Number(size)]);
    // The red toolbar state for a page with danger (background/main.ts).
    for (const size of [16, 32])
      expect(pngSize(resolve(OUT, build, `icons/danger-${size}.png`))).toEqual([size, size]);
  });
}

test('store tiles in both languages at the sizes the Chrome Web Store asks for', () => {
  const tiles = resolve(import.meta.dirname, '../../docs/store/tiles');
  for (const lang of ['zh_CN', 'en']) {
    expect(pngSize(resolve(tiles, `small-440x280-${lang}.png`))).toEqual([440, 280]);
    expect(pngSize(resolve(tiles, `marquee-1400x560-${lang}.png`))).toEqual([1400, 560]);
  }
});

test('the Firefox build accepts Firefox ESR 140', () => {
  const m = JSON.parse(readFileSync(resolve(OUT, 'firefox-mv3/manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  expect(parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeLessThanOrEqual(140);
});
