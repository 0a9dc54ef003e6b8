/**
 * Required literals of a regular expression: a set of strings such that every match of the
 * expression contains at least one of them (or null: no such set, e.g. the expression can match
 * the empty string or only character classes). The sniffer (issue #20) looks for these strings
 * instead of running the engine's patterns: a text with none of them cannot match.
 *
 * The parser knows the syntax the engine's word lists use: alternation, groups (capturing,
 * non-capturing, named), look-arounds and anchors (zero-width: they require nothing), classes,
 * escapes and the quantifiers ? * + {m,n} (lazy or not). Anything else throws, so a new construct
 * in the word lists fails the freshness test instead of being misread.
 */
import { BOUNDARY } from './trie';

export { BOUNDARY };

/** What a piece of pattern is known to match. */
interface Info {
  /** Every string it can match, when that set is small; else null. */
  exact: Set<string> | null;
  /** A set of strings one of which every match contains; null when there is none. */
  need: Set<string> | null;
  /** A set of strings one of which every match ends with (its last literal run); null if none. */
  suffix: Set<string> | null;
  /** Sets of strings each of which has one in every match (all of them hold): the best few. */
  all: Set<string>[];
}

/** How many required sets a pattern keeps (a match has one literal of each). */
const MAX_SETS = 3;

const key = (s: Set<string>) => [...s].sort().join('\u0000');

/** The best few distinct sets (each usable: no empty string, each literal telling enough). */
function topSets(sets: (Set<string> | null)[]): Set<string>[] {
  const seen = new Set<string>();
  const out: Set<string>[] = [];
  for (const s of sets
    .filter((x): x is Set<string> => !!x && score(x) > 0)
    .sort((a, b) => score(b) - score(a))) {
    const k = key(s);
    if (seen.has(k)) continue;
    seen.add(k);
    // A set implied by one already kept (each of whose literals contains one of its literals:
    // "http:/" after "http://") adds nothing.
    if (out.some((kept) => [...kept].every((a) => [...s].some((b) => a.includes(b))))) continue;
    out.push(s);
    if (out.length >= MAX_SETS) break;
  }
  return out;
}

const MAX_EXACT = 64;
const MAX_LEN = 24;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** How telling a literal is: longer is better; a Chinese character counts for more than a letter. */
function weight(s: string): number {
  let w = 0;
  for (const ch of s)
    w += ch === BOUNDARY ? 0.3 : CJK.test(ch) ? 2.5 : /[a-z0-9]/.test(ch) ? 1 : 0.5;
  return w;
}

function score(set: Set<string> | null): number {
  if (!set || !set.size) return -1;
  let min = Infinity;
  for (const s of set) min = Math.min(min, weight(s));
  if (min <= 0.3) return -1;
  // A large set of good literals is worth less than a small one.
  return min - set.size / 1000;
}

function best(...sets: (Set<string> | null)[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const s of sets) if (s && !s.has('') && score(s) > score(out)) out = s;
  return out;
}

const EMPTY: Info = { exact: new Set(['']), need: null, suffix: new Set(['']), all: [] };
const ANY: Info = { exact: null, need: null, suffix: null, all: [] };

function exactOf(chars: string[]): Info {
  return { exact: new Set(chars), need: null, suffix: new Set(chars), all: [] };
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out].some((s) => s.length > MAX_LEN) ? null : out;
}

/** Needed literals of an Info: the best of its exact set and its need set. */
function needOf(i: Info): Set<string> | null {
  return best(i.exact, i.need);
}

function concat(a: Info, b: Info): Info {
  const exact = a.exact && b.exact ? cross(a.exact, b.exact) : null;
  // The literal run at the end: a's last run followed by b, when b is literal.
  const suffix = b.exact ? cross(a.suffix ?? new Set(['']), b.exact) : b.suffix;
  return {
    exact,
    need: best(needOf(a), needOf(b), exact, suffix),
    suffix,
    all: topSets([...a.all, ...b.all, needOf(a), needOf(b), exact, suffix]),
  };
}

