/**
 * Durable report storage: one storage key per report ("report:<id>"), so a broken record never takes
 * the others with it. Every change goes through one lock and is written before the caller hears
 * "saved". Records that fail validation are kept (and shown) until the user deletes them.
 */
import { reportSchema } from './schema';
import type { Report, ReportInput } from './schema';
import { createReport, mergeReport, pruneFor, MAX_REPORTS } from './model';
import type { ReportContext } from './model';

/** The slice of extension storage the store needs (browser.storage.local fits it). */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const REPORT_PREFIX = 'report:';

export interface BrokenRecord {
  key: string;
  error: string;
}

export type SaveResult =
  | { ok: true; report: Report; merged: boolean; pruned: string[] }
  | { ok: false; error: 'full'; unsent: number };

export class ReportStore {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly max = MAX_REPORTS,
  ) {}

  /** Runs `fn` after every earlier change has finished (one writer at a time). */
  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  async all(): Promise<{ reports: Report[]; broken: BrokenRecord[] }> {
    const raw = await this.area.get(null);
    const reports: Report[] = [];
    const broken: BrokenRecord[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith(REPORT_PREFIX)) continue;
      const r = reportSchema.safeParse(value);
      if (r.success && key === REPORT_PREFIX + r.data.id) reports.push(r.data);
      else {
        const issue = r.success ? undefined : r.error.issues[0];
        broken.push({
          key,
          error: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'id mismatch',
        });
      }
    }
    reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { reports, broken };
  }

  async get(id: string): Promise<Report | null> {
    const key = REPORT_PREFIX + id;
    const r = reportSchema.safeParse((await this.area.get(key))[key]);
    return r.success ? r.data : null;
  }

  /** Save a report, merging it into an earlier one about the same thing. */
  save(input: ReportInput, ctx: ReportContext): Promise<SaveResult> {
    return this.locked(async () => {
      const incoming = createReport(input, ctx);
      const { reports, broken } = await this.all();
      const same = reports.find((r) => r.key === incoming.key);
      if (same) {
        const merged = mergeReport(same, incoming, ctx.now);
        await this.area.set({ [REPORT_PREFIX + merged.id]: merged });
        return { ok: true, report: merged, merged: true, pruned: [] };
      }
      const room = pruneFor(reports, 1, this.max, broken.length);
      if (!room.ok) return { ok: false, error: 'full', unsent: room.unsent };
      // Written first, pruned after: a crash in between leaves one report too many, never one too few.
      await this.area.set({ [REPORT_PREFIX + incoming.id]: incoming });
      if (room.remove.length) await this.area.remove(room.remove.map((id) => REPORT_PREFIX + id));
      return { ok: true, report: incoming, merged: false, pruned: room.remove };
    });
  }

  /** Change one report; `change` returning null leaves it as it is. */
  update(id: string, change: (r: Report) => Report | null): Promise<Report | null> {
    return this.locked(async () => {
      const cur = await this.get(id);
      if (!cur) return null;
      const next = change(cur);
      if (!next) return cur;
      const valid = reportSchema.parse(next);
      await this.area.set({ [REPORT_PREFIX + id]: valid });
      return valid;
    });
  }

  /** Delete by report id, or a broken record by its storage key. */
  remove(idOrKey: string): Promise<void> {
    return this.locked(() =>
      this.area.remove(idOrKey.startsWith(REPORT_PREFIX) ? idOrKey : REPORT_PREFIX + idOrKey),
    );
  }
}
