/**
 * Known scam sites from the signed list (its entries and groups, bundled or updated) are stopped by
 * the browser itself, before the first byte of the page or frame loads: declarative rules that
 * send the request to the extension's warning page. The webNavigation check (nav-filter.ts) needs
 * its filters when the worker starts, so it covers the bundled list's sites only; these rules
 * follow every list update, and hold 100,000 sites without waking the worker for any of them.
 * The hosts the user chose to visit anyway, and the extension switched off, lift them.
 */
import type { OfficialList } from '../list/schema';

/** The rules' ids: ours alone in the extension's dynamic rules. */
export const FIRST_RULE_ID = 1000;
/** Sites per rule (one rule, one list of domains: a few large rules, not one rule per site). */
export const SITES_PER_RULE = 5000;
const MAX_RULES = 200;

export interface SiteRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    requestDomains: string[];
    excludedRequestDomains?: string[];
    resourceTypes: ('main_frame' | 'sub_frame')[];
  };
}

/** The list's known scam sites (hosts, lowercased, deduplicated). */
export function scamSitesOf(list: OfficialList): string[] {
  const hosts = new Set<string>();
  for (const s of list.knownScams) if (s.kind === 'website') hosts.add(s.value.toLowerCase());
  for (const g of list.knownScamGroups ?? [])
    if (g.kind === 'website') for (const v of g.values) hosts.add(v.toLowerCase());
  return [...hosts].filter((h) => /^[a-z0-9.-]+$/.test(h) && h.includes('.')).sort();
}

/**
 * The rules for these sites (a site's subdomains too: requestDomains matches them), each sending
 * the whole address to the warning page after `#raw=` (a fragment: the address is not re-encoded
 * and keeps its own `?` and `&`).
 */
export function scamSiteRules(sites: string[], bypass: string[], warningUrl: string): SiteRule[] {
  const rules: SiteRule[] = [];
  const excluded = bypass.map((h) => h.toLowerCase()).filter(Boolean);
  for (let i = 0; i < sites.length && rules.length < MAX_RULES; i += SITES_PER_RULE) {
    rules.push({
      id: FIRST_RULE_ID + rules.length,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${warningUrl}#raw=\\0` } },
      condition: {
        regexFilter: '^https?://.*$',
        requestDomains: sites.slice(i, i + SITES_PER_RULE),
        ...(excluded.length ? { excludedRequestDomains: excluded } : {}),
        resourceTypes: ['main_frame', 'sub_frame'],
      },
    });
  }
  return rules;
}

export interface RulesApi {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(u: { removeRuleIds?: number[]; addRules?: SiteRule[] }): Promise<void>;
}

/** Replaces our rules with these (the extension's other dynamic rules, if any, are left alone). */
export async function applySiteRules(api: RulesApi, rules: SiteRule[]): Promise<void> {
  const old = (await api.getDynamicRules())
    .map((r) => r.id)
    .filter((id) => id >= FIRST_RULE_ID && id < FIRST_RULE_ID + MAX_RULES);
  await api.updateDynamicRules({ removeRuleIds: old, addRules: rules });
}
