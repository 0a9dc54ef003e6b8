import type { Finding } from '../engine/finding';

/** What the guard's stop dialog is about. */
export type SecretKind = 'phrase' | 'key' | 'keystore';

/** The secret a value holds, from the detector's findings on it (only danger findings count). */
export function secretKindOf(findings: Finding[]): SecretKind | null {
  for (const f of findings) {
    if (f.level !== 'danger') continue;
    if (f.code === 'SEED_PHRASE_ENTERED') return 'phrase';
    if (f.code === 'PRIVATE_KEY_ENTERED') return 'key';
    if (f.code === 'KEYSTORE_ENTERED') return 'keystore';
  }
  return null;
}
