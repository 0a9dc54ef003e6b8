/**
 * The guard's own look-alike check of its frame's host, at document_start, before any byte of the
 * page is parsed: a frame whose host could be a look-alike of the brand is stopped at once, and the
 * background (which has the verified list and the full address judge) decides: the warning page,
 * or the page is loaded again and let through. Asking first would let the page's own script run
 * while the answer is on its way (a look-alike inside another page's frame gets no navigation
 * check: webNavigation only redirects top frames).
 *
 * This is a superset of the judge's brand look-alike rule for hosts (`brandIn` in
 * engine/domain.ts: a label carrying a brand, in leetspeak, in other scripts' look-alike letters,
 * or within LOOKALIKE_EDITS of a long brand), on the bundled list's brand names and official hosts;
 * the unit tests hold it to the judge. Kept small: it is in every frame's start-up script.
 */
import { toUnicode } from 'punycode/punycode.es6.js';
import { CONFUSABLES } from '../engine/confusables';
import { LOOKALIKE_EDITS, LOOKALIKE_MIN_LENGTH, leet, windowDistance } from '../engine/distance';

export interface BrandHosts {
  /** Latin brand skeletons (the list's brand names, lower case, letters and digits only). */
  brands: readonly string[];
  /** Official website hosts. */
  official: readonly string[];
  /** Official website hosts whose subdomains are official too. */
  officialWithSubdomains: readonly string[];
}

/** The bundled list's (checked against public/official-list.json by the unit tests). */
export const BUNDLED_BRAND_HOSTS: BrandHosts = {
  brands: ['tokenpocket', 'tpwallet', 'tpqianbao'],
  official: [
    'tokenpocket.pro',
    'tpwallet.io',
    'tptool.pro',
    'mytokenpocket.vip',
    'tphelp.gitbook.io',
    'tokenpocket-gm.medium.com',
  ],
  officialWithSubdomains: ['tokenpocket.pro', 'tpwallet.io', 'tptool.pro', 'mytokenpocket.vip'],
};

function labelSkeleton(label: string): string {
  let s = label;
  if (s.startsWith('xn--')) {
    try {
      s = toUnicode(s);
    } catch {
      return s;
    }
  }
  let out = '';
  for (const c of s.normalize('NFKC').toLowerCase()) out += CONFUSABLES[c] ?? c;
  return out.replace(/[^a-z0-9]/g, '');
}

/** True when `host` could be judged a look-alike of a brand (and is not an official host). */
export function hostMayImitate(host: string, data: BrandHosts): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h || /^[\d.]+$/.test(h) || h.includes(':')) return false;
  if (data.official.includes(h)) return false;
  if (data.officialWithSubdomains.some((o) => h.endsWith('.' + o))) return false;
  for (const label of h.split('.')) {
    const sk = labelSkeleton(label);
    if (!sk) continue;
    const forms = [sk, leet(sk), leet(sk).replace(/i/g, 'l')];
    for (const b of data.brands) {
      for (const f of forms) {
        if (f.includes(b)) return true;
        if (
          b.length >= LOOKALIKE_MIN_LENGTH &&
          windowDistance(f, b, LOOKALIKE_EDITS) <= LOOKALIKE_EDITS
        )
          return true;
      }
    }
  }
  return false;
}
