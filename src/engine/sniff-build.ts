/**
 * Builds the sniffer's patterns (issue #20) from the engine's own lists: for every pattern the
 * engine must see before it reads a text further (SNIFF_PATTERNS in signals.ts), the literals one
 * of which every match contains (literals.ts), plus the brand's names from the signed list. The
 * result is written to src/engine/data/sniff-literals.ts by `npm run sniff:build`; a unit test
 * fails when the file is stale.
 */
import { BOUNDARY, requiredSets } from './literals';
import { compactText, normalize } from './normalize';
import { SNIFF_PATTERNS } from './signals';
import type { SniffPattern } from './signals';
import { trie } from './trie';

export interface SniffSources {
  /** Lists a rule can fire on alone: literals for the folded (and unveiled) text, \b kept… */
  triggerPlain: string;
  /** …and for its compact form (letters, digits, CJK only). */
  triggerCompact: string;
  /** Lists that make a contact point matter, the same two ways (the brand's names: compact). */
  contextPlain: string;
  contextCompact: string;
  /** Lists a rule can fire on alone whose matches need several literals (one of each set). */
  triggerAll: { on: 'n' | 'c'; sets: string[] }[];
}

const noBoundary = (s: string) => s.split(BOUNDARY).join('');

type All = SniffSources['triggerAll'];

function literalsOf(patterns: readonly SniffPattern[], all?: All): [Set<string>, Set<string>] {
  const plain = new Set<string>();
  const compact = new Set<string>();
  for (const [re, on] of patterns) {
    const sets = requiredSets(re);
    if (!sets.length) throw new Error(`sniff: /${re.source}/ has no required literal`);
    const forms = sets.map((lits) =>
      lits.map((l) => {
        if (on === 'n') return l.split(BOUNDARY).map(normalize).join(BOUNDARY);
        const c = compactText(normalize(noBoundary(l)));
        if (!c) throw new Error(`sniff: /${re.source}/ needs "${l}", which compact text drops`);
        return c;
      }),
    );
    if (all && forms.length > 1) {
      all.push({ on, sets: forms.map((f) => trie(sorted(new Set(f)))) });
      continue;
    }
    for (const l of forms[0]!) (on === 'n' ? plain : compact).add(l);
  }
  return [plain, compact];
}

const sorted = (s: Set<string>) => [...s].filter(Boolean).sort();

/** The sniffer's patterns, with a list's brand names and aliases. */
export function buildSniffSources(brand: { names: string[]; aliases: string[] }): SniffSources {
  const triggerAll: All = [];
  const [triggerPlain, triggerCompact] = literalsOf(SNIFF_PATTERNS.trigger, triggerAll);
  const [contextPlain, contextCompact] = literalsOf(SNIFF_PATTERNS.context);
  for (const n of brand.names) contextCompact.add(compactText(normalize(n)));
  // An alias ("TP") counts only with a wallet word after it, as in the engine's brand pattern.
  for (const a of brand.aliases) {
    const s = compactText(normalize(a));
    for (const w of ['钱包', 'qianbao', '钱bao', 'qian包', 'qb', 'wallet'])
      contextCompact.add(s + w);
  }
  return {
    triggerPlain: trie(sorted(triggerPlain)),
    triggerCompact: trie(sorted(triggerCompact)),
    contextPlain: trie(sorted(contextPlain)),
    contextCompact: trie(sorted(contextCompact)),
    triggerAll,
  };
}
