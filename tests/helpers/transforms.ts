/**
 * Evasion transforms for metamorphic testing of the scam-text detector.
 *
 * Every transform is a pure function `(text, rng) => text`: given the same text and an rng
 * seeded the same way it returns the same output. Each one models an obfuscation a scammer
 * uses to slip past keyword filters while keeping the message readable to the victim, so the
 * label of the text (scam / benign) must not change.
 *
 * Links and e-mail addresses are left untouched by every transform: a scammer needs them to
 * keep working, and the point is to test the engine's reading of the surrounding text.
 * Invisible and formatting characters are written as \u escapes on purpose (lint + review).
 */

export type Rng = () => number;
export type TransformFn = (text: string, rng: Rng) => string;
export interface Transform {
  readonly name: string;
  readonly apply: TransformFn;
}

// ---------------------------------------------------------------------------------------------
// rng helpers

/** mulberry32 with a splitmix-style scramble of the seed; deterministic, good enough for tests. */
export function makeRng(seed: number): Rng {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive per-case rng seeds from strings. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;
const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);

// ---------------------------------------------------------------------------------------------
// text model: code points, with links/e-mails marked as protected

const URL_RE =
  /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef<>"'）】]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b(?:\/[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*)?/giu;

interface Cp {
  ch: string;
  prot: boolean;
}

function toCps(text: string): Cp[] {
  const out: Cp[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const i = m.index;
    for (const ch of text.slice(last, i)) out.push({ ch, prot: false });
    for (const ch of m[0]) out.push({ ch, prot: true });
    last = i + m[0].length;
  }
  for (const ch of text.slice(last)) out.push({ ch, prot: false });
  return out;
}

