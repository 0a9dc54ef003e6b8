import { parse } from 'tldts';
import { toUnicode } from 'punycode/punycode.es6.js';
import type { OfficialIndex } from './official-index';
import { describeEntry, listedOf } from './official-index';
import { skeleton } from './normalize';
import { LOOKALIKE_EDITS, LOOKALIKE_MIN_LENGTH, leet, windowDistance } from './distance';
import type { Finding } from './finding';
import { judgeAccountFindings } from './account';

/** Hosts whose path names an account or app: judged by what the path names. */
const PLATFORM_HOSTS: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'discord.gg': 'discord-invite',
  'discord.com': 'discord',
  'discordapp.com': 'discord',
  'github.com': 'github',
  'medium.com': 'medium',
  'youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'play.google.com': 'android-app',
  'apps.apple.com': 'ios-app',
  'chromewebstore.google.com': 'chrome-extension',
  'chrome.google.com': 'chrome-extension',
};

/** Path-hosted site builders: the first path segments name the tenant. */
const PATH_HOSTS: Record<string, RegExp> = {
  'sites.google.com': /^\/(?:view|site)\/([^/?#]+)/,
  'docs.google.com': /^\/(?:forms|document|spreadsheets)\/d\/(?:e\/)?([^/?#]+)/,
};

const RESERVED_PATHS = new Set([
  'home',
  'search',
  'explore',
  'i',
  'settings',
  'messages',
  'notifications',
  'login',
  'signup',
  's',
  'share',
  'joinchat',
  'addstickers',
  'iv',
  'intent',
  'hashtag',
  'watch',
  'results',
  'feed',
]);

export interface ParsedUrl {
  host: string;
  unicodeHost: string;
  path: string;
  search: string;
  username: string;
}

export function parseUrl(raw: string): ParsedUrl | null {
  let s = raw.trim();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = 'https://' + s.replace(/^\/\//, '');
  // A URL parser is part of every JS runtime the engine runs in (it is not a DOM API).
  const URLCtor = (globalThis as unknown as { URL?: new (u: string) => URLLike }).URL;
  if (!URLCtor) return null;
  try {
    const u = new URLCtor(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const host = u.hostname.toLowerCase().replace(/\.$/, '');
    if (!host) return null;
    let unicodeHost = host;
    if (host.includes('xn--')) {
      try {
        unicodeHost = toUnicode(host);
      } catch {
        unicodeHost = host;
      }
    }
    return {
      host,
      unicodeHost,
      path: safeDecode(u.pathname),
      search: u.search,
      username: safeDecode(u.username),
    };
  } catch {
    return null;
  }
}

interface URLLike {
  protocol: string;
  hostname: string;
  pathname: string;
  search: string;
  username: string;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export { LOOKALIKE_EDITS, LOOKALIKE_MIN_LENGTH };

/** Hosts whose address is judged by its path (an account, an app, a hosted site). */
export function pathJudgedHosts(): string[] {
  return [...Object.keys(PLATFORM_HOSTS), ...Object.keys(PATH_HOSTS)];
}

/** Which official brand a label imitates, if any. */
export function brandIn(label: string, index: OfficialIndex): string | null {
  const sk = skeleton(label);
  if (!sk) return null;
  const forms = [sk, leet(sk), leet(sk).replace(/i/g, 'l')];
  for (const b of index.latinBrands) {
    for (const f of forms) if (f.includes(b)) return b;
  }
  for (const b of index.latinBrands) {
    if (b.length < LOOKALIKE_MIN_LENGTH) continue;
    for (const f of forms.slice(0, 2))
      if (windowDistance(f, b, LOOKALIKE_EDITS) <= LOOKALIKE_EDITS) return b;
  }
  return null;
}

function officialHostFor(brand: string, index: OfficialIndex): string {
  for (const [host] of index.wildcardApexes) {
    if (skeleton(host.split('.')[0] ?? '') === brand) return host;
  }
  for (const [host] of index.wildcardApexes) {
    if (host.split('.')[0]?.includes(brand.slice(0, 6))) return host;
  }
  return [...index.wildcardApexes.keys()][0] ?? '';
}

export function officialHostEntry(host: string, index: OfficialIndex) {
  const exact = index.hosts.get(host);
  if (exact) return exact;
  const parts = host.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(i).join('.');
    const e = index.wildcardApexes.get(parent);
    if (e) return e;
  }
  return null;
}

/** Judge a web address. */
const urlCache = new WeakMap<OfficialIndex, Map<string, readonly Finding[]>>();
const URL_CACHE_MAX = 2000;

/**
 * The address judge, remembered per list for the last 2,000 addresses: a page repeats the same
 * links many times. Callers get a fresh array; the findings in it are shared and never changed.
 */
export function judgeUrlFindings(raw: string, index: OfficialIndex): Finding[] {
  let cache = urlCache.get(index);
  if (!cache) urlCache.set(index, (cache = new Map()));
  const hit = cache.get(raw);
  if (hit) return [...hit];
  const fs = judgeUrlUncached(raw, index);
  for (const f of fs) Object.freeze(Object.freeze(f).evidence);
  if (cache.size >= URL_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(raw, fs);
  return [...fs];
}

function judgeUrlUncached(raw: string, index: OfficialIndex): Finding[] {
  const u = parseUrl(raw);
  if (!u) return [];
  const host = u.host.replace(/^www\./, '');
  const hostEvidence = u.unicodeHost !== u.host ? `${u.unicodeHost} (${u.host})` : u.host;

  const official = officialHostEntry(u.host, index) ?? officialHostEntry(host, index);
  const findings: Finding[] = [];

  // userinfo trick: https://www.tokenpocket.pro@evil.xyz/
  if (u.username && brandIn(u.username, index)) {
    findings.push({
      code: 'USERINFO_TRICK',
      level: 'danger',
      evidence: {
        host: hostEvidence,
        matched: [u.username],
        imitates: u.username.replace(/^www\./, ''),
      },
    });
  }
  if (official && findings.length === 0) {
    return [
      {
        code: 'OFFICIAL_CHANNEL',
        level: 'safe',
        evidence: { host: u.host, official: describeEntry(official) },
      },
    ];
  }

  const info = parse(u.host, { allowPrivateDomains: true });
  const registrable = info.domain ?? u.host;
  const knownHost = [u.host, host, registrable].find((h) => index.scamHosts.has(h));
  if (knownHost) {
    const e = index.scams.get(`website:${knownHost}`);
    findings.push({
      code: 'KNOWN_SCAM',
      level: 'danger',
      evidence: { host: hostEvidence, ...(e ? { listed: listedOf(index, e) } : {}) },
    });
    return findings;
  }

  const platform = PLATFORM_HOSTS[host];
  if (platform) return findings.concat(judgePlatformPath(platform, u, index));

  const pathRule = PATH_HOSTS[host];
  if (pathRule) {
    const m = pathRule.exec(u.path);
    const tenant = m?.[1];
    const b = tenant ? brandIn(tenant, index) : null;
    if (b && tenant) {
      findings.push({
        code: 'BRAND_ON_FREE_HOST',
        level: 'danger',
        evidence: {
          host: `${u.host}${u.path}`,
          matched: [tenant],
          imitates: officialHostFor(b, index),
        },
      });
    }
    return findings;
  }

  // Look-alike: any label (punycode decoded) carrying or imitating the brand.
  const unicodeInfo =
    u.unicodeHost === u.host ? info : parse(u.unicodeHost, { allowPrivateDomains: true });
  const labels = [
    ...(unicodeInfo.subdomain ? unicodeInfo.subdomain.split('.') : []),
    unicodeInfo.domainWithoutSuffix ?? u.unicodeHost.split('.')[0] ?? '',
  ].filter(Boolean);
  // A brand word split over labels ("tokenpocket.pro.evil.top" → "tokenpocket").
  let brand: string | null = null;
  let matchedLabel = '';
  for (const label of labels) {
    brand = brandIn(label, index);
    if (brand) {
      matchedLabel = label;
      break;
    }
  }
  if (brand) {
    const imitates = officialHostFor(brand, index);
    const code = info.isPrivate ? 'BRAND_ON_FREE_HOST' : 'LOOKALIKE_DOMAIN';
    findings.push({
      code,
      level: 'danger',
      evidence: { host: hostEvidence, matched: [matchedLabel], imitates },
    });
    if (u.host.includes('xn--')) {
      findings.push({
        code: 'PUNYCODE_HOST',
        level: 'danger',
        evidence: { host: hostEvidence, imitates },
      });
    }
  }
  return findings;
}

function firstSegment(path: string): string {
  return path.split('/').filter(Boolean)[0] ?? '';
}

function judgePlatformPath(platform: string, u: ParsedUrl, index: OfficialIndex): Finding[] {
  const segs = u.path.split('/').filter(Boolean);
  const lookupValue = (kind: string, v: string) => index.values.get(`${kind}:${v.toLowerCase()}`);
  const officialFinding = (kind: string, v: string): Finding[] | null => {
    const e = lookupValue(kind, v);
    return e
      ? [
          {
            code: 'OFFICIAL_CHANNEL',
            level: 'safe',
            evidence: { host: u.host, official: describeEntry(e) },
          },
        ]
      : null;
  };
  const scamFinding = (kind: string, v: string): Finding[] | null => {
    const e = index.scams.get(`${kind}:${v.toLowerCase()}`);
    return e
      ? [
          {
            code: 'KNOWN_SCAM',
            level: 'danger',
            evidence: { host: `${u.host}/${v}`, matched: [v], listed: listedOf(index, e) },
          },
        ]
      : null;
  };
  const asAccount = (p: string, handle: string): Finding[] => {
    if (!handle || RESERVED_PATHS.has(handle.toLowerCase())) return [];
    return judgeAccountFindings({ platform: p, handle }, index);
  };
  switch (platform) {
    case 'x':
    case 'telegram':
    case 'github':
    case 'facebook': {
      const h = firstSegment(u.path).replace(/^@/, '');
      if (platform === 'telegram' && (h === 's' || h === 'c'))
        return asAccount(platform, segs[1] ?? '');
      return asAccount(platform, h);
    }
    case 'medium': {
      const h = firstSegment(u.path);
      return h.startsWith('@') ? asAccount('medium', h.slice(1)) : [];
    }
    case 'youtube': {
      if (segs[0] === 'channel' && segs[1]) return asAccount('youtube', segs[1]);
      if (segs[0]?.startsWith('@')) return asAccount('youtube', segs[0]);
      return [];
    }
    case 'discord-invite':
    case 'discord': {
      const code =
        platform === 'discord-invite' ? segs[0] : segs[0] === 'invite' ? segs[1] : undefined;
      if (!code) return [];
      return (
        officialFinding('discord', code) ??
        scamFinding('discord', code) ??
        asAccount('discord', code)
      );
    }
    case 'android-app': {
      const id = /[?&]id=([^&#]+)/.exec(u.search)?.[1];
      if (!id) return [];
      return (
        officialFinding('android-app', id) ??
        scamFinding('android-app', id) ??
        brandedApp(id, u, index)
      );
    }
    case 'ios-app': {
      const id = /\/(id\d+)/.exec(u.path)?.[1];
      if (!id) return [];
      return (
        officialFinding('ios-app', id) ??
        scamFinding('ios-app', id) ??
        brandedApp(segs.join(' '), u, index)
      );
    }
    case 'chrome-extension': {
      const id = segs.find((s) => /^[a-p]{32}$/.test(s));
      if (!id) return [];
      return (
        officialFinding('chrome-extension', id) ??
        scamFinding('chrome-extension', id) ??
        brandedApp(segs.join(' '), u, index)
      );
    }
    default:
      return [];
  }
}

function brandedApp(name: string, u: ParsedUrl, index: OfficialIndex): Finding[] {
  const b = brandIn(name, index);
  if (!b) return [];
  return [
    {
      code: 'LOOKALIKE_DOMAIN',
      level: 'caution',
      evidence: {
        host: `${u.host}${u.path}`,
        matched: [name],
        imitates: officialHostFor(b, index),
      },
    },
  ];
}
