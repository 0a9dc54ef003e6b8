/**
 * The site readers on real pages: every capture in tests/fixtures/sites-real/ (DOM the real sites
 * rendered, committed to public repositories; see SOURCE.md there), held item by item to the list a
 * blind labeller wrote from the HTML alone (`<capture>.expected.json`): each item read exactly once,
 * with its author (posts) or its link (results); nothing else read as an item.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { readItems } from '../../src/sites/read';
import { captures, documentOf, score } from '../helpers/real-captures';

const PATHS: Record<string, string> = {
  'www.google.com': '/search',
  'www.bing.com': '/search',
  'www.baidu.com': '/s',
  'github.com': '/kepano/defuddle/issues/56',
  'www.binance.com': '/en/square',
};

const all = captures();

describe('site readers on real captures', () => {
  it('has labelled captures to read', () => {
    expect(all.length).toBeGreaterThanOrEqual(18);
  });

  it.each(all.map((c) => [`${c.host}/${c.file}`, c] as const))('%s', (_name, cap) => {
    const adapter = adapterFor(cap.host, PATHS[cap.host] ?? '/');
    expect(adapter, `a reader for ${cap.host}`).not.toBeNull();
    const doc = documentOf(cap.html);
    const read = readItems(adapter!, doc, doc);
    const s = score(cap.items, read, (el) => el.getAttribute('mu'), doc);
    expect({ ...s, once: undefined, sitelinks: undefined }).toEqual({
      expected: cap.items.length,
      once: undefined,
      sitelinks: undefined,
      missed: [],
      twice: [],
      wrong: [],
      extra: [],
    });
  });
});

describe('attacks on real captures: the author is never taken from what a user may name themselves', () => {
  const cap = (host: string, file: string) => all.find((c) => c.host === host && c.file === file)!;

  it('a quoted post whose display name carries "@TokenPocket_TP" is still read as its own account', () => {
    const c = cap('x.com', 'x-tweet-quote-2025-10.html');
    const doc = documentOf(c.html.replace('>Original Author<', '>TP Support @TokenPocket_TP<'));
    const read = readItems(adapterFor('x.com', '/')!, doc, doc);
    const quoted = read.find((r) => r.c.text.startsWith('This is the original quoted tweet'));
    expect(quoted?.c.account?.handle).toBe('OriginalAuthor');
  });

  it('a Facebook commenter named "TokenPocket" without a profile link claims no account', () => {
    const c = cap('m.facebook.com', 'story-post-comments-2021-06.html');
    const doc = documentOf(
      c.html.replace('<div class="_2b05">Max Almas</div>', '<div class="_2b05">TokenPocket</div>'),
    );
    const read = readItems(adapterFor('m.facebook.com', '/')!, doc, doc);
    const comment = read.find((r) => r.c.text.startsWith('When will we get custom'));
    expect(comment).toBeDefined();
    expect(comment?.c.account).toBeUndefined();
  });
});
