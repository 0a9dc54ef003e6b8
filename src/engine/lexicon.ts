/**
 * Word lists behind the signals, by concept. `C_` patterns run on the compact text (letters and
 * digits only, folded: spacing and symbol evasions are gone); `N_` patterns run on the folded text
 * with its spaces and punctuation, where English word boundaries still mean something.
 * Every pattern is a flat alternation or a bounded window: no nested quantifiers, so matching stays
 * linear in the text length.
 *
 * Where the words come from (each concept's block names its sources):
 * - [HC] TokenPocket's help centre, Chinese and English (https://help.tokenpocket.pro/cn/,
 *   https://help.tokenpocket.pro/en/): its warnings on fake customer service, fake groups,
 *   unfreezing fees, "safe addresses" and remote control (the signed list's HC-CN and HC-EN).
 * - [RT] The real published texts in tests/fixtures/real/ (sources per line, collection notes in
 *   SOURCES.md), by scam family: reply-bot, phone-spam, recovery-hacker, police-quote,
 *   disclaimer-laundering, listing-fee, reward-sync, dapp-phishing, misinfo.
 * - [POL] Police and anti-fraud write-ups quoting scam scripts (family police-quote in [RT]): fake
 *   customer service, frozen accounts, deposits and unfreezing fees, "safe accounts", screen sharing.
 * - [EV] The evasions named in issue #18 (spacing, symbols, pinyin, homoglyphs, numerals, contact
 *   word variants), held by the metamorphic suite (tests/helpers/transforms.ts).
 * zh-Hant forms are reached by folding (normalize.ts maps traditional characters); pinyin and
 * contact-word variants are listed where the concept is used.
 */

// ── Support / official claims ────────────────────────────────────────────────────────────────
// Sources: [HC] (fake "客服", fake admins), [RT] reply-bot and phone-spam, [EV] 客fu/ke服/kefu/kf.
export const C_SUPPORT =
  /support|helpdesk|customerservice|customercare|livechat|客服|客fu|ke服|售后|技术支持|支持人员|管理员|技术员|工作人员|技术部|技术团队|客户服务|服务中心|风控中心|安全中心|安全团队|专员|财务部|kefu|(?<![a-z])kf(?![a-z])|guanliyuan/;
export const N_SUPPORT =
  /\b(?:support|help ?desk|helpline|customer (?:care|service|support)|live (?:chat|support|agent|expert)s?|admins?|administrator|moderators?|mods?|agents?|representatives?|technical desk|tech(?:nical)? support|security (?:team|fund)|support (?:team|bot|line|desk|center|centre)|ticket|care)\b/;
/** Problem-solving offers that, next to the brand and a private contact, work like a support claim. */
export const C_SERVICE_OFFER =
  /解冻|找回|追回|修复|处理|解决|提现失败|被盗追回|一对一|帮你|帮您|教你/;
export const N_SERVICE_OFFER =
  /\b(?:(?:quick(?:er)?|fast(?:er)?|prompt|swift|immediate) resolution|help you|happy to help|walk you through|fix(?:ed)?|resolve[ds]?|recover(?:y|ed)?|assist(?:ance)?|sorted)\b/;

export const C_OFFICIAL = /官方|官fang|guanfang|唯一|指定|认准|专属|认证|official/;
export const N_OFFICIAL = /\bofficial\b|✅|☑|✔/;

