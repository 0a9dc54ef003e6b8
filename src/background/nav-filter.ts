/**
 * Which top-frame navigations the look-alike check must see before the page loads, as URL filters
 * the browser applies itself: a navigation to any other host neither wakes nor busies the service
 * worker. The filters are a superset of what the engine's address judge can call danger for a
 * top-frame address (see `judgeUrlFindings`):
 * - a host label carrying a brand, in leetspeak, with separators, or (long brands) within the
 *   judge's edit distance of it: one of a few brand pieces is then always written out in the host;
 * - punycode hosts (any homoglyph host is one);
 * - hosts whose path is judged (x.com/…, t.me/…, sites.google.com/…) and known scam hosts.
 * What the filters cannot see (a brand in the userinfo part, hosts added by a later list update)
 * is still stopped once the page has loaded: the guard asks the background about every page.
 * Pure data: no browser API here, so the unit tests check the filters against the engine itself.
 */
import { LEET } from '../engine/distance';
import { LOOKALIKE_EDITS, LOOKALIKE_MIN_LENGTH, pathJudgedHosts } from '../engine/domain';
import { brandSkeletonsOf, latinBrandsOf } from '../engine/official-index';
import { escapeRegExp } from '../engine/match';

/** The subset of the WebExtensions `events.UrlFilter` used here. */
export interface NavUrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
  hostContains?: string;
  urlMatches?: string;
}

/**
 * Strings of which every string within `edits` edits (insert, delete, replace, swap two neighbours)
 * of `brand` contains at least one. The brand is cut into edits+1 pieces: edits that stay inside
 * pieces break at most `edits` of them. A swap across a cut breaks the two pieces beside it, so the
 * pieces joined across each set of swapped cuts (with those letters swapped) are added too.
 */
export function brandPieces(brand: string, edits: number): string[] {
  const k = Math.min(edits + 1, brand.length);
  if (k <= 1) return [brand];
  // Cut points, with the longer pieces at the ends (the middle is the least telling).
  const base = Math.floor(brand.length / k);
  const sizes = new Array<number>(k).fill(base);
  for (let extra = brand.length - base * k, i = 0; extra > 0; extra--, i++) {
    sizes[i % 2 === 0 ? i / 2 : k - 1 - (i - 1) / 2]!++;
  }
  const cuts: number[] = [];
  for (let i = 0, at = 0; i < k - 1; i++) cuts.push((at += sizes[i]!));
  const out = new Set<string>();
  // Every set of swapped cuts with at most `edits` members (neighbouring cuts one letter apart
  // cannot both be swapped, but including them costs nothing and keeps this simple).
  for (let mask = 0; mask < 1 << cuts.length; mask++) {
    const swapped = cuts.filter((_c, i) => mask & (1 << i));
    if (swapped.length > edits) continue;
    const letters = [...brand];
    for (const c of swapped) [letters[c - 1], letters[c]] = [letters[c]!, letters[c - 1]!];
    let start = 0;
    for (let i = 0; i <= cuts.length; i++) {
      const end = i < cuts.length ? cuts[i]! : brand.length;
      if (i < cuts.length && swapped.includes(end)) continue;
      out.add(letters.slice(start, end).join(''));
      start = end;
    }
  }
  return [...out];
}

/** Host characters that a brand letter can be written as (the judge's leet map, and i for l). */
function letterClass(c: string): string {
  const chars = new Set([c]);
  for (const [from, to] of Object.entries(LEET)) if (to === c) chars.add(from);
  if (c === 'l') chars.add('i');
  const list = [...chars].map(escapeRegExp).join('');
  return chars.size === 1 ? list : `[${list}]`;
}

/** A piece as written in a host label: any letter in a look-alike form, separators between. */
function piecePattern(piece: string): string {
  return [...piece].map(letterClass).join('[-_]*');
}

/** The filters for a list's brand names and known scam hosts. */
export function navigationFilters(brandNames: string[], scamHosts: string[]): NavUrlFilter[] {
  const brands = latinBrandsOf(brandSkeletonsOf(brandNames));
  const pieces = new Set<string>();
  for (const b of brands) {
    for (const p of b.length >= LOOKALIKE_MIN_LENGTH ? brandPieces(b, LOOKALIKE_EDITS) : [b])
      pieces.add(p);
  }
  const filters: NavUrlFilter[] = [];
  if (pieces.size) {
    const alternatives = [...pieces].sort().map(piecePattern).join('|');
    filters.push({ urlMatches: `^https?://[^/?#]*(?:${alternatives})` });
  }
  filters.push({ hostContains: 'xn--' });
  for (const h of pathJudgedHosts()) filters.push({ hostEquals: h }, { hostEquals: `www.${h}` });
  for (const raw of scamHosts) {
    const h = raw.toLowerCase();
    filters.push({ hostEquals: h }, { hostSuffix: `.${h}` });
  }
  return filters;
}
