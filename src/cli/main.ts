/**
 * tp-scam-shield: the command-line scanner over the same engine the extension runs.
 *   tp-scam-shield scan --jsonl [FILE|-]     one JSON verdict per input line, same order
 *   tp-scam-shield scan FILE...              readable report of the flagged paragraphs
 */
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createEngine } from '../engine/index';
import type { Engine, Explanation, Lang, Verdict } from '../engine/index';
import { verifyList } from '../list/verify';

export const HELP = `tp-scam-shield: find fake TokenPocket support, seed-phrase requests and look-alike sites

Usage:
  tp-scam-shield scan --jsonl [FILE|-]   read JSON Lines (stdin when FILE is - or missing);
                                         write one line {id, level, reasons} per input line,
                                         or {id?, error} for a line that is not valid
  tp-scam-shield scan FILE...            readable, coloured report of flagged paragraphs
  tp-scam-shield --help

Input line: {"id": "...", "text"?: "...", "url"?: "...", "input"?: "...",
             "account"?: {"platform": "x", "handle": "...", "displayName"?: "...", "bio"?: "..."}}

Options:
  --lang zh_CN|zh_TW|en   language of reason messages (default en)
  --list FILE             use another signed list (FILE and FILE with .sig.json); it must verify
  --fail-on danger|caution  exit 1 when any verdict reaches that level (default: never)
  --color / --no-color    force colours on or off in the readable report (default: when a TTY)
  --explain               also show what the engine read: each sentence's signals and contacts,
                          and the rules that held (JSON Lines: an "explain" field on text lines)

Exit codes:
  0  scanned (every line answered; invalid lines are answered with an error object)
  1  --fail-on was given and a verdict reached that level
  2  usage error
  3  the official list failed signature, schema or lint verification
  4  an input file could not be read
`;

const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    text: z.string().optional(),
    url: z.string().optional(),
    input: z.string().optional(),
    account: z
      .object({
        platform: z.string().min(1),
        handle: z.string().min(1),
        displayName: z.string().optional(),
        bio: z.string().optional(),
      })
      .optional(),
  })
  .passthrough()
  .refine(
    (o) =>
      o.text !== undefined ||
      o.url !== undefined ||
      o.input !== undefined ||
      o.account !== undefined,
    {
      message: 'needs one of text, url, input, account',
    },
  );

interface Options {
  jsonl: boolean;
  files: string[];
  lang: Lang;
  list?: string;
  failOn?: 'danger' | 'caution';
  color?: boolean;
  explain?: boolean;
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Options | 'help' {
  if (!argv.length || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [cmd, ...rest] = argv;
  if (cmd !== 'scan') throw new UsageError(`unknown command "${cmd ?? ''}" (try --help)`);
  const o: Options = { jsonl: false, files: [], lang: 'en' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'zh_CN' && v !== 'zh_TW' && v !== 'en')
        throw new UsageError('--lang takes zh_CN, zh_TW or en');
      o.lang = v;
    } else if (a === '--list') {
      const v = rest[++i];
      if (!v) throw new UsageError('--list takes a file');
      o.list = v;
    } else if (a === '--fail-on') {
      const v = rest[++i];
      if (v !== 'danger' && v !== 'caution')
        throw new UsageError('--fail-on takes danger or caution');
      o.failOn = v;
    } else if (a === '--color') o.color = true;
    else if (a === '--no-color') o.color = false;
    else if (a === '--explain') o.explain = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.jsonl && !o.files.length) throw new UsageError('scan needs FILE... or --jsonl');
  return o;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadEngine(listPath?: string): Promise<Engine> {
  const file = listPath ?? resolve(ROOT, 'public/official-list.json');
  const sigFile = file.replace(/\.json$/, '') + '.sig.json';
  const bytes = new Uint8Array(readFileSync(file));
  let sig: unknown;
  try {
    sig = JSON.parse(readFileSync(sigFile, 'utf8'));
  } catch {
    sig = null;
  }
  const r = await verifyList(bytes, sig);
  if (!r.ok)
    throw Object.assign(new Error(`official list rejected: ${r.error}: ${r.detail}`), {
      exitCode: 3,
    });
  return createEngine(r.list);
}

const RANK = { safe: 0, caution: 1, danger: 2 } as const;

export async function scanJsonl(
  engine: Engine,
  input: NodeJS.ReadableStream,
  out: (line: string) => void,
  lang: Lang,
  explain = false,
): Promise<Verdict['level']> {
  let worst: Verdict['level'] = 'safe';
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, '');
    let id: unknown;
    try {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(line.trim() ? 'not valid JSON' : 'empty line');
      }
      if (json && typeof json === 'object' && 'id' in json) id = (json as { id: unknown }).id;
      const p = lineSchema.safeParse(json);
      if (!p.success)
        throw new Error(
          p.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '),
        );
      const { text, url, input: value, account } = p.data;
      const v = engine.judge(
        {
          ...(text !== undefined ? { text } : {}),
          ...(url !== undefined ? { url } : {}),
          ...(value !== undefined ? { input: value } : {}),
          ...(account ? { account } : {}),
        },
        lang,
      );
      if (RANK[v.level] > RANK[worst]) worst = v.level;
      out(
        JSON.stringify({
          ...(p.data.id !== undefined ? { id: p.data.id } : {}),
          level: v.level,
          reasons: v.reasons,
          ...(explain && text !== undefined ? { explain: engine.explain(text) } : {}),
        }),
      );
    } catch (e) {
      out(
        JSON.stringify({
          ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
          error: (e as Error).message,
        }),
      );
    }
  }
  return worst;
}

