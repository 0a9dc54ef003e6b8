import { z } from 'zod';
import { isAllowedEndpoint } from '../reports/endpoint';

const host = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'host names only');

export const settingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Hosts where the page scanner is off. */
    disabledSites: z.array(host).max(1000),
    /** Items the user marked "not a scam" (see allowKey()). */
    allowlist: z.array(z.string().min(1).max(300)).max(5000),
    /** What the user reported (subjectKey): flagged for them on every page. */
    blocklist: z.array(z.string().min(1).max(400)).max(5000).default([]),
    /** Hosts the user chose to open despite the look-alike warning. */
    bypassHosts: z.array(host).max(1000),
    /** Hosts where the seed-phrase guard is off ("my own tool"). */
    guardExceptions: z.array(host).max(200),
    /** Optional HTTPS URL of a newer signed list. Empty = off. */
    updateUrl: z.union([z.literal(''), z.string().url().startsWith('https://')]),
    /** Optional endpoint that receives reports the user sends: https, or http on this machine. Empty = off. */
    reportEndpoint: z.union([
      z.literal(''),
      z.string().max(2000).refine(isAllowedEndpoint, 'https:// (or http://localhost) only'),
    ]),
    lang: z.enum(['auto', 'zh_CN', 'zh_TW', 'en']),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  allowlist: [],
  blocklist: [],
  bypassHosts: [],
  guardExceptions: [],
  updateUrl: '',
  reportEndpoint: '',
  lang: 'auto',
};

/** Export format: the settings plus a marker, so an unrelated JSON file is refused. */
export const settingsExportSchema = z
  .object({
    format: z.literal('tp-scam-shield-settings'),
    version: z.literal(1),
    settings: settingsSchema,
  })
  .strict();

/** parseSettingsImport's error for a file that is not JSON at all (the page says it in words). */
export const NOT_JSON = 'not JSON';

export function parseSettingsImport(
  text: string,
): { ok: true; settings: Settings } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: NOT_JSON };
  }
  const r = settingsExportSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `${i?.path.join('.') || 'file'}: ${i?.message ?? 'invalid'}` };
  }
  return { ok: true, settings: r.data.settings };
}

/** Settings read from storage: anything broken falls back field by field, never throws. */
export function coerceSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const shape = settingsSchema.shape;
  for (const k of Object.keys(shape) as (keyof Settings)[]) {
    const r = shape[k].safeParse((raw as Record<string, unknown>)[k]);
    if (r.success) (out as Record<string, unknown>)[k] = r.data;
  }
  return out;
}
