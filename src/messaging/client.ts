import { browser } from 'wxt/browser';

/** A message from an extension page to the background, typed by the answer the caller expects. */
export function send<T>(msg: unknown): Promise<T> {
  return browser.runtime.sendMessage(msg) as Promise<T>;
}
