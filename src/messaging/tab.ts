/**
 * Messages an extension page sends to the page scanner in a tab (tabs.sendMessage), each with its
 * typed answer: the one entry for them, used by the sender (`sendToTab`) and the scanner's
 * listener (`answerTab`). Free of zod, like send.ts: the scanner is injected into pages.
 */
import type { FindingSummary, TabRun } from './protocol';

export type TabMessage = { type: 'scrollTo'; id: string } | { type: 'getFindings' };

/**
 * The background to every frame's guard of a tab (tabs.sendMessage, no answer): phrase words
 * typed in a row in one of its frames (see guardRun in protocol.ts).
 */
export interface TabRunMessage extends TabRun {
  type: 'tabRun';
}

/** The tabRun message `msg` is, or null. */
export function parseTabRun(msg: unknown): TabRun | null {
  const m = msg as Partial<TabRunMessage> | null | undefined;
  if (m?.type !== 'tabRun') return null;
  const { words, lang, source, at } = m;
  if (typeof words !== 'number' || !Number.isInteger(words) || words < 0 || words > 24) return null;
  if ((lang !== 'en' && lang !== 'zh') || typeof source !== 'string' || typeof at !== 'number')
    return null;
  return { words, lang, source, at };
}

export interface TabReplies {
  scrollTo: { ok: boolean };
  getFindings: { findings: FindingSummary[] };
}
export type TabReply<T extends TabMessage['type']> = TabReplies[T];

/** One answer per tab message, checked against TabReplies. */
export type TabHandlers = {
  [K in TabMessage['type']]: (m: Extract<TabMessage, { type: K }>) => TabReplies[K];
};

/** The tab message `msg` is, or null (anything else is not ours to answer). */
export function parseTabMessage(msg: unknown): TabMessage | null {
  const m = msg as { type?: unknown; id?: unknown } | null | undefined;
  if (m?.type === 'scrollTo' && typeof m.id === 'string') return { type: 'scrollTo', id: m.id };
  if (m?.type === 'getFindings') return { type: 'getFindings' };
  return null;
}

function answer<K extends TabMessage['type']>(
  handlers: TabHandlers,
  type: K,
  m: Extract<TabMessage, { type: K }>,
): TabReplies[K] {
  return handlers[type](m);
}

/** The listener's answer to `msg`: a promise of its typed reply, or undefined when it is not ours. */
export function answerTab(
  msg: unknown,
  handlers: TabHandlers,
): Promise<TabReply<TabMessage['type']>> | undefined {
  const m = parseTabMessage(msg);
  return m ? Promise.resolve(answer(handlers, m.type, m)) : undefined;
}

/** Sends a tab message and returns its typed answer (undefined when there is none). */
export function sendToTab<M extends TabMessage>(
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> },
  tabId: number,
  message: M,
): Promise<TabReply<M['type']> | undefined> {
  return tabs
    .sendMessage(tabId, message)
    .then((r) => (r && typeof r === 'object' ? (r as TabReply<M['type']>) : undefined))
    .catch(() => undefined);
}
