/**
 * Delivery of reports to the user's own endpoint. Only a report the user chose to send is queued;
 * the queue lives in storage (the report's `delivery`), so a killed service worker resumes it.
 * Each attempt POSTs the same JSON with `Idempotency-Key: <report id>` (and its version, see
 * deliveryKey); once the endpoint acknowledges (2xx) that version is marked sent and never posted
 * again. Evidence added later makes it unsent, to be sent again.
 */
import { envelope } from './model';
import type { Report } from './schema';
import type { ReportStore } from './store';
import { isAllowedEndpoint } from './endpoint';

/** A delivery's error when the report address changed since it was queued (shown in words). */
export const ENDPOINT_CHANGED = 'endpoint changed';

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30 * 60_000;
const TIMEOUT_MS = 20_000;

/** Wait before attempt n+1 after n failed attempts: 1 s, 2 s, 4 s … capped at 30 min. */
export function retryDelay(failedAttempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * The Idempotency-Key of a report's delivery: its id, and its version once evidence was added to it
 * after a delivery (the same account reported again): each version is posted once.
 */
export function deliveryKey(r: Report): string {
  return r.occurrences > 1 ? `${r.id}.${r.occurrences}` : r.id;
}

export interface QueueDeps {
  store: ReportStore;
  fetch: typeof fetch;
  now: () => Date;
  /** The endpoint currently set in options ('' = off). */
  endpoint: () => Promise<string>;
  /** Ask to be woken at this time (a timer while alive, an alarm if the worker is killed). */
  wakeAt: (when: Date) => void;
}

export class ReportQueue {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: QueueDeps) {}

  /** The user pressed "send": queue it for the endpoint set now, then try at once. */
  async enqueue(id: string): Promise<Report | null> {
    const endpoint = await this.deps.endpoint();
    if (!endpoint || !isAllowedEndpoint(endpoint)) return null;
    const now = this.deps.now().toISOString();
    const r = await this.deps.store.update(id, (cur) =>
      cur.status === 'sent' && cur.delivery?.endpoint === endpoint
        ? null
        : {
            ...cur,
            status: 'queued',
            delivery: { endpoint, attempts: 0, nextAttemptAt: now },
          },
    );
    void this.pump();
    return r;
  }

  /** Send everything that is due. Concurrent calls share one run (no report is posted twice at once). */
  pump(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    const { reports } = await this.deps.store.all();
    const now = this.deps.now();
    let next: number | null = null;
    for (const r of reports) {
      if (r.status !== 'queued' || !r.delivery) continue;
      const due = Date.parse(r.delivery.nextAttemptAt ?? r.updatedAt);
      if (due > now.getTime()) {
        next = next === null ? due : Math.min(next, due);
        continue;
      }
      const wait = await this.attempt(r);
      if (wait !== null) next = next === null ? wait : Math.min(next, wait);
    }
    if (next !== null) this.deps.wakeAt(new Date(next));
  }

  /** One POST. Returns when to try this report again, or null when it is settled. */
  private async attempt(r: Report): Promise<number | null> {
    const endpoint = await this.deps.endpoint();
    const d = r.delivery!;
    if (endpoint !== d.endpoint) {
      await this.settle(r.id, 'failed', ENDPOINT_CHANGED);
      return null;
    }
    const attempts = d.attempts + 1;
    const retryAt = this.deps.now().getTime() + retryDelay(attempts);
    // Recorded before posting: a worker killed mid-request retries later, not in a tight loop.
    await this.deps.store.update(r.id, (cur) =>
      cur.status !== 'queued' || !cur.delivery
        ? null
        : {
            ...cur,
            delivery: {
              ...cur.delivery,
              attempts,
              nextAttemptAt: new Date(retryAt).toISOString(),
            },
          },
    );
    // And the wake-up for that retry armed before posting: a worker stopped while this request is
    // in flight is woken again by it, not only when something else happens to wake it.
    this.deps.wakeAt(new Date(retryAt));
    let error = '';
    let permanent = false;
    try {
      const res = await this.deps.fetch(d.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': deliveryKey(r) },
        body: JSON.stringify(envelope(r)),
        credentials: 'omit',
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (res.ok) {
        // Evidence added while this version was on its way: the newer one is sent next.
        if (await this.newerThan(r)) return this.deps.now().getTime();
        await this.settle(r.id, 'sent');
        return null;
      }
      error = `HTTP ${res.status}`;
      // Client errors other than timeouts and rate limits will not get better by retrying.
      permanent = res.status >= 400 && res.status < 500 && ![408, 425, 429].includes(res.status);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    if (permanent || attempts >= MAX_ATTEMPTS) {
      await this.settle(r.id, 'failed', error);
      return null;
    }
    await this.deps.store.update(r.id, (cur) =>
      cur.delivery
        ? { ...cur, delivery: { ...cur.delivery, lastError: error.slice(0, 300) } }
        : null,
    );
    return retryAt;
  }

  /** The stored report has evidence the posted copy did not: it is due again, at once. */
  private async newerThan(posted: Report): Promise<boolean> {
    const now = this.deps.now().toISOString();
    let newer = false;
    await this.deps.store.update(posted.id, (cur) => {
      if (cur.occurrences === posted.occurrences || !cur.delivery) return null;
      newer = true;
      return { ...cur, status: 'queued', delivery: { ...cur.delivery, nextAttemptAt: now } };
    });
    return newer;
  }

  private async settle(id: string, status: 'sent' | 'failed', error?: string): Promise<void> {
    const now = this.deps.now().toISOString();
    await this.deps.store.update(id, (cur) => {
      if (!cur.delivery) return null;
      const { nextAttemptAt: _n, lastError: _l, ...rest } = cur.delivery;
      return {
        ...cur,
        status,
        delivery: {
          ...rest,
          ...(status === 'sent' ? { sentAt: now } : { lastError: (error ?? '').slice(0, 300) }),
        },
      };
    });
  }
}