/** Runs `fn` on each maximal unprotected stretch of the text. */
function mapUnprotected(text: string, fn: (s: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    out += fn(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + fn(text.slice(last));
}

const WORD = /^[\p{L}\p{N}]$/u;
const HAN = /^\p{Script=Han}$/u;
const HAS_HAN = /\p{Script=Han}/u;
const isWord = (c: Cp | undefined): boolean => !!c && !c.prot && WORD.test(c.ch);

/** Indices i such that an insertion before cps[i] would split a word (both sides word chars). */
function innerGaps(cps: Cp[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < cps.length; i++) if (isWord(cps[i - 1]) && isWord(cps[i])) gaps.push(i);
  return gaps;
}

/**
 * Inserts `gen()` before each chosen gap. Each gap is taken with probability p; if that picks
 * none but gaps exist, one random gap is used so that the transform is never a silent no-op.
 */
function insertAtGaps(
  text: string,
  rng: Rng,
  p: number,
  gen: () => string,
  gapsOf: (cps: Cp[]) => number[] = innerGaps,
  max = Infinity,
): string {
  const cps = toCps(text);
  const gaps = gapsOf(cps);
  let chosen = gaps.filter(() => chance(rng, p));
  if (chosen.length === 0 && gaps.length > 0) chosen = [pick(rng, gaps)];
  if (chosen.length > max) chosen = chosen.filter(() => chance(rng, max / chosen.length));
  const set = new Set(chosen);
  let out = '';
  cps.forEach((c, i) => {
    if (set.has(i)) out += gen();
    out += c.ch;
  });
  return out;
}

/** Maps each unprotected code point through `f` (return the input to leave it). */
function mapChars(text: string, f: (ch: string, i: number, cps: Cp[]) => string): string {
  const cps = toCps(text);
  return cps.map((c, i) => (c.prot ? c.ch : f(c.ch, i, cps))).join('');
}

// ---------------------------------------------------------------------------------------------
// 1. invisible characters

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** Zero-width space / non-joiner / joiner / word joiner / BOM between characters of words. */
export const zeroWidth: TransformFn = (text, rng) => {
  const p = between(rng, 0.3, 1);
  return insertAtGaps(text, rng, p, () => pick(rng, ZERO_WIDTH));
};

// LRE/LRO/LRI/FSI leave the display of an LTR or CJK run unchanged; RLE/RLO/RLI are only ever
// wrapped around a single letter, which cannot be visually reordered.
const BIDI_SPAN: readonly [string, string][] = [
  ['\u202a', '\u202c'],
  ['\u202d', '\u202c'],
  ['\u2066', '\u2069'],
  ['\u2068', '\u2069'],
];
const BIDI_SINGLE: readonly [string, string][] = [
  ...BIDI_SPAN,
  ['\u202b', '\u202c'],
  ['\u202e', '\u202c'],
  ['\u2067', '\u2069'],
];
const BIDI_STRAY = ['\u202c', '\u2069'];

/** Bidi embedding/override/isolate controls (U+202A–202E, U+2066–2069) inside words. */
export const bidi: TransformFn = (text, rng) => {
  const cps = toCps(text);
  const p = between(rng, 0.15, 0.5);
  let out = '';
  let changed = false;
  for (let i = 0; i < cps.length;) {
    const c = cps[i] as Cp;
    if (isWord(c) && chance(rng, p)) {
      changed = true;
      if (chance(rng, 0.15)) {
        out += pick(rng, BIDI_STRAY) + c.ch;
        i++;
        continue;
      }
      let j = i + 1;
      if (chance(rng, 0.5)) {
        const want = 2 + Math.floor(rng() * 3);
        while (j < cps.length && j - i < want && isWord(cps[j])) j++;
      }
      const [open, close] = pick(rng, j - i === 1 ? BIDI_SINGLE : BIDI_SPAN);
      out +=
        open +
        cps
          .slice(i, j)
          .map((x) => x.ch)
          .join('') +
        close;
      i = j;
    } else {
      out += c.ch;
      i++;
    }
  }
  if (!changed) {
    const gaps = innerGaps(cps);
    if (gaps.length) return insertAtGaps(text, rng, 0, () => pick(rng, BIDI_STRAY));
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 2. decoration

const EMOJI = ['🔥', '✨', '💰', '👉', '✅', '⭐', '💎', '🚀', '🎁', '★', '✦', '•', '✓', '☆', '➤'];
const SYMBOLS = ['★', '✦', '•', '✓', '☆', '·', '◆', '✧', '♡', '🔥', '✨', '❤'];

/** Emoji/symbols between words (Latin: at spaces; Chinese: now and then between characters). */
export const emojiWords: TransformFn = (text, rng) => {
  const p = between(rng, 0.3, 0.8);
  const gaps = (cps: Cp[]): number[] => {
    const g: number[] = [];
    for (let i = 1; i < cps.length; i++) {
      const a = cps[i - 1] as Cp;
      const b = cps[i] as Cp;
      if (a.prot || b.prot) continue;
      if (/^[ \t]$/.test(b.ch) && i + 1 < cps.length && isWord(cps[i - 1]) && isWord(cps[i + 1]))
        g.push(i);
      else if (HAN.test(a.ch) && HAN.test(b.ch) && chance(rng, 0.3)) g.push(i);
    }
    return g;
  };
  const spaced = chance(rng, 0.5);
  return insertAtGaps(
    text,
    rng,
    p,
    () => {
      const e = pick(rng, EMOJI);
      return spaced ? ` ${e}` : e;
    },
    gaps,
  );
};

/** A symbol inside words, between letters/Han characters (T★P钱✦包). */
export const symbolsChars: TransformFn = (text, rng) => {
  const p = between(rng, 0.15, 0.5);
  const sym = chance(rng, 0.5) ? [pick(rng, SYMBOLS)] : SYMBOLS;
  return insertAtGaps(text, rng, p, () => pick(rng, sym));
};

/** Spaces, dots or dashes between the characters of words (T P 钱 包 / s.e.e.d). */
export const charSpacing: TransformFn = (text, rng) => {
  const sep = pick(rng, [' ', '.', '-', '·', ' ']);
  const p = between(rng, 0.6, 1);
  return insertAtGaps(text, rng, p, () => sep);
};

/** Line breaks inside words (TokenPo\ncket, 助记\n词). */
export const lineBreaks: TransformFn = (text, rng) => {
  const n = innerGaps(toCps(text)).length;
  const p = Math.min(0.5, between(rng, 3, 10) / Math.max(1, n));
  return insertAtGaps(text, rng, p, () => (chance(rng, 0.85) ? '\n' : '\r\n'));
};

// ---------------------------------------------------------------------------------------------
// 3. letter forms

/** ASCII → fullwidth forms (U+FF01–FF5E); spaces sometimes → U+3000. */
export const fullwidth: TransformFn = (text, rng) => {
  const p = chance(rng, 0.5) ? 1 : between(rng, 0.5, 0.9);
  const sp = chance(rng, 0.5);
  return mapChars(text, (ch) => {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x21 && c <= 0x7e && chance(rng, p)) return String.fromCodePoint(c + 0xfee0);
    if (c === 0x20 && sp) return '\u3000';
    return ch;
  });
};

interface MathStyle {
  upper: number;
  lower: number;
  digit: number | null;
  holes?: Record<string, number>;
}
const MATH_STYLES: Record<string, MathStyle> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce },
  doubleStruck: {
    upper: 0x1d538,
    lower: 0x1d552,
    digit: 0x1d7d8,
    holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
  },
  sans: { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  sansBold: { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
  boldScript: { upper: 0x1d4d0, lower: 0x1d4ea, digit: null },
};

function mathChar(ch: string, s: MathStyle): string {
  const hole = s.holes?.[ch];
  if (hole) return String.fromCodePoint(hole);
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return String.fromCodePoint(s.upper + c - 65);
  if (c >= 97 && c <= 122) return String.fromCodePoint(s.lower + c - 97);
  if (c >= 48 && c <= 57 && s.digit !== null) return String.fromCodePoint(s.digit + c - 48);
  return ch;
}

/** Mathematical alphanumeric letters and digits (𝐓𝐏 𝕎𝕒𝕝𝕝𝕖𝕥 𝟙𝟠𝟘𝟘), whole words at a time. */
export const mathAlnum: TransformFn = (text, rng) => {
  const style = MATH_STYLES[pick(rng, Object.keys(MATH_STYLES))] as MathStyle;
  const p = chance(rng, 0.5) ? 1 : between(rng, 0.5, 0.9);
  return mapUnprotected(text, (s) =>
    s.replace(/[A-Za-z0-9]+/g, (w) =>
      chance(rng, p) ? [...w].map((ch) => mathChar(ch, style)).join('') : w,
    ),
  );
};

/** Latin → Cyrillic/Greek look-alikes. */
export const HOMOGLYPHS: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  v: ['ν'],
  x: ['х'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['У', 'Υ'],
  Z: ['Ζ'],
};

export const homoglyph: TransformFn = (text, rng) => {
  const p = between(rng, 0.3, 0.9);
  const cps = toCps(text);
  const candidates = cps.filter((c) => !c.prot && HOMOGLYPHS[c.ch]).length;
  if (!candidates) return text;
  let changed = false;
  const out = mapChars(text, (ch) => {
    const alts = HOMOGLYPHS[ch];
    if (alts && chance(rng, p)) {
      changed = true;
      return pick(rng, alts);
    }
    return ch;
  });
  return changed ? out : homoglyph(text, rng);
};

const LEET: Record<string, string> = {
  o: '0',
  O: '0',
  e: '3',
  E: '3',
  a: '4',
  A: '4',
  i: '1',
  I: '1',
  s: '5',
  S: '5',
};
const BRANDISH = new Set(
  (
    'tokenpocket tp wallet support seed phrase recovery metamask trust binance usdt usdc airdrop ' +
    'verify verification validate private key keys customer service official telegram whatsapp ' +
    'wechat helpdesk help desk refund unlock frozen freeze account mnemonic secret agent admin ' +
    'team security bitcoin ethereum crypto tron bonus reward claim'
  ).split(' '),
);

/**
 * Leetspeak (o→0 e→3 a→4 i→1 s→5) in brand-like words — CamelCase (TokenPocket), ALL-CAPS (USDT),
 * scam vocabulary (wallet, seed, phrase…), half of the Capitalised words and a few others.
 * Letters only: words containing digits (addresses, IDs) and existing digits are left alone.
 */
export const leetspeak: TransformFn = (text, rng) => {
  const pOther = between(rng, 0, 0.2);
  const pChar = between(rng, 0.6, 1);
  return mapUnprotected(text, (s) =>
    s.replace(/(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])/g, (w) => {
      const p =
        /[a-z][A-Z]/.test(w) || /^[A-Z]{2,}$/.test(w) || BRANDISH.has(w.toLowerCase())
          ? 1
          : /^[A-Z]/.test(w)
            ? 0.5
            : pOther;
      if (!chance(rng, p)) return w;
      return [...w].map((ch) => (LEET[ch] && chance(rng, pChar) ? LEET[ch] : ch)).join('');
    }),
  );
};

// ---------------------------------------------------------------------------------------------
// 4. Chinese script and spelling

// Simplified → traditional, one-to-one and unambiguous in this domain (pairs of characters).
const S2T_PAIRS =
  '钱錢请請验驗证證冻凍结結资資产產费費后後问問题題时時将將这這里裡记記词詞导導处處复復检檢权權帮幫点點' +
  '过過进進际際载載机機员員发發专專缴繳领領飞飛余餘个個对對认認风風动動级級迁遷队隊无無现現会會续續单單' +
  '给給钟鐘电電骗騙纳納务務则則显顯询詢术術联聯击擊网網录錄没沒边邊节節话話热熱币幣决決当當还還维維尽盡' +
  '连連号號亲親笔筆键鍵确確属屬险險赔賠来來几幾谨謹参參苹蘋们們为為数數访訪陆陸间間钥鑰么麼随隨户戶统統' +
  '侦偵测測装裝设設备備骤驟顺順财財补補实實带帶谅諒拨撥订訂护護庆慶仅僅书書与與线線额額于於国國转轉账賬' +
  '异異链鏈页頁码碼扫掃宝寶开開启啟关關门門闻聞让讓应應该該样樣吗嗎谢謝绑綁输輸写寫错錯误誤损損获獲奖獎' +
  '红紅励勵价價买買卖賣赚賺钻鑽银銀贷貸诈詐报報举舉质質态態纸紙鹅鵝众眾优優礼禮兑兌换換汇匯储儲议議协協' +
  '约約营營运運达達递遞邮郵赠贈购購团團业業总總经經标標准準识識别別视視频頻语語讯訊听聽说說讲講试試谁誰' +
  '读讀稳穩块塊杀殺伪偽钓釣鱼魚审審责責罚罰违違规規锁鎖涨漲亏虧赢贏签簽筹籌层層万萬亿億变變纪紀观觀气氣' +
  '东東车車长長闭閉头頭爱愛乐樂欢歡贝貝贵貴赏賞贴貼贸貿赌賭创創删刪剧劇办辦劳勞医醫华華卫衛历歷压壓双雙' +
  '响響园園围圍图圖场場坏壞坚堅执執扩擴扰擾抢搶担擔择擇挂掛挤擠挥揮据據摄攝携攜断斷旧舊晓曉暂暫杂雜条條' +
  '极極构構标標树樹楼樓毕畢汉漢沟溝洁潔浅淺济濟浏瀏览覽润潤渐漸湾灣满滿灭滅灯燈灵靈烦煩烧燒状狀犹猶独獨' +
  '环環画畫畅暢疗療监監盖蓋盘盤矿礦础礎祸禍离離种種积積称稱穷窮窃竊竞競简簡类類紧緊练練组組细細织織终終' +
  '绍紹绘繪络絡绝絕继繼绩績综綜绿綠缓緩编編缘緣缩縮罗羅职職聪聰肤膚胁脅胜勝脸臉苏蘇范範荐薦药藥虽雖虚虛' +
  '见見规規觉覺触觸誉譽计計讨討训訓许許论論评評诉訴译譯诚誠详詳诺諾课課调調谈談谓謂负負败敗货貨贪貪赛賽' +
  '赞贊赶趕趋趨跃躍践踐踪蹤轨軌轮輪软軟轻輕较較辅輔辑輯远遠迟遲适適选選逻邏遗遺释釋针針钢鋼铁鐵销銷闪閃' +
  '闹鬧阅閱阳陽阵陣阶階陈陳隐隱难難顶頂项項须須顾顧预預颜顏饭飯韩韓龙龍阴陰获獲递遞删刪归歸寻尋导導诱誘' +
  '备備骚騷扑撲该該辞辭泄洩漏漏惩懲积積挽挽丢丟';
const S2T_BIGRAMS: Record<string, string> = {
  联系: '聯繫',
  复制: '複製',
  重复: '重複',
  系统: '系統',
  头发: '頭髮',
  台湾: '臺灣',
};

function pairsToMap(pairs: string): Map<string, string> {
  const cs = [...pairs];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < cs.length; i += 2) {
    const s = cs[i] as string;
    const t = cs[i + 1] as string;
    if (s !== t && !m.has(s)) m.set(s, t);
  }
  return m;
}
export const S2T = pairsToMap(S2T_PAIRS);
export const T2S = new Map<string, string>([...S2T].map(([s, t]) => [t, s]));
for (const [s, t] of Object.entries(S2T_BIGRAMS)) {
  [...t].forEach((tc, i) => {
    if (!T2S.has(tc) && tc !== s[i]) T2S.set(tc, s[i] as string);
  });
}
T2S.set('係', '系');
T2S.set('髮', '发');

function toTraditional(text: string, rng: Rng, p: number): string {
  return mapUnprotected(text, (s) => {
    let t = s;
    for (const [a, b] of Object.entries(S2T_BIGRAMS))
      t = t.replaceAll(a, () => (chance(rng, p) ? b : a));
    return [...t]
      .map((ch) => (S2T.has(ch) && chance(rng, p) ? (S2T.get(ch) as string) : ch))
      .join('');
  });
}

/** Simplified → traditional Chinese (钱包 → 錢包, 联系客服 → 聯繫客服, 助记词 → 助記詞). */
export const zhTraditional: TransformFn = (text, rng) => toTraditional(text, rng, 1);

/** Half simplified, half traditional — mixed script defeats naive exact-match lists. */
export const zhMixedScript: TransformFn = (text, rng) =>
  toTraditional(text, rng, between(rng, 0.35, 0.65));

/** Traditional → simplified (for seeds published in traditional characters). */
export const zhSimplified: TransformFn = (text) =>
  mapUnprotected(text, (s) => [...s].map((ch) => T2S.get(ch) ?? ch).join(''));

const PINYIN: Record<string, string[]> = {
  钱包: ['qianbao', '钱bao', 'qian包'],
  錢包: ['qianbao', '錢bao'],
  客服: ['kefu', '客fu', 'ke服', 'KF'],
  微信: ['weixin', 'vx', 'wx', '薇', '威', 'V'],
  QQ: ['扣扣', 'Q群'],
  Telegram: ['飞机', '纸飞机', 'TG'],
  telegram: ['飞机', '纸飞机', 'TG'],
  助记词: ['zhujici', 'zjc', '助jici', '助记ci'],
  助記詞: ['zhujici', 'zjc'],
  私钥: ['siyao', '私yao', 'si钥'],
  私鑰: ['siyao'],
  冻结: ['dongjie', '冻jie'],
  解冻: ['jiedong', '解dong'],
  转账: ['zhuanzhang', '转zhang'],
  官方: ['guanfang', '官fang'],
  授权: ['shouquan', '授quan'],
  电话: ['dianhua', '电hua'],
  提币: ['tibi', '提bi'],
  密码: ['mima', '密ma'],
  充值: ['chongzhi', '充zhi'],
  空投: ['kongtou', '空tou'],
  保证金: ['baozhengjin', 'bzj'],
};

function replaceTerms(
  text: string,
  rng: Rng,
  table: Record<string, string[]>,
  p: number,
  boundary: (key: string) => boolean,
): string {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const esc = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    keys.map((k) => (boundary(k) ? `(?<![A-Za-z])${esc(k)}(?![A-Za-z])` : esc(k))).join('|'),
    'gu',
  );
  const apply = (force: boolean) =>
    mapUnprotected(text, (s) => {
      // Single left-to-right pass; a Latin replacement next to Latin text gets a space so that
      // "钱包客服" becomes "qianbao kefu", not "qianbaokefu".
      let out = '';
      let last = 0;
      for (const m of s.matchAll(re)) {
        const k = m[0];
        out += s.slice(last, m.index);
        last = m.index + k.length;
        const alts = (table[k] ?? []).filter((a) => a.toLowerCase() !== k.toLowerCase());
        if ((!force && !chance(rng, p)) || !alts.length) {
          out += k;
          continue;
        }
        let r = pick(rng, alts);
        if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(r)) r = ' ' + r;
        if (/[A-Za-z0-9]$/.test(r) && /^[A-Za-z0-9]/.test(s.slice(last))) r += ' ';
        out += r;
      }
      return out + s.slice(last);
    });
  const out = apply(false);
  return out !== text ? out : apply(true);
}

