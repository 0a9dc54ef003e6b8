/**
 * The extension's icons, drawn once (assets/icons/*.svg) and rendered to the PNG sizes the stores
 * and browsers ask for (public/icons/), by real Chromium: `npm run icons`. The PNGs are committed
 * (a build needs no browser); tests/browser/package.spec.ts checks the built packages carry them.
 * The same run draws the Chrome Web Store's promotional tiles (440×280 small, 1400×560 marquee)
 * in Chinese and English into docs/store/tiles/, from the icon and the listing's short lines.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'public/icons');

const RENDERS: { svg: string; name: string; sizes: number[] }[] = [
  { svg: 'icon.svg', name: 'icon', sizes: [16, 32, 48, 128] },
  { svg: 'icon-danger.svg', name: 'danger', sizes: [16, 32] },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const exe = chromiumPath();
  const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}) });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const r of RENDERS) {
    const svg = readFileSync(resolve(ROOT, 'assets/icons', r.svg), 'utf8');
    for (const size of r.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" ` +
          `width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(resolve(OUT, `${r.name}-${size}.png`), png);
      console.log(`public/icons/${r.name}-${size}.png`);
    }
  }
  await tiles(page);
  await browser.close();
}

const TILES = [
  { name: 'small', width: 440, height: 280 },
  { name: 'marquee', width: 1400, height: 560 },
];
/** The listing's name and short line (docs/store/listing.md), per language. */
const TILE_TEXT: Record<string, { name: string; line: string; lang: string }> = {
  zh_CN: {
    name: 'TP 防骗盾',
    line: '识别冒充 TP 钱包客服的骗局，拦截助记词和私钥输入、仿冒网站',
    lang: 'zh-Hans',
  },
  en: {
    name: 'TP Scam Shield',
    line: 'Spots fake TokenPocket support, stops seed phrases and keys typed into pages, blocks look-alike sites',
    lang: 'en',
  },
};

async function tiles(page: import('@playwright/test').Page): Promise<void> {
  const dir = resolve(ROOT, 'docs/store/tiles');
  mkdirSync(dir, { recursive: true });
  const icon = Buffer.from(readFileSync(resolve(ROOT, 'assets/icons/icon.svg'))).toString('base64');
  for (const t of TILES)
    for (const [lang, text] of Object.entries(TILE_TEXT)) {
      await page.setViewportSize({ width: t.width, height: t.height });
      const u = t.height / 280;
      const doc = `<!doctype html><html lang="${text.lang}"><head><meta charset="utf-8"><style>
        body{margin:0;width:${t.width}px;height:${t.height}px;display:flex;align-items:center;gap:${24 * u}px;
          padding:0 ${36 * u}px;box-sizing:border-box;background:linear-gradient(135deg,#0d47a1,#1565c0);color:#fff;
          font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","DejaVu Sans",sans-serif}
        img{width:${110 * u}px;height:${110 * u}px;flex:none}
        h1{margin:0 0 ${10 * u}px;font-size:${34 * u}px}
        p{margin:0;font-size:${(t.name === 'small' ? 17 : 15) * u}px;line-height:1.45;max-width:${t.width * 0.62}px}
      </style></head><body><img src="data:image/svg+xml;base64,${icon}"><div><h1></h1><p></p></div></body></html>`;
      await page.setContent(doc);
      await page.locator('h1').evaluate((e, s) => (e.textContent = s), text.name);
      await page.locator('p').evaluate((e, s) => (e.textContent = s), text.line);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = `${t.name}-${t.width}x${t.height}-${lang}.png`;
      writeFileSync(
        resolve(dir, file),
        await page.screenshot({ clip: { x: 0, y: 0, width: t.width, height: t.height } }),
      );
      console.log(`docs/store/tiles/${file}`);
    }
}

await main();
