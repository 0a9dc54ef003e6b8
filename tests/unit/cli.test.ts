import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from '../helpers/list';

const bin = resolve(ROOT, 'bin/tp-scam-shield.mjs');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('tp-scam-shield CLI', () => {
  it('answers one JSON line per input line, in order, with errors inline', () => {
    const input = [
      '{"id":"a","text":"TP钱包客服微信：tpkf_888"}',
      'not json',
      '{"id":"b"}',
      '{"id":"c","url":"https://tokenpocket.pro/"}',
      '{"id":7,"input":"hello"}',
    ].join('\n');
    const r = run(['scan', '--jsonl'], input);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'a', level: 'danger' });
    expect(out[1]).toEqual({ error: 'not valid JSON' });
    expect(out[2]).toMatchObject({ id: 'b', error: expect.stringMatching(/needs one of/) });
    expect(out[3]).toMatchObject({ id: 'c', level: 'safe' });
    expect(out[4]).toMatchObject({ id: 7, level: 'safe' });
  });

  it('reads a file and never prints a secret', () => {
    const r = run(['scan', '--jsonl', 'tests/fixtures/corpus.jsonl']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(360);
    expect(r.stdout).not.toContain('early purse nut pizza');
    expect(r.stdout).not.toContain(
      'd44ffb1d946a1ed6b7cf5dbce14a9f68daa65f9898670c5bf75a2b403d73e970',
    );
  });

  it('prints a readable report, and documents exit codes', () => {
    const r = run(['scan', '--no-color', 'tests/fixtures/demo-article.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/DANGER\s+line \d+/);
    expect(run(['--help']).stdout).toMatch(/Exit codes/);
    expect(
      run(['scan', '--fail-on', 'danger', '--no-color', 'tests/fixtures/demo-article.txt']).status,
    ).toBe(1);
    expect(run(['bogus']).status).toBe(2);
    expect(run(['scan', '--jsonl', 'does-not-exist.jsonl']).status).toBe(4);
  });
});
