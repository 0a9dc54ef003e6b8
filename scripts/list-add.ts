/**
 * Merges the accepted candidates of a triage into the list's known scams (issue #23):
 *   npm run list:add -- candidates.json [--list public/official-list.json] [--reviewed YYYY-MM-DD]
 * Each added entry gets a source "N user reports (M sightings), reviewed DAY". The list is linted
 * before it is written; sign it afterwards (npm run list:sign) with a higher version.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lintList } from '../src/list/lint';
import { officialListSchema } from '../src/list/schema';
import { addCandidates, candidatesFileSchema } from '../src/list/triage';
import { cliArgs } from './cli-args';

function fail(msg: string): never {
  console.error(`list:add: ${msg}`);
  process.exit(2);
}

const { args, opt } = cliArgs(fail);
const listFile = opt('--list', 'public/official-list.json');
const reviewed = opt('--reviewed', new Date().toISOString().slice(0, 10));
if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) fail('--reviewed must be YYYY-MM-DD');
const candidatesFile = args[0];
if (!candidatesFile) fail('give the candidates file written by list:triage');

const read = (f: string): unknown => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    fail(`cannot read ${f} as JSON`);
  }
};
const cands = candidatesFileSchema.safeParse(read(candidatesFile));
if (!cands.success)
  fail(`${candidatesFile} is not a candidates file: ${cands.error.issues[0]?.message}`);
const list = officialListSchema.safeParse(read(listFile));
if (!list.success) fail(`${listFile} is not a valid list: ${list.error.issues[0]?.message}`);
let result;
try {
  result = addCandidates(list.data, cands.data, reviewed);
} catch (e) {
  fail((e as Error).message);
}
// The list goes out after the review: its entries' first-seen days are judged against that day.
const issued =
  result.list.issuedAt.slice(0, 10) < reviewed ? `${reviewed}T00:00:00Z` : result.list.issuedAt;
const problems = lintList({ ...result.list, issuedAt: issued });
if (problems.length) fail(`the list would fail lint:\n  ${problems.join('\n  ')}`);
writeFileSync(listFile, JSON.stringify(result.list, null, 2) + '\n');
for (const e of result.added)
  console.log(`added ${e.id} (${e.kind}:${e.value}), first seen ${e.firstSeen}`);
for (const k of result.skipped) console.log(`already listed: ${k}`);
console.log(
  `list:add: ${result.added.length} added to ${listFile}; now raise its version and sign it (npm run list:sign)`,
);
