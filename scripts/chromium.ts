/** Where Chromium is and how to launch it with the built extension (shared by tests, demo, bench). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';

export function chromiumPath(): string | undefined {
  const env = process.env['CHROMIUM_PATH'];
  if (env) return env;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
    if (existsSync(p)) return p;
  return undefined; // Playwright's own browser, where it is installed.
}

const profiles = new Set<string>();
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    profiles.delete(dir);
  } catch {
    // Still in use: tried again at exit.
  }
}
process.on('exit', () => {
  for (const dir of profiles) removeProfile(dir);
});

export async function launchWithExtension(
  extPath: string | null,
  opts: {
    headless?: boolean;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    /** More command-line switches (e.g. --host-resolver-rules for a test). */
    args?: string[];
  } = {},
): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tpss-profile-'));
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...(extPath ? [`--disable-extensions-except=${extPath}`, `--load-extension=${extPath}`] : []),
    ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ...(opts.args ?? []),
  ];
  const exe = chromiumPath();
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    ...(exe ? { executablePath: exe } : {}),
    headless: opts.headless ?? true,
    args,
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    viewport: { width: 1280, height: 900 },
  });
  // The profile (~9 MB) goes with the browser: every test and bench launch makes one. The browser
  // may still be writing into it as the context closes; what is left goes when this process exits.
  profiles.add(userDataDir);
  ctx.on('close', () => removeProfile(userDataDir));
  return ctx;
}

export async function extensionId(context: BrowserContext): Promise<string> {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(sw.url()).host;
}
