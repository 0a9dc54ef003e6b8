import { generateKeyPairSync, createHash, sign } from 'node:crypto';
import type { TrustedKey } from '../../src/list/keyring';

/** A throwaway Ed25519 key made at test time (never the team's key). */
export function makeKey(): {
  keyring: TrustedKey[];
  sign(bytes: Uint8Array): object;
  /** The private key as PKCS#8 PEM, for commands that take --key (written to a temp folder). */
  pem: string;
} {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  return {
    pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyring: [{ keyId, publicKey: Buffer.from(raw).toString('base64'), comment: 'test' }],
    sign: (bytes) => ({
      algorithm: 'Ed25519',
      keyId,
      signature: sign(null, bytes, privateKey).toString('base64'),
    }),
  };
}
