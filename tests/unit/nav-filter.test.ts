import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brandPieces, navigationFilters } from '../../src/background/nav-filter';
import type { NavUrlFilter } from '../../src/background/nav-filter';
import { editDistance } from '../../src/engine/distance';
import { engine, LIST } from '../helpers/list';

/** How the browser applies a WebExtensions URL filter (the parts used here). */
function matches(url: string, f: NavUrlFilter): boolean {
  const u = new URL(url);
  const host = u.hostname;
  if (f.hostEquals !== undefined && host !== f.hostEquals) return false;
  if (f.hostSuffix !== undefined && !host.endsWith(f.hostSuffix)) return false;
  if (f.hostContains !== undefined && !host.includes(f.hostContains)) return false;
  if (f.urlMatches !== undefined) {
    // Matched against the address without user name, password and fragment.
    u.username = '';
    u.password = '';
    u.hash = '';
    if (!new RegExp(f.urlMatches).test(u.href)) return false;
  }
  return true;
}

const filters = navigationFilters(
  LIST.brand.names,
  LIST.knownScams.filter((s) => s.kind === 'website').map((s) => s.value),
);
const seen = (url: string) => filters.some((f) => matches(url, f));

/** Every string one edit away from `s` over `alphabet` (insert, delete, replace, swap). */
function oneEdit(s: string, alphabet: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= s.length; i++) {
    for (const c of alphabet) out.add(s.slice(0, i) + c + s.slice(i));
    if (i < s.length) {
      out.add(s.slice(0, i) + s.slice(i + 1));
      for (const c of alphabet) out.add(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length) out.add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

/**
 * Applies edits: [position, op, letter] with op 0 insert, 1 delete, 2 replace, 3 swap with the next
 * letter, 4 write the letter there as a leet digit (o→0, e→3, l→1, a→4) or else as a hyphen.
 */
function applyEdits(s: string, ops: [number, number, string][]): string {
  for (const [at, op, c] of ops) {
    const i = at % (s.length + 1);
    if (op === 0) s = s.slice(0, i) + c + s.slice(i);
    else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
    else if (op === 2) s = s.slice(0, i) + c + s.slice(i + 1);
    else if (op === 3) {
      if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    } else
      s = s.slice(0, i) + ({ o: '0', e: '3', l: '1', a: '4' }[s[i] ?? ''] ?? '-') + s.slice(i + 1);
  }
  return s;
}

describe('brand pieces', () => {
  it('every string within two edits of "tokenpocket" contains a piece (all of them, small alphabet)', () => {
    const brand = 'tokenpocket';
    const pieces = brandPieces(brand, 2);
    const alphabet = 'tokenpcx';
    let checked = 0;
    for (const a of oneEdit(brand, alphabet)) {
      for (const b of oneEdit(a, alphabet)) {
        if (editDistance(b, brand, 2) > 2) continue;
        checked++;
        if (!pieces.some((p) => b.includes(p))) expect.fail(`${b} has no piece of ${pieces}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('holds for any brand and any two edits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{6,16}$/),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...'abcxyz0')), { maxLength: 2 }),
        (brand, ops) => {
          const s = applyEdits(brand, ops);
          if (editDistance(s, brand, 2) > 2) return;
          expect(brandPieces(brand, 2).some((p) => s.includes(p))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('navigation filters', () => {
  it('let through to the check every kind of look-alike the address judge stops', () => {
    for (const url of [
      'https://tokenpocket-kefu.com/',
      'https://tpwallet-help.net/',
      'https://xn--tokenpcket-jvi.pro/',
      'https://t0kenp0cket.com/',
      'https://token-pocket.app/',
      'https://tp-wallet.xyz/',
      'https://tokenpockt.io/',
      'https://tokenpokcet.org/',
      'https://www.tokenpocket.pro.evil.top/',
      'https://tpqianbao.cn/',
      'https://tpwa11et.com/',
      'https://sites.google.com/view/tokenpocket-help',
      'https://x.com/TokenPocket_Help',
      'https://t.me/tokenpocket_kefu',
    ]) {
      expect(engine.judgeUrl(url).level, url).toBe('danger');
      expect(seen(url), url).toBe(true);
    }
  });

  it('do not wake the background for ordinary sites', () => {
    for (const url of [
      'https://example.com/',
      'https://www.baidu.com/s?wd=tokenpocket',
      'https://www.bilibili.com/',
      'https://www.zhihu.com/question/1',
      'https://www.tp-link.com/',
      'https://news.sina.com.cn/',
      'http://127.0.0.1:8080/heavy.html',
      'http://localhost/',
      'https://example.com/#tokenpocket',
    ]) {
      expect(seen(url), url).toBe(false);
    }
  });

  it('cover every generated host the address judge calls danger', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
    const label = fc.array(letters, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    const brandish = fc
      .tuple(
        fc.constantFrom('tokenpocket', 'tpwallet', 'tpqianbao'),
        fc.array(fc.tuple(fc.nat(), fc.nat(4), letters), { maxLength: 2 }),
      )
      .map(([b, ops]) => {
        const s = applyEdits(b, ops);
        return s.replace(/^-+|-+$/g, '') || 'x';
      });
    fc.assert(
      fc.property(
        fc.option(label),
        brandish,
        fc.option(label),
        fc.constantFrom('com', 'top', 'app', 'pages.dev', 'com.cn', 'xyz'),
        fc.boolean(),
        (pre, mid, post, tld, sub) => {
          const core = [pre, mid, post].filter(Boolean).join('-');
          const host = sub ? `${core}.example.${tld}` : `${core}.${tld}`;
          const url = `https://${host}/`;
          if (engine.judgeUrl(url).level !== 'danger') return;
          expect(seen(url), url).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
  });
});
