import { z } from 'zod';
import { officialListSchema } from './schema';
import type { OfficialList } from './schema';
import { KEYRING } from './keyring';
import type { TrustedKey } from './keyring';
import { lintList } from './lint';

export const signatureSchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** Base64 signature over the exact bytes of the list file. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type ListSignature = z.infer<typeof signatureSchema>;

export type VerifyError =
  | 'bad-signature-file'
  | 'unknown-key'
  | 'bad-signature'
  | 'not-json'
  | 'bad-schema'
  | 'lint'
  | 'expired'
  | 'no-crypto';

export type VerifyResult =
  | { ok: true; list: OfficialList; keyId: string; expired: boolean }
  | { ok: false; error: VerifyError; detail: string };

function b64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function ed25519Verify(
  publicKey: Uint8Array,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto is not available');
  const key = await subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, data as BufferSource);
}

/** The detached signature over `bytes`, with a key of the keyring (lists and deltas alike). */
export async function verifySignature(
  bytes: Uint8Array,
  signatureJson: unknown,
  keyring: readonly TrustedKey[] = KEYRING,
): Promise<{ ok: true; keyId: string } | { ok: false; error: VerifyError; detail: string }> {
  const sig = signatureSchema.safeParse(signatureJson);
  if (!sig.success)
    return {
      ok: false,
      error: 'bad-signature-file',
      detail: sig.error.issues[0]?.message ?? 'invalid',
    };
  const key = keyring.find((k) => k.keyId === sig.data.keyId);
  if (!key)
    return {
      ok: false,
      error: 'unknown-key',
      detail: `key ${sig.data.keyId} is not in the keyring`,
    };
  let good = false;
  try {
    good = await ed25519Verify(b64(key.publicKey), b64(sig.data.signature), bytes);
  } catch (e) {
    return { ok: false, error: 'no-crypto', detail: String(e) };
  }
  if (!good)
    return {
      ok: false,
      error: 'bad-signature',
      detail: `signature does not match key ${key.keyId}`,
    };
  return { ok: true, keyId: key.keyId };
}

/** Signed bytes (checked already) read as JSON of `schema`: the value, or a plain-words error. */
export function parseSigned<T>(
  bytes: Uint8Array,
  schema: z.ZodType<T>,
): { success: true; data: T } | { success: false; ok: false; error: VerifyError; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { success: false, ok: false, error: 'not-json', detail: String(e) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { success: true, data: parsed.data };
  const i = parsed.error.issues[0];
  return {
    success: false,
    ok: false,
    error: 'bad-schema',
    detail: `${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`,
  };
}

/**
 * Verify a list: the detached signature over its exact bytes with a key from the keyring, then its
 * JSON, its schema and its lint. Nothing in the list is looked at before the signature holds.
 */
export async function verifyList(
  bytes: Uint8Array,
  signatureJson: unknown,
  opts: { keyring?: readonly TrustedKey[]; now?: Date } = {},
): Promise<VerifyResult> {
  const sig = await verifySignature(bytes, signatureJson, opts.keyring ?? KEYRING);
  if (!sig.ok) return sig;
  const parsed = parseSigned(bytes, officialListSchema);
  if (!parsed.success) return { ok: false, error: parsed.error, detail: parsed.detail };
  const problems = lintList(parsed.data);
  if (problems.length) return { ok: false, error: 'lint', detail: problems.join('; ') };
  const now = opts.now ?? new Date();
  const expired = Date.parse(parsed.data.expiresAt) <= now.getTime();
  return { ok: true, list: parsed.data, keyId: sig.keyId, expired };
}
