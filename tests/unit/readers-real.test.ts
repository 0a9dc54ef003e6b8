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
