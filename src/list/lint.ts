import { toASCII } from 'punycode/punycode.es6.js';
import { VALUE_FORMAT } from './schema';
import { redactSecrets } from '../engine/redact';
import type { OfficialList, ScamKind } from './schema';

/** What is wrong with one value of a kind (normal form, punycode host, apex, no "@"). */
function valueProblems(kind: ScamKind, value: string): string[] {
  const out: string[] = [];
  if (!VALUE_FORMAT[kind].test(value)) out.push(`"${value}" is not a normalized ${kind} value`);
  if (kind === 'website' || kind === 'email') {
    const host = kind === 'email' ? (value.split('@')[1] ?? '') : value;
    let ascii = host;
    try {
      ascii = toASCII(host.toLowerCase());
    } catch {
      out.push('host cannot be converted to punycode');
    }
    if (ascii !== host) out.push(`host must be lower-case punycode ("${ascii}")`);
    if (kind === 'website' && host.startsWith('www.')) out.push('list the apex, not www.');
  }
  if (value.startsWith('@')) out.push('handles are stored without "@"');
  return out;
}

/** Problems that make a list unfit to sign or to trust, in plain words. Empty means clean. */
export function lintList(list: OfficialList): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(list.sources.map((s) => s.id));
  if (Date.parse(list.expiresAt) <= Date.parse(list.issuedAt))
    problems.push('expiresAt must be after issuedAt');
  const ids = new Set<string>();
  const officialKeys = new Set<string>();
  const check = (
    section: 'official' | 'knownScams',
    e: OfficialList['official'][number] | OfficialList['knownScams'][number],
  ) => {
    const where = `${section} ${e.id}`;
    if (ids.has(e.id)) problems.push(`${where}: duplicate id`);
    ids.add(e.id);
    for (const p of valueProblems(e.kind, e.value)) problems.push(`${where}: ${p}`);
    for (const s of e.sources)
      if (!sourceIds.has(s)) problems.push(`${where}: unknown source "${s}"`);
    if (e.includeSubdomains !== undefined && e.kind !== 'website')
      problems.push(`${where}: includeSubdomains is for websites only`);
    if (e.telegramType !== undefined && e.kind !== 'telegram')
      problems.push(`${where}: telegramType is for Telegram only`);
  };
  const keyOf = (e: { kind: string; value: string }) => `${e.kind}:${e.value.toLowerCase()}`;
  for (const e of list.official) {
    check('official', e);
    const k = keyOf(e);
    if (officialKeys.has(k)) problems.push(`official ${e.id}: duplicate ${k}`);
    officialKeys.add(k);
    if (!e.sources.length) problems.push(`official ${e.id}: no source`);
  }
  const scamKeys = new Set<string>();
  const issuedDay = list.issuedAt.slice(0, 10);
  for (const e of list.knownScams) {
    check('knownScams', e);
    if (e.firstSeen > issuedDay || Number.isNaN(Date.parse(e.firstSeen)))
      problems.push(`knownScams ${e.id}: firstSeen ${e.firstSeen} is not a past day`);
    if (e.evidence && redactSecrets(e.evidence) !== e.evidence)
      problems.push(`knownScams ${e.id}: evidence may hold a seed phrase or key`);
    const k = keyOf(e);
    if (scamKeys.has(k)) problems.push(`knownScams ${e.id}: duplicate ${k}`);
    scamKeys.add(k);
    if (officialKeys.has(k)) problems.push(`knownScams ${e.id}: ${k} is also listed as official`);
  }
  for (const g of list.knownScamGroups ?? []) {
    const where = `knownScamGroups ${g.id}`;
    if (ids.has(g.id)) problems.push(`${where}: duplicate id`);
    ids.add(g.id);
    for (const s of g.sources)
      if (!sourceIds.has(s)) problems.push(`${where}: unknown source "${s}"`);
    if (g.firstSeen > issuedDay || Number.isNaN(Date.parse(g.firstSeen)))
      problems.push(`${where}: firstSeen ${g.firstSeen} is not a past day`);
    // One format test a value; the slower host checks only for sites and e-mail (and only the
    // first few problems are told: a broken group of 100,000 must not make a message of them all).
    const slow = g.kind === 'website' || g.kind === 'email';
    const format = VALUE_FORMAT[g.kind];
    let told = 0;
    for (const v of g.values) {
      const ps = slow ? valueProblems(g.kind, v) : format.test(v) ? [] : valueProblems(g.kind, v);
      const k = `${g.kind}:${v.toLowerCase()}`;
      if (scamKeys.has(k)) ps.push(`duplicate ${k}`);
      scamKeys.add(k);
      if (officialKeys.has(k)) ps.push(`${k} is also listed as official`);
      for (const p of ps) if (told++ < 20) problems.push(`${where}: ${p}`);
    }
    if (told > 20) problems.push(`${where}: ${told - 20} more problems`);
  }
  return problems;
}
