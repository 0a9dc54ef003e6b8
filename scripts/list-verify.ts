/** Verify a signed list with the compiled-in keyring: npm run list:verify [FILE] */
import { readFileSync } from 'node:fs';
import { verifyList } from '../src/list/verify';
import { signaturePathFor } from './list-paths';

const file = process.argv[2] ?? 'public/official-list.json';
const sigFile = signaturePathFor(file);
let bytes: Buffer;
let sig: unknown;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`list:verify: cannot read ${file}`);
  process.exit(2);
}
try {
  sig = JSON.parse(readFileSync(sigFile, 'utf8'));
} catch {
  console.error(`list:verify: cannot read signature ${sigFile}`);
  process.exit(2);
}
const r = await verifyList(new Uint8Array(bytes), sig);
if (!r.ok) {
  console.error(`list:verify: REJECTED ${file}: ${r.error}: ${r.detail}`);
  process.exit(1);
}
console.log(
  `list:verify: OK ${file} version ${r.list.version}, signed by ${r.keyId}, ${r.list.official.length} official entries, ${r.list.knownScams.length} known scams, expires ${r.list.expiresAt}`,
);
if (r.expired) console.warn('list:verify: WARNING: this list has expired; issue a new version.');