/** First-person claims of being staff: "我是TP钱包官方客服", "this is Larva from the TokenPocket admin team". */
export const N_STAFF_CLAIM =
  /(?:我是|我们是|這裡是|这里是|这边是|這邊是|我这边是|我這邊是|我们这边是|我們這邊是|本人是)[^。！？\n]{0,24}?(?:客服|管理员|支持人员|工作人员|技术|团队|官方|警方|警察|公安|刑警|反诈中心|反詐中心|检察院|法院)|\b(?:i'?m|i am|this is|we are|we're)\b[^.!?\n]{0,40}?\b(?:from|of|with)\b[^.!?\n]{0,12}?\b(?:tokenpocket|tp wallet|tpwallet)\b[^.!?\n]{0,20}?\b(?:team|admin|admins|support|security|staff)\b|\b(?:i'?m|i am)\b[^.!?\n]{0,30}?\b(?:admins?|moderator|support agent)\b[^.!?\n]{0,30}?\b(?:tokenpocket|tp wallet)|(?:wo shi|woshi)\s*tp\s*(?:kefu|guanliyuan)/;

// ── Contact points ───────────────────────────────────────────────────────────────────────────
// Sources: [HC] (phone, WeChat and QQ "customer service" do not exist), [RT] phone-spam and
// Chinese support spam, [EV] 薇/威/V/vx/➕V/wx/扣扣/Q群/飞机/纸飞机/TG, Chinese and financial numerals.
export const N_PHONE_CONTEXT =
  /电话|热线|专线|手机|号码|拨打|致电|来电|客服号|call|phone|tel\b|hotline|line|number|whatsapp|☎|📞|☏|同微|微信同号|toll/;
export const N_QQ =
  /(?:qq|扣扣|企鹅|q群|(?<![a-z])q(?![a-z])|扣(?=\s*[:：]))(?:群|号)?\s*(?:[:：]\s*)?(?:[(（【[]\s*)?(\d(?:[\s\-.·•*_~]?\d){4,10})(?!\d)/g;
export const N_WECHAT =
  /(?:微信号?|v信|薇信|威信|徽信|vx|wx|weixin|wechat|同微|微(?=\s*[:：]))(?:\s*[/／、]\s*(?:电报|飞机|tg|telegram|qq|扣扣))?\s*(?:[:：]\s*)?(?:[(（【[]\s*)?([a-z][a-z0-9_-]{4,19})|(?:(?<![a-z])v|➕\s*v|\+\s*v|加\s*v)\s*[:：]\s*([a-z][a-z0-9_-]{4,19})|(?:➕|\+|加)\s*v(?:信|x)?\s*[:：]?\s*([a-z][a-z0-9_-]{4,19})/g;
export const N_TELEGRAM =
  /(?:飞机|纸飞机|电报|telegram|(?<![a-z])tg)(?:号|群)?\s*[:：]?\s*@?([a-z][a-z0-9_]{3,31})/g;
export const N_LINE = /(?<![a-z])line\s*(?:id)?\s*[:：]\s*@?([a-z0-9._-]{4,20})/g;
export const N_HANDLE = /(?<![a-z0-9_.@])@([a-z0-9_](?:[a-z0-9_.]{1,30}[a-z0-9_])?)/g;
export const N_EMAIL = /[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}/g;
/** URLs with a scheme, or bare host names with at least one dot (TLD checked later). */
export const N_URL =
  /(?:https?:\/\/)?(?:[a-z0-9\u00c0-\u024f](?:[a-z0-9\u00c0-\u024f-]{0,62})\.){1,6}(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})(?::\d{2,5})?(?:[/?#][^\s<>"'，。、！？）)\]」』】;；\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{0,200})?/g;
/** A messaging app named with an instruction to use it: "message us on WhatsApp", "添加企业微信". */
export const N_APP_INVITE =
  /(?:添加|加|联系|聯繫|联络)[^。！？，,\n]{0,10}?(?:企业微信|微信|v信|薇信|威信|vx|wx|weixin|qq|扣扣|企鹅|whatsapp|telegram|纸飞机|飞机|电报|(?<![a-z])tg(?![a-z])|(?<![a-z])line(?![a-z]))|\b(?:message|contact|text|dm|reach(?: out to)?|write to|chat with|send a text to)\b[^.!?\n]{0,30}\b(?:on|via|through)\s+(?:whatsapp|telegram|signal|wechat|line)\b/;
/** Chinese/letter digits allowed inside a phone number. */
export const DIGIT_MAP: Record<string, string> = {
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  叁: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  柒: '7',
  捌: '8',
  玖: '9',
  幺: '1',
  两: '2',
  o: '0',
};

// ── Secrets ──────────────────────────────────────────────────────────────────────────────────
// Sources: [HC] (never give your 助记词/私钥/keystore), [RT] secret-request and dapp-phishing,
// [EV] zhujici/zjc/siyao.
export const C_SECRET =
  /助记词|助记|zhujici|(?<![a-z])zjc(?![a-z])|私钥|siyao|keystore|钱包密码|seedphrase|recoveryphrase|secretrecoveryphrase|privatekey|mnemonic|(?:12|24|十二|二十四)个?单词|备份页|恢复短语/;
export const N_SECRET =
  /\b(?:seed ?phrase|seed words|recovery ?phrase|secret (?:recovery )?phrase|mnemonic|private ?keys?|keystore|backup (?:phrase|page|words)|(?:12|18|24|twelve|twenty-four)\)?[- ]words?|(?:12|24)-word|wallet phrase|passphrase|the words|words #\d)/;
export const C_SECRET_VERB =
  /发送|发给|发我|发一下|提供|输入|填写|填入|导入|粘贴|复制给|告诉|回复|上传|截图|拍照|提交|录入|验证|同步|给我|fagei|gei?wo|fasong|(?<![a-z])fa(?![a-z])|发|交出/;
export const N_SECRET_VERB =
  /\b(?:send|share|enter|type|import(?:ing)?|paste|provide|submit|validate|verify|sync|rectify|reply with|fill(?: in| out)?|give|tell|upload|screenshot|input|dm|message)\b|\b(?:log ?in|sign ?in)\b[^.\n]{0,24}\b(?:using|with)\b|\b(?:we|i|agent|team|support|admin|they)\b[^.\n]{0,20}\bneeds?\b/;
/** Words that make a sentence advice or a warning rather than a request. */
export const C_NEGATION =
  /不要|不会|不會|别|勿|切勿|千万|绝不|绝对不|从不|从未|不需要|无需|不用|不能|不可|禁止|谨防|骗|假冒|泄露|任何人|索要|索取/;
export const N_NEGATION =
  /\b(?:never|don'?t|do not|not|no one|nobody|won'?t|will not|without|scams?|scammers?|impostors?|phishing|fraud|fake|beware)\b/;
export const N_ADDRESSEE =
  /你|您|请|請|麻烦|把|给我|发我|發我|给我们|\b(?:your|you|yours|please|kindly|ni|nin|qing|ba)\b|\b(?:all )?(?:users|holders|customers|members) (?:are required to|must|need to|have to)\b|需要?(?:输入|提供|填写|验证)|^\s*(?:just |simply |now |then )?(?:enter|type|send|paste|import|provide|submit|reply|fill|share|drop|post|confirm)\b/;
export const N_QUESTION =
  /[?？]\s*$|吗|怎么|如何|怎样|是不是|能不能|\b(?:how|what|can i|should i|does|is it)\b/;
export const N_FORM_FILL =
  /\b(?:fill (?:in|out)|complete (?:the|this) form)\b|请填写|請填寫|填写以下|输入以下/;
export const N_FORM_SECRET_FIELD =
  /(?:^|\n)\s*(?:[•·\-*]|\d+[.)、])?\s*(?:recovery phrase|seed phrase|private key|mnemonic|助记词|私钥|keystore)\b/;

// ── Lures ────────────────────────────────────────────────────────────────────────────────────
// Sources: [HC] (unfreezing fees, "safe addresses", fake international editions, remote control),
// [POL] (deposits, tax, AML and compliance fees, designated accounts), [RT] recovery-hacker,
// listing-fee, reward-sync, migration.
export const N_FEE =
  /(?:支付|缴纳|缴|交|扣)[^。\n]{0,6}(?:会员费|年费|注销费|服务费|会费)|\b(?:aml|anti-money[- ]laundering|compliance|tax[- ]clearance|clearance|release|verification|activation|unlock(?:ing)?|withdrawal|unfreez(?:e|ing)) (?:deposit|fee|payment|tax|charge)s?\b|\b(?:releas(?:e|ing)|unlock(?:ing)?|withdraw(?:al|ing)?)\b[^.\n]{0,50}\b(?:payment|deposit|fee|tax)\b[^.\n]{0,20}\b(?:required|needed|must|before)\b|\b(?:tax|fee|deposit)\b[^.\n]{0,40}\b(?:paid|pay)\b[^.\n]{0,40}\bbefore (?:the |my |your |any )?withdraw|(?:充值|缴纳|交纳|支付)[^。\n]{0,20}(?:方可|才能|才可以|才可)(?:提现|出款|解冻|提币|到账)|(?:缴纳|支付|补缴|交纳|缴|先付|付款|转入|充值|\bpay(?:ing)?\b|\bdeposit\b)[^。\n]{0,24}?(?:保证金|解冻费|手续费|激活费|服务费|税|费用|验证余额|\bfees?\b|\btax\b|\bdeposit\b)|(?:保证金|解冻费|激活费|信用分|验证余额|解冻金|认证金|认证费|激活金|解封费|unlock(?:ing)? fee|unfreez(?:e|ing) fee|activation fee|release fee|consultation fee)|(?:费用|手续费|\bfee\b)\s*[:：]?\s*\d[\d,.]*\s*(?:u\b|usdt|eth|btc|trx|bnb|元)/;
export const N_ASSET_TRANSFER =
  /(?:汇钱|汇款|转账|转钱|打款)[^。\n]{0,6}(?:到|至)[^。\n]{0,6}指定(?:账户|帐户|账号)|(?:转出|转入|转移|转到|转)[^。\n]{0,12}(?:到|至)[^。\n]{0,4}指定的?(?:个人)?(?:账户|帐户|账号|钱包|地址)|\b(?:we|i)(?:'ve| have| will| want| need| must)?(?: got| to| want to| need to| have to)* (?:secure|protect|safeguard) (?:the rest of )?(?:your|yur) (?:money|funds|assets|savings)\b|(?:转|移|转到|转入|转出|存入|\bmove\b|\btransfer\b|\bsend\b)[^。\n]{0,40}?(?:安全账户|安全帐户|安全钱包|安全地址|验证地址|财务地址|核查账户|监管账户|测试交易|\bsecure wallet\b|\bsafe wallet\b|\bsafe account\b|\bsecure account\b|\b(?:safe|secure|safety) (?:wallet )?address\b|\bverification address\b|\bcompliance wallet\b)|(?:compliance wallet|安全验证地址)/;
export const N_RECOVERY =
  /追回|找回资产|链上追踪|追踪团队|查被盗|帮你查|恢复资产|\breverse\b[^.\n]{0,30}\btransactions?\b|\brecover(?:ed|y)?\b[^.\n]{0,30}\b(?:funds|everything|assets|crypto|stolen|losses|lost (?:funds|money|coins|crypto))\b|\btraced?\b|\bhack (?:it )?back\b|\brecovery (?:expert|specialist|hacker|service|team)\b/;
export const N_STOLEN =
  /被盗|被骗|被转走|被黑|\bstolen\b|\blost\b|\bscammed\b|\bunauthori[sz]ed\b|\bhacked\b|\bexploit/;
export const N_FAKE_APP =
  /国际版|企业版|海外版|pro版|加速版|破解版|安全插件|\bglobal edition\b|\binternational (?:version|edition)\b|\bpro version\b|tokenpocket pro\b/;
export const N_INSTALL = /下载|安装|导入|迁移|\bdownload\b|\binstall\b|\bimport\b|\bmigrat/;
export const N_REMOTE =
  /向日葵|todesk|anydesk|teamviewer|rustdesk|远程控制|远程协助|屏幕共享|\bscreen ?shar/;
export const N_THREAT =
  /征信|冻结|凍結|封禁|限制|停止服务|降级|风控|异常|suspen|\bflagged\b|\bfrozen\b|\blocked\b|\brestrict|\bcompromised\b|\bdeactivat/;
export const N_PRETEXT =
  /验证|同步|激活|升级|迁移|修复|检测|领取|空投|赔付|补偿|工单|解冻|\bverif|\breverif|\bvalidat|\bsync|\bactivat|\bupgrade|\bmigrat|\brectif|\brepair|\bclaim|\bairdrop|\brefund|\bcompensation|\bticket|\blive chat|\bunlock|\bwhitelist/;
export const N_URGENCY =
  /\d+\s*(?:小时|分钟|天)内|今日内|今天内|逾期|立即|尽快|限时|最后\d|仅剩|马上|\bwithin \d+ (?:hours|minutes|days)\b|\b(?:only )?\d+ (?:hours?|minutes?|days?) left\b|\blast chance\b|\bmandatory\b|\bfailure to (?:complete|verify|validate|act|comply)\b|\bends (?:today|soon|tonight)\b|\bimmediately\b|\bbefore (?:midnight|the end)\b|\burgent|\bdeadline\b|\bexpires?\b/;
export const N_WALLET_IMPORT =
  /把钱包导入|钱包导入到|导入钱包|(?:连接|連接)(?:您|你)?[^。！？\n，,]{0,4}?(?:钱包|錢包)|\bimport (?:your )?wallet\b|\bconnect (?:your )?(?:preferred |tokenpocket )?wallets?\b|\bconnecting to\b/;

// ── Invitations, warnings, questions ─────────────────────────────────────────────────────────
// Sources: [RT] benign-warning, benign-news and disclaimer-laundering (how genuine warnings are
// worded, and how spam hides a number inside one), [POL].
/** The message tells the reader to contact, add, call or click. */
export const N_INVITE =
  /请拨打|请致电|拨打|请添加|请加|加我|添加|私聊|私信本|请私信|联系客服|联系我们|请联系|请认准|认准|唯一指定|唯一官方|点击|请访问|访问|前往|扫描|扫码|上飞机|直接加|加这个|找我|\b(?:call|contact us|contact our|dm us|dm @|message us|message our|reach out|click|tap|visit|start a chat|open a ticket|join|hit (?:me|him|her|us) up|talk to|inbox|use the link|send a text|follow (?:the )?(?:steps?|link|instructions?)(?: on| in| at)? (?:this|the) (?:link|page))\b/;
/** Private-help offers without a concrete contact. */
/** "DM this page/us": support offered in private messages, which TokenPocket never does. */
export const N_DM_US =
  /私信本|私讯本|私聊本|私信我们|私讯我们|私聊我们|\b(?:dm us|message us|inbox us|send us a dm)\b/;
export const N_DM_OFFER =
  /私我|私聊我|私信我|私訊我|加我好友|\b(?:message me|drop me a (?:message|line|dm|note)|pm me)\b|加我|问我|找我|看主页|主页|评论区置顶|立即咨询|在线咨询|\b(?:dm me|inbox me|message me|pm me|hit me up|check my bio|contact their|link in (?:my|our) bio)\b/;
export const N_WARNING =
  /(?:都是|是|就是|那是|均为|全是|基本都是)(?:骗子|诈骗|骗局|假的|假冒)|骗子留的|谨防|警惕|曝光|举报|拉黑|别上当|不要相信|千万别|千万不要|反诈|警方|报警|仿冒|山寨|所谓|从未|从来不|不会主动|\b(?:is a scam|it'?s a scam|are scams|scams?\b|scammers?|impostors?|fake|not official|not affiliated|phishing|beware|psa|heads up|will never|never dm|impersonat)/;
export const N_ASKER =
  /是真的吗|是不是骗|是骗局吗|靠谱吗|可信吗|能信吗|\bis (?:this|it) (?:a )?(?:scam|legit|real)\b/;
export const N_DISCLAIMER =
  /非官方|不是官方|粉丝|\bunofficial\b|\bnot affiliated\b|\bfan (?:account|page|club)\b|\bfans?\b|\bparody\b/;
