/**
 * Sign the official list: npm run list:sign -- [--key PATH] [LIST]
 * The private key is read from --key, or from $TP_LIST_SIGNING_KEY (a path) or
 * $TP_LIST_SIGNING_KEY_PEM (the PEM itself); never from inside this repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { officialListSchema } from '../src/list/schema';
import { lintList } from '../src/list/lint';
import { loadSigningKey } from './list-key';
import { signaturePathFor } from './list-paths';

function fail(msg: string, code = 1): never {
  console.error(`list:sign: ${msg}`);
  process.exit(code);
}

const args = process.argv.slice(2);
let keyPath: string | undefined;
let listPath = 'public/official-list.json';
let allowUnknown = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--key') keyPath = args[++i];
  else if (a === '--allow-unknown-key') allowUnknown = true;
  else if (a === '--help' || a === '-h') {
    console.log(
      'usage: npm run list:sign -- [--key PATH] [--allow-unknown-key] [LIST]\n  key also from $TP_LIST_SIGNING_KEY (path) or $TP_LIST_SIGNING_KEY_PEM',
    );
    process.exit(0);
  } else listPath = a;
}
const bytes = readFileSync(listPath);
let json: unknown;
try {
  json = JSON.parse(bytes.toString('utf8'));
} catch (e) {
  fail(`${listPath} is not JSON: ${String(e)}`);
}
const parsed = officialListSchema.safeParse(json);
if (!parsed.success)
  fail(
    `${listPath} does not match the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
const problems = lintList(parsed.data);
if (problems.length) fail(`${listPath} fails lint, not signing:\n  - ${problems.join('\n  - ')}`);

const key = loadSigningKey(keyPath, allowUnknown, fail);
const out = signaturePathFor(listPath);
writeFileSync(out, JSON.stringify(key.sign(bytes), null, 2) + '\n');
console.log(`signed ${listPath} (version ${parsed.data.version}) with key ${key.keyId} → ${out}`);
