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

/**
 * RFC 3492 decoding of one punycode label's part after "xn--" (the library's decoder is larger
 * than the rest of this check, and this runs in every frame's start-up script).
 */
export function punycodeDecode(input: string): string {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  let n = 128;
  let i = 0;
  let bias = 72;
  const out: number[] = [];
  const dash = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(dash, 0); j++) out.push(input.charCodeAt(j));
  for (let at = dash > 0 ? dash + 1 : 0; at < input.length;) {
    const old = i;
    for (let w = 1, k = base; ; k += base) {
      if (at >= input.length) throw new RangeError('punycode: truncated');
      const c = input.charCodeAt(at++);
      const d = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (d >= base) throw new RangeError('punycode: bad digit');
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    const len = out.length + 1;
    let delta = old === 0 ? Math.floor((i - old) / 700) : (i - old) >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base)
      delta = Math.floor(delta / (base - tMin));
    bias = Math.floor(k + ((base - tMin + 1) * delta) / (delta + 38));
    n += Math.floor(i / len);
    i %= len;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function labelSkeleton(label: string): string {
  // A host name is ASCII (other scripts come as punycode): most labels need nothing more.
  if (!label.startsWith('xn--')) return label.replace(/[^a-z0-9]/g, '');
  let s: string;
  try {
    s = punycodeDecode(label.slice(4));
  } catch {
    return label;
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
