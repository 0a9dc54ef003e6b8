/**
 * Text folding that defeats the usual evasions while keeping a map back to the original text:
 * full-width and math letters (NFKC), case, Cyrillic/Greek look-alikes, traditional characters,
 * zero-width and bidi controls. `compact` additionally drops everything that is not a letter or a
 * digit, so "T💎P 钱 包" and "Token<ZWSP>Pocket" read as "tp钱包" and "tokenpocket".
 */
import { confusables } from './confusables';

const CONFUSABLES = confusables();

export interface Folded {
  /** The folded text. */
  text: string;
  /** map[i] = index (UTF-16 unit) in the original string of folded character i. */
  map: Int32Array;
  /** Its compact text, when folding produced it on the way (see compact()). */
  compacted?: string;
}

// Traditional → simplified for the characters our signals use (and their common neighbours).
const TRAD =
  '續续補补財财訊讯攔拦統统額额儲储償偿歸归劃划辦办導导員员態态勵励嗎吗麼么線线鏈链點点擊击確确認认證证驗验們们個个幫帮點点過过還还進进運运遠远連连選选邊边達达遲迟適适鄉乡億亿議议讓让書书畫画備备覺觉觀观視视親亲說说設设語语誤误請请謝谢議议護护質质購购買买賣卖費费資资賺赚贈赠錯错鍵键關关開开門门問问間间際际陽阳雙双雜杂難难電电靈灵韓韩頁页項项領领頭头題题風风飛飞餘余館馆號号處处蟲虫歡欢氣气漲涨濟济為为無无熱热獎奖現现環环產产當当發发盡尽盤盘礦矿積积穩稳競竞筆笔節节範范簽签紅红約约級级紀纪純纯紙纸紹绍終终組组結结絡络給给綁绑網网總总編编練练縣县繫系織织聯联聽听腦脑臺台與与舊旧華华萬万藍蓝蘋苹號号錢钱記记詞词鑰钥凍冻結结資资產产轉转賬账帳账電电話话務务費费驗验證证聯联繫系係系請请輸输導导復复複复據据絡络號号幣币專专線线頁页訊讯戶户為为們们這这裡里裏里統统測测險险碼码貼贴儲储備备發发給给圖图際际級级裝装載载騙骗詐诈無无權权處处問问題题關关應应會会對对於于與与時时間间態态點点擊击連连數数補补繳缴納纳額额單单員员體体錄录動动維维護护網网絕绝認认協协開开啟启遷迁舊旧將将遲迟飛飞機机僅仅後后臺台灣湾國国內内區区鏈链節节衝冲盜盗還还錯错誤误緊紧賠赔償偿紅红領领獎奖勵励項项風风異异歸归來来過过個个覆复寫写鍵键閱阅讀读設设換换購购買买賣卖現现顯显掃扫團团隊队門门從从託托嗎吗麼么聽听說说語语諮咨詢询線线專专屬属級级註注冊册帶带廣广檢检測测權权談谈觀观價价錯错實实這这麼么熱热電电幫帮們们恢恢復复嗎吗鎖锁務务擔担憂忧謹谨慎慎詳详細细擊击壹壹貳贰參叁陸陆標标準准';
const TRAD_MAP: Record<string, string> = {};
for (let i = 0; i + 1 < TRAD.length; i += 2) TRAD_MAP[TRAD[i]!] = TRAD[i + 1]!;

/** Greek capitals whose small letters look like other Latin letters (Ν is N, its ν looks like v). */
const UPPER_CONFUSABLES: Record<string, string> = { Ν: 'n', Η: 'h', Υ: 'y', Μ: 'm', Ζ: 'z' };
function upperConfusable(s: string): string {
  return UPPER_CONFUSABLES[s] ?? s;
}

function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // zero-width, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings/overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x0300 && cp <= 0x036f) // combining diacritics
  );
}

const foldCache = new Map<number, string>();

function foldOnce(ch: string): string {
  let out = '';
  for (const c of upperConfusable(ch.normalize('NFKC')).toLowerCase()) {
    const cp = c.codePointAt(0)!;
    if (isInvisible(cp)) continue;
    if (
      cp === 0x3000 ||
      cp === 0xa0 ||
      cp === 0x09 ||
      cp === 0x0d ||
      (cp >= 0x2000 && cp <= 0x200a)
    ) {
      out += ' ';
      continue;
    }
    out += CONFUSABLES[c] ?? TRAD_MAP[c] ?? c;
  }
  return out;
}

/** Fold one code point to its canonical form (cached; iterated to a fixed point). */
function foldCodePoint(cp: number): string {
  let hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  let cur = String.fromCodePoint(cp);
  for (let i = 0; i < 4; i++) {
    let next = '';
    for (const c of cur) next += foldOnce(c);
    if (next === cur) break;
    cur = next;
  }
  hit = cur;
  if (foldCache.size < 50_000) foldCache.set(cp, hit);
  return hit;
}

