import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { officialListSchema } from '../../src/list/schema';
import type { OfficialList } from '../../src/list/schema';
import { createEngine } from '../../src/engine/index';

export const ROOT = resolve(import.meta.dirname, '../..');
export const LIST_BYTES = readFileSync(resolve(ROOT, 'public/official-list.json'));
export const LIST_SIG = JSON.parse(
  readFileSync(resolve(ROOT, 'public/official-list.sig.json'), 'utf8'),
) as unknown;
export const LIST: OfficialList = officialListSchema.parse(JSON.parse(LIST_BYTES.toString('utf8')));
export const engine = createEngine(LIST);

export interface Case {
  id: string;
  expect: 'danger' | 'flag' | 'safe' | 'notdanger';
  note?: string;
  text?: string;
  url?: string;
  input?: string;
  account?: { platform: string; handle: string; displayName?: string; bio?: string };
}

export function loadCases(file: string): Case[] {
  return readFileSync(resolve(ROOT, 'tests/fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}
