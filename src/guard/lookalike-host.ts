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
 * The count: a brand within the edits allowed of a label leaves at most that many of the brand's
 * distinct letters out of it (an edit loses at most one), so the label must hold the brand's
 * distinct letters less those edits. A label's letters are one integer mask (a digit or 'i' also
 * sets the letter it may stand for in the full check: leetspeak digits, i read as l); a brand's
 * digits are not counted (fewer letters asked for: still never a "no" the full check would say
 * "yes" to). Integers only, no array: this runs in every frame. Punycode goes to the full check.
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
  if (host.includes('xn--')) return hostMayImitateFully(host, data);
  let mask = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c >= 97 && c <= 122)
      mask |= c === 105 ? 0x900 : 1 << (c - 97); // i also as l
    else if (c >= 48 && c <= 57) {
      // 0 o, 1 l, 3 e, 4 a, 5 s (engine/distance.ts's leet).
      mask |=
        c === 48
          ? 0x4000
          : c === 49
            ? 0x800
            : c === 51
              ? 16
              : c === 52
                ? 1
                : c === 53
                  ? 0x40000
                  : 0;
    } else if (c === 46) {
      if (mask) {
        for (const b of data.brands) {
          let want = 0;
          let have = 0;
          for (let k = 0; k < b.length; k++) {
            const d = b.charCodeAt(k) - 97;
            if (d < 0 || d > 25 || want & (1 << d)) continue;
            want |= 1 << d;
            if (mask & (1 << d)) have++;
          }
          let n = 0;
          for (let x = want; x; x &= x - 1) n++;
          if (have >= (b.length >= LOOKALIKE_MIN_LENGTH ? n - LOOKALIKE_EDITS : n))
            return hostMayImitateFully(host, data);
        }
      }
      mask = 0;
    }
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
