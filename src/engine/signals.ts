/**
 * Detection, step one: the named signals of a text (issue #18). A text is cut into sentences; each
 * sentence gets a set of signals (brand named, support role claimed, a secret asked for, a fee…)
 * and its contact points (phone, messenger, address, link, each classified). Rules (rules.ts) read
 * a sentence together with its neighbours, never a whole article: "account anomaly" in one
 * paragraph and "freeze" in another do not add up to a threat.
 */
import { getDomain } from 'tldts';
import type { OfficialIndex } from './official-index';
import { compactText } from './normalize';
import { contactLevel, findContacts } from './contacts';
import type { Contact } from './contacts';
import { OTHER_BRANDS, OTHER_BRAND_DOMAINS } from './data/other-brands';
import { editDistance, leet } from './distance';
import * as L from './lexicon';
import { escapeRegExp } from './match';
import { trie } from './trie';
import { sentenceTexts, unveil, unveilLone, veiledText } from './veil';

/**
 * Cheap pre-check: text with none of these cannot produce a finding (after folding). For each rule,
 * the words it cannot fire without are here (for a rule that needs one of several groups, every
 * word of one group): the brand (also spaced or dotted, "T P 钱包"), secrets, fees, wallets and
 * funds, transfers to "safe accounts", recovery offers, staff claims, remote-control apps. It runs
 * on the original text, so traditional forms are listed too; any link counts (its host may imitate
 * the brand in leetspeak), and so does any character outside plain ASCII and CJK (a homoglyph, a
 * zero-width character): such text is worth folding.
 */
export const RELEVANT = new RegExp(
  [
    't[\\s\\W_]{0,3}p',
    trie([
      ...['token', 'wallet', 'seed', 'phrase', 'mnemonic', 'key', 'word', 'backup', 'support'],
      ...['admin', 'help', 'care', 'ticket', 'fee', 'tax', 'deposit', 'fund', 'asset', 'airdrop'],
      ...['recover', 'stolen', 'hack', 'trace', 'reverse', 'verif', 'usdt', 'crypto', 'kefu'],
      ...['qianbao', 'zhujici', 'zjc', 'siyao', 'safe account', 'secure account', 'todesk'],
      ...['anydesk', 'teamviewer', 'rustdesk', 'screen shar'],
      ...['metamask', 'binance', 'coinbase', 'kraken', 'exodus', 'ledger', 'trezor', 'phantom'],
      ...['okx', 'bybit', 'bitget', 'kucoin', 'huobi', 'imtoken', 'bitcoin', 'btc', 'hacker'],
      ...['helpline', 'hotline', 'customer', 'suspend', 'live chat', 'agent', 'chat icon'],
      ...['logo', 'listing', 'automerge', 'claim', 'reward', 'qq', 'whatsapp', 'telegram'],
      ...['trading', 'trades', 'profit', 'return', 'income', 'investment', 'manager', 'earn'],
    ]),
    '\\b(?:eth|trx|bsc)\\b',
    '[钱錢客助私冻凍解费費转轉盗盜追资資微扣飞飛空钥鑰服官税稅币幣]|[账帐賬帳][户戶]',
    trie([
      ...[
        '单词',
        '單詞',
        '备份',
        '備份',
        '短语',
        '短語',
        '保证金',
        '保證金',
        '余额',
        '餘額',
        '信用分',
      ],
      ...[
        '安全地址',
        '验证地址',
        '驗證地址',
        '财务',
        '財務',
        '测试交易',
        '測試交易',
        '支持',
        '管理',
      ],
      ...[
        '技术',
        '技術',
        '工作人员',
        '工作人員',
        '团队',
        '團隊',
        '工单',
        '工單',
        '专属',
        '專屬',
        '提币',
      ],
      ...['提幣', '帮你查', '幫你查', '向日葵', '远程', '遠程', '屏幕共享'],
      ...[
        '头像',
        '頭像',
        '审核',
        '審核',
        '收录',
        '收錄',
        '空投',
        '红包',
        '紅包',
        '警方',
        '洗钱',
        '洗錢',
      ],
      ...['导师', '導師', '带单', '帶單', '包赔', '包賠', '稳赚', '穩賺'],
    ]),
    '[a-z0-9-]\\.[a-z]{2}',
    '[^\\t\\n\\r\\u0020-\\u007e\\u4e00-\\u9fff\\u3000-\\u303f\\uff0c\\uff1a\\uff1f\\uff01]',
  ].join('|'),
  'i',
);

const brandCache = new WeakMap<OfficialIndex, RegExp>();

export function brandRegex(index: OfficialIndex): RegExp {
  let re = brandCache.get(index);
  if (!re) {
    const names = [...index.brandSkeletons].sort((a, b) => b.length - a.length);
    const parts = names.map((n) =>
      /^[a-z]{1,3}/.test(n) && n.length < 8 ? `(?<![a-z])${escapeRegExp(n)}` : escapeRegExp(n),
    );
    for (const a of index.aliasSkeletons) {
      parts.push(`(?<![a-z])${escapeRegExp(a)}(?:钱包|qianbao|钱bao|qian包|qb(?![a-z])|wallet)`);
    }
    re = new RegExp(parts.join('|'));
    brandCache.set(index, re);
  }
  return re;
}

// ── Signals ─────────────────────────────────────────────────────────────────────────────────
/** Every signal a sentence can carry; one bit each. */
export const SIGNALS = [
  'brand',
  'otherBrand',
  'crypto',
  'support',
  'official',
  'staff',
  'offer',
  'secretAsk',
  'fee',
  'transfer',
  'recovery',
  'recoveryService',
  'stolen',
  'remote',
  'threat',
  'accountThreat',
  'urgency',
  'pretext',
  'walletImport',
  'fakeApp',
  'warning',
  'invite',
  'dmUs',
  'dmOffer',
  'liveChat',
  'referral',
  'quoted',
  'listing',
  'reward',
  'phoneSupport',
  'contactSupport',
] as const;
export type SignalName = (typeof SIGNALS)[number];
if (SIGNALS.length > 31) throw new Error('signals are bits of a 32-bit mask: at most 31');
export const SIG = Object.fromEntries(SIGNALS.map((n, i) => [n, 1 << i])) as Record<
  SignalName,
  number
>;

/** The names of the signals in a mask (for --explain). */
export function signalNames(mask: number): SignalName[] {
  return SIGNALS.filter((n) => mask & SIG[n]);
}

