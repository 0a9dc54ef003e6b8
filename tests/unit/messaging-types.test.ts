/**
 * The message protocol's types: checked by `tsc` (npm run typecheck), which covers tests/. The
 * calls in `typed` are never run; vitest only runs the small runtime checks at the end.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { send } from '../../src/messaging/client';
import { sendContent } from '../../src/messaging/send';
import { answerTab, parseTabMessage, sendToTab } from '../../src/messaging/tab';
import type { TabMessage, TabReplies } from '../../src/messaging/tab';
import type {
  ContentMessage,
  ContentReplies,
  FindingSummary,
  PageMessage,
  PageReplies,
  TabRecord,
} from '../../src/messaging/protocol';
import type { ListState } from '../../src/background/list-store';
import type { Report } from '../../src/reports/schema';

declare const runtime: { sendMessage(message: unknown): Promise<unknown> };
declare const tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };

function typed(): void {
  expectTypeOf(send({ type: 'getListState' })).resolves.toEqualTypeOf<ListState>();
  expectTypeOf(
    send({ type: 'getTabFindings', tabId: 1 }),
  ).resolves.toEqualTypeOf<TabRecord | null>();
  expectTypeOf(send({ type: 'createDraft', input: {} as never })).resolves.toEqualTypeOf<{
    id: string;
  }>();
  expectTypeOf(send({ type: 'listReports' })).resolves.toHaveProperty('endpoint');
  expectTypeOf(send({ type: 'markReport', id: 'r', status: 'sent' })).resolves.toEqualTypeOf<{
    report: Report | null;
  }>();
  // @ts-expect-error: not a message type
  void send({ type: 'nope' });
  // @ts-expect-error: a content message is not a page message (use sendContent)
  void send({ type: 'openOfficial' });
  // @ts-expect-error: a field is missing
  void send({ type: 'getTabFindings' });

  expectTypeOf(sendContent(runtime, { type: 'openOfficial' })).resolves.toEqualTypeOf<
    { ok: true } | undefined
  >();
  // @ts-expect-error: a page message is not a content message
  void sendContent(runtime, { type: 'getListState' });

  expectTypeOf(sendToTab(tabs, 1, { type: 'scrollTo', id: 'f' })).resolves.toEqualTypeOf<
    { ok: boolean } | undefined
  >();
  expectTypeOf(sendToTab(tabs, 1, { type: 'getFindings' })).resolves.toEqualTypeOf<
    { findings: FindingSummary[] } | undefined
  >();
  // @ts-expect-error: scrollTo needs the finding's id
  void sendToTab(tabs, 1, { type: 'scrollTo' });
  answerTab(null, {
    scrollTo: () => ({ ok: true }),
    // @ts-expect-error: the answer must match TabReplies
    getFindings: () => ({ findings: 'none' }),
  });
}

describe('message protocol types', () => {
  it('has one reply type per message type, and no other', () => {
    expectTypeOf<keyof PageReplies>().toEqualTypeOf<PageMessage['type']>();
    expectTypeOf<keyof ContentReplies>().toEqualTypeOf<ContentMessage['type']>();
    expectTypeOf<keyof TabReplies>().toEqualTypeOf<TabMessage['type']>();
    expectTypeOf(typed).toBeFunction();
  });

  it('answers only the tab messages it knows', async () => {
    expect(parseTabMessage({ type: 'scrollTo', id: 'a' })).toEqual({ type: 'scrollTo', id: 'a' });
    expect(parseTabMessage({ type: 'scrollTo', id: 3 })).toBeNull();
    expect(parseTabMessage({ type: 'getListState' })).toBeNull();
    expect(parseTabMessage(null)).toBeNull();
    const handlers = {
      scrollTo: (m: { id: string }) => ({ ok: m.id === 'a' }),
      getFindings: () => ({ findings: [] }),
    };
    expect(answerTab({ type: 'other' }, handlers)).toBeUndefined();
    await expect(answerTab({ type: 'scrollTo', id: 'a' }, handlers)).resolves.toEqual({ ok: true });
  });
});
