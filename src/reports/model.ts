/** Reports as data: building, merging, pruning, exporting. Pure; storage lives in store.ts. */
import { redactSecrets, redactUrl } from '../engine/redact';
import { REASON_MESSAGES } from '../engine/messages';
import type { ReasonCode } from '../engine/types';
import { hostPart, pageKey, subjectKey } from './keys';
import { reportSchema } from './schema';
import type { Report, ReportEnvelope, ReportInput } from './schema';

/** At most this many reports are kept; only reports already sent are ever pruned to make room. */
export const MAX_REPORTS = 500;
const MAX_SEEN_ON = 20;

const LEVEL_RANK = { safe: 0, caution: 1, danger: 2 } as const;

function clean(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const v = redactSecrets(s.trim()).slice(0, max);
  return v ? v : undefined;
}

function cleanUrl(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const v = redactUrl(s.trim()).slice(0, max);
  return v ? v : undefined;
}

/** The key duplicates merge on: the account, the host, the contact, the page or the text. */
export function reportKey(
  r: Pick<Report, 'kind' | 'platform' | 'handle' | 'domain' | 'contact' | 'pageUrl' | 'excerpt'>,
): string {
  if (r.kind === 'account' && r.handle && r.platform)
    return subjectKey({ account: { platform: r.platform, handle: r.handle } });
  if (r.kind === 'domain' && r.domain) return subjectKey({ url: r.domain });
  if (r.kind === 'contact' && r.contact) return subjectKey({ contact: r.contact });
  if (r.kind === 'page' && r.pageUrl) return pageKey(r.pageUrl);
  if (r.handle && r.platform)
    return subjectKey({ account: { platform: r.platform, handle: r.handle } });
  return subjectKey({ text: `${r.excerpt ?? ''}\u0000${r.pageUrl ? pageKey(r.pageUrl) : ''}` });
}

export interface ReportContext {
  id: string;
  now: Date;
  extensionVersion: string;
  listVersion: string;
}

/**
 * A new report from what the user confirmed in the report view. Every free-text field is redacted
 * here, whatever the caller already did, so no path into storage can carry a secret.
 */
export function createReport(input: ReportInput, ctx: ReportContext): Report {
  const at = ctx.now.toISOString();
  const base = redactedSubject(input);
  const defined = Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
  const report: Report = {
    id: ctx.id,
    createdAt: at,
    updatedAt: at,
    ...defined,
    kind: input.kind,
    key: input.kind === 'message' && input.key ? input.key : reportKey(base),
    level: input.level,
    reasons: reasonsFor(input.codes),
    extensionVersion: ctx.extensionVersion.slice(0, 40),
    listVersion: ctx.listVersion.slice(0, 40),
    occurrences: 1,
    seenOn: base.pageUrl ? [base.pageUrl] : [],
    status: 'saved',
    handoffs: [],
  };
  return reportSchema.parse(report);
}

/** The subject fields of a draft, trimmed, capped and with every secret removed. */
function redactedSubject(input: ReportInput) {
  const domain = input.domain ? hostPart(input.domain) : undefined;
  return {
    kind: input.kind,
    platform: clean(input.platform, 40),
    handle: clean(input.handle?.replace(/^@/, ''), 120),
    displayName: clean(input.displayName, 200),
    profileUrl: cleanUrl(input.profileUrl, 500),
    accountId: clean(input.accountId, 120),
    contact: clean(input.contact, 200),
    domain: domain ? clean(domain, 253) : undefined,
    pageUrl: cleanUrl(input.pageUrl, 2000),
    excerpt: clean(input.excerpt, 1000),
    comment: clean(input.comment, 2000),
  };
}

