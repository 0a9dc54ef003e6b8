import { describe, expect, it } from 'vitest';
import { LIST } from '../helpers/list';
import {
  FIRST_RULE_ID,
  SITES_PER_RULE,
  applySiteRules,
  scamSiteRules,
  scamSitesOf,
} from '../../src/background/scam-sites';
import type { SiteRule } from '../../src/background/scam-sites';

describe('known scam sites as the browser’s own rules', () => {
  it('take the list’s sites from its entries and its groups, once each', () => {
    const list = structuredClone(LIST);
    list.knownScamGroups = [
      {
        id: 'g1',
        kind: 'website',
        values: ['Scam-Help.example', 'tokenpocket.biz'],
        label: { zh_CN: '组', zh_TW: '組', en: 'group' },
        sources: [list.sources[0]!.id],
        firstSeen: '2026-01-01',
      },
    ];
    const sites = scamSitesOf(list);
    expect(sites).toContain('scam-help.example');
    expect(sites.filter((s) => s === 'tokenpocket.biz')).toHaveLength(1);
    expect(sites).not.toContain('12094347173');
  });

  it('hold 100,000 sites in a few rules, each sending the whole address to the warning page', () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `s${i}.example`);
    const rules = scamSiteRules(sites, ['s5.example'], 'chrome-extension://x/warning.html');
    expect(rules).toHaveLength(100_000 / SITES_PER_RULE);
    expect(rules.map((r) => r.id)).toEqual(rules.map((_, i) => FIRST_RULE_ID + i));
    expect(rules.flatMap((r) => r.condition.requestDomains)).toHaveLength(100_000);
    for (const r of rules) {
      expect(r.action.redirect.regexSubstitution).toBe('chrome-extension://x/warning.html#raw=\\0');
      expect(r.condition.excludedRequestDomains).toEqual(['s5.example']);
      expect(r.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    }
    expect(scamSiteRules([], [], 'w')).toEqual([]);
  });

  it('replace only their own rules', async () => {
    let rules: { id: number }[] = [{ id: 1 }, { id: FIRST_RULE_ID }, { id: FIRST_RULE_ID + 3 }];
    const api = {
      getDynamicRules: () => Promise.resolve(rules),
      updateDynamicRules: (u: { removeRuleIds?: number[]; addRules?: SiteRule[] }) => {
        rules = [...rules.filter((r) => !u.removeRuleIds?.includes(r.id)), ...(u.addRules ?? [])];
        return Promise.resolve();
      },
    };
    await applySiteRules(api, scamSiteRules(['a.example'], [], 'w'));
    expect(rules.map((r) => r.id).sort()).toEqual([1, FIRST_RULE_ID]);
  });
});