const CRYPTO =
  /钱包|錢包|usdt|资产|提币|转账|数字货币|虚拟币|加密货币|区块链|币圈|\b(?:wallets?|crypto\w*|tokens?|funds|eth|trx|bsc|btc|bitcoin|ethereum|tether|usdc|defi|nft|blockchain|coins?|stablecoins?|seed phrase|dapps?)\b/;
const LIVE_CHAT =
  /在线客服|人工客服|工单|專屬客服|专属客服|\b(?:dapps?|wallet|protocol|web3|web) (?:portal|support page|protocol page)\b|\b(?:live (?:chat|support|agent|person|expert)s?|chat (?:icon|button|with (?:a|an|our) (?:live )?agent)|support (?:page|portal|channel|team|agent)s?|help ?desk|help (?:center|centre) (?:page|portal)|official (?:support|web page|page|channel)|ticket id|support ticket|(?:file|open|raise|submit) a (?:support )?ticket)\b/;
/** Sends the reader elsewhere for help, without naming where ("contact our support team"). */
const REFERRAL =
  /\b(?:follow|navigate)\b[^.\n]{0,40}\b(?:instructions?|steps?|actions|page)\b[^.\n]{0,40}\b(?:support|agent|official)\b|\breport (?:this|it)\b[^.\n]{0,30}\b(?:official|agent|support)\b|\b(?:contact|talk to|speak (?:to|with)|reach(?: out to)?|write (?:directly )?to|refer (?:you|your issue) to|best handled by|initiate a (?:chat|conversation)|start a (?:chat|conversation)|report (?:this|your) (?:issue|problem))\b[^.\n]{0,60}\b(?:support|agent|team|live chat|help ?desk|channel|portal|customer (?:care|service)|representative)\b/;
const RECOVERY_SERVICE =
  /\b(?:(?:ethical|recovery|crypto|certified|professional|genuine|legit|skilled|trusted|reliable|best) hackers?|recovery (?:services?|experts?|specialists?|team|company|firm|agency|solutions?|hackers?)|(?:cyber|tech|hack)\w* (?:services?|solutions?|forensics|team|experts?)|digital forensics|funds? (?:recovery|reclaim\w*)|crypto recovery|recover(?:ing|ed|y)? (?:of )?(?:your|my|their|his|her|lost|stolen|all)(?: \w+)? (?:funds|crypto\w*|bitcoin|usdt|assets|wallets?|money|coins?))\b|\bhackers?\b[^.\n]{0,40}\b(?:speciali[sz]|recover|retriev|helped me)|追回|找黑客|黑客追回|黑客团队|找回资产|链上追踪|出黑|黑咨询|先出款|不成功不收费|网赌被黑|被黑[^。\n]{0,6}(?:解决|出款|追回|怎么办)|\b(?:saved me|helped me (?:to )?(?:recover|get back|retrieve|regain)|made sure i (?:received|got) (?:a |my )?(?:full |complete )?refund|recovered (?:my|all my|the)|got (?:back )?(?:all )?my (?:funds|crypto|money|bitcoin|usdt|assets|wallet)|(?:was|were) able to (?:recover|retrieve|regain))\b/;
const LOST =
  /被盗|被骗|被转走|被黑|丢失|\b(?:stolen|lost|scammed|unauthori[sz]ed|hacked|exploit\w*|drained|vanished|fell victim|victim|swindled|defrauded)\b/;
const ACCOUNT_THREAT =
  /\b(?:your|the) (?:\w+ ){0,2}(?:account|wallet|funds|assets)\b[^.\n]{0,40}\b(?:suspended|locked|frozen|restricted|flagged|deactivated|disabled|blocked|closed|terminated)\b|\b(?:suspicious|unusual|unauthori[sz]ed) (?:activity|login|access|transaction)|(?:账户|帐户|賬戶|钱包|资产)[^。\n]{0,12}(?:已被|将被|已经被|被)(?:冻结|凍結|封禁|限制|停用)|(?:账户|帐户|賬戶|钱包)(?:异常|已冻结|被冻结)|(?:账户|帐户|钱包)(?:协议|节点)?版本(?:较低|过低|过旧|太低)|\b(?:restricted|limited|suspended|lost) access to (?:your|the) (?:\w+ )?(?:account|wallet|funds)\b|\b(?:new|unusual|suspicious) (?:login|sign-in|device)\b[^.\n]{0,30}\b(?:detected|attempt)|(?:会|将|可能|已经)[^。\n]{0,6}(?:冻结|凍結|封禁|封号)[^。\n]{0,4}(?:账户|帳戶|账号|钱包|錢包|资产)/;
const MIGRATION =
  /\b(?:transition(?:ing)?|migrat\w*|move|moving|transfer) (?:\w+ ){0,4}(?:to|into) (?:a |the |your )?(?:new|self-custod\w*|coinbase wallet|secure|upgraded|v2)\b|\bassets must (?:move|be moved)\b|系统升级[^。\n]{0,20}(?:转移|迁移)|(?:转移|迁移)[^。\n]{0,12}新(?:地址|钱包)/;
/** A quoted contact: the number or handle belongs to the scammer the text warns about. */
const QUOTED =
  /\b(?:receive|received|get|got|answer)\b[^.\n]{0,30}\b(?:call|message|text|sms|email)s?\b[^.\n]{0,20}\bfrom\b|\bclaiming to be\b|\b(?:this|that|the) number\b[^.\n]{0,30}\b(?:scam|fake|not|fraud)|骗子的|骗子留|冒充[^。\n]{0,10}(?:号码|电话)|诈骗电话/;
