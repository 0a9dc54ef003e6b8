/**
 * Sign the official list: npm run list:sign -- [--key PATH] [LIST]
 * The private key is read from --key, or from $TP_LIST_SIGNING_KEY (a path) or
 * $TP_LIST_SIGNING_KEY_PEM (the PEM itself); never from inside this repository.
 */
import { createPrivateKey, createPublicKey, createHash, sign } from 'node:crypto';
import { readFileSync, writeFileSync, realpathSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';
import { officialListSchema } from '../src/list/schema';
import { lintList } from '../src/list/lint';
import { KEYRING } from '../src/list/keyring';
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
keyPath ??= process.env['TP_LIST_SIGNING_KEY'];
let pem: string;
if (keyPath) {
  const repo = realpathSync(resolve('.'));
  const abs = realpathSync(resolve(keyPath));
  const rel = relative(repo, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel))
    fail('refusing to use a private key stored inside the repository');
  pem = readFileSync(abs, 'utf8');
} else if (process.env['TP_LIST_SIGNING_KEY_PEM']) {
  pem = process.env['TP_LIST_SIGNING_KEY_PEM'];
} else {
  fail('no private key: pass --key PATH or set TP_LIST_SIGNING_KEY');
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

let key;
try {
  key = createPrivateKey(pem);
} catch {
  fail('the private key could not be read (expects an Ed25519 PKCS#8 PEM)');
}
if (key.asymmetricKeyType !== 'ed25519') fail('the key is not an Ed25519 key');
const raw = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32);
const keyId = createHash('sha256').update(raw).digest('hex').slice(0, 16);
if (!KEYRING.some((k) => k.keyId === keyId) && !allowUnknown) {
  fail(
    `key ${keyId} is not in the compiled-in keyring (src/list/keyring.ts); the extension would reject this list`,
  );
}
const signature = sign(null, bytes, key).toString('base64');
const out = signaturePathFor(listPath);
writeFileSync(out, JSON.stringify({ algorithm: 'Ed25519', keyId, signature }, null, 2) + '\n');
console.log(`signed ${listPath} (version ${parsed.data.version}) with key ${keyId} → ${out}`);
