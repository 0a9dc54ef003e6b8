import type { OfficialIndex } from './official-index';
import { compact, compactText, fold, originalSpan } from './normalize';
import { contactLevel, findContacts } from './contacts';
import type { Contact } from './contacts';
import type { Finding } from './finding';
import * as L from './lexicon';
import { escapeRegExp } from './match';

/** A list of words as one pattern whose alternatives share their prefixes (one branch per letter). */
function wordsPattern(words: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Cheap pre-check: text with none of these cannot produce a finding (after folding). For each rule,
 * the words it cannot fire without are here (for a rule that needs one of several groups, every
 * word of one group): the brand (also spaced or dotted, "T P 钱包"), secrets, fees, wallets and
 * funds, transfers to "safe accounts", recovery offers, staff claims, remote-control apps. It runs
 * on the original text, so traditional forms are listed too; any link counts (its host may imitate
 * the brand in leetspeak), and so does any character outside plain ASCII and CJK (a homoglyph, a
 * zero-width character): such text is worth folding.
 */
const RELEVANT = new RegExp(
  [
    't[\\s\\W_]{0,3}p',
    wordsPattern([
      ...['token', 'wallet', 'seed', 'phrase', 'mnemonic', 'key', 'word', 'backup', 'support'],
      ...['admin', 'help', 'care', 'ticket', 'fee', 'tax', 'deposit', 'fund', 'asset', 'airdrop'],
      ...['recover', 'stolen', 'hack', 'trace', 'reverse', 'verif', 'usdt', 'crypto', 'kefu'],
      ...['qianbao', 'zhujici', 'zjc', 'siyao', 'safe account', 'secure account', 'todesk'],
      ...['anydesk', 'teamviewer', 'rustdesk', 'screen shar'],
    ]),
    '\\b(?:eth|trx|bsc)\\b',
    '[钱錢客助私冻凍解费費转轉盗盜追资資微扣飞飛空钥鑰服官税稅]|[账帐賬帳][户戶]',
    wordsPattern([
      ...[
        '单词',
        '單詞',
        '备份',
        '備份',
        '短语',
        '短語',
        '保证金',
        '保證金',
        '余额',
        '餘額',
        '信用分',
      ],
      ...[
        '安全地址',
        '验证地址',
        '驗證地址',
        '财务',
        '財務',
        '测试交易',
        '測試交易',
        '支持',
        '管理',
      ],
      ...[
        '技术',
        '技術',
        '工作人员',
        '工作人員',
        '团队',
        '團隊',
        '工单',
        '工單',
        '专属',
        '專屬',
        '提币',
      ],
      ...['提幣', '帮你查', '幫你查', '向日葵', '远程', '遠程', '屏幕共享'],
    ]),
    '[a-z0-9-]\\.[a-z]{2}',
    '[^\\t\\n\\r\\u0020-\\u007e\\u4e00-\\u9fff\\u3000-\\u303f\\uff0c\\uff1a\\uff1f\\uff01]',
  ].join('|'),
  'i',
);

const brandCache = new WeakMap<OfficialIndex, RegExp>();

function brandRegex(index: OfficialIndex): RegExp {
  let re = brandCache.get(index);
  if (!re) {
    const names = [...index.brandSkeletons].sort((a, b) => b.length - a.length);
    const parts = names.map((n) =>
      /^[a-z]{1,3}/.test(n) && n.length < 8 ? `(?<![a-z])${escapeRegExp(n)}` : escapeRegExp(n),
    );
    for (const a of index.aliasSkeletons) {
      parts.push(`(?<![a-z])${escapeRegExp(a)}(?:钱包|qianbao|钱bao|qian包|qb(?![a-z])|wallet)`);
    }
    re = new RegExp(parts.join('|'));
    brandCache.set(index, re);
  }
  return re;
}

/**
 * C_SECRET without its edge look-arounds: a superset of it on the whole compact text. A sentence's
 * compact text is a piece of the whole one, where a neighbouring sentence may sit right before
 * "zjc"; this gate still sees it.
 */
const C_SECRET_ANY = new RegExp(L.C_SECRET.source.replace(/\(\?<?[!=][^()]*\)/g, ''));

export interface TextAnalysis {
  findings: Finding[];
  contacts: Contact[];
  brand: boolean;
}

interface Sentence {
  n: string;
  /** Compact text, computed on first use (only secret requests read it). */
  c?: string;
  start: number;
}

function compactOf(s: Sentence): string {
  return (s.c ??= compactText(s.n));
}

function sentences(n: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[。！？!?；;\n]+|\.(?:\s|$)/g;
  let last = 0;
  for (const m of n.matchAll(re)) {
    const end = m.index + m[0].length;
    pushSentence(out, n.slice(last, end), last);
    last = end;
  }
  if (last < n.length) pushSentence(out, n.slice(last), last);
  return out;
}

function pushSentence(out: Sentence[], s: string, start: number) {
  const t = s.trim();
  if (t) out.push({ n: t, start });
}

const QUOTE = /[“「『"]/;

/** Text with quoted passages blanked: a quoted scam line is not the author's own instruction. */
function unquoted(n: string): string {
  if (!QUOTE.test(n)) return n;
  return n.replace(/“[^”\n]{0,120}”|「[^」\n]{0,120}」|『[^』\n]{0,120}』|"[^"\n]{0,120}"/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** A value computed on first use, then remembered. */
function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

function negated(s: Sentence): boolean {
  return L.C_NEGATION.test(compactOf(s)) || L.N_NEGATION.test(s.n);
}

function question(s: Sentence): boolean {
  return L.N_QUESTION.test(s.n);
}

function matchText(re: RegExp, s: string): string | undefined {
  return re.exec(s)?.[0]?.trim();
}

export function analyzeBrand(original: string, index: OfficialIndex): boolean {
  return brandRegex(index).test(compact(fold(original.slice(0, 10_000))).text);
}

/** The answer for most text (shared, frozen: nothing to allocate). */
const NOTHING: TextAnalysis = Object.freeze({
  findings: Object.freeze([]) as unknown as Finding[],
  contacts: Object.freeze([]) as unknown as Contact[],
  brand: false,
});

export function analyzeText(original: string, index: OfficialIndex): TextAnalysis {
  if (!RELEVANT.test(original)) return NOTHING;
  const f = fold(original);
  const n = f.text;
  const cf = compact(f);
  const c = cf.text;

  const brandMatch = brandRegex(index).exec(c);
  const B = brandMatch !== null;
  const nq = once(() => unquoted(n));

  const S = L.C_SUPPORT.test(c) || L.N_SUPPORT.test(n);
  const OFFER = L.C_SERVICE_OFFER.test(c) || L.N_SERVICE_OFFER.test(n) || /\bsolved\b/.test(n);
  const O = L.C_OFFICIAL.test(c) || L.N_OFFICIAL.test(n);
  const STAFF = L.N_STAFF_CLAIM.test(n);
  // Signals that only some rules read are looked for when a rule asks (each at most once).
  const W = once(() => L.N_WARNING.test(n));
  const ASKER = once(() => L.N_ASKER.test(n));
  const INV = once(() => L.N_INVITE.test(nq()));
  const DM_OFFER = once(() => L.N_DM_OFFER.test(nq()));
  const WALLET = L.N_WALLET.test(n);
  const PRETEXT = once(() => L.N_PRETEXT.test(n));
  const THREAT = once(() => L.N_THREAT.test(n));
  const URG = once(() => L.N_URGENCY.test(n));
  const REC = once(() => L.N_RECOVERY.test(n) && L.N_STOLEN.test(n));

  // Contacts and sentences cost the most: look for them only where a rule could use them.
  const contacts = B || S || WALLET || STAFF || O || REC() ? findContacts(n, index) : [];
  // Each sentence-level rule needs its words somewhere in the text: a sentence's match is a match
  // in the whole text (no pattern is anchored), so a rule whose words are absent is skipped, and a
  // text with none of them is never split.
  const anySecret = C_SECRET_ANY.test(c) || L.N_SECRET.test(n);
  const anyFee = L.N_FEE.test(n);
  const anyApp = L.N_FAKE_APP.test(n) && L.N_INSTALL.test(n);
  const anyXfer = L.N_ASSET_TRANSFER.test(n);
  const anyImport = L.N_WALLET_IMPORT.test(n);
  const sents =
    anySecret || anyFee || anyApp || anyXfer || anyImport ? sentences(n) : ([] as Sentence[]);

  const unofficial = contacts.filter((k) => !k.official);
  const links = unofficial.filter((k) => k.kind === 'url');
  const dangerLinks = links.filter((k) => contactLevel(k) === 'danger');
  const privateContacts = unofficial.filter(
    (k) =>
      k.kind !== 'url' ||
      /^(?:https?:\/\/)?(?:t\.me|discord\.gg|discord\.com\/invite|wa\.me|line\.me)/.test(k.value),
  );
  const messengers = privateContacts.filter((k) =>
    ['qq', 'wechat', 'telegram', 'line', 'app'].includes(k.kind),
  );

  // Sentence-level signals: a negated sentence is advice, a question is a question.
  let SR: Sentence | null = null;
  let FEE: Sentence | null = null;
  let FAKEAPP: Sentence | null = null;
  let XFER: Sentence | null = null;
  let IMPORT: Sentence | null = null;
  const isSecret = (s: Sentence) => L.N_SECRET.test(s.n) || L.C_SECRET.test(compactOf(s));
  for (const s of sents) {
    const secret = anySecret && !SR && isSecret(s);
    const fee = anyFee && !FEE && L.N_FEE.test(s.n);
    const app = anyApp && !FAKEAPP && L.N_FAKE_APP.test(s.n) && L.N_INSTALL.test(s.n);
    const xfer = anyXfer && !XFER && L.N_ASSET_TRANSFER.test(s.n);
    const imp = anyImport && !IMPORT && L.N_WALLET_IMPORT.test(s.n);
    if (!(secret || fee || app || xfer || imp) || negated(s)) continue;
    if (secret && !question(s)) {
      if (
        (L.C_SECRET_VERB.test(compactOf(s)) || L.N_SECRET_VERB.test(s.n)) &&
        L.N_ADDRESSEE.test(s.n)
      )
        SR = s;
    }
    if (fee) FEE = s;
    if (app) FAKEAPP = s;
    if (xfer) XFER = s;
    if (imp) IMPORT = s;
  }
  if (!SR && anySecret && L.N_FORM_FILL.test(n) && L.N_FORM_SECRET_FIELD.test(n)) {
    SR = sents.find(isSecret) ?? null;
  }

  const findings: Finding[] = [];
  const span = (s: number, e: number): [number, number] => originalSpan(f, s, e, original);
  const sentSpan = (s: Sentence) => span(s.start, s.start + s.n.length);
  // The brand as written in the original text: only a finding that quotes it needs the span.
  const brandEv = (): string[] =>
    brandMatch
      ? [
          original.slice(
            ...originalSpan(
              cf,
              brandMatch.index,
              brandMatch.index + brandMatch[0].length,
              original,
            ),
          ),
        ]
      : [];
  const matched = (...xs: (string | undefined)[]) =>
    xs.filter((x): x is string => !!x && x.length < 80);
  const contactEv = (k: Contact) => original.slice(...span(k.start, k.end)).trim();

  if (SR) {
    findings.push({
      code: 'SECRET_REQUEST',
      level: 'danger',
      evidence: {
        matched: matched(matchText(L.N_SECRET, SR.n) ?? matchText(L.C_SECRET, compactOf(SR))),
        span: sentSpan(SR),
      },
    });
  }
  for (const k of dangerLinks) {
    const lf = k.urlFindings?.find((x) => x.level === 'danger');
    findings.push({
      code: 'LOOKALIKE_LINK',
      level: 'danger',
      evidence: {
        contact: contactEv(k),
        imitates: lf?.evidence.imitates,
        span: span(k.start, k.end),
      },
    });
  }
  const claim = S || O || STAFF || OFFER;
  if (
    privateContacts.length &&
    ((B && claim) || (S && messengers.length && (WALLET || /工单|专属|ticket/.test(n))))
  ) {
    const k = privateContacts[0]!;
    findings.push({
      code: 'FAKE_SUPPORT_CONTACT',
      level: 'danger',
      evidence: {
        contact: contactEv(k),
        matched: matched(...brandEv(), matchText(L.C_SUPPORT, c) ?? matchText(L.N_SUPPORT, n)),
        span: span(k.start, k.end),
      },
    });
  } else if (privateContacts.length && B) {
    const k = privateContacts[0]!;
    findings.push({
      code: 'UNOFFICIAL_CONTACT',
      level: 'caution',
      evidence: { contact: contactEv(k), span: span(k.start, k.end) },
    });
  }
  const suspiciousHost = links.some((k) =>
    /verify|sync|claim|airdrop|support|help|desk|fix|rectif|ticket|chat|wallet|kefu|app|global|migrat|tp|token|refund|check|secur|connect|bit\.ly|live/.test(
      k.value,
    ),
  );
  if (
    links.length &&
    (B || WALLET) &&
    PRETEXT() &&
    (S || O || STAFF || URG() || THREAT() || IMPORT || FEE || (B && suspiciousHost))
  ) {
    const k = links[0]!;
    findings.push({
      code: IMPORT && !B ? 'WALLET_IMPORT_LURE' : 'LINK_LURE',
      level: 'danger',
      evidence: {
        contact: contactEv(k),
        matched: matched(matchText(L.N_PRETEXT, n)),
        span: span(k.start, k.end),
      },
    });
  } else if (IMPORT && PRETEXT() && (B || links.length)) {
    findings.push({
      code: 'WALLET_IMPORT_LURE',
      level: 'danger',
      evidence: {
        matched: matched(matchText(L.N_WALLET_IMPORT, IMPORT.n)),
        span: sentSpan(IMPORT),
      },
    });
  }
  if (FEE && (B || THREAT() || S || WALLET)) {
    findings.push({
      code: 'FEE_LURE',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_FEE, FEE.n)), span: sentSpan(FEE) },
    });
  }
  if (XFER) {
    findings.push({
      code: 'ASSET_TRANSFER_LURE',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_ASSET_TRANSFER, XFER.n)), span: sentSpan(XFER) },
    });
  }
  if (REC() && (unofficial.length || FEE || INV())) {
    findings.push({
      code: 'RECOVERY_SCAM',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_RECOVERY, n)) },
    });
  }
  if (FAKEAPP && (B || WALLET)) {
    findings.push({
      code: 'FAKE_APP',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_FAKE_APP, FAKEAPP.n)), span: sentSpan(FAKEAPP) },
    });
  }
  if (L.N_REMOTE.test(n) && (B || S || WALLET)) {
    findings.push({
      code: 'REMOTE_CONTROL',
      level: S || INV() ? 'danger' : 'caution',
      evidence: { matched: matched(matchText(L.N_REMOTE, n)) },
    });
  }
  if (B && THREAT() && PRETEXT() && URG()) {
    findings.push({
      code: 'ACCOUNT_THREAT',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_THREAT, n), matchText(L.N_URGENCY, n)) },
    });
  } else if (B && THREAT() && URG()) {
    findings.push({
      code: 'URGENCY',
      level: 'caution',
      evidence: { matched: matched(matchText(L.N_THREAT, n), matchText(L.N_URGENCY, n)) },
    });
  }
  if (STAFF) {
    const strong =
      PRETEXT() ||
      THREAT() ||
      SR ||
      unofficial.length > 0 ||
      FEE ||
      XFER ||
      /私聊|reaching out|reply here|私信/.test(n);
    findings.push({
      code: 'STAFF_IMPERSONATION',
      level: strong ? 'danger' : 'caution',
      evidence: { matched: matched(matchText(L.N_STAFF_CLAIM, n)) },
    });
  }
  if (B && S && O && !findings.some((x) => x.level === 'danger') && L.N_DM_US.test(nq())) {
    findings.push({
      code: 'SUPPORT_OFFER',
      level: 'danger',
      evidence: { matched: matched(matchText(L.N_DM_US, nq())) },
    });
  } else if (
    (B || WALLET) &&
    (S || OFFER || O) &&
    !findings.some((x) => x.level === 'danger') &&
    DM_OFFER()
  ) {
    findings.push({
      code: 'SUPPORT_OFFER',
      level: 'caution',
      evidence: { matched: matched(matchText(L.N_DM_OFFER, nq())) },
    });
  }

  // A warning or a worried question that quotes a scam is not the scam itself.
  if (findings.some((x) => x.level === 'danger') && ((W() && !INV()) || ASKER())) {
    for (const x of findings) if (x.level === 'danger') x.level = 'caution';
    findings.push({
      code: 'WARNING_CONTEXT',
      level: 'caution',
      evidence: { matched: matched(matchText(L.N_WARNING, n) ?? matchText(L.N_ASKER, n)) },
    });
  }
  return { findings, contacts, brand: B };
}
