/**
 * The team's signing key for the list commands that sign (list:sign, list:publish): read from
 * --key PATH, $TP_LIST_SIGNING_KEY (a path) or $TP_LIST_SIGNING_KEY_PEM, never from inside this
 * repository; only an Ed25519 key, and only one in the compiled-in keyring unless told otherwise.
 */
import { createPrivateKey, createPublicKey, createHash, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';
import { KEYRING } from '../src/list/keyring';
import type { TrustedKey } from '../src/list/keyring';

export interface SigningKey {
  keyId: string;
  /** The key as a keyring entry (to check what it signed). */
  trusted: TrustedKey;
  /** A detached signature file's content for `bytes`. */
  sign(bytes: Uint8Array): { algorithm: 'Ed25519'; keyId: string; signature: string };
}

export function loadSigningKey(
  keyPath: string | undefined,
  allowUnknown: boolean,
  fail: (msg: string) => never,
): SigningKey {
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
    return fail('no private key: pass --key PATH or set TP_LIST_SIGNING_KEY');
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    return fail('the private key could not be read (expects an Ed25519 PKCS#8 PEM)');
  }
  if (key.asymmetricKeyType !== 'ed25519') fail('the key is not an Ed25519 key');
  const raw = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  if (!KEYRING.some((k) => k.keyId === keyId) && !allowUnknown) {
    fail(
      `key ${keyId} is not in the compiled-in keyring (src/list/keyring.ts); the extension would reject what it signs`,
    );
  }
  return {
    keyId,
    trusted: { keyId, publicKey: raw.toString('base64'), comment: 'signing key in use' },
    sign: (bytes) => ({
      algorithm: 'Ed25519',
      keyId,
      signature: sign(null, bytes, key).toString('base64'),
    }),
  };
}