function alternate(infos: Info[]): Info {
  let exact: Set<string> | null = new Set();
  for (const i of infos) {
    if (!i.exact || !exact) {
      exact = null;
      break;
    }
    for (const s of i.exact) exact.add(s);
  }
  if (exact && exact.size > MAX_EXACT) exact = null;
  let need: Set<string> | null = new Set();
  for (const i of infos) {
    const n = needOf(i);
    if (!n) {
      need = null;
      break;
    }
    for (const s of n) need.add(s);
  }
  return { exact, need, suffix: exact, all: topSets([need]) };
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  fail(what: string): never {
    throw new Error(`literals: ${what} at ${this.i} in /${this.src}/`);
  }

  parseAlt(): Info {
    const branches = [this.parseSeq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.parseSeq());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  parseSeq(): Info {
    let acc = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      acc = concat(acc, this.parseQuantified());
    }
    return acc;
  }

  parseQuantified(): Info {
    const atom = this.parseAtom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i))!;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    if (min === 0) {
      // Optional: the empty string, or the atom (a few times at most, when it is exact).
      if (max === 1 && atom.exact) {
        const e = new Set(['', ...atom.exact]);
        return { exact: e, need: null, suffix: e, all: [] };
      }
      return ANY;
    }
    if (min === 1 && max === 1) return atom;
    let rep = atom;
    for (let k = 1; k < min && k < 4; k++) rep = concat(rep, atom);
    return {
      exact: min === max && min < 4 ? rep.exact : null,
      need: needOf(rep),
      suffix: atom.suffix,
      all: topSets([...rep.all, needOf(rep)]),
    };
  }

  parseAtom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (s.startsWith('?<', this.i)) {
        const end = s.indexOf('>', this.i);
        if (end < 0) this.fail('group name');
        this.i = end + 1;
      } else if (s[this.i] === '?') this.fail('group kind');
      const inner = this.parseAlt();
      if (s[this.i] !== ')') this.fail('missing )');
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return this.parseClass();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.parseEscape(false);
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') this.fail(`unexpected ${c}`);
    // A literal character (surrogate pairs kept whole).
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return exactOf([ch]);
  }

  /** An escape: a literal character, or a class (\d \w \s …), or zero-width (\b \B). */
  parseEscape(inClass: boolean): Info {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) this.fail('trailing \\');
    this.i += 2;
    if (e === 'b') return inClass ? exactOf(['\b']) : exactOf([BOUNDARY]);
    if (e === 'B') return inClass ? exactOf(['\b']) : EMPTY;
    if ('dDwWsSpP'.includes(e)) {
      if ((e === 'p' || e === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (e === 'u') {
      const m = /^[0-9a-fA-F]{4}/.exec(s.slice(this.i)) ?? this.fail('\\u');
      this.i += 4;
      return exactOf([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (e === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i)) ?? this.fail('\\x');
      this.i += 2;
      return exactOf([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (e === 'n') return exactOf(['\n']);
    if (e === 't') return exactOf(['\t']);
    if (e === 'r') return exactOf(['\r']);
    if (/[0-9]/.test(e)) this.fail('back-reference');
    return exactOf([e]);
  }

  /** A class: its characters when it lists a few (ranges up to 8), else any character. */
  parseClass(): Info {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let open = false;
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      let from: string;
      if (s[this.i] === '\\') {
        const info = this.parseEscape(true);
        if (!info.exact) {
          open = true;
          continue;
        }
        from = [...info.exact][0]!;
      } else {
        from = String.fromCodePoint(s.codePointAt(this.i)!);
        this.i += from.length;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let to: string;
        if (s[this.i] === '\\') {
          const info = this.parseEscape(true);
          to = info.exact ? [...info.exact][0]! : from;
        } else {
          to = String.fromCodePoint(s.codePointAt(this.i)!);
          this.i += to.length;
        }
        const a = from.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a > 8) open = true;
        else for (let k = a; k <= b; k++) chars.push(String.fromCodePoint(k));
      } else chars.push(from);
    }
    if (s[this.i] !== ']') this.fail('missing ]');
    this.i++;
    if (negated || open || chars.length > 8) return ANY;
    return exactOf([...new Set(chars)]);
  }
}

/** The required literals of a pattern (lower case patterns, as the engine's are), or null. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i'))
    throw new Error(`literals: case-insensitive /${re.source}/ is not supported`);
  const p = new Parser(re.source);
  const info = p.parseAlt();
  if (p.i !== re.source.length) p.fail('unparsed rest');
  const need = needOf(info);
  return need ? [...need].sort() : null;
}

/**
 * Required sets of a pattern: every match holds one literal of each set (at most MAX_SETS, the
 * most telling first); empty when there is none.
 */
export function requiredSets(re: RegExp): string[][] {
  if (re.flags.includes('i'))
    throw new Error(`literals: case-insensitive /${re.source}/ is not supported`);
  const p = new Parser(re.source);
  const info = p.parseAlt();
  if (p.i !== re.source.length) p.fail('unparsed rest');
  return topSets([needOf(info), ...info.all]).map((s) => [...s].sort());
}