/** Instructions in the wallet's own screens (【导入】, "tap Import"): entering a phrase there is how a wallet is restored. */
const TUTORIAL =
  /【[^】\n]{1,12}】|点击[^。\n]{0,6}(?:导入|确认|下一步|按钮)|\b(?:tap|select) (?:import|restore|next|confirm)\b|\b(?:in|open) (?:the|your) app\b|\bif you (?:\w+ ){0,2}(?:enter|entered|type|typed)\b[^.\n]{0,12}\b(?:an? )?(?:wrong|invalid|incorrect)\b|\byou(?:'ve| have)? (?:entered|typed) (?:the |a |an )?(?:wrong|invalid|incorrect)\b/;
/** The wallet's own warning waved away: "出现风险提示这是正常的请继续", "ignore the warning, it is normal". */
export const WARNING_DISMISSED =
  /(?:风险提示|安全提示|风险警告|危险提示|红色警告|警告提示)[^。\n]{0,12}(?:是正常的|属于正常|正常现象|这是正常|请忽略|可以忽略|忽略即可|请继续|继续操作)|\b(?:ignore|dismiss|disregard|bypass) (?:the |any |this |that )?(?:\w+ )?(?:warnings?|alerts?|risk (?:warning|alert)s?|red screen)\b|\b(?:the |this |that )?(?:warning|alert|red screen)s? (?:is|are) (?:normal|expected|harmless|a false (?:positive|alarm))\b/;
/** Recovery denied: "无法追回", "cannot be recovered", "unable to recover". */
const NO_RECOVERY =
  /(?:无法|不能|难以|不可能|很难)(?:被)?(?:追回|找回)|\b(?:cannot|can'?t|can not|won'?t|will not|impossible to|unable to|never) (?:be )?recover\w*/g;
/** The writer offers to pay ("I'll pay any fees spent", "我可以付手续费"). */
const WRITER_PAYS =
  /\bi(?:'ll| will| can| could| would| am willing to)? pay\b|我(?:愿意|可以|会)(?:付|支付)/;
/** Paid "guaranteed" listing of a token or its logo in a wallet or token list. */
const LISTING =
  /上币|上幣|上架费|上架費|\blisting fee\b|(?:提交|收录|上架|上币|审核|过审|過審)[^。\n]{0,10}(?:logo|头像|图标|代币)|(?:logo|头像|图标)[^。\n]{0,6}(?:提交|收录|审核)|\b(?:automerge|auto-merge|merge your (?:pr|pull request|request)|add your token|list your token|whitelist your token|(?:token|logo) (?:listing|approval)|fast[- ]track (?:listing|approval))\b/;
/** An airdrop, reward or bonus to claim ("Claim your free airdrop", "领取空投"). */
const REWARD =
  /(?:领取|领)[^。\n]{0,8}(?:空投|奖励|红包|补偿|赔付)|\b(?:claim|redeem|collect)\b[^.\n]{0,30}\b(?:airdrops?|rewards?|bonus|giveaway|allocation|free (?:tokens?|coins?))\b|\b(?:secured|reserved) your spot\b|\byou(?:'ve| have) (?:been selected|won|earned)\b/;
/** Phone support spoken of: wallets have none ("拨打7×24小时安全专线", "call their helpline"). */
const PHONE_SUPPORT =
  /客服电话|客服热线|服务热线|安全专线|人工电话|拨打[^。\n]{0,12}(?:热线|专线|电话|客服)|\b(?:helpline|hotline|toll[- ]free|phone support|support (?:phone )?number|customer (?:service|support|care) (?:phone )?number|call (?:their|the|our) (?:support|customer|help))/;
/** Tells the reader to contact customer service ("联系客服", "contact their support"). */
const CONTACT_SUPPORT =
  /联系[^。\n]{0,10}(?:客服|支持人员|技术支持)|与[^。\n]{0,12}客服[^。\n]{0,4}联系|找客服|咨询客服|\b(?:contact|reach out to|call|get in touch with) (?:\w+ ){0,3}(?:support|customer (?:service|care|support)|help ?desk)\b/;
/** The phrase goes to a person, not into the wallet app: "复制给我", "send it to me". */
const TO_SOMEONE =
  /给我|發給|发给|发我|發我|复制给|複製給|告诉|提供给|发送给|回复|\b(?:send|share|give|tell|reply|dm|message|provide|submit) (?:it |them |your \w+ (?:\w+ )?)?(?:to )?(?:me|us|our|the (?:agent|team|support))\b/;
/** A report of what happened to someone (news, police write-ups): "对方自称客服", "the caller said". */
const NARRATIVE =
  /对方|骗子|自称|声称|冒充|假冒|受害|民警|警方|警察|市民|先生|女士|案例|假装|诱导|小[李王张刘陈杨赵黄周吴孙林徐何高马]|(?<!我)他们|(?<![我其])她|\b(?:explains? that|claims? that|tells? (?:you|victims|users|people) (?:that|to)|will ask (?:you|victims)|asks? (?:victims|users|people) to|pretend(?:s|ing)? to be|posing as|poses as|the lie|the pitch|the script)\b|\b(?:the (?:scammer|caller|fraudster|impostor)s?|victims?|police|fraudsters?)\b/;
/** A report about scammers and their victims: a contact named there is the scammers'. */
const REPORTED =
  /诈骗分子|被害人|受害人|骗子们|犯罪嫌疑人|\bscammers? (?:will|would|may|often|usually|then)\b|\bthe victims?\b/;
/**
 * Words of a warning that names the scam's methods ("企图盗取私钥", "to steal your phrase"). Not
 * "attempt" alone: "an unusual login attempt" is the alert a phishing text fakes.
 */
const WARNS_OF =
  /企图|盗取|骗取|窃取|诱导|套取|\b(?:steal|trick you|pretend)|\battempt(?:s|ing)? to (?:steal|trick|scam|take|get|obtain|phish|gain)/;
const OTHER_NAMES = new RegExp(
  OTHER_BRANDS.flatMap((b) => b.names)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
);

// ── Unveiling: evasions inside words ──────────────────────────────────────────────────────────
export interface Sentence {
  n: string;
  /** The sentence unveiled (see unveil), when the text has evasions inside words; else n. */
  v?: string;
  /** Compact text, computed on first use. */
  c?: string;
  start: number;
  /** Signals (SIG bits). */
  mask: number;
  /** Indices into the text's contacts. */
  contacts: number[];
}

export function compactOf(s: Sentence): string {
  return (s.c ??= compactText(s.n));
}

export function sentences(n: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { text, start } of sentenceTexts(n))
    out.push({ n: text, start, mask: 0, contacts: [] });
  return out;
}

const QUOTE = /[“「『"]/;

/** Text with quoted passages blanked: a quoted scam line is not the author's own instruction. */
export function unquoted(n: string): string {
  if (!QUOTE.test(n)) return n;
  // A sentence that opens with a quote (a scam line quoted on its own) is read as it is.
  if (/^\s*[“「『"'‘]/.test(n)) return n;
  // A quote may run past the sentence's end ("…需要立刻冻结。”"): from its opening to the end.
  return n.replace(
    /“[^”\n]{0,120}(?:”|$)|「[^」\n]{0,120}(?:」|$)|『[^』\n]{0,120}』|"[^"\n]{0,120}"/g,
    (m) => ' '.repeat(m.length),
  );
}

function negated(s: Sentence): boolean {
  return L.C_NEGATION.test(compactOf(s)) || L.N_NEGATION.test(s.n) || WARNS_OF.test(s.n);
}

const SECRET_WORD = new RegExp(
  `${L.N_SECRET.source}|助记词|助記詞|私钥|私鑰|zjc|zhujici|siyao|si钥|私yao|助记|keystore`,
);
const CLAUSE_END = /[,，;；:：。！？!?\n]/g;

/**
 * Negation in the clause that names the secret ("Wallet connection not available, please enter
 * your 12-word seed phrase": the "not" belongs to another clause).
 */
function secretNegated(n: string): boolean {
  const m = SECRET_WORD.exec(n);
  if (!m) return false;
  let start = 0;
  for (const b of n.slice(0, m.index).matchAll(CLAUSE_END)) start = b.index + 1;
  const clause = n.slice(start, m.index + m[0].length);
  return L.C_NEGATION.test(clause) || L.N_NEGATION.test(clause) || WARNS_OF.test(clause);
}

/**
 * Which word lists occur anywhere in a text (the folded text `n`, its compact form `c`): a superset
 * of every sentence's signals. A sentence is tested only for what its text has somewhere, and a
 * text with nothing any rule could use is not cut into sentences at all.
 */
interface Present {
  /** An investment or betting "mentor" lure (INVESTMENT; read by its rule, no signal bit). */
  invest: boolean;
  brand: boolean;
  other: boolean;
  crypto: boolean;
  supportC: boolean;
  supportN: boolean;
  officialC: boolean;
  officialN: boolean;
  staff: boolean;
  offerC: boolean;
  offerN: boolean;
  secretN: boolean;
  secretC: boolean;
  fee: boolean;
  transfer: boolean;
  migration: boolean;
  recovery: boolean;
  recoveryService: boolean;
  stolen: boolean;
  remote: boolean;
  threat: boolean;
  accountThreat: boolean;
  urgency: boolean;
  pretext: boolean;
  walletImport: boolean;
  fakeApp: boolean;
  warning: boolean;
  invite: boolean;
  dmUs: boolean;
  dmOffer: boolean;
  liveChat: boolean;
  referral: boolean;
  phoneSupport: boolean;
  contactSupportN: boolean;
  contactSupportC: boolean;
  quoted: boolean;
  listing: boolean;
  reward: boolean;
  /** Some sentence needs its compact text. */
  compact: boolean;
  /** Something a rule could fire on, without any contact point. */
  trigger: boolean;
}

/**
 * The lists a rule can fire on without a contact point, and the pretexts of a rectification page,
 * looked for first: a text with none of them and no contact point is not read further.
 */
function triggersIn(n: string, c: string): Present {
  const p = { ...NOTHING_PRESENT };
  p.secretN = L.N_SECRET.test(n);
  p.secretC = C_SECRET_ANY.test(c);
  p.fee = L.N_FEE.test(n);
  p.transfer = L.N_ASSET_TRANSFER.test(n);
  p.migration = MIGRATION.test(n);
  p.recovery = L.N_RECOVERY.test(n);
  p.recoveryService = RECOVERY_SERVICE.test(n);
  p.fakeApp = L.N_FAKE_APP.test(n) && L.N_INSTALL.test(n);
  p.remote = L.N_REMOTE.test(n);
  p.threat = L.N_THREAT.test(n);
  p.accountThreat = ACCOUNT_THREAT.test(n);
  p.staff = L.N_STAFF_CLAIM.test(n);
  p.dmUs = L.N_DM_US.test(n);
  p.dmOffer = L.N_DM_OFFER.test(n);
  p.referral = REFERRAL.test(n);
  p.phoneSupport = PHONE_SUPPORT.test(n);
  p.contactSupportN = CONTACT_SUPPORT.test(n);
  p.contactSupportC = CONTACT_SUPPORT.test(c);
  p.walletImport = L.N_WALLET_IMPORT.test(n) || WARNING_DISMISSED.test(n);
  p.listing = LISTING.test(n);
  p.reward = REWARD.test(n);
  p.pretext = L.N_PRETEXT.test(n);
  p.invest = INVESTMENT.test(n);
  p.trigger =
    p.invest ||
    p.secretN ||
    p.secretC ||
    p.fee ||
    p.transfer ||
    p.migration ||
    p.recovery ||
    p.recoveryService ||
    p.fakeApp ||
    p.remote ||
    p.threat ||
    p.accountThreat ||
    p.staff ||
    p.dmUs ||
    p.dmOffer ||
    p.referral ||
    p.phoneSupport ||
    p.contactSupportN ||
    p.contactSupportC ||
    p.walletImport ||
    p.listing ||
    p.reward;
  return p;
}

/** The other lists (context: brand, role, warning…), once the text is worth reading. */
function contextIn(p: Present, n: string, c: string, index: OfficialIndex): Present {
  const leety = LEET_IN_WORD.test(c);
  p.brand = brandRegex(index).test(c) || (leety && brandRegex(index).test(leet(c)));
  p.other = OTHER_NAMES.test(c) || (leety && OTHER_NAMES.test(leet(c)));
  p.crypto = CRYPTO.test(n);
  p.supportC = L.C_SUPPORT.test(c);
  p.supportN = L.N_SUPPORT.test(n);
  p.officialC = L.C_OFFICIAL.test(c);
  p.officialN = L.N_OFFICIAL.test(n);
  p.offerC = L.C_SERVICE_OFFER.test(c);
  p.offerN = L.N_SERVICE_OFFER.test(n);
  p.stolen = L.N_STOLEN.test(n) || LOST.test(n);
  p.urgency = L.N_URGENCY.test(n);
  p.warning = L.N_WARNING.test(n) || NARRATIVE.test(n) || L.N_ASKER.test(n);
  p.invite = L.N_INVITE.test(n);
  p.liveChat = LIVE_CHAT.test(n);
  p.quoted = QUOTED.test(n);
  p.compact =
    p.brand || p.other || p.supportC || p.officialC || p.offerC || p.secretC || p.contactSupportC;
  return p;
}

/**
 * C_SECRET without its edge look-arounds: a superset of it on the whole compact text, where a
 * neighbouring sentence may sit right before "zjc".
 */
const C_SECRET_ANY = new RegExp(L.C_SECRET.source.replace(/\(\?<?[!=][^()]*\)/g, ''));

/** No list present. */
const NOTHING_PRESENT: Present = {
  invest: false,
  brand: false,
  other: false,
  crypto: false,
  supportC: false,
  supportN: false,
  officialC: false,
  officialN: false,
  staff: false,
  offerC: false,
  offerN: false,
  secretN: false,
  secretC: false,
  fee: false,
  transfer: false,
  migration: false,
  recovery: false,
  recoveryService: false,
  stolen: false,
  remote: false,
  threat: false,
  accountThreat: false,
  urgency: false,
  pretext: false,
  walletImport: false,
  fakeApp: false,
  warning: false,
  invite: false,
  dmUs: false,
  dmOffer: false,
  liveChat: false,
  referral: false,
  phoneSupport: false,
  contactSupportN: false,
  contactSupportC: false,
  quoted: false,
  listing: false,
  reward: false,
  compact: false,
  trigger: false,
};

/** Leet digits next to letters in a compact text ("t0kenp0cket"): brand names are read through them. */
const LEET_IN_WORD = /[a-z][013457]|[013457][a-z]/;

/** Words that make a "private key" an SSH, TLS or PGP key, not a wallet's. */
const NOT_WALLET_KEY =
  /\b(?:ssh|gpg|pgp|tls|ssl|x\.?509|rsa|openssl|id_rsa|pem|certificate)\b|证书|公钥/;

/** The signals of one sentence (only what its text has somewhere is tested). */
function sentenceMask(s: Sentence, index: OfficialIndex, p: Present): number {
  const n = s.v ?? s.n;
  const c = p.compact ? compactOf(s) : '';
  // Leet digits in the compact text ("t0kenp0cket", "tpwa11et"): the brand names read through them.
  const cl = LEET_IN_WORD.test(c) ? leet(c) : c;
  let m = 0;
  const set = (bit: number, on: boolean) => {
    if (on) m |= bit;
  };
  if (p.brand)
    set(SIG.brand, brandRegex(index).test(c) || (cl !== c && brandRegex(index).test(cl)));
  if (p.other) set(SIG.otherBrand, OTHER_NAMES.test(c) || (cl !== c && OTHER_NAMES.test(cl)));
  if (p.crypto) set(SIG.crypto, CRYPTO.test(n));
  set(SIG.support, (p.supportC && L.C_SUPPORT.test(c)) || (p.supportN && L.N_SUPPORT.test(n)));
  set(SIG.official, (p.officialC && L.C_OFFICIAL.test(c)) || (p.officialN && L.N_OFFICIAL.test(n)));
  if (p.staff) set(SIG.staff, L.N_STAFF_CLAIM.test(unquoted(n)));
  set(
    SIG.offer,
    (p.offerC && L.C_SERVICE_OFFER.test(c)) || (p.offerN && L.N_SERVICE_OFFER.test(n)),
  );
  const lure = p.fee || p.transfer || p.migration || p.recovery || p.recoveryService;
  const nq = lure || p.invite || p.dmUs || p.dmOffer ? unquoted(n) : n;
  const secret =
    ((p.secretN && L.N_SECRET.test(n)) || (p.secretC && L.C_SECRET.test(c))) &&
    !NOT_WALLET_KEY.test(n);
  const neg = secret || lure || p.accountThreat || p.walletImport || p.fakeApp ? negated(s) : false;
  // A question: a worried one is the asker's, not a request (tested only where it counts).
  const question = secret || p.referral || p.warning ? L.N_QUESTION.test(n) : false;
  if (secret && !question && (!neg || !secretNegated(n))) {
    const verb =
      L.C_SECRET_VERB.test(c || compactOf(s)) ||
      L.N_SECRET_VERB.test(n) ||
      /\b(?:confirm|drop|post)\b/.test(n);
    // Not the wallet app's own steps ("点击【导入】"), unless it goes to someone ("复制给我"); not
    // the writer's own lost phrase ("I can't find my 12 words", with no "your").
    set(
      SIG.secretAsk,
      verb &&
        L.N_ADDRESSEE.test(n) &&
        (!TUTORIAL.test(n) || TO_SOMEONE.test(n)) &&
        !(THIEF_USES.test(n) && !REQUEST_MARK.test(n)) &&
        !(OWN_SECRET.test(n) && !/\byours?\b|你|您/.test(n)),
    );
  }
  // "I'll pay any fees": the writer offering to pay is not asked to.
  if (p.fee) set(SIG.fee, !neg && L.N_FEE.test(nq) && !WRITER_PAYS.test(nq));
  if (p.transfer) set(SIG.transfer, !neg && L.N_ASSET_TRANSFER.test(nq));
  // Moving the assets to a "new" wallet or address is a transfer lure of its own.
  if (p.migration) set(SIG.transfer, !neg && MIGRATION.test(nq));
  if (p.listing) set(SIG.listing, LISTING.test(n));
  if (p.reward) set(SIG.reward, !neg && REWARD.test(nq));
  // "一旦转出便无法追回", "funds cannot be recovered": recovery denied is no recovery offer.
  const nr = p.recovery || p.recoveryService ? nq.replace(NO_RECOVERY, ' ') : nq;
  if (p.recovery) set(SIG.recovery, L.N_RECOVERY.test(nr));
  if (p.recoveryService) set(SIG.recoveryService, RECOVERY_SERVICE.test(nr));
  if (p.stolen) set(SIG.stolen, L.N_STOLEN.test(n) || LOST.test(n));
  if (p.remote) set(SIG.remote, L.N_REMOTE.test(n));
  if (p.threat) set(SIG.threat, L.N_THREAT.test(n));
  if (p.accountThreat) set(SIG.accountThreat, !neg && ACCOUNT_THREAT.test(n));
  if (p.urgency) set(SIG.urgency, L.N_URGENCY.test(n));
  if (p.pretext) set(SIG.pretext, L.N_PRETEXT.test(n));
  // Connecting a wallet, or being told its risk warning is normal (an approval drainer's page).
  if (p.walletImport)
    set(SIG.walletImport, !neg && (L.N_WALLET_IMPORT.test(n) || WARNING_DISMISSED.test(n)));
  if (p.fakeApp) set(SIG.fakeApp, !neg && L.N_FAKE_APP.test(n) && L.N_INSTALL.test(n));
  // A warning, news, or a worried question ("is this a scam?").
  const warning = p.warning && (L.N_WARNING.test(n) || NARRATIVE.test(n) || L.N_ASKER.test(n));
  set(SIG.warning, warning);
  if (p.invite) set(SIG.invite, L.N_INVITE.test(nq));
  if (p.dmUs) set(SIG.dmUs, L.N_DM_US.test(nq));
  if (p.dmOffer) set(SIG.dmOffer, L.N_DM_OFFER.test(nq));
  if (p.liveChat) set(SIG.liveChat, LIVE_CHAT.test(n));
  if (p.referral) set(SIG.referral, !question && REFERRAL.test(n));
  if (p.phoneSupport) set(SIG.phoneSupport, PHONE_SUPPORT.test(n));
  set(
    SIG.contactSupport,
    (p.contactSupportN && CONTACT_SUPPORT.test(n)) ||
      (p.contactSupportC && CONTACT_SUPPORT.test(c)),
  );
  // A contact in a sentence that calls it fake, or says it called the victim, is the scammer's.
  set(
    SIG.quoted,
    (p.quoted && QUOTED.test(n)) ||
      (warning &&
        ((L.N_WARNING.test(n) && !(m & SIG.invite)) ||
          REPORTED.test(n) ||
          (question && L.N_ASKER.test(n)))),
  );
  // Advice ("never give your phrase to anyone", a negated request) frames its neighbours as a
  // warning does.
  if (neg)
    set(
      SIG.warning,
      (secret && secretNegated(n)) ||
        (p.fee && L.N_FEE.test(n)) ||
        (p.transfer && L.N_ASSET_TRANSFER.test(n)),
    );
  return m;
}

// ── Contacts, classified ─────────────────────────────────────────────────────────────────────
/** Hosting where anyone can publish a page in minutes: "support" pages there are not a brand's. */
const FREE_HOST =
  /(?:^|\.)(?:web\.app|firebaseapp\.com|pages\.dev|workers\.dev|vercel\.app|netlify\.app|github\.io|gitlab\.io|glitch\.me|herokuapp\.com|onrender\.com|repl\.co|weebly\.com|wixsite\.com|webflow\.io|blogspot\.com|wordpress\.com|godaddysites\.com|square\.site|carrd\.co|framer\.(?:app|website)|surge\.sh|ngrok\.io|ngrok-free\.app|tawk\.to|lc\.chat|livechatinc\.com|chatwoot\.com|crisp\.chat|jotform\.com|typeform\.com|zohopublic\.com|livechatinc\.com)$/;
const FORM_OR_SHORT =
  /^(?:https?:\/\/)?(?:forms\.gle|docs\.google\.com\/forms|bit\.ly|cutt\.ly|tinyurl\.com|t\.co|rb\.gy|is\.gd|shorturl\.at|linktr\.ee|sites\.google\.com)\b/;
const CHAT_LINK =
  /^(?:https?:\/\/)?(?:wa\.me|t\.me|telegram\.me|discord\.gg|discord\.com\/invite|line\.me|(?:www\.)?(?:twitter|x)\.com\/messages\/compose)\b/;
/** Help-desk platforms where a brand's own desk is <brand>.<platform>. */
const HELP_DESK =
  /^([a-z0-9-]+)\.(?:zendesk\.com|freshdesk\.com|intercom\.help|gitbook\.io|helpscoutdocs\.com)$/;
const FREE_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton|protonmail|icloud|aol|mail|gmx|zoho|yandex|163|126|qq|foxmail|sina)\./;

export type ContactClass =
  /** A link the address judge calls a look-alike of the brand. */
  | 'lookalike'
  /** A phone number, messenger id or invitation, handle or free-mail address. */
  | 'private'
  /** A page on free hosting, a form or a link shortener. */
  | 'offsite'
  /** An invitation to a chat group or account (t.me, wa.me, discord.gg, line.me). */
  | 'chat'
  /** A link whose host carries another brand's name but is not that brand's. */
  | 'otherLookalike'
  /** A wallet's or exchange's own site (other-brands.ts), or its own help desk. */
  | 'own'
  /** Any other address (a company's own site, a news page). */
  | 'plain'
  | 'official';

function ownDomain(host: string): boolean {
  for (const d of OTHER_BRAND_DOMAINS) if (host === d || host.endsWith('.' + d)) return true;
  return false;
}

const OTHER_LATIN = OTHER_BRANDS.flatMap((b) => b.names).filter((x) => /^[a-z0-9]{6,}$/.test(x));

export function classify(k: Contact): ContactClass {
  if (k.official) return 'official';
  if (k.kind !== 'url' && k.kind !== 'email') return 'private';
  if (k.kind === 'email') return FREE_MAIL.test(k.value) ? 'private' : 'plain';
  if (contactLevel(k) === 'danger') return 'lookalike';
  if (FORM_OR_SHORT.test(k.value)) return 'offsite';
  if (CHAT_LINK.test(k.value)) return 'chat';
  const host = k.host ?? '';
  const desk = HELP_DESK.exec(host)?.[1];
  if (desk && OTHER_LATIN.includes(desk)) return 'own';
  if (FREE_HOST.test(host)) return 'offsite';
  if (ownDomain(host)) return 'own';
  const whole = host.replace(/[^a-z0-9]/g, '');
  const labels = host.split(/[.-]/);
  for (const b of OTHER_LATIN) {
    if (whole.includes(b)) return 'otherLookalike';
    // One edit away ("mettamask-zendesk.com"): a label of about the name's length.
    if (b.length < 8) continue;
    for (const l of labels)
      if (Math.abs(l.length - b.length) <= 1 && editDistance(l, b, 1) <= 1) return 'otherLookalike';
  }
  return 'plain';
}

export interface TextSignals {
  sentences: Sentence[];
  contacts: Contact[];
  classes: ContactClass[];
  /** The text opens by addressing someone (@name, "Dear user"): a reply to a help request. */
  addressed: boolean;
  /** An investment or betting "mentor" lure somewhere in the text (INVESTMENT). */
  invest: boolean;
  /** The same, in a text of up to 2,000 characters (its messenger may be a few lines away). */
  investShort: boolean;
  /** Signals of the whole text, joined (for the few rules where a story sets the scene). */
  doc: number;
  /** The same phone number given three times or more: phone spam. */
  phoneSpam: boolean;
  /** A link shown as one address and going to another ("[https://a.com](https://b.com)"). */
  deceptiveLink: string | null;
  /** A short message (up to 400 characters): its rules read it whole. */
  short: boolean;
  /** Three or more different wallet pretexts offered one after another. */
  portal: boolean;
  /** How many different marks of phone spam the whole text has (24/7, toll-free, ☎…). */
  phoneMarks: number;
}

/**
 * A "mentor" who trades for you, copied trades, guaranteed profits (investment, pig-butchering and
 * betting-tip spam; real published texts of the investment-mentor family in tests/fixtures/real).
 */
export const INVESTMENT =
  /导师(?:一带一|一对一|带单|带赚|带你|单带|带计划)|(?:赚钱|回血|倍投|快3|彩票|计划)导师|跟导师|带单|(?:亏损|输了)包赔|稳赚不赔|\b(?:copy (?:our|my) trades|trading (?:signals?|abilities|strategies|mentor|expert)|(?:guaranteed|daily|weekly) (?:profits?|returns?|income)|investment (?:plan|opportunit\w+|mentor|manager|expert)|earn \$?\d[\d,]{0,12}(?:k|m)? (?:a|per|every) (?:day|week)|invest \$?\d[\d,.]{0,12}k? (?:and )?(?:get|earn|receive|make) \$?\d[\d,]*)\b/;
/**
 * The @mention a text opens with, after a greeting at most: the one it answers. Only the first: a
 * run of mentions may carry the scammer's own ("@victim @TP_Helpdesk will restore it").
 */
const OPENING_MENTIONS = /^\s*(?:(?:hi|hello|hey|dear)(?: there)?[\s,!]*)?@[a-z0-9_-]{2,}/;
const ADDRESSED =
  /^\s*(?:@[a-z0-9_-]{2,}|(?:i|we) (?:have |'ve )?(?:already )?(?:submitted|opened|created|raised|escalated) (?:a|your) (?:support )?(?:ticket|request|case) on your behalf|(?:hello|hi|hey|dear)?[^.]{0,20}\bthank(?:s| you) for (?:contacting|reaching out|your (?:message|patience|report))|(?:hi|hello|hey|dear)\b[^.\n]{0,30}(?:@[a-z0-9_-]{2,}|\b(?:user|customer|investor|sir|madam|friend|there)\b)|👋)|@[a-z0-9_-]{2,}\s*$/;

/** A withdrawal the platform refuses ("无法提现", "不给出款", "提款失败"). */
export const WITHDRAW_BLOCKED =
  /(?:无法|不能|不给你?|拒绝|不让)(?:提现|提款|出款|取款)|提现不了|提不了现|(?:提现|提款|出款)(?:失败|不到账|被拒)/;
/** A request to the reader in the same sentence ("请…发送给客服", "reply with your phrase"). */
const REQUEST_MARK =
  /请(?!不要|勿|别|千万)|立即|马上|尽快|发送|发给|提交|告诉(?:我|客服)|给(?:我|客服)|\b(?:please|send|reply|submit|enter|provide|give|dm|message|verify|validate|confirm)\b/;
/** What a thief does with a phrase ("黑客…通过导入这些助记词"): told, not asked for. */
const THIEF_USES =
  /(?:黑客|骗子|恶意行为者|攻击者|不法分子|诈骗分子|盗币者)[^。\n，,]{0,16}(?:导入|输入|获得|窃取|盗取|使用)|\b(?:hackers?|scammers?|attackers?|thie(?:f|ves)|criminals?)\b (?:can|could|will|would|may) (?:\w+ ){0,3}(?:import|use|restore)\b/;
/** The writer's own secret ("my 12 words", "我的助记词"): a lost phrase asked about, not asked for. */
const OWN_SECRET =
  /\bmy (?:own )?(?:\w+ )?(?:seed ?phrase|seed words|recovery ?phrase|secret (?:recovery )?phrase|mnemonic|private ?keys?|keystore|(?:12|24|twelve|twenty-four)[- ]words?|wallet phrase|passphrase)\b|我的(?:助记词|助記詞|私钥|私鑰)/;

/** The menu of a wallet-"rectification" phishing page: one pretext after another. */
const PORTAL_ITEMS =
  /\b(?:rectif\w*|migrat\w*|validat\w*|synchroni[sz]\w*|sync\w*|claim\w*|fix issue|assets? recovery|whitelist\w*|bridge transfer|connect (?:a |your |to a )?wallets?|wallet ?connect|staking issues?|airdrops?|missing funds|unstak\w*|node strings?)\b/g;

/** How many different wallet pretexts a text offers (three or more: a rectification page). */
function portalKinds(n: string): number {
  const kinds = new Set<string>();
  for (const m of n.matchAll(PORTAL_ITEMS)) kinds.add(m[0].slice(0, 5));
  return kinds.size;
}

/** The marks of phone spam: round-the-clock, toll-free, a "live person", an "official number". */
export const PHONE_SPAM =
  /24\s?[/x×-]\s?7|toll[- ]?free|live person|real person|official (?:\w+ )?(?:number|line|helpline)|☎|📞|☏/;
const PHONE_SPAM_ALL = new RegExp(PHONE_SPAM.source, 'g');

/** How many different marks of phone spam a text has. */
function phoneSpamMarks(t: string): number {
  const marks = new Set<string>();
  for (const m of t.matchAll(PHONE_SPAM_ALL))
    marks.add(/^[☎📞☏]/u.test(m[0]) ? '☎' : m[0].slice(0, 4));
  return marks.size;
}

/** Signals some rule can fire on without a contact point (the others only add to them). */
const TRIGGERS =
  SIG.secretAsk |
  SIG.fee |
  SIG.transfer |
  SIG.recovery |
  SIG.recoveryService |
  SIG.fakeApp |
  SIG.remote |
  SIG.threat |
  SIG.accountThreat |
  SIG.staff |
  SIG.dmUs |
  SIG.dmOffer |
  SIG.referral |
  SIG.phoneSupport |
  SIG.contactSupport |
  SIG.walletImport |
  SIG.listing |
  SIG.reward;

const SHOWN_LINK =
  /\[\s*(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,})[^\]\s]*\s*\]\(\s*https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/g;

/** The registrable domain of a host (tldts, as the address judge reads it), or the host. */
function registrable(host: string): string {
  return getDomain(host) ?? host;
}

/** A link written to show one address (with its scheme or www.) and go to another: both hosts, or null. */
function deceptiveLink(n: string): string | null {
  if (!n.includes('](')) return null;
  for (const m of n.matchAll(SHOWN_LINK))
    if (registrable(m[1]!) !== registrable(m[2]!)) return `${m[1]} → ${m[2]}`;
  return null;
}

const NO_SIGNALS: TextSignals = Object.freeze({
  sentences: [],
  contacts: [],
  classes: [],
  addressed: false,
  invest: false,
  investShort: false,
  doc: 0,
  phoneSpam: false,
  deceptiveLink: null,
  short: true,
  portal: false,
  phoneMarks: 0,
}) as unknown as TextSignals;

/** Signals of every sentence, and the contact points, of a folded text (`c`: its compact form). */
export function textSignals(
  n: string,
  c: string,
  index: OfficialIndex,
  withContacts: boolean,
  /** Signals of the whole text (a form with a field for the phrase). */
  extra = 0,
): TextSignals {
  const sents = sentences(n);
  // The text is first looked through whole: its sentences are tested only for the lists it has
  // somewhere, and a text with nothing a rule could fire on is not looked at further.
  const veiled = veiledText(n);
  // A lone symbol inside a word may stand for a letter ("supp🍑rt"): that reading too.
  const lone: (string | null)[] = veiled ? sents.map((s) => unveilLone(s.n)) : [];
  if (veiled) for (const s of sents) s.v = unveil(s.n);
  // What the sentences will be tested on (unveiled one by one, which may read differently from
  // the whole text unveiled).
  const nv = veiled ? sents.flatMap((s, i) => (lone[i] ? [s.v!, lone[i]] : [s.v!])).join('\n') : n;
  const p = triggersIn(nv, c);
  // The people a reply opens by addressing ("@alice", "Hey there @bob") are who it answers, not a
  // contact it gives.
  const opening = OPENING_MENTIONS.exec(n)?.[0].length ?? 0;
  const contacts = withContacts
    ? findContacts(n, index).filter((k) => k.kind !== 'handle' || k.start >= opening)
    : [];
  const portal = p.pretext && portalKinds(veiled ? unveil(n) : n) >= 3;
  const deceptive = deceptiveLink(n);
  if (!p.trigger && !contacts.length && !extra && !portal && !deceptive) return NO_SIGNALS;
  contextIn(p, nv, c, index);
  const classes = contacts.map(classify);
  // Each contact to the sentence it is in (contacts come kind by kind: read them in text order).
  const order = contacts.map((_k, i) => i).sort((a, b) => contacts[a]!.start - contacts[b]!.start);
  let si = 0;
  for (const i of order) {
    const k = contacts[i]!;
    while (si + 1 < sents.length && sents[si + 1]!.start <= k.start) si++;
    sents[si]?.contacts.push(i);
  }
  for (const s of sents) s.contacts.sort((a, b) => a - b);
  let doc = extra;
  sents.forEach((s, i) => {
    s.mask = sentenceMask(s, index, p);
    const other = lone[i];
    if (other) s.mask |= sentenceMask({ ...s, v: other, c: undefined }, index, p);
    doc |= s.mask;
  });
  if (!(doc & TRIGGERS) && !p.invest && !contacts.length && !portal && !deceptive)
    return NO_SIGNALS;
  const phones = new Map<string, number>();
  for (const k of contacts)
    if (k.kind === 'phone') phones.set(k.value, (phones.get(k.value) ?? 0) + 1);
  return {
    sentences: sents,
    contacts,
    classes,
    addressed: n.length < 3000 && ADDRESSED.test(n),
    invest: p.invest,
    investShort: p.invest && n.length <= 2000,
    doc,
    phoneSpam: [...phones.values()].some((x) => x >= 3),
    deceptiveLink: deceptive,
    short: n.length <= 400,
    portal,
    phoneMarks: phoneSpamMarks(n),
  };
}

/**
 * What the engine looks for before it reads a text further, for the sniffer (issue #20; built into
 * src/engine/data/sniff-literals.ts by scripts/sniff-literals.ts): `trigger`, the lists a rule can
 * fire on without a contact point (triggersIn), a rectification page's pretexts and a deceptive
 * link; `context`, the lists that make a contact point matter (contextIn, the reply's address, the
 * marks of phone spam). Each is tested on the folded text or its compact form; the brand's names
 * come from the signed list.
 */
export const SNIFF_PATTERNS: Record<'trigger' | 'context', readonly SniffPattern[]> = {
  trigger: [
    [L.N_SECRET, 'n'],
    [C_SECRET_ANY, 'c'],
    [L.N_FORM_SECRET_FIELD, 'n'],
    [L.N_FEE, 'n'],
    [L.N_ASSET_TRANSFER, 'n'],
    [MIGRATION, 'n'],
    [L.N_RECOVERY, 'n'],
    [RECOVERY_SERVICE, 'n'],
    [L.N_FAKE_APP, 'n'],
    [L.N_REMOTE, 'n'],
    [L.N_THREAT, 'n'],
    [ACCOUNT_THREAT, 'n'],
    [L.N_STAFF_CLAIM, 'n'],
    [L.N_DM_US, 'n'],
    [L.N_DM_OFFER, 'n'],
    [REFERRAL, 'n'],
    [PHONE_SUPPORT, 'n'],
    [CONTACT_SUPPORT, 'n'],
    [CONTACT_SUPPORT, 'c'],
    [L.N_WALLET_IMPORT, 'n'],
    [WARNING_DISMISSED, 'n'],
    [LISTING, 'n'],
    [REWARD, 'n'],
    [INVESTMENT, 'n'],
    [PORTAL_ITEMS, 'n'],
    [SHOWN_LINK, 'n'],
  ],
  context: [
    [WITHDRAW_BLOCKED, 'n'],
    [OTHER_NAMES, 'c'],
    [CRYPTO, 'n'],
    [L.C_SUPPORT, 'c'],
    [L.N_SUPPORT, 'n'],
    [L.C_OFFICIAL, 'c'],
    [L.N_OFFICIAL, 'n'],
    [L.C_SERVICE_OFFER, 'c'],
    [L.N_SERVICE_OFFER, 'n'],
    [L.N_STOLEN, 'n'],
    [LOST, 'n'],
    [L.N_URGENCY, 'n'],
    [L.N_INVITE, 'n'],
    [LIVE_CHAT, 'n'],
    [ADDRESSED, 'n'],
    [PHONE_SPAM, 'n'],
  ],
};
/** A pattern and the text the engine tests it on: the folded text (n) or its compact form (c). */
export type SniffPattern = readonly [RegExp, 'n' | 'c'];
