import type { KeyValueArea } from '../../src/reports/store';

/**
 * An in-memory storage area with extension storage's semantics (values are copied as JSON on the
 * way in and out), for unit tests of the report store and queue. Browser tests use the real one.
 */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, string>();
  writes = 0;

  get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const want = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of want) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
    return Promise.resolve();
  }
}
