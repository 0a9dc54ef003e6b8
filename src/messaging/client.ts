import { browser } from 'wxt/browser';
import type { PageMessage, PageReply } from './protocol';

/** A message from an extension page to the background, with its typed answer (PageReplies). */
export function send<M extends PageMessage>(msg: M): Promise<PageReply<M['type']>> {
  return browser.runtime.sendMessage(msg) as Promise<PageReply<M['type']>>;
}
