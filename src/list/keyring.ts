/**
 * Public keys trusted to sign the official list, compiled into the extension. To rotate: add the
 * new key here and ship it, then sign with it; remove the old key one release later.
 */
export interface TrustedKey {
  keyId: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  comment: string;
}

export const KEYRING: readonly TrustedKey[] = [
  {
    keyId: 'e84efd4e1ea86800',
    publicKey: 'iDfc9zN6OWTTdRG7yKoyr8yI4p6KXULYStfkcHOdfgY=',
    comment: 'tp-scam-shield official-list key 1',
  },
];
