import type { Evidence, Level, ReasonCode } from './types';

/** A reason before it is localized and stamped with the list version. */
export interface Finding {
  code: ReasonCode;
  level: Level;
  evidence: Omit<Evidence, 'listVersion'>;
}

const RANK: Record<Level, number> = { safe: 0, caution: 1, danger: 2 };

export function maxLevel(findings: readonly { level: Level }[]): Level {
  let best: Level = 'safe';
  for (const f of findings) if (RANK[f.level] > RANK[best]) best = f.level;
  return best;
}

export function rank(level: Level): number {
  return RANK[level];
}
