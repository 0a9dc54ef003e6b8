/**
 * The maintainers' first step with users' reports (issue #23):
 *   npm run list:triage -- FILE... [--out candidates.json] [--list public/official-list.json]
 * FILE: a user's reports export (one reporter each) or an endpoint's dump (a JSON array, or JSON
 * Lines, of report envelopes, or of { client, envelope }). Writes the candidates file (set
 * "accept": true, and a kind where it is null, on the ones to list; then npm run list:add).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { officialListSchema } from '../src/list/schema';
import { triage } from '../src/list/triage';
import type { TriageInput } from '../src/list/triage';
import { cliArgs } from './cli-args';

function fail(msg: string): never {
  console.error(`list:triage: ${msg}`);
  process.exit(2);
}

const { args, opt } = cliArgs(fail);
const out = opt('--out', 'candidates.json');
const listFile = opt('--list', 'public/official-list.json');
if (!args.length) fail('give one or more report exports or endpoint dumps');

const inputs: TriageInput[] = args.map((name) => {
  let text: string;
  try {
    text = readFileSync(name, 'utf8');
  } catch {
    fail(`cannot read ${name}`);
  }
  try {
    return { name, json: JSON.parse(text) as unknown };
  } catch {
    // JSON Lines: one envelope a line.
    try {
      const lines = text.split('\n').filter((l) => l.trim());
      return { name, json: lines.map((l) => JSON.parse(l) as unknown) };
    } catch {
      fail(`${name} is neither JSON nor JSON Lines`);
    }
  }
});
let list;
try {
  list = officialListSchema.parse(JSON.parse(readFileSync(listFile, 'utf8')));
} catch (e) {
  fail(`${listFile} is not a valid list: ${String(e).split('\n')[0]}`);
}
let file;
try {
  file = triage(inputs, list);
} catch (e) {
  fail((e as Error).message);
}
writeFileSync(out, JSON.stringify(file, null, 2) + '\n');
console.log(
  `list:triage: ${file.candidates.length} subjects from ${inputs.length} file(s) → ${out}`,
);
console.log('reporters  sightings  in list    subject                                   evidence');
for (const c of file.candidates.slice(0, 50))
  console.log(
    `${String(c.reporters).padStart(9)}  ${String(c.occurrences).padStart(9)}  ${c.inList.padEnd(9)}  ${c.key.slice(0, 40).padEnd(40)}  ${(c.evidence[0] ?? '').replace(/\s+/g, ' ').slice(0, 60)}`,
  );
if (file.candidates.length > 50) console.log(`… and ${file.candidates.length - 50} more in ${out}`);
