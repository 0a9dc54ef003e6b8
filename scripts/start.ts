/**
 * npm start: build the extension and show it working on the bundled demo page.
 * With a display: opens Chromium with the extension loaded. Without one: runs the same demo
 * headless, saves a screenshot, and prints what was flagged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, chromiumPath } from './chromium';
import { startFixtureServer } from './fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = resolve(ROOT, '.output/chrome-mv3');

console.log('Building the extension (Chrome/Edge, Manifest V3)…');
execFileSync(
  process.execPath,
  [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'chrome'],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`Built: ${EXT}`);

const server = await startFixtureServer();
const demo = `${server.url}/demo.html`;
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  !!process.env['DISPLAY'] ||
  !!process.env['WAYLAND_DISPLAY'];
const exe = chromiumPath();
if (!exe) console.log('Using Playwright’s own Chromium (set CHROMIUM_PATH to use another).');

if (hasDisplay && process.env['CI'] !== 'true') {
  console.log(`Opening Chromium with the extension on the demo page: ${demo}`);
  console.log('Close the browser window to stop.');
  const ctx = await launchWithExtension(EXT, { headless: false });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(demo);
  await new Promise<void>((r) => ctx.on('close', () => r()));
  await server.close();
} else {
  console.log('No display found: running the same demo headless.');
  const ctx = await launchWithExtension(EXT, { headless: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(demo);
  await page.locator('tp-scam-shield-badge').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  // Open the first card so the screenshot shows what a user sees on click.
  await page.locator('tp-scam-shield-badge button.badge').first().click();
  const flagged = await page.$$eval('tp-scam-shield-badge', (els) =>
    els.map((b) => {
      const holder = b.parentElement;
      const reasons = [
        ...(b.shadowRoot?.querySelectorAll('.card > ul:first-of-type > li') ?? []),
      ].map((li) => li.firstChild?.textContent ?? '');
      return {
        level: b.getAttribute('data-level'),
        text: (holder?.textContent ?? '').trim().slice(0, 70),
        reasons,
      };
    }),
  );
  const untouched = await page.$$eval(
    '#benign .msg',
    (els) => els.filter((e) => !e.querySelector('tp-scam-shield-badge')).length,
  );
  mkdirSync(resolve(ROOT, '.demo'), { recursive: true });
  const shot = resolve(ROOT, '.demo/demo.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`\nFlagged on the demo page (${flagged.length}):`);
  for (const f of flagged) {
    console.log(`  [${f.level}] ${f.text}`);
    for (const r of f.reasons) console.log(`      - ${r}`);
  }
  console.log(`Ordinary messages left alone: ${untouched}`);
  console.log(`\nScreenshot: ${shot}`);
  console.log(
    `To use it yourself: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${EXT}`,
  );
  await ctx.close();
  await server.close();
}