/** A draft as it may be kept (session storage) before the user saves it: redacted already. */
export function redactDraft(input: ReportInput): ReportInput {
  const out: ReportInput = { ...input };
  for (const [k, v] of Object.entries(redactedSubject(input)))
    if (v === undefined) delete (out as Record<string, unknown>)[k];
    else (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Reason codes with their English message: the receiver of a report reads English best. */
function reasonsFor(codes: string[]): Report['reasons'] {
  return [...new Set(codes)].slice(0, 20).map((code) => ({
    code: code.slice(0, 40),
    message: (REASON_MESSAGES[code as ReasonCode]?.en ?? '').slice(0, 400),
  }));
}

/**
 * The same account/page reported again: one report with more evidence, not two. The id stays the
 * first report's; a report already sent becomes unsent (until it is sent again, its delivery still
 * says when the earlier version was; the new version has its own delivery key, see deliveryKey in
 * queue.ts).
 */
export function mergeReport(existing: Report, incoming: Report, now: Date): Report {
  const codes = new Set(existing.reasons.map((r) => r.code));
  const reasons = [...existing.reasons];
  for (const r of incoming.reasons) if (!codes.has(r.code) && reasons.length < 20) reasons.push(r);
  const seenOn = [...existing.seenOn];
  for (const u of incoming.seenOn) if (!seenOn.includes(u)) seenOn.push(u);
  const comment =
    incoming.comment && incoming.comment !== existing.comment
      ? [existing.comment, incoming.comment].filter(Boolean).join('\n---\n').slice(-2000)
      : existing.comment;
  const merged: Report = {
    ...incoming,
    ...existing,
    updatedAt: now.toISOString(),
    level:
      LEVEL_RANK[incoming.level] > LEVEL_RANK[existing.level] ? incoming.level : existing.level,
    reasons,
    occurrences: existing.occurrences + 1,
    // The first pages and the newest ones are the useful evidence.
    seenOn:
      seenOn.length > MAX_SEEN_ON
        ? [...seenOn.slice(0, MAX_SEEN_ON - 5), ...seenOn.slice(-5)]
        : seenOn,
    ...(comment ? { comment } : {}),
    excerpt: existing.excerpt ?? incoming.excerpt,
    extensionVersion: incoming.extensionVersion,
    listVersion: incoming.listVersion,
    // New evidence for a report already sent (or given up on): unsent again, so it is offered for
    // sending (its delivery still says when the earlier version went). One being sent goes on with
    // the newer version (queue.ts posts it after the one in flight).
    status: existing.status === 'sent' || existing.status === 'failed' ? 'saved' : existing.status,
  };
  if (!merged.excerpt) delete merged.excerpt;
  return reportSchema.parse(merged);
}

/**
 * Which reports to delete so that `incoming` more fit under `max`: the oldest reports already sent.
 * Reports not yet sent are never pruned; when only they fill the store, the answer is "full".
 */
export function pruneFor(
  reports: Report[],
  incoming: number,
  max = MAX_REPORTS,
  brokenCount = 0,
): { ok: true; remove: string[] } | { ok: false; unsent: number } {
  const excess = reports.length + brokenCount + incoming - max;
  if (excess <= 0) return { ok: true, remove: [] };
  const sent = reports
    .filter((r) => r.status === 'sent')
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  if (sent.length < excess) return { ok: false, unsent: reports.length - sent.length };
  return { ok: true, remove: sent.slice(0, excess).map((r) => r.id) };
}

/** The part of a report that leaves the browser. */
export function envelope(r: Report): ReportEnvelope {
  const { delivery: _d, handoffs: _h, status: _s, ...report } = r;
  return { format: 'tp-scam-shield-report', version: 1, report };
}

export function exportJson(reports: Report[], now: Date): string {
  return JSON.stringify(
    { format: 'tp-scam-shield-reports', version: 1, exportedAt: now.toISOString(), reports },
    null,
    2,
  );
}

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'updatedAt',
  'status',
  'kind',
  'level',
  'platform',
  'handle',
  'displayName',
  'profileUrl',
  'accountId',
  'contact',
  'domain',
  'pageUrl',
  'reasons',
  'excerpt',
  'comment',
  'occurrences',
  'sentAt',
  'extensionVersion',
  'listVersion',
] as const;

/**
 * One CSV cell (RFC 4180 quoting). Text from web pages is hostile: a cell that a spreadsheet would
 * run as a formula (= + - @, tab, CR) gets a leading apostrophe.
 */
export function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(reports: Report[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of reports) {
    const row: Partial<Record<(typeof CSV_COLUMNS)[number], string | number>> = {
      ...r,
      reasons: r.reasons.map((x) => x.code).join('; '),
      sentAt: r.delivery?.sentAt,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  // BOM: Excel opens UTF-8 Chinese text correctly only with it.
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
