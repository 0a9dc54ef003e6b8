import type { OfficialList, ScamEntry } from '../list/schema';
import { buildIndex, describeEntry, knownScamOf, listedOf } from './official-index';
import type { AskedScams, OfficialIndex } from './official-index';
import type { Account, Item, Lang, Reason, Verdict } from './types';
import type { Finding } from './finding';
import { maxLevel, rank } from './finding';
import { analyzeText, analyzeBrand, explainText } from './text';
import type { Explanation } from './text';
import { judgeUrlFindings, parseUrl, brandIn } from './domain';
import { judgeAccountFindings } from './account';
import { judgeInputFindings } from './secrets';
import { knownScamMessage, reasonMessage } from './messages';
import { redactSecrets } from './redact';
import { findPhones } from './contacts';
import { normalize } from './normalize';

export type { Verdict, Reason, Item, Account, Lang, Level } from './types';
export type { Explanation } from './text';
export { redactSecrets } from './redact';
export { fold, normalize, skeleton } from './normalize';
export { AskedScams } from './official-index';
export { findPhrases } from './secrets';
export { REASON_MESSAGES } from './messages';

export type LookupKind = 'official' | 'scam' | 'lookalike' | 'unofficial' | 'unknown';

export interface LookupResult {
  kind: LookupKind;
  /** What the query was read as. */
  readAs: 'url' | 'domain' | 'handle' | 'email' | 'phone' | 'qq' | 'wechat' | 'app-id' | 'text';
  /** The official entry id, for official answers. */
  entryId?: string;
  verdict: Verdict;
}

export interface Engine {
  readonly listVersion: number;
  judge(item: Item, lang?: Lang): Verdict;
  judgeText(text: string, lang?: Lang, url?: string): Verdict;
  judgeUrl(url: string, lang?: Lang): Verdict;
  judgeAccount(account: Account, lang?: Lang): Verdict;
  judgeInput(input: string, url?: string, lang?: Lang): Verdict;
  /** Several fields of one form read together (a phrase split over 12 inputs). */
  judgeFields(values: string[], url?: string, lang?: Lang): Verdict;
  lookup(query: string, lang?: Lang): LookupResult;
  /** Whether a text names the brand at all (cheap; used to give blocks their page's subject). */
  mentionsBrand(text: string): boolean;
  /** The signals of a text's sentences and the rules that held (for `scan --explain`). */
  explain(text: string): Explanation;
  /** The known scams among these lookup keys (`kind:value`), for a content script that asked. */
  knownScams(keys: readonly string[]): Record<string, ScamEntry>;
}

const MAX_TEXT = 1_000_000;

/** The verdict of most text: one shared, frozen object (a caller that changed it would throw). */
const SAFE: Verdict = Object.freeze({
  level: 'safe',
  reasons: Object.freeze([]) as unknown as Verdict['reasons'],
});

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const prev = seen.get(f.code);
    if (!prev || rank(f.level) > rank(prev.level)) seen.set(f.code, f);
  }
  return [...seen.values()].sort((a, b) => rank(b.level) - rank(a.level));
}

function clean(s: string): string {
  // Nothing shorter than a seed phrase or a key can hold one.
  // A key run into other hex digits is not a 64-digit key on its own: long hex runs go as well.
  const r =
    s.length < 24 ? s : redactSecrets(s).replace(/[0-9a-f]{48,}/gi, '[REDACTED private key]');
  return r.length > 200 ? r.slice(0, 200) + '…' : r;
}

/**
 * `asked`: in a content script, the known scams it has asked the background about (its list comes
 * without them: a page never holds the whole list; see AskedScams).
 */
