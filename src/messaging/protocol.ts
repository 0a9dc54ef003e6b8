import { z } from 'zod';
import { reportInputSchema } from '../reports/schema';
import type { Report, ReportInput } from '../reports/schema';
import type { BrokenRecord } from '../reports/store';
import type { OfficialList, ScamEntry } from '../list/schema';
import type { UpdateOutcome } from '../list/update';
import type { ListState } from '../background/list-store';
import type { Settings } from '../settings/schema';

/** A finding as the content script reports it: no page text beyond a short redacted excerpt. */
export const findingSummarySchema = z.object({
  id: z.string().max(64),
  level: z.enum(['danger', 'caution']),
  codes: z.array(z.string().max(40)).max(20),
  kind: z.enum(['message', 'account', 'page', 'link', 'result']),
  excerpt: z.string().max(300),
  platform: z.string().max(40).optional(),
  handle: z.string().max(120).optional(),
  displayName: z.string().max(200).optional(),
  profileUrl: z.string().max(500).optional(),
  accountId: z.string().max(120).optional(),
  /** The link's address, for links and search results. */
  url: z.string().max(2000).optional(),
  /** What the finding is about (subjectKey): allowlist, block list and report merging use it. */
  key: z.string().max(400).optional(),
  /** The user reported it: flagged from their own block list. */
  reported: z.boolean().optional(),
});
export type FindingSummary = z.infer<typeof findingSummarySchema>;

/** What the background keeps for a tab's page (the popup asks for it with getTabFindings). */
export interface TabRecord {
  url: string;
  findings: FindingSummary[];
  dangerCount?: number;
  /** Warnings the page removed (the scanner put them back a few times, then said so). */
  tampered?: number;
  /** The site reader that read nothing on the page (its layout is not one it knows). */
  unrecognised?: string;
  /** The document that reported (Chromium says which); a later page in the tab has another. */
  documentId?: string;
  /** What the scanners of the page's frames found (a chat widget…), by frame id. */
  frames?: Record<string, FrameRecord>;
}

/** One frame's findings (its own scanner reports them; see the sniffer, src/page/sniffer.ts). */
export interface FrameRecord {
  url: string;
  findings: FindingSummary[];
  dangerCount?: number;
  tampered?: number;
}

/** A site reader's id (src/sites/hosts.ts). */
const READER_ID = /^[a-z]{1,20}$/;

