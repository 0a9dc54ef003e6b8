import { toASCII } from 'punycode/punycode.es6.js';
import { VALUE_FORMAT } from './schema';
import { redactSecrets } from '../engine/redact';
import type { OfficialList } from './schema';

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
    if (!VALUE_FORMAT[e.kind].test(e.value))
      problems.push(`${where}: "${e.value}" is not a normalized ${e.kind} value`);
    if (e.kind === 'website' || e.kind === 'email') {
      const host = e.kind === 'email' ? (e.value.split('@')[1] ?? '') : e.value;
      let ascii = host;
      try {
        ascii = toASCII(host.toLowerCase());
      } catch {
        problems.push(`${where}: host cannot be converted to punycode`);
      }
      if (ascii !== host) problems.push(`${where}: host must be lower-case punycode ("${ascii}")`);
      if (e.kind === 'website' && host.startsWith('www.'))
        problems.push(`${where}: list the apex, not www.`);
    }
    if (e.value.startsWith('@')) problems.push(`${where}: handles are stored without "@"`);
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
  return problems;
}
