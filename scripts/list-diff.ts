/** What changed between two lists (issue #23): npm run list:diff -- OLD NEW */
import { readFileSync } from 'node:fs';
import { officialListSchema } from '../src/list/schema';
import { diffLists } from '../src/list/triage';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('list:diff: give the old and the new list');
  process.exit(2);
}
const load = (f: string) => {
  try {
    return officialListSchema.parse(JSON.parse(readFileSync(f, 'utf8')));
  } catch (e) {
    console.error(`list:diff: ${f} is not a valid list: ${String(e).split('\n')[0]}`);
    process.exit(2);
  }
};
const d = diffLists(load(a), load(b));
console.log(
  `version ${d.version[0]} → ${d.version[1]}${d.version[1] <= d.version[0] ? '  (NOT HIGHER: clients refuse it)' : ''}`,
);
if (d.issuedAt[0] !== d.issuedAt[1]) console.log(`issuedAt ${d.issuedAt[0]} → ${d.issuedAt[1]}`);
if (d.expiresAt[0] !== d.expiresAt[1])
  console.log(`expiresAt ${d.expiresAt[0]} → ${d.expiresAt[1]}`);
for (const x of d.added) console.log(`+ ${x}`);
for (const x of d.removed) console.log(`- ${x}`);
for (const x of d.changed) console.log(`~ ${x}`);
console.log(`${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`);
