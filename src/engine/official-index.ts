import type {
  ChannelKind,
  OfficialEntry,
  OfficialList,
  ScamEntry,
  ScamGroup,
  ScamKind,
} from '../list/schema';
import { skeleton } from './normalize';

/** Lookup structures derived once from a verified list. */
export interface OfficialIndex {
  version: number;
  /** host → entry, for exact hosts and apexes. */
  hosts: Map<string, OfficialEntry>;
  /** apex hosts whose subdomains are official too. */
  wildcardApexes: Map<string, OfficialEntry>;
  /** `${kind}:${lowercased value}` → entry, for handles, ids, e-mails. */
  values: Map<string, OfficialEntry>;
  /** `${kind}:${lowercased value}` → entry (phones are looked up under their forms: phoneKeys). */
  scams: ScamLookup;
  scamHosts: { has(host: string): boolean };
  /** The list's source titles by id (for "listed since …, source …"). */
  sourceTitles: Map<string, string>;
  /** Official handles per platform, lowercased, with their skeletons. */
  handles: Map<ChannelKind, { value: string; skel: string; entry: OfficialEntry }[]>;
  /** Brand skeletons (letters/digits only, folded): "tokenpocket", "tp钱包", "tpwallet"… */
  brandSkeletons: string[];
  /** Latin-only brand skeletons used for domain and handle look-alike checks. */
  latinBrands: string[];
  /** Short aliases that are the brand only next to a wallet word ("tp"). */
  aliasSkeletons: string[];
}

/** Where the engine looks a known scam up by key: the whole list, or what was asked of it. */
export interface ScamLookup {
  /** How many known scams the list has (0: no lookups at all). */
  readonly size: number;
  get(k: string): ScamEntry | undefined;
}

/**
 * The known scams as a content script knows them (issue #23: a page never holds the whole list):
 * only the keys it has asked the background about. A key not asked yet reads as unknown and is
 * kept in `wanted`; the scanner asks for those after its batch, and judges again when one was a
 * known scam (`learn`).
 */
export class AskedScams implements ScamLookup {
  private readonly known = new Map<string, ScamEntry | null>();
  /** Keys read but not asked about yet (at most MAX_WANTED, in the order they came). */
  readonly wanted = new Set<string>();
  static readonly MAX_WANTED = 500;
  static readonly MAX_KEY = 300;

  /** `size`: how many known scams the whole list has. */
  constructor(readonly size: number) {}

  get(k: string): ScamEntry | undefined {
    const e = this.known.get(k);
    if (e !== undefined) return e ?? undefined;
    // (No list value is that long: a key past it is not asked about, and fails no batch.)
    if (k.length <= AskedScams.MAX_KEY && this.wanted.size < AskedScams.MAX_WANTED)
      this.wanted.add(k);
    return undefined;
  }

  /** The keys to ask about now (taken out of `wanted`). */
  take(): string[] {
    const keys = [...this.wanted];
    this.wanted.clear();
    return keys;
  }

  /** The background's answer for `keys`: whether any of them is a known scam. */
  learn(keys: readonly string[], found: Readonly<Record<string, ScamEntry>>): boolean {
    let any = false;
    // A page may ask about many keys over its life: the oldest answers go first.
    if (this.known.size > 20_000) this.known.clear();
    for (const k of keys) {
      const e = Object.prototype.hasOwnProperty.call(found, k) ? found[k]! : null;
      this.known.set(k, e);
      if (e) any = true;
    }
    return any;
  }

  /** Known scam sites' hosts, as a set the address judge asks (`website:<host>`). */
  readonly hosts = { has: (host: string) => this.get(`website:${host}`) !== undefined };
}

/**
 * The known scams by key: the list's entries, and the values of its groups, whose entries are
 * made when one is found (a group of 100,000 values costs a map of strings, not 100,000 objects).
 */
export class KnownScams implements ScamLookup {
  private readonly entries = new Map<string, ScamEntry>();
  private readonly grouped = new Map<string, ScamGroup>();

  constructor(list: Pick<OfficialList, 'knownScams' | 'knownScamGroups'>) {
    for (const s of list.knownScams) this.entries.set(key(s.kind, s.value), s);
    for (const g of list.knownScamGroups ?? [])
      for (const v of g.values) this.grouped.set(key(g.kind, v), g);
  }

  get size(): number {
    return this.entries.size + this.grouped.size;
  }

  get(k: string): ScamEntry | undefined {
    const e = this.entries.get(k);
    if (e || !this.grouped.size) return e;
    const g = this.grouped.get(k);
    if (!g) return undefined;
    const value = k.slice(g.kind.length + 1);
    const made: ScamEntry = {
      id: `${g.id}-${value.replace(/[^a-z0-9]+/g, '-')}`,
      kind: g.kind,
      value,
      label: g.label,
      sources: g.sources,
      firstSeen: g.firstSeen,
    };
    this.entries.set(k, made);
    return made;
  }