const CHUNK = 8192;
function codesToString(codes: Uint16Array, len: number): string {
  let s = '';
  for (let i = 0; i < len; i += CHUNK) {
    s += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[],
    );
  }
  return s;
}

/** Characters that need more than lower-casing: anything outside ASCII and the basic CJK block. */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: all of ASCII
const NEEDS_FOLD = /[^\u0000-\u007f\u4e00-\u9fff]|[\t\r]/;
const TRAD_RE = new RegExp(`[${Object.keys(TRAD_MAP).join('')}]`);
const identityMaps: Int32Array[] = [];

function identityMap(n: number): Int32Array {
  const k = Math.ceil(Math.log2(Math.max(n, 64)));
  let m = identityMaps[k];
  if (!m) {
    m = new Int32Array(2 ** k);
    for (let i = 0; i < m.length; i++) m[i] = i;
    identityMaps[k] = m;
  }
  return m.subarray(0, n);
}

/**
 * Per UTF-16 unit: what it folds to when that is exactly one unit (stored +1), or COMPLEX when it
 * folds to nothing or to several units (or is a surrogate half). 0 = not looked up yet.
 */
const ONE_FOR_ONE = new Uint16Array(0x10000);
const COMPLEX = 0xffff;

function oneForOne(code: number): number {
  let v = ONE_FOR_ONE[code]!;
  if (v === 0) {
    if (code === 9 || code === 13) v = 32 + 1;
    else if (code >= 0xd800 && code <= 0xdfff) v = COMPLEX;
    else {
      const f = foldCodePoint(code);
      v = f.length === 1 && f.charCodeAt(0) < COMPLEX - 1 ? f.charCodeAt(0) + 1 : COMPLEX;
    }
    ONE_FOR_ONE[code] = v;
  }
  return v;
}

/** Fold a whole text; linear in its length. */
export function fold(input: string): Folded {
  if (input.length < 1 << 20) {
    // Fast path: plain ASCII and simplified Chinese only need lower-casing, one for one.
    if (!NEEDS_FOLD.test(input) && !TRAD_RE.test(input))
      return { text: input.toLowerCase(), map: identityMap(input.length) };
  }
  const g = foldGeneral(input, false);
  // Every character folded to exactly one unit (full-width punctuation, traditional characters,
  // Cyrillic look-alikes…): the map is the identity.
  if (g.identity && input.length < 1 << 20)
    return { text: g.text, compacted: g.compacted, map: identityMap(input.length) };
  return new GeneralFolded(g.text, g.compacted, input);
}

/** A text folded by the general path; its map back to the original is made on first use. */
class GeneralFolded implements Folded {
  private built: Int32Array | null = null;
  constructor(
    readonly text: string,
    readonly compacted: string,
    private readonly input: string,
  ) {}

  get map(): Int32Array {
    return (this.built ??= foldGeneral(this.input, true).map!);
  }
}

/** Buffers reused by every call (the engine is synchronous): no allocation per text. */
let general = new Uint16Array(4096);
let scratchCompact = new Uint16Array(4096);
let generalMap = new Int32Array(0);

/**
 * The fold: a table lookup per character for the usual case of one unit to one unit; a character may
 * also fold to nothing (zero-width, variation selectors) or to several units (ligatures, astral
 * letters). Builds the compact text in the same walk, into reused buffers; the map only when asked.
 */