const C = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

export function report(
  engine: Engine,
  name: string,
  content: string,
  lang: Lang,
  color: boolean,
  explain = false,
): { text: string; worst: Verdict['level'] } {
  const paint = (c: keyof typeof C, s: string) => (color ? C[c] + s + C.reset : s);
  const lines = content.split(/\r?\n/);
  const paras: { start: number; text: string }[] = [];
  let cur: string[] = [];
  let start = 0;
  lines.forEach((l, i) => {
    if (l.trim()) {
      if (!cur.length) start = i + 1;
      cur.push(l);
    } else if (cur.length) {
      paras.push({ start, text: cur.join('\n') });
      cur = [];
    }
  });
  if (cur.length) paras.push({ start, text: cur.join('\n') });
  let worst: Verdict['level'] = 'safe';
  const out: string[] = [paint('bold', name)];
  let flagged = 0;
  for (const p of paras) {
    const v = engine.judgeText(p.text, lang);
    if (v.level === 'safe') continue;
    flagged++;
    if (RANK[v.level] > RANK[worst]) worst = v.level;
    const tag = v.level === 'danger' ? paint('red', 'DANGER ') : paint('yellow', 'CAUTION');
    out.push(
      `  ${tag} line ${p.start}: ${paint('dim', p.text.replace(/\s+/g, ' ').slice(0, 100))}`,
    );
    for (const r of v.reasons) {
      const ev = [
        r.evidence.contact,
        r.evidence.host,
        ...(r.evidence.matched ?? []),
        r.evidence.imitates && `≈ ${r.evidence.imitates}`,
      ]
        .filter(Boolean)
        .join(' · ');
      out.push(`      ${r.code}: ${r.message}${ev ? paint('dim', `  [${ev}]`) : ''}`);
    }
    if (explain) out.push(...explainLines(engine.explain(p.text)).map((l) => paint('dim', l)));
  }
  out.push(`  ${paras.length} paragraphs, ${flagged} flagged`);
  return { text: out.join('\n'), worst };
}

/** The engine's reading of a text, as indented lines: signals per sentence, then rules. */
export function explainLines(x: Explanation): string[] {
  const out: string[] = ['      signals:'];
  for (const w of x.windows)
    out.push(
      `        [${w.signals.join(' ')}${w.contacts.length ? ` | ${w.contacts.join(' ')}` : ''}] ${w.text}`,
    );
  out.push('      rules:');
  for (const r of x.rules)
    out.push(
      `        ${r.code} (${r.level}${r.demoted ? ', lowered to caution: warning context' : ''}): ${r.means}`,
      `          in: ${r.window}`,
    );
  return out;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options | 'help';
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tp-scam-shield: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (o === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  let engine: Engine;
  try {
    engine = await loadEngine(o.list);
  } catch (e) {
    process.stderr.write(`tp-scam-shield: ${(e as Error).message}\n`);
    return (e as { exitCode?: number }).exitCode ?? 3;
  }
  let worst: Verdict['level'] = 'safe';
  if (o.jsonl) {
    const file = o.files[0];
    let input: NodeJS.ReadableStream = process.stdin;
    if (file && file !== '-') {
      try {
        accessSync(file, constants.R_OK);
      } catch {
        process.stderr.write(`tp-scam-shield: cannot read ${file}\n`);
        return 4;
      }
      input = createReadStream(file);
    }
    worst = await scanJsonl(
      engine,
      input,
      (l) => process.stdout.write(l + '\n'),
      o.lang,
      o.explain,
    );
  } else {
    const color = o.color ?? (!!process.stdout.isTTY && !process.env['NO_COLOR']);
    for (const f of o.files) {
      let content: string;
      try {
        content = readFileSync(f, 'utf8');
      } catch {
        process.stderr.write(`tp-scam-shield: cannot read ${f}\n`);
        return 4;
      }
      const r = report(engine, f, content, o.lang, color, o.explain);
      process.stdout.write(r.text + '\n');
      if (RANK[r.worst] > RANK[worst]) worst = r.worst;
    }
  }
  if (o.failOn && RANK[worst] >= RANK[o.failOn]) return 1;
  return 0;
}
