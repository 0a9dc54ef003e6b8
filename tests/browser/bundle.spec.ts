import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

// The guard starts in every frame of every page at document_start: what it carries is paid there.
// (Importing the zod message schemas once put 100 KB into it, 20-60 ms a frame.) 12.7 KB since
// it also holds keys for a page's key-drawn editor (not a field) until the detector comes; 13.4 KB
// since a page's first keys wait for the tab's count of words typed before (a page that moves on).
test('the guard that starts in every frame stays small: no schemas, no word lists, no hold code', async () => {
  const guard = await readFile(resolve(OUT, 'guard.js'), 'utf8');
  expect(guard.length).toBeLessThan(13_500);
  for (const marker of ['ZodError', 'abandon', 'tp-scam-shield-hold'])
    expect(guard.includes(marker), marker).toBe(false);
});
