/**
 * The maintainers' loop (issue #23), as pure functions the CLI commands wrap
 * (scripts/list-triage.ts, list-add.ts, list-diff.ts):
 *
 * - triage: users' report exports (and endpoint dumps) grouped by what they are about, with the
 *   number of distinct reporters, the evidence (redacted again) and what the list already says;
 * - add: accepted candidates merged into the list's known scams, with their provenance;
 * - diff: what changed between two lists.
 */
import { z } from 'zod';
import { redactSecrets } from '../engine/redact';
import { reportEnvelopeSchema, reportsExportSchema } from '../reports/schema';
import type { Report } from '../reports/schema';
import { SCAM_KINDS, VALUE_FORMAT } from './schema';
import type { OfficialList, ScamEntry, ScamKind } from './schema';

/** One input file: a user's export (one reporter), or an endpoint's dump of delivered reports. */
export interface TriageInput {
  name: string;
  json: unknown;
}

export const candidateSchema = z
  .object({
    /** The reports' subject key (account:x:handle, url:host, contact:digits-or-id). */
    key: z.string(),
    /** What the entry would be; null where the report cannot tell (a messenger id: WeChat? Telegram?). */
    kind: z.enum(SCAM_KINDS).nullable(),
    value: z.string(),
    /** Distinct reporters: export files, or a dump's client ids (each report when there is none). */
    reporters: z.number().int().min(1),
    occurrences: z.number().int().min(1),
    firstReported: z.string(),
    levels: z.array(z.string()),
    codes: z.array(z.string()),
    /** Redacted excerpts and comments, at most five (for the maintainer to read). */
    evidence: z.array(z.string()),
    /** Redacted excerpts of the pages only: what list:add may publish as evidence. */
    excerpts: z.array(z.string()),
    seenOn: z.array(z.string()),
    /** What the list says now: nothing, a known scam, or an OFFICIAL channel (never add those). */
    inList: z.enum(['no', 'known', 'official']),
    /** The maintainer's decision: set to true (and fill kind) to have list:add take it. */
    accept: z.boolean(),
  })
  .strict();
export type Candidate = z.infer<typeof candidateSchema>;

export const candidatesFileSchema = z
  .object({
    format: z.literal('tp-scam-shield-candidates'),
    version: z.literal(1),
    createdAt: z.string(),
    inputs: z.array(z.string()),
    candidates: z.array(candidateSchema),
  })
  .strict();
export type CandidatesFile = z.infer<typeof candidatesFileSchema>;

const ACCOUNT_KIND: Record<string, ScamKind> = {
  x: 'x',
  twitter: 'x',
  telegram: 'telegram',
  discord: 'discord',
  github: 'github',
  youtube: 'youtube',
  facebook: 'facebook',
  medium: 'medium',
};

/**
 * A phone number's international digits from a report's key digits and what the reporter wrote
 * (`raw`). Written with "+", the digits are international already. Without, only the forms that
 * cannot be read two ways: a Chinese mobile written 3-4-4 or as one run (1[3-9], 11 digits, not
 * "1-888…"), a 400 service number (→ 86), a 10-digit number that is not 400/800 (→ 1, North
 * America). Anything else (800 numbers, "1 888 …" runs) is left for the maintainer: null.
 */
export function phoneOf(digits: string, raw?: string): string | null {
  const r = raw?.trim() ?? '';
  if (r.startsWith('+')) return /^[1-9]\d{7,14}$/.test(digits) ? digits : null;
  if (/^1[3-9]\d{9}$/.test(digits) && !/^1[\s.-]/.test(r)) return '86' + digits;
  if (/^1[2-9]\d{9}$/.test(digits) && /^1[\s.-]/.test(r)) return digits;
  if (/^400\d{7}$/.test(digits)) return '86' + digits;
  if (/^[2-9]\d{9}$/.test(digits) && !/^800/.test(digits)) return '1' + digits;
  if (/^\d{12,15}$/.test(digits)) return digits;
  return null;
}

/** The entry a subject key would be, where the key alone tells (`raw`: the contact as written). */
export function entryOfKey(
  key: string,
  raw?: string,
): { kind: ScamKind | null; value: string } | null {
  const [type, ...rest] = key.split(':');
  const v = rest.join(':');
  if (type === 'account') {
    const [platform, ...h] = v.split(':');
    const kind = ACCOUNT_KIND[platform ?? ''] ?? null;
    return { kind, value: h.join(':') };
  }
  if (type === 'url') return { kind: 'website', value: v.replace(/^www\./, '') };
  if (type === 'contact') {
    const phone = /^\d+$/.test(v) && v.length >= 10 ? phoneOf(v, raw) : null;
    if (phone) return { kind: 'phone', value: phone };
    if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(v)) return { kind: 'email', value: v };
    // Digits without a country code (a QQ number or a national phone number), or a messenger id.
    return { kind: null, value: v };
  }
  return null; // text:… (a message without an author): nothing to list
}

