import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/**
 * Telegram Web, both clients: /k/ (bubbles, .peer-title) and /a/ (.Message, .message-title-name).
 * Chat-list rows and the profile panel are accounts; messages carry their sender's name. Built
 * from the open clients' render code (hand-written markup: no real capture of a chat was found);
 * in a one-to-one chat the bubbles have no sender name. Anything else: the generic text walk.
 */
export const telegram: SiteAdapter = {
  id: 'telegram',
  hosts: READER_PLACES.telegram.hosts,
  itemSelector: [
    '.bubble[data-mid]',
    '.chatlist-chat',
    '.profile-content, .sidebar-header + .profile-container',
    '.Message',
    '.ListItem.Chat',
    '.ChatInfo',
  ].join(', '),
  extract(item) {
    // K client
    if (item.matches('.bubble[data-mid]')) {
      const name = item.querySelector('.name .peer-title, .peer-title');
      return {
        kind: 'message',
        anchor: name ?? item.querySelector('.message') ?? item,
        root: item,
        text: text(item.querySelector('.message .translatable-message, .message')),
        ...(name
          ? {
              account: {
                platform: 'telegram',
                handle: name.getAttribute('data-username') ?? text(name),
                displayName: text(name),
                accountId: name.getAttribute('data-peer-id') ?? undefined,
              },
            }
          : {}),
      };
    }
    if (item.matches('.chatlist-chat')) {
      const name = item.querySelector('.peer-title');
      return {
        kind: 'account',
        anchor: name ?? item,
        root: item,
        text: text(item.querySelector('.row-subtitle, .dialog-subtitle')),
        account: {
          platform: 'telegram',
          handle: item.getAttribute('data-username') ?? text(name),
          displayName: text(name),
          accountId: item.getAttribute('data-peer-id') ?? undefined,
        },
      };
    }
    if (item.matches('.profile-content, .profile-container')) {
      const name = item.querySelector('.profile-name .peer-title, .profile-name');
      const username = [...item.querySelectorAll('.row')].find((r) =>
        /username/i.test(text(r.querySelector('.row-subtitle'))),
      );
      const handle = text(username?.querySelector('.row-title')).replace(/^@/, '') || text(name);
      const bio = text(
        [...item.querySelectorAll('.row')]
          .find((r) => /bio|about|简介/i.test(text(r.querySelector('.row-subtitle'))))
          ?.querySelector('.row-title'),
      );
      return {
        kind: 'account',
        anchor: name ?? item,
        root: item,
        text: bio,
        account: { platform: 'telegram', handle, displayName: text(name), bio },
      };
    }
    // A client
    if (item.matches('.Message')) {
      const name = item.querySelector('.message-title-name, .sender-title');
      return {
        kind: 'message',
        anchor: name ?? item.querySelector('.text-content') ?? item,
        root: item,
        text: text(item.querySelector('.text-content')),
        ...(name
          ? { account: { platform: 'telegram', handle: text(name), displayName: text(name) } }
          : {}),
      };
    }
    if (item.matches('.ListItem.Chat')) {
      const name = item.querySelector('.fullName, h3');
      return {
        kind: 'account',
        anchor: name ?? item,
        root: item,
        text: text(item.querySelector('.last-message, .subtitle')),
        account: { platform: 'telegram', handle: text(name), displayName: text(name) },
      };
    }
    if (item.matches('.ChatInfo')) {
      const name = item.querySelector('.fullName, h3');
      const handle =
        /@([A-Za-z0-9_]{4,32})/.exec(
          text(item.ownerDocument.querySelector('.ChatExtra') ?? item),
        )?.[1] ?? text(name);
      return {
        kind: 'account',
        anchor: name ?? item,
        root: item,
        text: '',
        account: { platform: 'telegram', handle, displayName: text(name) },
      };
    }
    return null;
  },
};