  /** Known scam sites' hosts. */
  hosts(): string[] {
    const out: string[] = [];
    for (const [k, e] of this.entries) if (e.kind === 'website') out.push(k.slice(8));
    for (const [k, g] of this.grouped) if (g.kind === 'website') out.push(k.slice(8));
    return out;
  }
}

export function key(kind: ScamKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

/**
 * The keys a phone number found in a text may be listed under: its digits, and for a number
 * written without its country code, the international form of a North American (10 digits) or
 * Chinese mobile (11 digits from 13…19) number. WhatsApp numbers are phone numbers too.
 */
export function phoneKeys(value: string): string[] {
  const d = value.replace(/\D/g, '');
  const forms = [d];
  if (!value.startsWith('+')) {
    if (d.length === 10 && /^[2-9]/.test(d)) forms.push('1' + d);
    if (d.length === 11 && /^1[3-9]/.test(d)) forms.push('86' + d);
    // A Chinese 400/800 service number, as fake-support pages write it.
    if (d.length === 10 && /^[48]00/.test(d)) forms.push('86' + d);
  }
  return forms.flatMap((x) => [`phone:${x}`, `whatsapp:${x}`]);
}

/** The known scam a contact point found in a text is, if the list names it. */
export function knownScamOf(
  index: OfficialIndex,
  kind: string,
  value: string,
): ScamEntry | undefined {
  if (!index.scams.size) return undefined;
  if (kind === 'phone') {
    for (const k of phoneKeys(value)) {
      const e = index.scams.get(k);
      if (e) return e;
    }
    return undefined;
  }
  const v = value.toLowerCase().replace(/^@/, '');
  if (kind === 'handle') return index.scams.get(`x:${v}`) ?? index.scams.get(`telegram:${v}`);
  if (kind === 'qq' || kind === 'wechat' || kind === 'telegram' || kind === 'email')
    return index.scams.get(`${kind}:${v}`);
  return undefined;
}

/** "listed since …, source …" for a known scam's evidence. */
export function listedOf(index: OfficialIndex, e: ScamEntry): { since: string; sources: string[] } {
  return { since: e.firstSeen, sources: e.sources.map((s) => index.sourceTitles.get(s) ?? s) };
}

/** Skeletons of the brand names (letters and digits only, folded). */
export function brandSkeletonsOf(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => skeleton(n)))].filter(Boolean);
}

/** The Latin-only brand skeletons long enough for domain and handle look-alike checks. */
export function latinBrandsOf(skeletons: readonly string[]): string[] {
  return skeletons.filter((s) => /^[a-z0-9]+$/.test(s) && s.length >= 6);
}

/** `asked`: a content script's known scams (the list it was given has none of its own). */
export function buildIndex(list: OfficialList, asked?: AskedScams): OfficialIndex {
  const hosts = new Map<string, OfficialEntry>();
  const wildcardApexes = new Map<string, OfficialEntry>();
  const values = new Map<string, OfficialEntry>();
  const handles = new Map<ChannelKind, { value: string; skel: string; entry: OfficialEntry }[]>();
  for (const e of list.official) {
    values.set(key(e.kind, e.value), e);
    if (e.kind === 'website') {
      const host = e.value.toLowerCase();
      hosts.set(host, e);
      if (e.includeSubdomains) wildcardApexes.set(host, e);
    } else if (
      ['x', 'telegram', 'github', 'facebook', 'medium', 'discord', 'youtube'].includes(e.kind)
    ) {
      const arr = handles.get(e.kind) ?? [];
      arr.push({ value: e.value.toLowerCase(), skel: skeleton(e.value), entry: e });
      handles.set(e.kind, arr);
    }
  }
  const all = asked ? null : new KnownScams(list);
  const scams: ScamLookup = asked ?? all!;
  const scamHosts = asked ? asked.hosts : new Set(all!.hosts());
  const brandSkeletons = brandSkeletonsOf(list.brand.names);
  const latinBrands = latinBrandsOf(brandSkeletons);
  return {
    version: list.version,
    hosts,
    wildcardApexes,
    values,
    scams,
    scamHosts,
    sourceTitles: new Map(list.sources.map((s) => [s.id, s.title])),
    handles,
    brandSkeletons,
    latinBrands,
    aliasSkeletons: [...new Set(list.brand.aliases.map((a) => skeleton(a)))].filter(Boolean),
  };
}

/** Human-readable name of an entry for evidence ("x:@TokenPocket_TP", "tokenpocket.pro"). */
export function describeEntry(e: { kind: ScamKind; value: string }): string {
  switch (e.kind) {
    case 'website':
    case 'email':
      return e.value;
    case 'x':
    case 'telegram':
    case 'github':
    case 'facebook':
    case 'medium':
      return `${e.kind}:@${e.value}`;
    default:
      return `${e.kind}:${e.value}`;
  }
}