/** Reports out of one input; throws a plain-words error for anything else. */
function reportsOf(
  input: TriageInput,
): { report: Report | Omit<Report, 'status' | 'handoffs' | 'delivery'>; reporter: string }[] {
  const exp = reportsExportSchema.safeParse(input.json);
  if (exp.success) return exp.data.reports.map((report) => ({ report, reporter: input.name }));
  // An endpoint dump: an array of { client?, envelope } or of envelopes.
  const dump = z
    .array(
      z.union([
        z.object({ client: z.string().min(1).max(100), envelope: reportEnvelopeSchema }),
        reportEnvelopeSchema,
      ]),
    )
    .safeParse(input.json);
  // One envelope, as an endpoint receives it.
  const one = reportEnvelopeSchema.safeParse(input.json);
  if (one.success)
    return [{ report: one.data.report, reporter: `${input.name}#${one.data.report.id}` }];
  if (dump.success)
    return dump.data.map((d) =>
      'envelope' in d
        ? { report: d.envelope.report, reporter: `${input.name}#${d.client}` }
        : { report: d.report, reporter: `${input.name}#${d.report.id}` },
    );
  throw new Error(
    `${input.name}: neither a reports export (format tp-scam-shield-reports) nor an endpoint dump (an array of report envelopes)`,
  );
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Every known scam's key, in entries and in groups. */
function knownKeys(list: OfficialList): Set<string> {
  const out = new Set(list.knownScams.map((e) => `${e.kind}:${e.value.toLowerCase()}`));
  for (const g of list.knownScamGroups ?? [])
    for (const v of g.values) out.add(`${g.kind}:${v.toLowerCase()}`);
  return out;
}

/** Groups every report by subject: most reporters first. */
export function triage(
  inputs: TriageInput[],
  list: OfficialList,
  now = new Date(),
): CandidatesFile {
  const groups = new Map<string, { reports: Report[]; reporters: Set<string> }>();
  // A report in two inputs (a user's export and the endpoint's dump) counts once.
  const seen = new Set<string>();
  for (const input of inputs)
    for (const { report, reporter } of reportsOf(input)) {
      if (seen.has(report.id)) continue;
      seen.add(report.id);
      if (!entryOfKey(report.key)) continue;
      const g = groups.get(report.key) ?? { reports: [], reporters: new Set<string>() };
      g.reports.push(report as Report);
      g.reporters.add(reporter);
      groups.set(report.key, g);
    }
  const known = knownKeys(list);
  const official = new Set(list.official.map((e) => `${e.kind}:${e.value.toLowerCase()}`));
  const candidates: Candidate[] = [];
  for (const [key, g] of groups) {
    const raw = g.reports.map((r) => r.contact).find((c) => c?.trim().startsWith('+'));
    const entry = entryOfKey(key, raw ?? g.reports[0]?.contact)!;
    const k = `${entry.kind}:${entry.value.toLowerCase()}`;
    const rs = g.reports;
    candidates.push({
      key,
      kind: entry.kind,
      value: entry.value,
      reporters: g.reporters.size,
      occurrences: rs.reduce((n, r) => n + r.occurrences, 0),
      firstReported: rs
        .map((r) => r.createdAt)
        .sort()[0]!
        .slice(0, 10),
      levels: uniq(rs.map((r) => r.level)),
      codes: uniq(rs.flatMap((r) => r.reasons.map((x) => x.code))),
      // Redacted when the report was made; once more here, in case an endpoint was fed by hand.
      evidence: uniq(rs.flatMap((r) => [r.excerpt, r.comment]).filter((x): x is string => !!x))
        .map((x) => redactSecrets(x).slice(0, 400))
        .slice(0, 5),
      excerpts: uniq(rs.map((r) => r.excerpt).filter((x): x is string => !!x))
        .map((x) => redactSecrets(x).slice(0, 400))
        .slice(0, 5),
      seenOn: uniq(rs.flatMap((r) => r.seenOn)).slice(0, 10),
      inList: official.has(k) ? 'official' : known.has(k) ? 'known' : 'no',
      accept: false,
    });
  }
  candidates.sort((a, b) => b.reporters - a.reporters || b.occurrences - a.occurrences);
  return {
    format: 'tp-scam-shield-candidates',
    version: 1,
    createdAt: now.toISOString(),
    inputs: inputs.map((i) => i.name),
    candidates,
  };
}

const LABELS: Partial<Record<ScamKind, ScamEntry['label']>> & { other: ScamEntry['label'] } = {
  phone: {
    zh_CN: '用户举报的诈骗电话',
    zh_TW: '用戶舉報的詐騙電話',
    en: 'Scam phone number reported by users',
  },
  whatsapp: {
    zh_CN: '用户举报的诈骗 WhatsApp',
    zh_TW: '用戶舉報的詐騙 WhatsApp',
    en: 'Scam WhatsApp number reported by users',
  },
  website: {
    zh_CN: '用户举报的诈骗网站',
    zh_TW: '用戶舉報的詐騙網站',
    en: 'Scam site reported by users',
  },
  other: {
    zh_CN: '用户举报的诈骗账号或联系方式',
    zh_TW: '用戶舉報的詐騙帳號或聯絡方式',
    en: 'Scam account or contact reported by users',
  },
};

/**
 * The list with the accepted candidates added to its known scams, each with a source saying how
 * many users reported it and when it was reviewed. Refuses (throws) an accepted candidate without a
 * kind, with a value its kind does not allow, or that is an official channel; skips known ones.
 */
export function addCandidates(
  list: OfficialList,
  file: CandidatesFile,
  reviewedOn: string,
): { list: OfficialList; added: ScamEntry[]; skipped: string[] } {
  const out = structuredClone(list);
  const added: ScamEntry[] = [];
  const skipped: string[] = [];
  const official = new Set(list.official.map((e) => `${e.kind}:${e.value.toLowerCase()}`));
  const known = knownKeys(list);
  const ids = new Set([...list.official, ...list.knownScams].map((e) => e.id));
  const sourceIds = new Set(list.sources.map((x) => x.id));
  for (const c of file.candidates) {
    if (!c.accept) continue;
    if (!c.kind)
      throw new Error(`${c.key}: accepted without a kind (phone, qq, wechat, telegram…)`);
    const value =
      c.kind === 'website' || c.kind === 'email' || c.kind === 'wechat'
        ? c.value.toLowerCase()
        : c.value;
    if (!VALUE_FORMAT[c.kind].test(value))
      throw new Error(`${c.key}: "${value}" is not a valid ${c.kind} value`);
    const k = `${c.kind}:${value.toLowerCase()}`;
    if (official.has(k)) throw new Error(`${c.key}: is an official channel; not added`);
    if (known.has(k)) {
      skipped.push(c.key);
      continue;
    }
    const sourceBase =
      `reports-${reviewedOn}-${c.kind}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(
        0,
        76,
      );
    let sourceId = sourceBase;
    for (let n = 2; sourceIds.has(sourceId); n++) sourceId = `${sourceBase}-${n}`;
    sourceIds.add(sourceId);
    out.sources.push({
      id: sourceId,
      title: `${c.reporters} user report${c.reporters === 1 ? '' : 's'} (${c.occurrences} sightings), reviewed ${reviewedOn}`,
    });
    const base = `scam-${c.kind}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 76);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    known.add(k);
    const entry: ScamEntry = {
      id,
      kind: c.kind,
      value,
      label: LABELS[c.kind] ?? LABELS.other,
      sources: [sourceId],
      firstSeen: c.firstReported,
      // Only what was quoted from the page goes into the public list, never a reporter's comment.
      ...(c.excerpts[0] ? { evidence: redactSecrets(c.excerpts[0]).slice(0, 400) } : {}),
    };
    out.knownScams.push(entry);
    added.push(entry);
  }
  return { list: out, added, skipped };
}

