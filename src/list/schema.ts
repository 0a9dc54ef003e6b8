import { z } from 'zod';

/** Kinds of channel the list can describe. Each kind has its own value format (see VALUE_FORMAT). */
export const CHANNEL_KINDS = [
  'website',
  'email',
  'x',
  'telegram',
  'discord',
  'github',
  'medium',
  'youtube',
  'facebook',
  'ios-app',
  'android-app',
  'chrome-extension',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * Kinds a known scam can be: the channel kinds, and the contact points fake support gives that no
 * official channel has (TokenPocket has no phone, QQ, WeChat or WhatsApp support).
 */
export const SCAM_KINDS = [...CHANNEL_KINDS, 'phone', 'whatsapp', 'qq', 'wechat'] as const;
export type ScamKind = (typeof SCAM_KINDS)[number];

export const PURPOSES = [
  'support',
  'news',
  'community',
  'download',
  'tool',
  'business',
  'legal',
  'developer',
] as const;

const localized = z.object({
  zh_CN: z.string().min(1),
  zh_TW: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localized>;

/** What a value of each kind must look like once normalized (lint also checks this). */
export const VALUE_FORMAT: Record<ScamKind, RegExp> = {
  website: /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/,
  email: /^[a-z0-9._%+-]+@([a-z0-9-]+\.)+[a-z]{2,}$/,
  x: /^[A-Za-z0-9_]{1,15}$/,
  telegram: /^[A-Za-z][A-Za-z0-9_]{3,31}$/,
  discord: /^[A-Za-z0-9-]{2,32}$/,
  github: /^[A-Za-z0-9-]{1,39}$/,
  medium: /^[a-z0-9.-]+$/,
  youtube: /^UC[A-Za-z0-9_-]{22}$/,
  facebook: /^[A-Za-z0-9.]{5,50}$/,
  'ios-app': /^id\d{6,12}$/,
  'android-app': /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/,
  'chrome-extension': /^[a-p]{32}$/,
  /** International number, digits only, country code first (E.164 without "+"). */
  phone: /^[1-9]\d{7,14}$/,
  whatsapp: /^[1-9]\d{7,14}$/,
  qq: /^[1-9]\d{4,10}$/,
  /** WeChat ids are case-insensitive: stored in lower case. */
  wechat: /^[a-z][a-z0-9_-]{5,19}$/,
};

const entryBase = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(CHANNEL_KINDS),
  value: z.string().min(1).max(253),
  /** website only: whether every subdomain of `value` is official too. */
  includeSubdomains: z.boolean().optional(),
  /** telegram only. */
  telegramType: z.enum(['user', 'group', 'channel']).optional(),
  label: localized,
  sources: z.array(z.string().min(1)).min(1),
});

export const officialEntrySchema = entryBase.extend({
  purpose: z.enum(PURPOSES),
  note: localized.optional(),
  /** Where the user can open it (https only). */
  url: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://'), 'url must be https')
    .optional(),
});
export type OfficialEntry = z.infer<typeof officialEntrySchema>;

export const scamEntrySchema = entryBase.extend({
  kind: z.enum(SCAM_KINDS),
  note: localized.optional(),
  /** The day it was first seen in its source (the popup and warnings say "listed since"). */
  firstSeen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'firstSeen must be YYYY-MM-DD'),
  /** What the source shows, as published (never a secret: lint refuses one). */
  evidence: z.string().min(1).max(400).optional(),
});
export type ScamEntry = z.infer<typeof scamEntrySchema>;

/**
 * Many known scams of one kind, first seen on one day in the same sources, as values only: a list
 * of 100,000 stays small to download and quick to verify and load (bench: npm run bench --
 * --list-only). Each value is a known scam as an entry of `knownScams` would be.
 */
export const scamGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(SCAM_KINDS),
    label: localized,
    sources: z.array(z.string().min(1)).min(1),
    firstSeen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'firstSeen must be YYYY-MM-DD'),
    values: z.array(z.string()).min(1),
  })
  .strict();
export type ScamGroup = z.infer<typeof scamGroupSchema>;

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Where it can be read; none for "N user reports, reviewed" (list:add). */
  url: z.string().url().optional(),
});

export const officialListSchema = z
  .object({
    schemaVersion: z.literal(1),
    version: z.number().int().positive(),
    issuedAt: z.string().datetime({ offset: true }),
    expiresAt: z.string().datetime({ offset: true }),
    brand: z.object({
      /** Names the brand is written as; the engine folds them (case, width, confusables). */
      names: z.array(z.string().min(2)).min(1),
      /** Short forms only meaningful next to a wallet word (TP, TPqb…); also folded. */
      aliases: z.array(z.string().min(1)),
    }),
    /** What TokenPocket says about itself, shown in the popup and cited by the engine. */
    rules: z.array(localized).min(1),
    sources: z.array(sourceSchema).min(1),
    official: z.array(officialEntrySchema).min(1),
    knownScams: z.array(scamEntrySchema),
    knownScamGroups: z.array(scamGroupSchema).optional(),
  })
  .strict();
export type OfficialList = z.infer<typeof officialListSchema>;
