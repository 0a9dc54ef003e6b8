import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

const LOGIN = /^(?:https:\/\/github\.com)?\/([A-Za-z0-9-]{1,39}(?:\[bot\])?)\/?$/;

/**
 * GitHub issues, pull requests and discussions: where reply bots answer a bug report with "your
 * issue is best handled by our support team" and an off-platform link. Known layouts: the React
 * issue view (2025: `[data-testid=issue-body]`, comments `[data-wrapper-timeline-id]` with
 * `.react-issue-comment`, author `a[data-testid=avatar-link]` / `issue-body-header-author`; real
 * capture in tests/fixtures/sites-real/github.com) and the classic timeline (`.timeline-comment`
 * with `a.author` and `.comment-body`, also used by discussions; hand-written markup only).
 */
export const github: SiteAdapter = {
  id: 'github',
  hosts: READER_PLACES.github.hosts,
  paths: READER_PLACES.github.paths,
  itemSelector: [
    '[data-testid="issue-body"]',
    '[data-wrapper-timeline-id]',
    '.timeline-comment',
  ].join(', '),
  extract(item) {
    const body = item.querySelector('[data-testid="markdown-body"], .markdown-body, .comment-body');
    if (!body) return null;
    const link = item.querySelector(
      'a[data-testid="issue-body-header-author"], a[data-testid="avatar-link"], a.author',
    );
    const login = handleFromHref(link?.getAttribute('href'), LOGIN) ?? (text(link) || undefined);
    return {
      kind: 'message',
      anchor: link ?? body,
      root: item,
      text: text(body),
      ...(login
        ? {
            account: {
              platform: 'github',
              handle: login,
              displayName: login,
              profileUrl: `https://github.com/${login}`,
            },
          }
        : {}),
    };
  },
};
