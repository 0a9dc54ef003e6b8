/**
 * Text detection: signals (signals.ts), then rules (rules.ts) on windows of a sentence and its
 * neighbours. A danger finding in a window that reads as a warning, news or a worried question is
 * lowered to caution (WARNING_CONTEXT), unless the window gives the reader a contact of its own: a
 * warning that carries its own phone number is the scam (disclaimer laundering).
 */
import type { OfficialIndex } from './official-index';
import { listedOf } from './official-index';
import { compact, fold, joinCjkGaps, originalSpan } from './normalize';
import type { Folded } from './normalize';
import type { Contact } from './contacts';
import type { Finding } from './finding';
import { rank } from './finding';
import * as L from './lexicon';
import { INVESTMENT, RELEVANT, SIG, brandRegex, signalNames, textSignals } from './signals';
import type { Sentence, SignalName, TextSignals } from './signals';
import { RULES } from './rules';
import { redactSecrets } from './redact';
import type { Rule, Window } from './rules';

export interface TextAnalysis {
  findings: Finding[];
  contacts: Contact[];
  brand: boolean;
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

/** Words without which no rule can use a contact point: contacts are looked for only then. */
const CONTACT_GATE = new RegExp(
  [
    L.N_SUPPORT.source,
    INVESTMENT.source,
    '(?<![a-z])(?:t|wa)\\.me/',
    L.C_SUPPORT.source,
    '@|\\+\\d{6}|(?<![a-z])q\\s*[:：]?\\s*\\d{5}|\\b(?:contact|call|email|e-mail|dial|whatsapp)\\b|qq|扣扣|微信|薇信|vx|wx|wechat|whatsapp|telegram|(?<![a-z])tg(?![a-z])|飞机|电报|出黑|logo|头像|頭像|钱包|錢包|客服|官方|追回|被盗|被骗|usdt|\\b(?:wallet|crypto|bitcoin|btc|eth|exchange|official|recover|stolen|lost|scam|hack|dear|hi|hello|hey)',
  ].join('|'),
);

/** A form that asks for the phrase in a field of its own ("Recovery phrase: ____"). */
function formSecret(n: string): boolean {
  return L.N_FORM_FILL.test(n) && L.N_FORM_SECRET_FIELD.test(n);
}

function windowAt(ts: TextSignals, i: number, extra: number, whole: boolean): Window {
  const from = whole ? 0 : Math.max(0, i - 1);
  const to = whole ? ts.sentences.length - 1 : Math.min(ts.sentences.length - 1, i + 1);
  let mask = extra;
  const sentences: Sentence[] = [];
  const contacts: Window['contacts'] = [];
  for (let j = from; j <= to; j++) {
    const s = ts.sentences[j]!;
    mask |= s.mask;
    sentences.push(s);
    for (const k of s.contacts)
      contacts.push({ contact: ts.contacts[k]!, cls: ts.classes[k]!, sentence: s });
  }
  return {
    mask,
    centre: ts.sentences[i]!,
    sentences,
    contacts,
    addressed: ts.addressed,
    doc: ts.doc,
    phoneSpam: ts.phoneSpam,
    deceptiveLink: ts.deceptiveLink,
    short: ts.short,
    portal: ts.portal,
    invest: ts.investShort,
    phoneMarks: ts.phoneMarks,
  };
}

/**
 * A window reads as a warning or news, and gives the reader no contact of its own: a phone number
 * or messenger that is not quoted as the scammer's, or a link in a sentence that invites to it.
 */
function warningOnly(w: Window, rule?: Rule): boolean {
  if (!(w.mask & SIG.warning)) return false;
  if (rule?.keepInWarning?.(w)) return false;
  return !w.contacts.some((k) => {
    if (k.sentence.mask & SIG.quoted) return false;
    if (k.cls === 'private') return true;
    return (
      (k.cls === 'offsite' || k.cls === 'chat' || k.cls === 'lookalike') &&
      (k.sentence.mask & SIG.invite) !== 0
    );
  });
}

interface Hit {
  rule: Rule;
  window: Window;
  at: Sentence | Contact | true;
}

function isContact(x: Sentence | Contact | true): x is Contact {
  return x !== true && 'kind' in x;
}

/** Every rule that holds, once per code at its highest level, with the window where it held. */
function evaluate(ts: TextSignals, extra: number): Hit[] {
  const best = new Map<string, Hit>();
  // A short message (a comment, a chat line) is one unit: read whole.
  const whole = ts.short;
  for (let i = 0; i < (whole ? Math.min(1, ts.sentences.length) : ts.sentences.length); i++) {
    const w = windowAt(ts, i, extra, whole);
    if (!w.mask && !w.contacts.length && !ts.invest) continue;
    for (const rule of RULES) {
      const prev = best.get(rule.code);
      if (prev && rank(prev.rule.level) >= rank(rule.level) && !warningOnly(prev.window, prev.rule))
        continue;
      const at = rule.when(w);
      if (!at) continue;
      // Keep the strongest: a higher level, or the same level outside a warning.
      if (prev && rank(prev.rule.level) > rank(rule.level)) continue;
      if (prev && rank(prev.rule.level) === rank(rule.level) && warningOnly(w, rule)) continue;
      best.set(rule.code, { rule, window: w, at });
    }
  }
  return [...best.values()];
}

function signalsOf(original: string, index: OfficialIndex) {
  const f = joinCjkGaps(fold(original));
  const n = f.text;
  const c = compact(f).text;
  const withContacts = CONTACT_GATE.test(n) || CONTACT_GATE.test(c);
  const extra = formSecret(n) ? SIG.secretAsk : 0;
  const ts = textSignals(n, c, index, withContacts, extra);
  return { f, n, ts, extra };
}

export function analyzeText(original: string, index: OfficialIndex): TextAnalysis {
  if (!RELEVANT.test(original)) return NOTHING;
  const { f, ts, extra } = signalsOf(original, index);
  const hits = evaluate(ts, extra);
  const brand = ts.sentences.some((s) => s.mask & SIG.brand);
  if (!hits.length) return { findings: [], contacts: ts.contacts, brand };
  const findings: Finding[] = [];
  let demoted: Window | null = null;
  for (const h of hits) {
    let level = h.rule.level;
    if (level === 'danger' && warningOnly(h.window, h.rule)) {
      level = 'caution';
      demoted ??= h.window;
    }
    const evidence = evidenceOf(h, f, original);
    if (h.rule.code === 'KNOWN_SCAM' && isContact(h.at) && h.at.known)
      evidence.listed = listedOf(index, h.at.known);
    findings.push({ code: h.rule.code, level, evidence });
  }
  if (demoted && !findings.some((x) => x.level === 'danger')) {
    const s = demoted.sentences.find((x) => x.mask & SIG.warning) ?? demoted.centre;
    findings.push({
      code: 'WARNING_CONTEXT',
      level: 'caution',
      evidence: { matched: [excerpt(original, f, s)], span: spanOf(f, original, s) },
    });
  } else if (demoted) {
    // A danger elsewhere in the text: the warning does not vouch for it.
    for (const x of findings) if (x.code === 'WARNING_CONTEXT') x.level = 'caution';
  }
  return { findings, contacts: ts.contacts, brand };
}

function spanOf(f: Folded, original: string, s: Sentence): [number, number] {
  return originalSpan(f, s.start, s.start + s.n.length, original);
}

/** A sentence as evidence: the engine's caller redacts secrets from it, then shortens it. */
function excerpt(original: string, f: Folded, s: Sentence): string {
  const t = original.slice(...spanOf(f, original, s)).trim();
  return t.length > 400 ? t.slice(0, 400) : t;
}

/** A sentence as shown by --explain: secrets redacted, then shortened. */
function shown(original: string, f: Folded, s: Sentence): string {
  const t = redactSecrets(excerpt(original, f, s)).replace(/(?:0x)?[0-9a-f]{16,}/gi, '[…]');
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}

function evidenceOf(h: Hit, f: Folded, original: string): Finding['evidence'] {
  const at = h.at;
  if (isContact(at)) {
    const span = originalSpan(f, at.start, at.end, original);
    return { contact: original.slice(...span).trim(), span };
  }
  const s = at === true ? h.window.centre : at;
  return { matched: [excerpt(original, f, s)], span: spanOf(f, original, s) };
}

/** What the engine read in a text, for `scan --explain`: each window with signals or contacts. */
export interface Explanation {
  windows: { text: string; signals: SignalName[]; contacts: string[] }[];
  rules: { code: string; level: string; means: string; window: string; demoted: boolean }[];
}

export function explainText(original: string, index: OfficialIndex): Explanation {
  const out: Explanation = { windows: [], rules: [] };
  if (!RELEVANT.test(original)) return out;
  const { f, ts, extra } = signalsOf(original, index);
  for (const s of ts.sentences) {
    if (!s.mask && !s.contacts.length) continue;
    out.windows.push({
      text: shown(original, f, s),
      signals: signalNames(s.mask),
      contacts: s.contacts.map((k) => `${ts.contacts[k]!.kind}:${ts.classes[k]!}`),
    });
  }
  for (const h of evaluate(ts, extra)) {
    out.rules.push({
      code: h.rule.code,
      level: h.rule.level,
      means: h.rule.means,
      window: h.window.sentences.map((s) => shown(original, f, s)).join(' ⏐ '),
      demoted: h.rule.level === 'danger' && warningOnly(h.window, h.rule),
    });
  }
  return out;
}
