/**
 * False positives at scale (issue #18): the engine judges a large body of ordinary, real text that
 * nobody here wrote, installed from Debian: the Chinese manual pages (manpages-zh, simplified and
 * traditional), the fortune cookies (fortunes, fortunes-zh), and the READMEs of the npm packages in
 * node_modules. Each paragraph is one text. Prints the danger and caution rates and every danger.
 *   apt-get install manpages-zh fortunes-zh fortunes fortune-mod   (what is missing is skipped)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { createEngine } from '../src/engine/index';
import { mayMatter } from '../src/engine/sniff';

type Engine = ReturnType<typeof createEngine>;
const ROOT = resolve(import.meta.dirname, '..');

function* files(dir: string, depth = 0): Generator<string> {
  if (!existsSync(dir) || depth > 6) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) yield* files(p, depth + 1);
    else yield p;
  }
}

/** troff source to its text: macro lines dropped, escapes removed. */
function troffText(src: string): string {
  return src
    .split('\n')
    .filter(
      (l) =>
        !/^['.](?:\\"|[a-zA-Z]{1,3}\b(?!\S))/.test(l) || /^\.(?:B|I|BR|IR|BI|IB|RB|RI)\s/.test(l),
    )
    .map((l) => l.replace(/^\.(?:B|I|BR|IR|BI|IB|RB|RI)\s+/, ''))
    .join('\n')
    .replace(/\\f[BIRP]|\\\(..|\\[-e&|^]|\\s[-+]?\d/g, '')
    .replace(/^\.[a-zA-Z]{1,3}.*$/gm, '\n');
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n%\n/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 20);
}

interface Source {
  name: string;
  paras: string[];
}

export function sources(): Source[] {
  const out: Source[] = [];
  for (const lang of ['zh_CN', 'zh_TW']) {
    const paras: string[] = [];
    for (const f of files(`/usr/share/man/${lang}`)) {
      try {
        const raw = readFileSync(f);
        const src = f.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
        paras.push(...paragraphs(troffText(src)));
      } catch {
        // a link or an unreadable page
      }
    }
    out.push({ name: `Debian manpages-zh (${lang})`, paras });
  }
  const fortunes: string[] = [];
  for (const f of files('/usr/share/games/fortunes')) {
    if (f.endsWith('.dat') || f.endsWith('.u8')) continue;
    try {
      fortunes.push(
        ...readFileSync(f, 'utf8')
          .split(/\n%\n/)
          .map((p) => p.trim())
          .filter((p) => p.length >= 20),
      );
    } catch {
      // binary
    }
  }
  out.push({ name: 'Debian fortunes and fortunes-zh', paras: fortunes });
  const readmes: string[] = [];
  for (const f of files(resolve(ROOT, 'node_modules'))) {
    if (!/readme\.md$/i.test(f)) continue;
    readmes.push(...paragraphs(readFileSync(f, 'utf8')));
  }
  out.push({ name: 'npm package READMEs (node_modules)', paras: readmes });
  return out;
}

export function benignAtScale(engine: Engine): void {
  console.log('== False positives at scale: ordinary text, one paragraph a text');
  let all = 0;
  let danger = 0;
  let caution = 0;
  const dangers: string[] = [];
  for (const s of sources()) {
    if (!s.paras.length) {
      console.log(`  ${s.name}: not installed, skipped`);
      continue;
    }
    let d = 0;
    let c = 0;
    let worth = 0;
    const mb = s.paras.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
    for (const p of s.paras) {
      if (mayMatter(p)) worth++;
      const v = engine.judgeText(p);
      if (v.level === 'danger') {
        d++;
        dangers.push(
          `[${s.name}] ${v.reasons.map((r) => r.code).join(',')}: ${p.replace(/\s+/g, ' ').slice(0, 160)}`,
        );
      } else if (v.level === 'caution') c++;
    }
    all += s.paras.length;
    danger += d;
    caution += c;
    console.log(
      `  ${s.name}: ${s.paras.length} paragraphs (${mb.toFixed(1)} MB), danger ${d} (${((100 * d) / s.paras.length).toFixed(3)}%), caution ${c} (${((100 * c) / s.paras.length).toFixed(3)}%); worth reading to the sniffer ${((100 * worth) / s.paras.length).toFixed(1)}%`,
    );
  }
  if (!all) return;
  console.log(
    `  all: ${all} paragraphs, danger ${danger} (${((100 * danger) / all).toFixed(3)}%), caution ${caution} (${((100 * caution) / all).toFixed(3)}%)`,
  );
  for (const x of dangers.slice(0, 30)) console.log(`    ${x}`);
}