/** Messages a content script (untrusted ground) may send to the background. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }),
  /** Settings only: every frame asks at start, so it must not carry the whole list. */
  z.object({ type: z.literal('getSettings') }),
  z.object({
    type: z.literal('findings'),
    url: z.string().max(4000),
    /** The first findings (capped); the counts cover all of them. */
    findings: z.array(findingSummarySchema).max(200),
    dangerCount: z.number().int().min(0).optional(),
    /** Warnings the page removed more often than the scanner put them back. */
    tampered: z.number().int().min(0).max(100_000).optional(),
    /** The site reader that read nothing on this page. */
    unrecognised: z.string().regex(READER_ID).optional(),
  }),
  /** The list of findings is unchanged; only the number of danger findings moved. */
  z.object({
    type: z.literal('findingCount'),
    url: z.string().max(4000),
    dangerCount: z.number().int().min(0),
    tampered: z.number().int().min(0).max(100_000).optional(),
    unrecognised: z.string().regex(READER_ID).optional(),
  }),
  z.object({ type: z.literal('openOfficial') }),
  /** The top frame has loaded: inject the page scanner into it. */
  z.object({ type: z.literal('startScanner') }),
  /** A frame has loaded: the sniffer decides whether it needs the scanner (src/page/sniffer.ts). */
  z.object({ type: z.literal('startSniffer') }),
  /** The guard of this frame asks for its detector and dialogs (detector.js): inject them. */
  z.object({ type: z.literal('loadDetector') }),
  z.object({ type: z.literal('allow'), key: z.string().min(1).max(300) }),
  z.object({ type: z.literal('checkFrame'), url: z.string().max(4000) }),
  z.object({
    type: z.literal('openReport'),
    finding: findingSummarySchema,
    url: z.string().max(4000),
  }),
  z.object({
    type: z.literal('guardFired'),
    kind: z.enum(['phrase', 'key', 'keystore']),
    url: z.string().max(4000),
  }),
  /**
   * The phrase words this frame's guard has seen typed in a row (a count and a word list, never the
   * words): another frame of the tab where the typing goes on reads them as the words before its
   * own (a phrase split a word or two a frame). `source`: the frame's own token.
   */
  z.object({
    type: z.literal('guardRun'),
    words: z.number().int().min(0).max(24),
    lang: z.enum(['en', 'zh']),
    source: z.string().min(1).max(40),
  }),
  /** The tab's latest such count, for a frame whose guard has just started. */
  z.object({ type: z.literal('guardRunAsk') }),
  /**
   * Contact points, accounts and sites a page's scanner read (`kind:value` lookup keys): which of
   * them the signed list names as known scams. A page is never given the whole list.
   */
  z.object({
    type: z.literal('knownLookup'),
    keys: z.array(z.string().min(3).max(320)).max(500),
  }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/**
 * What the background answers to each content message: its one typed entry with the request
 * schema above. `sendContent` and the background's handler are typed by it (no casts of replies).
 * A content script that gets no answer (the extension reloaded, the worker busy) gets undefined.
 */
export interface ContentReplies {
  /**
   * The list without its known scams (`knownScams`: how many it has; a page asks about what it
   * reads with knownLookup).
   */
  getState: {
    list: { ok: true; list: OfficialList; knownScams: number } | { ok: false };
    settings: Settings;
  };
  getSettings: { settings: Settings };
  findings: { ok: true };
  findingCount: { ok: true };
  openOfficial: { ok: true };
  startScanner: { ok: boolean };
  startSniffer: { ok: boolean };
  loadDetector: { ok: boolean };
  allow: { ok: true };
  checkFrame:
    | { level: 'safe' | 'caution' }
    | { level: 'danger'; host: string; imitates: string; message: string };
  openReport: { ok: true };
  guardFired: { ok: true };
  guardRun: { ok: true };
  guardRunAsk: TabRun | null;
  knownLookup: { found: Record<string, ScamEntry> };
}

/** Phrase words typed in a row in a frame of a tab (guardRun), as the background passes it on. */
export interface TabRun {
  words: number;
  lang: 'en' | 'zh';
  source: string;
  /** When it was reported (ms since the epoch). */
  at: number;
}
export type ContentReply<T extends ContentMessage['type']> = ContentReplies[T];

/** Messages from the trusted extension pages (popup, options, warning page). */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getListState') }),
  z.object({ type: z.literal('getTabFindings'), tabId: z.number().int() }),
  z.object({ type: z.literal('bypassHost'), host: z.string().min(1).max(253) }),
  z.object({ type: z.literal('checkUpdate') }),
  z.object({ type: z.literal('getReportDraft'), id: z.string().max(64) }),
  z.object({ type: z.literal('createDraft'), input: reportInputSchema }),
  z.object({ type: z.literal('saveReport'), input: reportInputSchema }),
  z.object({ type: z.literal('listReports') }),
  z.object({ type: z.literal('deleteReport'), id: z.string().min(1).max(200) }),
  z.object({ type: z.literal('sendReport'), id: z.string().max(64) }),
  z.object({
    type: z.literal('markReport'),
    id: z.string().max(64),
    status: z.enum(['saved', 'sent']),
  }),
  z.object({
    type: z.literal('handoff'),
    id: z.string().max(64),
    to: z.enum(['email', 'platform']),
  }),
  z.object({
    type: z.literal('setBlocked'),
    key: z.string().min(1).max(400),
    blocked: z.boolean(),
  }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

/**
 * What the background answers to each page message: its one typed entry with the request schema
 * above. `send` (client.ts) and the background's page handlers are typed by it (no casts of
 * replies). A handler that throws answers `{ error }` instead, as for content messages.
 */
export interface PageReplies {
  getListState: ListState;
  /** Null when the tab has no record for the page it shows now. */
  getTabFindings: TabRecord | null;
  bypassHost: { ok: true };
  checkUpdate:
    | { status: 'off' }
    | { status: 'updated'; version: number }
    | Extract<UpdateOutcome, { status: 'rejected' }>;
  getReportDraft: { draft: ReportInput | null };
  createDraft: { id: string };
  saveReport: { ok: true; report: Report; merged: boolean } | { ok: false; error: string };
  listReports: { reports: Report[]; broken: BrokenRecord[]; blocklist: string[]; endpoint: string };
  deleteReport: { ok: true };
  sendReport: { ok: true; report: Report } | { ok: false; error: 'no-endpoint' };
  markReport: { report: Report | null };
  handoff: { report: Report | null };
  setBlocked: { blocklist: string[] };
}
export type PageReply<T extends PageMessage['type']> = PageReplies[T];
