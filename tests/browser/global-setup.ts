/**
 * Before any browser test: is there a Chromium to run, and a built extension to load? Without
 * them every test would fail with a launch stack trace; this says what to do instead, once.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium';

export function missingForBrowserTests(
  found: string | undefined,
  playwrightOwn: string,
  built: boolean,
): string | null {
  const problems: string[] = [];
  if (!found && !existsSync(playwrightOwn))
    problems.push(
      'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, ' +
        `/usr/bin/google-chrome and Playwright's own at ${playwrightOwn}).\n` +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere, where the network allows: npx playwright install chromium\n' +
        '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  if (!built) problems.push('No built extension in .output/chrome-mv3: run `npm run build` first.');
  return problems.length ? problems.join('\n') : null;
}

export default function globalSetup(): void {
  const problem = missingForBrowserTests(
    chromiumPath(),
    chromium.executablePath(),
    existsSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/manifest.json')),
  );
  if (problem) throw new Error(`Browser tests cannot run:\n${problem}`);
}
