/**
 * Sending a content message with its typed answer (see ContentReplies in protocol.ts). Its own
 * module, free of zod: the guard starts in every frame at document_start and must not carry the
 * schemas (importing protocol.ts for this once put 100 KB of zod into guard.js, 20-60 ms a frame).
 */
import type { ContentMessage, ContentReply } from './protocol';

/** Sends a content message and returns its typed answer (undefined when there is none). */
export function sendContent<M extends ContentMessage>(
  runtime: { sendMessage(message: unknown): Promise<unknown> },
  message: M,
): Promise<ContentReply<M['type']> | undefined> {
  try {
    return runtime
      .sendMessage(message)
      .then((r) =>
        r && typeof r === 'object' && !('error' in r) ? (r as ContentReply<M['type']>) : undefined,
      )
      .catch(() => undefined);
  } catch {
    // Chromium throws at once, rather than rejecting, once the extension was reloaded.
    return Promise.resolve(undefined);
  }
}