export function createEngine(list: OfficialList, asked?: AskedScams): Engine {
  const index: OfficialIndex = buildIndex(list, asked);
  const version = list.version;

  const toVerdict = (findings: Finding[], lang: Lang): Verdict => {
    // Most text has nothing to say: no dedupe, no sort, no objects beyond the answer.
    if (!findings.length) return SAFE;
    const fs = dedupe(findings);
    return {
      level: maxLevel(fs),
      reasons: fs.map((f): Reason => {
        const e = f.evidence;
        const evidence: Reason['evidence'] = { listVersion: version };
        if (e.matched) evidence.matched = e.matched.map(clean).filter(Boolean);
        if (e.imitates) evidence.imitates = e.imitates;
        if (e.contact) evidence.contact = clean(e.contact);
        if (e.host) evidence.host = clean(e.host);
        if (e.official) evidence.official = e.official;
        if (e.span) evidence.span = e.span;
        if (e.listed) evidence.listed = e.listed;
        const message = e.listed ? knownScamMessage(lang, e.listed) : reasonMessage(f.code, lang);
        return { code: f.code, level: f.level, message, evidence };
      }),
    };
  };

  const textFindings = (text: string): Finding[] =>
    analyzeText(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, index).findings;

  const accountFindings = (a: Account): Finding[] => {
    const fs = judgeAccountFindings(a, index);
    if (a.bio && !fs.some((f) => f.code === 'OFFICIAL_CHANNEL')) {
      for (const f of textFindings(a.bio))
        fs.push({ ...f, evidence: { ...f.evidence, span: undefined } });
    }
    return fs;
  };

  const judge = (item: Item, lang: Lang = 'en'): Verdict => {
    const fs: Finding[] = [];
    if (item.input !== undefined) {
      fs.push(...judgeInputFindings(item.input, item.url));
      if (item.url) fs.push(...judgeUrlFindings(item.url, index).filter((f) => f.level !== 'safe'));
      return toVerdict(fs, lang);
    }
    if (item.text) fs.push(...textFindings(item.text));
    if (item.account) fs.push(...accountFindings(item.account));
    if (item.url) {
      const uf = judgeUrlFindings(item.url, index);
      // An official page does not make the text on it official: keep its "official" note only
      // when nothing else was found.
      fs.push(...(item.text || item.account ? uf.filter((f) => f.level !== 'safe') : uf));
    }
    return toVerdict(fs, lang);
  };

  const lookup = (raw: string, lang: Lang = 'en'): LookupResult => {
    const q = raw.trim();
    const result = (
      kind: LookupKind,
      readAs: LookupResult['readAs'],
      fs: Finding[],
      entryId?: string,
    ): LookupResult => ({
      kind,
      readAs,
      ...(entryId ? { entryId } : {}),
      verdict: toVerdict(fs, lang),
    });
    const classify = (fs: Finding[]): LookupKind => {
      if (fs.some((f) => f.code === 'OFFICIAL_CHANNEL')) return 'official';
      if (fs.some((f) => f.code === 'KNOWN_SCAM')) return 'scam';
      if (fs.some((f) => f.level !== 'safe')) return 'lookalike';
      return 'unofficial';
    };
    const entryOf = (fs: Finding[]) => {
      const off = fs.find((f) => f.code === 'OFFICIAL_CHANNEL')?.evidence.official;
      if (!off) return undefined;
      return list.official.find((e) => describeEntry(e) === off)?.id;
    };
    /** A contact point the list names as a known scam ("listed since …, source …"). */
    const known = (
      readAs: LookupResult['readAs'],
      kind: string,
      value: string,
    ): LookupResult | null => {
      const e = knownScamOf(index, kind, value);
      return e
        ? result('scam', readAs, [
            {
              code: 'KNOWN_SCAM',
              level: 'danger',
              evidence: { contact: q, listed: listedOf(index, e) },
            },
          ])
        : null;
    };
    const notOfficial = (readAs: LookupResult['readAs'], what: string): LookupResult =>
      result('unofficial', readAs, [
        { code: 'UNOFFICIAL_CONTACT', level: 'caution', evidence: { contact: what } },
      ]);

    if (!q) return result('unknown', 'text', []);
    const email = /^[^\s@]+@([^\s@]+\.[a-z]{2,})$/i.exec(q);
    if (email) {
      const e = list.official.find((x) => x.kind === 'email' && x.value === q.toLowerCase());
      if (e)
        return result(
          'official',
          'email',
          [{ code: 'OFFICIAL_CHANNEL', level: 'safe', evidence: { official: e.value } }],
          e.id,
        );
      const listed = known('email', 'email', q);
      if (listed) return listed;
      const dom = judgeUrlFindings(email[1]!, index);
      const lookalike = dom.filter((f) => f.level !== 'safe');
      if (lookalike.length) return result('lookalike', 'email', lookalike);
      return notOfficial('email', q);
    }
    const handleUrl =
      /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|x\.com|twitter\.com|github\.com|facebook\.com|youtube\.com|discord\.gg|discord\.com|medium\.com|play\.google\.com|apps\.apple\.com|chromewebstore\.google\.com)\//i.test(
        q,
      );
    if (
      /^@[A-Za-z0-9_.]{2,64}$/.test(q) ||
      (/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(q) && !handleUrl && /[_A-Z]|\d/.test(q) && !/\./.test(q))
    ) {
      const h = q.replace(/^@/, '');
      const listed = known('handle', 'wechat', h);
      if (listed) return listed;
      for (const platform of ['x', 'telegram', 'github', 'facebook', 'youtube', 'discord']) {
        const fs = judgeAccountFindings({ platform, handle: h }, index);
        if (fs.some((f) => f.code === 'OFFICIAL_CHANNEL' || f.code === 'KNOWN_SCAM'))
          return result(classify(fs), 'handle', fs, entryOf(fs));
      }
      const all = ['x', 'telegram'].flatMap((platform) =>
        judgeAccountFindings({ platform, handle: h }, index),
      );
      if (all.some((f) => f.level !== 'safe')) return result('lookalike', 'handle', all);
      if (brandIn(h, index)) {
        return result('lookalike', 'handle', [
          { code: 'BRAND_ACCOUNT_UNOFFICIAL', level: 'caution', evidence: { matched: [h] } },
        ]);
      }
      return notOfficial('handle', q);
    }
    if (
      /^(?:qq|QQ)?\s*[:：]?\s*\d{5,11}$/.test(q) &&
      !/^1[3-9]\d{9}$/.test(q.replace(/\D/g, '')) &&
      q.replace(/\D/g, '').length <= 10 &&
      !/^(?:400|800)/.test(q.replace(/\D/g, ''))
    ) {
      return known('qq', 'qq', q.replace(/\D/g, '')) ?? notOfficial('qq', q);
    }
    const phones = findPhones(normalize(/^[+\d]/.test(q) ? `tel ${q}` : q));
    if (phones.length) {
      for (const p of phones) {
        const listed = known('phone', 'phone', p.value);
        if (listed) return listed;
      }
      return notOfficial('phone', q);
    }
    if (
      /^(?:vip\.)?[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/.test(q) ||
      /^id\d{6,12}$/.test(q) ||
      /^[a-p]{32}$/.test(q)
    ) {
      for (const kind of ['android-app', 'ios-app', 'chrome-extension'] as const) {
        const e = list.official.find((x) => x.kind === kind && x.value === q);
        if (e)
          return result(
            'official',
            'app-id',
            [{ code: 'OFFICIAL_CHANNEL', level: 'safe', evidence: { official: describeEntry(e) } }],
            e.id,
          );
      }
    }
    if (
      handleUrl ||
      /^https?:\/\//i.test(q) ||
      /^[a-z0-9.-]+\.[a-z]{2,}(?:[/?#].*)?$/i.test(q) ||
      /^xn--/i.test(q)
    ) {
      const u = parseUrl(q);
      if (u) {
        const fs = judgeUrlFindings(q, index);
        return result(
          classify(fs),
          /^https?:\/\//i.test(q) || handleUrl ? 'url' : 'domain',
          fs,
          entryOf(fs),
        );
      }
    }
    if (/^[A-Za-z][A-Za-z0-9_-]{4,19}$/.test(q)) return notOfficial('wechat', q);
    const fs = textFindings(q);
    return result(
      fs.some((f) => f.level !== 'safe') ? 'lookalike' : 'unofficial',
      'text',
      fs.length ? fs : [{ code: 'UNOFFICIAL_CONTACT', level: 'caution', evidence: {} }],
    );
  };

  return {
    listVersion: version,
    judge,
    judgeText: (text, lang = 'en', url) =>
      url ? judge({ text, url }, lang) : toVerdict(textFindings(text), lang),
    judgeUrl: (url, lang = 'en') => judge({ url }, lang),
    judgeAccount: (account, lang = 'en') => judge({ account }, lang),
    judgeInput: (input, url, lang = 'en') => judge({ input, ...(url ? { url } : {}) }, lang),
    judgeFields: (values, url, lang = 'en') => {
      const single = values.map((v) => v.trim()).filter(Boolean);
      const joined = single.join(' ');
      const each = single.map((v) => judge({ input: v, ...(url ? { url } : {}) }, lang));
      const all = judge({ input: joined, ...(url ? { url } : {}) }, lang);
      return [all, ...each].sort((a, b) => rank(b.level) - rank(a.level))[0] ?? all;
    },
    lookup,
    mentionsBrand: (text) => analyzeBrand(text, index),
    knownScams: (keys) => {
      const out: Record<string, ScamEntry> = {};
      for (const k of keys) {
        const e = index.scams.get(k);
        if (e) out[k] = e;
      }
      return out;
    },
    explain: (text) => explainText(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, index),
  };
}