export interface ListDiff {
  version: [number, number];
  issuedAt: [string, string];
  expiresAt: [string, string];
  added: string[];
  removed: string[];
  changed: string[];
}

/** What changed between two lists, entry by entry (by id), in both sections. */
export function diffLists(a: OfficialList, b: OfficialList): ListDiff {
  type Entry = { kind: string; value: string };
  const entries = (l: OfficialList): Map<string, Entry> => {
    const m = new Map<string, Entry>();
    for (const e of l.official) m.set(`official ${e.id}`, e);
    for (const e of l.knownScams) m.set(`knownScams ${e.id}`, e);
    return m;
  };
  const ea = entries(a);
  const eb = entries(b);
  const show = (k: string, e: { kind: string; value: string }) => `${k} (${e.kind}:${e.value})`;
  const added = [...eb].filter(([k]) => !ea.has(k)).map(([k, e]) => show(k, e));
  const removed = [...ea].filter(([k]) => !eb.has(k)).map(([k, e]) => show(k, e));
  const changed = [...eb]
    .filter(([k, e]) => ea.has(k) && JSON.stringify(ea.get(k)) !== JSON.stringify(e))
    .map(([k, e]) => show(k, e));
  const groups = (l: OfficialList) => new Map((l.knownScamGroups ?? []).map((g) => [g.id, g]));
  const ga = groups(a);
  const gb = groups(b);
  for (const [id, g] of gb) {
    const was = ga.get(id);
    if (!was) added.push(`knownScamGroups ${id} (${g.kind}, ${g.values.length} values)`);
    else if (JSON.stringify(was) !== JSON.stringify(g))
      changed.push(
        `knownScamGroups ${id} (${g.kind}, ${was.values.length} → ${g.values.length} values)`,
      );
  }
  for (const [id, g] of ga)
    if (!gb.has(id)) removed.push(`knownScamGroups ${id} (${g.kind}, ${g.values.length} values)`);
  for (const field of ['brand', 'rules', 'sources'] as const)
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) changed.push(field);
  return {
    version: [a.version, b.version],
    issuedAt: [a.issuedAt, b.issuedAt],
    expiresAt: [a.expiresAt, b.expiresAt],
    added,
    removed,
    changed,
  };
}
