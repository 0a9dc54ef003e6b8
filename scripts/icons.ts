/**
 * The extension's icons, drawn once (assets/icons/*.svg) and rendered to the PNG sizes the stores
 * and browsers ask for (public/icons/), by real Chromium: `npm run icons`. The PNGs are committed
 * (a build needs no browser); tests/browser/package.spec.ts checks the built packages carry them.
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
  await browser.close();
}

await main();
