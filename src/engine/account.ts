import type { Account } from './types';
import type { ChannelKind } from '../list/schema';
import type { OfficialIndex } from './official-index';
import { describeEntry, listedOf } from './official-index';
import { normalize, skeleton } from './normalize';
import { editDistance, leet } from './distance';
import type { Finding } from './finding';
import { brandIn } from './domain';
import * as L from './lexicon';

const PLATFORM_KIND: Record<string, ChannelKind> = {
  x: 'x',
  twitter: 'x',
  telegram: 'telegram',
  tg: 'telegram',
  discord: 'discord',
  youtube: 'youtube',
  facebook: 'facebook',
  github: 'github',
  medium: 'medium',
};

/** Role words that, in an account's own name, claim a position the account does not hold. */
const NAME_ROLE =
  /support|help|helpdesk|care|service|admin|mod|official|kefu|kf|客服|官方|管理|售后|技术|团队|team|desk|assist|center|centre|security|cs(?![a-z])|✅|☑|✔/;

function cleanHandle(h: string): string {
  return h
    .trim()
    .replace(/^@/, '')
    .replace(/^https?:\/\/[^/]+\//, '');
}

/** Judge an account: official, a near-copy of an official one, or an impersonator. */
export function judgeAccountFindings(account: Account, index: OfficialIndex): Finding[] {
  const handle = cleanHandle(account.handle ?? '');
  const kind = PLATFORM_KIND[account.platform?.toLowerCase() ?? ''];
  const lower = handle.toLowerCase();
  if (kind) {
    const off = index.values.get(`${kind}:${lower}`);
    if (off)
      return [
        { code: 'OFFICIAL_CHANNEL', level: 'safe', evidence: { official: describeEntry(off) } },
      ];
    const scam = index.scams.get(`${kind}:${lower}`);
    if (scam)
      return [
        {
          code: 'KNOWN_SCAM',
          level: 'danger',
          evidence: { matched: [handle], listed: listedOf(index, scam) },
        },
      ];
  }
  const findings: Finding[] = [];
  const display = account.displayName ?? '';
  const bio = account.bio ?? '';
  const hSkel = leet(skeleton(handle));

  // One or two characters away from an official handle on the same platform.
  const officials = kind ? (index.handles.get(kind) ?? []) : [];
  for (const o of officials) {
    if (o.skel.length < 5) continue;
    const d = hSkel === o.skel ? 0 : editDistance(hSkel, o.skel, 2);
    const rawD = editDistance(lower, o.value, 2);
    if ((d <= (o.skel.length >= 10 ? 2 : 1) || rawD <= 1) && lower !== o.value) {
      findings.push({
        code: 'LOOKALIKE_ACCOUNT',
        level: 'danger',
        evidence: { matched: [handle], imitates: describeEntry(o.entry) },
      });
      return findings;
    }
  }

  const nameText = `${handle} ${display}`;
  const brandInName =
    brandIn(handle, index) ?? brandIn(display, index) ?? chineseBrand(nameText, index);
  if (!brandInName) return findings;

  const names = normalize(nameText);
  const stripped = names.replace(/unofficial|not official|非官方|不是官方/g, ' ');
  const nameClaims = NAME_ROLE.test(stripped) || NAME_ROLE.test(skeleton(stripped));
  const nbio = normalize(bio);
  const bioClaims =
    L.C_OFFICIAL.test(skeleton(bio)) ||
    L.N_OFFICIAL.test(nbio) ||
    L.C_SUPPORT.test(skeleton(bio)) ||
    /\b(?:support|customer care|help ?desk|dm (?:us|me|open)|message (?:us|an admin))\b/.test(nbio);
  const disclaims = L.N_DISCLAIMER.test(names) || L.N_DISCLAIMER.test(nbio);
  const nameIsBrand =
    index.brandSkeletons.includes(skeleton(display)) || index.brandSkeletons.includes(hSkel);
  const imitates = officials[0] ? describeEntry(officials[0].entry) : undefined;

  if (nameClaims || nameIsBrand || (bioClaims && !disclaims)) {
    findings.push({
      code: 'IMPERSONATING_ACCOUNT',
      level: 'danger',
      evidence: { matched: [handle, display].filter(Boolean), imitates },
    });
  } else {
    findings.push({
      code: 'BRAND_ACCOUNT_UNOFFICIAL',
      level: 'caution',
      evidence: { matched: [handle, display].filter(Boolean), imitates },
    });
  }
  return findings;
}

function chineseBrand(s: string, index: OfficialIndex): string | null {
  const sk = skeleton(s);
  for (const b of index.brandSkeletons) if (!/^[a-z0-9]+$/.test(b) && sk.includes(b)) return b;
  return null;
}
