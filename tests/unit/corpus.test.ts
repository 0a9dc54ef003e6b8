import { describe, expect, it } from 'vitest';
import { engine, loadCases } from '../helpers/list';
import type { Case } from '../helpers/list';

const cases = loadCases('corpus.jsonl').concat(loadCases('extra-cases.jsonl'));

function ok(c: Case, level: string): boolean {
  switch (c.expect) {
    case 'danger':
      return level === 'danger';
    case 'flag':
      return level !== 'safe';
    case 'safe':
      return level === 'safe';
    case 'notdanger':
      return level !== 'danger';
  }
}

describe('labelled corpus', () => {
  const results = cases.map((c) => ({ c, level: engine.judge(c).level }));

  it.each(results.map((r) => [r.c.id, r.c.expect, r] as const))('%s is judged %s', (_id, _e, r) => {
    expect(ok(r.c, r.level), `${r.c.id} (${r.c.note ?? ''}) → ${r.level}`).toBe(true);
  });

  it('meets the score targets', () => {
    const danger = results.filter((r) => r.c.expect === 'danger');
    const flag = results.filter((r) => r.c.expect === 'danger' || r.c.expect === 'flag');
    const benign = results.filter((r) => r.c.expect === 'safe' || r.c.expect === 'notdanger');
    const dangerRecall = danger.filter((r) => r.level === 'danger').length / danger.length;
    const flagRecall = flag.filter((r) => r.level !== 'safe').length / flag.length;
    const falseDanger = benign.filter((r) => r.level === 'danger').length / benign.length;
    const safeExact = results.filter((r) => r.c.expect === 'safe');
    const safeAcc = safeExact.filter((r) => r.level === 'safe').length / safeExact.length;
    console.log(
      `corpus: ${cases.length} cases; danger recall ${(dangerRecall * 100).toFixed(1)}% (${danger.length}), flag recall ${(flagRecall * 100).toFixed(1)}% (${flag.length}), benign judged danger ${(falseDanger * 100).toFixed(1)}% (${benign.length}), safe kept safe ${(safeAcc * 100).toFixed(1)}%`,
    );
    expect(dangerRecall).toBeGreaterThanOrEqual(0.95);
    expect(flagRecall).toBeGreaterThanOrEqual(0.97);
    expect(falseDanger).toBeLessThanOrEqual(0.02);
  });
});
