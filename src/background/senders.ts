import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
type Runtime = { MessageSender: Browser.runtime.MessageSender };

/**
 * Privileged senders are the extension's own pages (popup, options, warning page); content scripts
 * run on untrusted pages and only get the unprivileged channel.
 */
export function isTrustedSender(sender: Runtime['MessageSender']): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (
    sender.tab &&
    sender.frameId !== undefined &&
    sender.url &&
    !sender.url.startsWith(browser.runtime.getURL('/'))
  )
    return false;
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}
