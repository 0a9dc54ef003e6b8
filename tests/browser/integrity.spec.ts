import { test as base, expect } from '@playwright/test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, extensionId } from '../../scripts/chromium';
import { EXT } from './fixtures';

base('a list changed by one byte is refused and the popup says so plainly', async () => {
  // A copy of the build under the run's output folder, which Playwright empties at each run.
  const dir = base.info().outputPath('tampered-extension');
  cpSync(EXT, dir, { recursive: true });
  const file = join(dir, 'official-list.json');
  const bytes = readFileSync(file);
  const i = bytes.indexOf(Buffer.from('tokenpocket.pro'));
  bytes[i] = 'T'.charCodeAt(0);
  writeFileSync(file, bytes);
  const ctx = await launchWithExtension(dir);
  try {
    const id = await extensionId(ctx);
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${id}/popup.html?lang=en`);
    await expect(page.locator('#list-status')).toHaveClass(/error/);
    await expect(page.locator('#list-status')).toContainText('failed verification');
    await expect(page.locator('#list-status')).toContainText('bad-signature');
    await expect(page.locator('#channels')).toHaveCount(0);
    await expect(page.locator('#lookup')).toHaveCount(0);
  } finally {
    await ctx.close();
  }
});