function foldGeneral(
  input: string,
  withMap: boolean,
): { text: string; compacted: string; map: Int32Array | null; identity: boolean } {
  const n = input.length;
  let len = 0;
  let k = 0;
  let identity = true;
  const put = (code: number, from: number) => {
    if (len >= general.length) {
      const g = new Uint16Array(general.length * 2);
      g.set(general);
      general = g;
    }
    if (withMap) {
      if (len >= generalMap.length) {
        const m = new Int32Array(Math.max(4096, generalMap.length * 2));
        m.set(generalMap);
        generalMap = m;
      }
      generalMap[len] = from;
    }
    general[len++] = code;
    if (isWordChar(code)) {
      if (k >= scratchCompact.length) {
        const c = new Uint16Array(scratchCompact.length * 2);
        c.set(scratchCompact);
        scratchCompact = c;
      }
      scratchCompact[k++] = code;
    }
  };
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      put(code >= 65 && code <= 90 ? code + 32 : code === 9 || code === 13 ? 32 : code, i);
      continue;
    }
    if (code < 0xd800 || code > 0xdfff) {
      let v = ONE_FOR_ONE[code]!;
      if (v === 0) v = oneForOne(code);
      if (v !== COMPLEX) {
        put(v - 1, i);
        continue;
      }
    }
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const lo = input.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCodePoint(cp);
    if (width !== 1 || f.length !== 1) identity = false;
    for (let j = 0; j < f.length; j++) put(f.charCodeAt(j), i);
    i += width - 1;
  }
  const text = codesToString(general, len);
  return {
    text,
    compacted: k === len ? text : codesToString(scratchCompact, k),
    map: withMap ? generalMap.slice(0, len) : null,
    identity,
  };
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Everything compact() drops: what isWordChar() does not keep. */
const NON_WORD =
  /[^a-z0-9\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;

/** Letters and digits only, without a map (for sentences and short values). */
export function compactText(text: string): string {
  return text.replace(NON_WORD, '');
}

/** A compacted text whose map back to the original is built on first use. */
class CompactFolded implements Folded {
  private built: Int32Array | null = null;
  constructor(
    readonly text: string,
    private readonly from: Folded,
  ) {}

  get map(): Int32Array {
    if (this.built) return this.built;
    const src = this.from.text;
    const out = new Int32Array(this.text.length);
    let len = 0;
    for (let i = 0; i < src.length && len < out.length; i++) {
      if (isWordChar(src.charCodeAt(i))) out[len++] = this.from.map[i]!;
    }
    this.built = out;
    return out;
  }
}

/**
 * Letters and digits only (from an already folded text). The map back to the original is built
 * only when a caller asks for it (a finding that needs its span); most texts never do.
 */
export function compact(f: Folded): Folded {
  return new CompactFolded(f.compacted ?? compactText(f.text), f);
}

/** The folded text of a string, without the map (for short values: handles, hosts, names). */
export function normalize(input: string): string {
  return fold(input).text;
}

/** Folded, letters and digits only: the skeleton used to compare names. */
export function skeleton(input: string): string {
  return compactText(fold(input).text);
}

/** Original span [start, end) for folded span [s, e). */
export function originalSpan(f: Folded, s: number, e: number, original: string): [number, number] {
  if (f.map.length === 0) return [0, 0];
  const start = f.map[Math.min(s, f.map.length - 1)]!;
  let end = e - 1 < f.map.length ? f.map[Math.max(0, e - 1)]! + 1 : original.length;
  // Extend over a surrogate pair.
  if (end < original.length) {
    const c = original.charCodeAt(end);
    if (c >= 0xdc00 && c <= 0xdfff) end++;
  }
  return [start, end];
}

/** Spaces, symbols and emoji put between Chinese characters to break words up ("钱-包", "官 ✦方"). */
const CJK_GAP = /([\u3400-\u9fff])[\s\p{S}\-.·•*_~|/\\+=^`'"]+(?=[\u3400-\u9fff])/gu;

class JoinedFolded implements Folded {
  private built: Int32Array | null = null;
  constructor(
    readonly text: string,
    private readonly keep: Int32Array,
    private readonly parent: Folded,
  ) {}

  get map(): Int32Array {
    if (!this.built) {
      const pm = this.parent.map;
      const m = new Int32Array(this.keep.length);
      for (let i = 0; i < m.length; i++) m[i] = pm[this.keep[i]!]!;
      this.built = m;
    }
    return this.built;
  }
}

/**
 * The folded text with what separates Chinese characters removed (Chinese puts no spaces between
 * words: spaces, symbols and emoji there only break words up for filters), and middle dots between
 * letters or digits. Keeps the map.
 */
export function joinCjkGaps(f: Folded): Folded {
  return joinGaps(joinGaps(joinGaps(f, PINYIN_GAP), CJK_GAP), DOT_GAP);
}

/**
 * Pinyin with tone marks in brackets after a Chinese character ("認(rèn)證", "資產(chǎn)"): how some
 * pages and copied texts annotate characters, and what breaks words up for filters.
 */
const PINYIN_GAP =
  /([\u3400-\u9fff])\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)(?=[\u3400-\u9fff\s\p{P}]|$)/gu;

/** Middle dots and bullets between letters or digits: "t·p·钱·包", "tpk·f_1·688". */
const DOT_GAP =
  /([a-z0-9\u3400-\u9fff])[\u00b7\u2022\u2027\u2219\u30fb]+(?=[a-z0-9\u3400-\u9fff])/g;

function joinGaps(f: Folded, gap: RegExp): Folded {
  gap.lastIndex = 0;
  if (!gap.test(f.text)) return f;
  const CJK_GAP = gap;
  const t = f.text;
  const keep: number[] = [];
  let out = '';
  let last = 0;
  CJK_GAP.lastIndex = 0;
  for (const m of t.matchAll(CJK_GAP)) {
    const end = m.index + 1; // keep the first Chinese character
    for (let i = last; i < end; i++) keep.push(i);
    out += t.slice(last, end);
    last = m.index + m[0].length;
  }
  for (let i = last; i < t.length; i++) keep.push(i);
  out += t.slice(last);
  return new JoinedFolded(out, Int32Array.from(keep), f);
}
