import { z } from 'zod';

/** What a report is about. */
export const REPORT_KINDS = ['account', 'message', 'page', 'contact', 'domain'] as const;
export const REPORT_STATUSES = ['saved', 'queued', 'sent', 'failed'] as const;

const text = (max: number) => z.string().max(max);
const isoDate = z.string().datetime();

/** What a report says about its subject; the same fields in a draft and in a saved report. */
const subjectFields = {
  platform: text(40).optional(),
  handle: text(120).optional(),
  displayName: text(200).optional(),
  profileUrl: text(500).optional(),
  accountId: text(120).optional(),
  /** A phone number, QQ/WeChat/Telegram id or e-mail the user reports. */
  contact: text(200).optional(),
  /** A host name the user reports. */
  domain: text(253).optional(),
  /** Where it was seen (first). */
  pageUrl: text(2000).optional(),
  /** Redacted excerpt of the offending text. */
  excerpt: text(1000).optional(),
  /** The user's own words (redacted too). */
  comment: text(2000).optional(),
};

/**
 * One report, as stored in extension storage, exported, and (its `report` part) POSTed to the
 * user's endpoint. Every free-text field has been through redactSecrets() before it gets here.
 */
export const reportSchema = z
  .object({
    /** Stable id; also the Idempotency-Key of every delivery attempt (with its version: queue.ts). */
    id: z.string().regex(/^[0-9a-f-]{36}$/, 'a UUID'),
    createdAt: isoDate,
    updatedAt: isoDate,
    kind: z.enum(REPORT_KINDS),
    /** What it is about (see subjectKey): duplicates with the same key merge. */
    key: text(400).min(1),
    ...subjectFields,
    level: z.enum(['danger', 'caution', 'safe']),
    reasons: z.array(z.object({ code: text(40), message: text(400) }).strict()).max(20),
    extensionVersion: text(40),
    listVersion: text(40),
    /** How many times it was reported (duplicates merged), and the pages it was seen on. */
    occurrences: z.number().int().min(1),
    seenOn: z.array(text(2000)).max(20),
    status: z.enum(REPORT_STATUSES),
    /** Where the user handed it on by hand (e-mail, the platform's form). */
    handoffs: z
      .array(z.object({ to: z.enum(['email', 'platform']), at: isoDate }).strict())
      .max(20),
    /** Delivery to the user's HTTPS endpoint, when they asked for it. */
    delivery: z
      .object({
        endpoint: text(2000),
        attempts: z.number().int().min(0),
        nextAttemptAt: isoDate.optional(),
        lastError: text(300).optional(),
        sentAt: isoDate.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Report = z.infer<typeof reportSchema>;

/** What a surface (card, popup finding, lookup) hands to the report view; the user edits it. */
export const reportInputSchema = z
  .object({
    kind: z.enum(REPORT_KINDS),
    ...subjectFields,
    level: z.enum(['danger', 'caution', 'safe']),
    codes: z.array(text(40)).max(20),
    /** Also flag this account/site for me from now on. */
    block: z.boolean().optional(),
    /** The page scanner's key for a message without an author (see subjectKey). */
    key: z
      .string()
      .regex(/^text:[0-9a-z]{1,13}$/)
      .optional(),
  })
  .strict();
export type ReportInput = z.infer<typeof reportInputSchema>;

/** The body POSTed to the user's endpoint (header Idempotency-Key: deliveryKey in queue.ts). */
export const reportEnvelopeSchema = z
  .object({
    format: z.literal('tp-scam-shield-report'),
    version: z.literal(1),
    report: reportSchema.omit({ delivery: true, handoffs: true, status: true }),
  })
  .strict();
export type ReportEnvelope = z.infer<typeof reportEnvelopeSchema>;

/** The JSON export of the reports page. */
export const reportsExportSchema = z
  .object({
    format: z.literal('tp-scam-shield-reports'),
    version: z.literal(1),
    exportedAt: isoDate,
    reports: z.array(reportSchema),
  })
  .strict();
