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
import { confusables } from '../engine/confusables';
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
  const table = confusables();
  let out = '';
  for (const c of s.normalize('NFKC').toLowerCase()) out += table[c] ?? c;
  return out.replace(/[^a-z0-9]/g, '');
}

/**
 * True when the page at `url` (as the browser serialises it: `document.URL`, scheme and host in
 * lower case, other scripts as punycode) could be a brand look-alike: the guard's question at
 * document_start in every frame. One function with no pattern and no helper, so that the usual
 * address costs next to nothing there (each function and pattern is compiled on first use, in
 * every frame's fresh context; reading `location` costs its first use too): a cheap count first,
 * and the full check only for a host with a label that could match.
 *
 * The count: a label's letters and digits (each also counted as the letter it may stand for in the
 * full check: leetspeak digits, i read as l) must hold as many of a brand's letters as the brand
 * has, less the edits allowed for a long brand (an edit loses at most one of them, and order does
 * not matter here). Punycode labels go to the full check.
 */
export function urlMayImitate(url: string, data: BrandHosts): boolean {
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  if (!start) return false;
  let end = start;
  let at = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35 || c === 92) break; // / ? # \
    if (c === 64) at = end + 1; // user info@
  }
  if (url.charCodeAt(at) === 91) return false; // [IPv6]
  const colon = url.indexOf(':', at);
  const host = url.slice(at, colon >= 0 && colon < end ? colon : end);
  const counts: number[] = [];
  for (let from = 0; from <= host.length;) {
    let to = host.indexOf('.', from);
    if (to < 0) to = host.length;
    if (host.startsWith('xn--', from)) return hostMayImitateFully(host, data);
    for (let k = 0; k < 36; k++) counts[k] = 0;
    for (let i = from; i < to; i++) {
      const c = host.charCodeAt(i);
      // Slots: a-z 0-25, digits 26-35; a digit or 'i' also counts as the letter it may stand for.
      if (c >= 97 && c <= 122) {
        counts[c - 97]!++;
        if (c === 105) counts[11]!++; // i → l
      } else if (c >= 48 && c <= 57) {
        counts[c - 22]!++;
        const also =
          c === 48 ? 14 : c === 49 ? 11 : c === 51 ? 4 : c === 52 ? 0 : c === 53 ? 18 : -1;
        if (also >= 0) counts[also]!++;
      }
    }
    for (const b of data.brands) {
      const left = counts.slice();
      let have = 0;
      for (let i = 0; i < b.length; i++) {
        const c = b.charCodeAt(i);
        const k = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
        if (k >= 0 && left[k]! > 0) {
          left[k]!--;
          have++;
        }
      }
      if (have >= (b.length >= LOOKALIKE_MIN_LENGTH ? b.length - LOOKALIKE_EDITS : b.length))
        return hostMayImitateFully(host, data);
    }
    from = to + 1;
  }
  return false;
}

/** True when `host` could be judged a look-alike of a brand (and is not an official host). */
export function hostMayImitate(host: string, data: BrandHosts): boolean {
  return urlMayImitate(`http://${host.toLowerCase()}/`, data);
}

/** The same without the cheap count first (the unit tests hold one to the other). */
export function hostMayImitateFully(host: string, data: BrandHosts): boolean {
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