const isAsciiKey = (k: string) => /^[A-Za-z➕ -]+$/.test(k);

/** Pinyin / abbreviation for Chinese scam vocabulary (钱包→qianbao, 助记词→zjc, 微信→vx). */
export const pinyin: TransformFn = (text, rng) => {
  if (!HAS_HAN.test(text)) return text;
  return replaceTerms(text, rng, PINYIN, between(rng, 0.6, 1), isAsciiKey);
};

const CONTACT_FAMILIES_ZH: string[][] = [
  ['微信', '薇信', '威信', 'V信', 'vx', 'VX', '➕V', 'wx', 'WeChat', 'wechat'],
  ['QQ', '扣扣', '企鹅', 'Q'],
  ['Telegram', 'telegram', '飞机', '纸飞机', 'TG', '电报'],
  ['WhatsApp', 'whatsapp', 'WA', '瓦次普'],
];
const CONTACT_FAMILIES_EN: string[][] = [
  ['WeChat', 'Wechat', 'wechat', 'VX', 'WX', 'We-Chat'],
  ['Telegram', 'telegram', 'TG', 'Tele-gram', 'Telegr@m', 'Tele gram'],
  ['WhatsApp', 'Whatsapp', 'whatsapp', 'WA', 'Whats App', 'Whats-App'],
];
/** Members never matched on their own (too short / ambiguous); only used as replacements. */
const CONTACT_REPLACE_ONLY = new Set(['Q', 'WA', '瓦次普']);

