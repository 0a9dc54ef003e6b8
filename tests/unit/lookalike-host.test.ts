import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toASCII, toUnicode } from 'punycode/punycode.es6.js';
import {
  BUNDLED_BRAND_HOSTS,
  hostMayImitate,
  hostMayImitateFully,
  punycodeDecode,
  urlMayImitate,
} from '../../src/guard/lookalike-host';
import { brandSkeletonsOf, latinBrandsOf } from '../../src/engine/official-index';
import { engine, LIST } from '../helpers/list';

/** As the guard asks at start: the host read from the serialised address (document.URL). */
const may = (url: string) => urlMayImitate(new URL(url).href, BUNDLED_BRAND_HOSTS);
/** The judge's own brand look-alike reasons (not path or known-scam reasons, judged after load). */
const lookAlike = (url: string) =>
  engine
    .judgeUrl(url)
    .reasons.some((r) =>
      ['LOOKALIKE_DOMAIN', 'BRAND_ON_FREE_HOST', 'PUNYCODE_HOST'].includes(r.code),
    );

describe("the guard's look-alike host check at document_start", () => {
  it('carries the bundled list’s brands and official hosts', () => {
    expect([...BUNDLED_BRAND_HOSTS.brands].sort()).toEqual(
      latinBrandsOf(brandSkeletonsOf(LIST.brand.names)).sort(),
    );
    const sites = LIST.official.filter((e) => e.kind === 'website');
    expect([...BUNDLED_BRAND_HOSTS.official].sort()).toEqual(sites.map((e) => e.value).sort());
    expect([...BUNDLED_BRAND_HOSTS.officialWithSubdomains].sort()).toEqual(
      sites
        .filter((e) => e.includeSubdomains)
        .map((e) => e.value)
        .sort(),
    );
  });

  it('stops every kind of look-alike the address judge stops', () => {
    for (const url of [
      'https://tokenpocket-kefu.com/',
      'https://tpwallet-help.net/',
      'https://xn--tokenpcket-jvi.pro/',
      'https://t0kenp0cket.com/',
      'https://token-pocket.app/',
      'https://tp-wallet.xyz/',
      'https://tokenpockt.io/',
      'https://tokenpokcet.org/',
      'https://tokenpockct.pro/',
      'https://www.tokenpocket.pro.evil.top/',
      'https://tpqianbao.cn/',
      'https://tpwa11et.com/',
      'https://tokenpocket-help.pages.dev/',
    ]) {
      expect(lookAlike(url), url).toBe(true);
      expect(may(url), url).toBe(true);
    }
  });

  it('leaves official and ordinary hosts alone (no stop, no second load)', () => {
    for (const url of [
      'https://www.tokenpocket.pro/',
      'https://help.tokenpocket.pro/cn/',
      'https://tpwallet.io/',
      'https://tphelp.gitbook.io/',
      'https://tokenpocket-gm.medium.com/',
      'https://example.com/',
      'https://www.baidu.com/s?wd=tokenpocket',
      'https://www.ticketmaster.com/',
      'https://socket.io/',
      'https://getpocket.com/',
      'https://tokens.example.org/',
      'https://www.tp-link.com/',
      'https://rocket.chat/',
      'http://127.0.0.1:8080/',
      'https://xn--fiqs8s.xn--55qx5d/', // 中国.公司
    ]) {
      expect(may(url), url).toBe(false);
    }
  });

  it('covers every generated host the address judge calls a look-alike', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
    const label = fc.array(letters, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    const brandish = fc
      .tuple(
        fc.constantFrom('tokenpocket', 'tpwallet', 'tpqianbao'),
        fc.array(fc.tuple(fc.nat(), fc.nat(4), letters), { maxLength: 2 }),
        fc.constantFrom('', 'о', 'е', 'с', 'ρ'),
      )
      .map(([b, ops, homoglyph]) => {
        let s: string = b;
        for (const [at, op, c] of ops) {
          const i = at % (s.length + 1);
          if (op === 0) s = s.slice(0, i) + c + s.slice(i);
          else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
          else if (op === 2) s = s.slice(0, i) + c + s.slice(i + 1);
          else if (op === 3 && i + 1 < s.length)
            s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
          else s = s.slice(0, i) + '-' + s.slice(i + 1);
        }
        // A homoglyph in place of its Latin twin (the host is then punycode).
        const latin = ({ о: 'o', е: 'e', с: 'c', ρ: 'p' } as Record<string, string>)[homoglyph];
        if (latin && s.includes(latin)) s = s.replace(latin, homoglyph);
        return s.replace(/^-+|-+$/g, '') || 'x';
      });
    let judged = 0;
    fc.assert(
      fc.property(
        fc.option(label),
        brandish,
        fc.option(label),
        fc.constantFrom('com', 'top', 'app', 'pages.dev', 'com.cn', 'xyz', 'github.io'),
        fc.boolean(),
        (pre, mid, post, tld, sub) => {
          const core = [pre, mid, post].filter(Boolean).join('-');
          const host = sub ? `${core}.example.${tld}` : `${core}.${tld}`;
          const url = new URL(`https://${host}/`).href;
          if (!lookAlike(url)) return;
          judged++;
          expect(may(url), url).toBe(true);
        },
      ),
      { numRuns: 4000, seed: 19 },
    );
    expect(judged).toBeGreaterThan(1000);
  });

  it('decodes punycode labels as the punycode library does', () => {
    const label = fc
      .array(fc.constantFrom(...'abcxyz0-оеірсѕαρνтокен中国钱包é'), { minLength: 1, maxLength: 20 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(label, (l) => {
        const ascii = toASCII(l);
        if (!ascii.startsWith('xn--')) return;
        expect(punycodeDecode(ascii.slice(4))).toBe(toUnicode(ascii));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('reads the host of an address as the URL parser does', () => {
    for (const url of [
      'https://www.tokenpocket.pro/cn/?a=b#c',
      'http://user:pw@tokenpocket-kefu.com:8080/x',
      'https://a@b@tp-wallet.xyz/',
      'https://xn--tokenpcket-jvi.pro',
      'https://t0kenp0cket.com:443/?u=https://www.google.com/',
      'https://www.google.com/?u=https://tokenpocket-kefu.com/',
      'https://www.google.com/#@tokenpocket-kefu.com',
      'http://127.0.0.1:8080/',
      'https://TPWALLET-help.com./path',
      'https://tpwallet-help.net?q=1',
      'https://tpwallet-help.net#x',
      'http://tpwallet-help.net\\path',
    ]) {
      const href = new URL(url).href;
      expect(urlMayImitate(href, BUNDLED_BRAND_HOSTS), url).toBe(
        hostMayImitateFully(new URL(url).hostname, BUNDLED_BRAND_HOSTS),
      );
    }
    expect(urlMayImitate(new URL('http://[::1]:80/').href, BUNDLED_BRAND_HOSTS)).toBe(false);
    for (const url of [
      'about:blank',
      'blob:https://tokenpocket-kefu.com/1',
      'data:text/html,tokenpocket-kefu.com',
      'ftp://tokenpocket-kefu.com/',
    ])
      expect(urlMayImitate(url, BUNDLED_BRAND_HOSTS), url).toBe(false);
  });

  it('skips the full check only where no label could match', () => {
    // Random hosts of labels near a brand (cut, up to three random edits, leetspeak digits) and
    // ordinary ones: the cheap count first never changes the answer.
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-');
    const piece = fc
      .tuple(
        fc.constantFrom('tokenpocket', 'tpwallet', 'tpqianbao', 't0kenp0cket', 'tpwa11et', 'www'),
        fc.nat(3),
        fc.integer({ min: 6, max: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), letters), { maxLength: 3 }),
      )
      .map(([b, from, len, ops]) => {
        let s = b.slice(from % 3, (from % 3) + len);
        for (const [at, op, c] of ops) {
          const i = at % (s.length + 1);
          if (op === 0) s = s.slice(0, i) + c + s.slice(i);
          else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
          else if (op === 2) s = s.slice(0, i) + c + s.slice(i + 1);
          else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        }
        return s.replace(/^-+|-+$/g, '') || 'a';
      });
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 3 }), (labels) => {
        const host = labels.join('.');
        const full = hostMayImitateFully(host, BUNDLED_BRAND_HOSTS);
        if (full) yes++;
        else no++;
        expect(hostMayImitate(host, BUNDLED_BRAND_HOSTS), host).toBe(full);
      }),
      { numRuns: 6000, seed: 7 },
    );
    expect(yes).toBeGreaterThan(500);
    expect(no).toBeGreaterThan(500);
  });
});
