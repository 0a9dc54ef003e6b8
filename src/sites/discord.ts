import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/**
 * Discord: channel and DM messages with their author, member-list entries. Built from class-name
 * prefixes documented by maintained client mods (hand-written markup, no real capture); follow-on
 * messages have no header, so their author is the one of the group above. Anything else on the
 * page is read by the generic text walk.
 */
export const discord: SiteAdapter = {
  id: 'discord',
  hosts: READER_PLACES.discord.hosts,
  itemSelector: 'li[id^="chat-messages-"], div[class*="memberInner"], div[class*="member_"]',
  extract(item) {
    if (item.matches('li[id^="chat-messages-"]')) {
      const name = item.querySelector(
        '[id^="message-username-"] [class*="username"], [class*="username_"]',
      );
      const id =
        name?.getAttribute('data-user-id') ??
        item.querySelector('[class*="avatar"]')?.getAttribute('data-user-id') ??
        undefined;
      return {
        kind: 'message',
        anchor: name ?? item,
        root: item,
        text: text(item.querySelector('[id^="message-content-"]')),
        ...(name
          ? {
              account: {
                platform: 'discord',
                handle: name.getAttribute('data-username') ?? text(name),
                displayName: text(name),
                ...(id ? { accountId: id } : {}),
              },
            }
          : {}),
      };
    }
    const name = item.querySelector('[class*="username"], [class*="name_"]');
    if (!name) return null;
    return {
      kind: 'account',
      anchor: name,
      root: item,
      text: '',
      account: { platform: 'discord', handle: text(name), displayName: text(name) },
    };
  },
};