function familyTable(fams: string[][]): Record<string, string[]> {
  const t: Record<string, string[]> = {};
  for (const f of fams) for (const m of f) if (!CONTACT_REPLACE_ONLY.has(m)) t[m] = f;
  return t;
}
const CONTACT_ZH = familyTable(CONTACT_FAMILIES_ZH);
const CONTACT_EN = familyTable(CONTACT_FAMILIES_EN);

/** Messenger names swapped for their street variants (微信↔薇信/V信/➕V, QQ↔扣扣, Telegram↔飞机/TG). */
export const contactVariants: TransformFn = (text, rng) =>
  replaceTerms(text, rng, HAS_HAN.test(text) ? CONTACT_ZH : CONTACT_EN, 1, isAsciiKey);

// ---------------------------------------------------------------------------------------------
// 5. digits in phone numbers and IDs

/** Phone-number-like digit runs: ≥6 digits, optionally split by spaces, dashes, parentheses. */
const PHONE_RE = /\+?\(?\d(?:[\d \-–()]*\d)?/g;

function mapPhones(text: string, f: (run: string) => string): string {
  return mapUnprotected(text, (s) =>
    s.replace(PHONE_RE, (m, off: number) => {
      if ((m.match(/\d/g) ?? []).length < 6) return m;
      // Skip digit runs that are part of a long token (crypto address, hash, order id).
      const before = /[A-Za-z0-9]*$/.exec(s.slice(0, off))?.[0].length ?? 0;
      const after = /^[A-Za-z0-9]*/.exec(s.slice(off + m.length))?.[0].length ?? 0;
      if (before + after > 0 && before + m.length + after >= 20) return m;
      return f(m);
    }),
  );
}

/** Spaces, dots or dashes between the digits of phone numbers (1 5 8 2 3…, 158.2367.4190). */
export const digitSpacing: TransformFn = (text, rng) => {
  const sep = pick(rng, [' ', '.', '-', ' - ', '·']);
  const every = chance(rng, 0.6);
  return mapPhones(text, (run) => {
    const ds = [...run];
    return ds
      .map((ch, i) =>
        /\d/.test(ch) && /\d/.test(ds[i + 1] ?? '') && (every || chance(rng, 0.5)) ? ch + sep : ch,
      )
      .join('');
  });
};

const ZH_DIGITS = '〇一二三四五六七八九';
const FIN_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const FIN_DIGITS_TRAD = '零壹貳參肆伍陸柒捌玖';

/** Chinese numerals for the digits of phone numbers (四〇〇-八二六-七七一三). */
export const digitsChinese: TransformFn = (text, rng) => {
  const zero = pick(rng, ['〇', '零', 'O']);
  return mapPhones(text, (run) =>
    run.replace(/\d/g, (d) => (d === '0' ? zero : (ZH_DIGITS[Number(d)] as string))),
  );
};

/** Financial (anti-fraud) numerals for phone digits (肆零零-捌贰陆…). */
export const digitsFinancial: TransformFn = (text, rng) => {
  const set = chance(rng, 0.7) ? FIN_DIGITS : FIN_DIGITS_TRAD;
  return mapPhones(text, (run) => run.replace(/\d/g, (d) => set[Number(d)] as string));
};

/** Letter O for 0 and I/l for 1 inside digit runs (4OO-826-77l3). */
export const digitsLookalike: TransformFn = (text, rng) => {
  const zero = pick(rng, ['O', 'o', 'O']);
  const one = pick(rng, ['l', 'I', 'l']);
  return mapPhones(text, (run) =>
    run.replace(/[01]/g, (d) => (chance(rng, 0.85) ? (d === '0' ? zero : one) : d)),
  );
};

const GROUP_SEPS = ['➤', '→', '★', '─', '│', '┃', '▶', '◆', '✦', '━', '•', '⇨', '☆'];
const GROUP_BRACKETS: readonly [string, string][] = [
  ['[', ']'],
  ['(', ')'],
  ['【', '】'],
  ['「', '」'],
  ['〔', '〕'],
  ['『', '』'],
];

function digitGroups(run: string, rng: Rng): { plus: string; groups: string[] } {
  const plus = run.startsWith('+') ? '+' : '';
  const parts = run.split(/[^\d]+/).filter(Boolean);
  if (parts.length >= 2) return { plus, groups: parts };
  const ds = parts[0] ?? '';
  const sizes: number[] = [];
  if (ds.length === 11) sizes.push(3, 4, 4);
  else {
    const k = Math.max(2, Math.ceil(ds.length / pick(rng, [3, 4])));
    for (let i = 0; i < k; i++)
      sizes.push(Math.floor((ds.length * (i + 1)) / k) - Math.floor((ds.length * i) / k));
  }
  const groups: string[] = [];
  let i = 0;
  for (const n of sizes) {
    groups.push(ds.slice(i, i + n));
    i += n;
  }
  return { plus, groups };
}

/** Box-drawing, arrows, stars or brackets as digit-group separators (1➤800, [1]-[800], 1★800). */
export const digitGroupSymbols: TransformFn = (text, rng) => {
  const bracket = chance(rng, 0.4) ? pick(rng, GROUP_BRACKETS) : null;
  const sep = pick(rng, GROUP_SEPS);
  const joiner = pick(rng, ['', '-', ' ']);
  return mapPhones(text, (run) => {
    const { plus, groups } = digitGroups(run, rng);
    if (bracket) return plus + groups.map((g) => bracket[0] + g + bracket[1]).join(joiner);
    return plus + groups.join(sep);
  });
};

// ---------------------------------------------------------------------------------------------

export const TRANSFORMS: readonly Transform[] = [
  { name: 'zero-width', apply: zeroWidth },
  { name: 'bidi-controls', apply: bidi },
  { name: 'emoji-between-words', apply: emojiWords },
  { name: 'symbols-in-words', apply: symbolsChars },
  { name: 'char-spacing', apply: charSpacing },
  { name: 'line-breaks', apply: lineBreaks },
  { name: 'fullwidth', apply: fullwidth },
  { name: 'math-alnum', apply: mathAlnum },
  { name: 'homoglyph', apply: homoglyph },
  { name: 'leetspeak', apply: leetspeak },
  { name: 'zh-traditional', apply: zhTraditional },
  { name: 'zh-mixed-script', apply: zhMixedScript },
  { name: 'zh-simplified', apply: zhSimplified },
  { name: 'pinyin', apply: pinyin },
  { name: 'contact-variants', apply: contactVariants },
  { name: 'digit-spacing', apply: digitSpacing },
  { name: 'digits-chinese', apply: digitsChinese },
  { name: 'digits-financial', apply: digitsFinancial },
  { name: 'digits-lookalike', apply: digitsLookalike },
  { name: 'digit-group-symbols', apply: digitGroupSymbols },
];
