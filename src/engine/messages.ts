import type { Lang, ReasonCode } from './types';

type Msg = Record<Lang, string>;

/** One message per reason code, in every language the UI speaks. */
export const REASON_MESSAGES: Record<ReasonCode, Msg> = {
  SECRET_REQUEST: {
    zh_CN:
      '要求提供助记词、私钥或 Keystore。真正的客服和任何网站都不需要它们，索要者就是在偷你的资产。',
    zh_TW:
      '要求提供助記詞、私鑰或 Keystore。真正的客服和任何網站都不需要它們，索要者就是在偷你的資產。',
    en: 'Asks for a seed phrase, private key or keystore. No real support agent or website ever needs them: whoever asks is stealing.',
  },
  FAKE_SUPPORT_CONTACT: {
    zh_CN: '自称 TP 钱包客服，却给出非官方联系方式。TokenPocket 没有电话、微信或 QQ 客服。',
    zh_TW: '自稱 TP 錢包客服，卻給出非官方聯絡方式。TokenPocket 沒有電話、微信或 QQ 客服。',
    en: 'Claims to be TokenPocket support but gives an unofficial contact. TokenPocket has no phone, WeChat or QQ support.',
  },
  WALLET_SUPPORT_CONTACT: {
    zh_CN:
      '以钱包或交易所“客服”的名义给出电话、私人聊天账号、私人邮箱或临时搭建的“客服页面”。正规钱包没有电话客服，也不会让你私下联系。',
    zh_TW:
      '以錢包或交易所「客服」的名義給出電話、私人聊天帳號、私人郵箱或臨時架設的「客服頁面」。正規錢包沒有電話客服，也不會讓你私下聯絡。',
    en: 'Gives a phone number, a private chat account, a personal email or a makeshift "support page" in the name of a wallet or exchange. Real wallets have no phone support and never move you to a private channel.',
  },
  REPLY_BOT: {
    zh_CN:
      '回复求助的人，把对方引到平台之外的“客服团队”、“在线聊天”或工单链接。这是冒充客服的自动回复。',
    zh_TW:
      '回覆求助的人，把對方引到平台之外的「客服團隊」、「線上聊天」或工單連結。這是冒充客服的自動回覆。',
    en: 'Answers someone asking for help by sending them off the platform to a "support team", "live chat" or ticket link. This is a fake-support reply bot.',
  },
  SUPPORT_REFERRAL: {
    zh_CN: '让你去找一个没有名字的“客服团队”或“官方渠道”。只使用你自己从官网找到的渠道。',
    zh_TW: '讓你去找一個沒有名字的「客服團隊」或「官方管道」。只使用你自己從官網找到的管道。',
    en: 'Sends you to an unnamed "support team" or "official channel". Only use channels you found yourself on the official website.',
  },
  SUPPORT_MISINFO: {
    zh_CN:
      '说钱包有“客服电话”或能由客服“解冻”账户。去中心化钱包没有电话客服，也无法冻结你的资产；这类说法正是假客服的温床。',
    zh_TW:
      '說錢包有「客服電話」或能由客服「解凍」帳戶。去中心化錢包沒有電話客服，也無法凍結你的資產；這類說法正是假客服的溫床。',
    en: 'Says a wallet has a "support phone line" or that its support can "unfreeze" an account. Self-custody wallets have no phone support and cannot freeze your assets; claims like this are what fake support lives on.',
  },
  LISTING_LURE: {
    zh_CN:
      '收费“包过”的代币或 Logo 收录。钱包的收录只走公开的官方流程，不收费、不能加急，私下收钱的都是骗子。',
    zh_TW:
      '收費「包過」的代幣或 Logo 收錄。錢包的收錄只走公開的官方流程，不收費、不能加急，私下收錢的都是騙子。',
    en: 'Sells a "guaranteed" or fast token or logo listing. Listing only goes through the wallet\'s public process: nobody can be paid to speed it up.',
  },
  INVESTMENT_LURE: {
    zh_CN:
      '“导师带单”“亏损包赔”或保证收益的投资、交易邀约，附私人联系方式或网址。这是杀猪盘和赌博诈骗的惯用话术，保证收益的都是骗局。',
    zh_TW:
      '「導師帶單」「虧損包賠」或保證收益的投資、交易邀約，附私人聯絡方式或網址。這是殺豬盤和賭博詐騙的慣用話術，保證收益的都是騙局。',
    en: 'Offers a "mentor" to trade for you, copied trades or guaranteed profits, with a private contact or a site to type in. This is how investment ("pig-butchering") and betting scams start: nobody can guarantee returns.',
  },
  REWARD_LURE: {
    zh_CN:
      '以空投、奖励或红包为诱饵，催你尽快领取或连接钱包。真正的空投不需要你赶时间，更不需要助记词。',
    zh_TW:
      '以空投、獎勵或紅包為誘餌，催你盡快領取或連接錢包。真正的空投不需要你趕時間，更不需要助記詞。',
    en: 'Lures you with an airdrop, reward or bonus to claim in a hurry or by connecting your wallet. Real airdrops never rush you or need your seed phrase.',
  },
  DECEPTIVE_LINK: {
    zh_CN: '链接显示的是一个网址，点开去的却是另一个网址。',
    zh_TW: '連結顯示的是一個網址，點開去的卻是另一個網址。',
    en: 'A link shows one address but goes to another.',
  },
  LOOKALIKE_LINK: {
    zh_CN: '链接指向仿冒 TokenPocket 的网站。',
    zh_TW: '連結指向仿冒 TokenPocket 的網站。',
    en: 'Links to a site that imitates TokenPocket.',
  },
  LINK_LURE: {
    zh_CN: '以“验证/同步/领取/修复”等理由引导你打开非官方链接。',
    zh_TW: '以「驗證/同步/領取/修復」等理由引導你打開非官方連結。',
    en: 'Pushes you to an unofficial link to "verify", "sync", "claim" or "fix" your wallet.',
  },
  FEE_LURE: {
    zh_CN: '要求支付解冻费、保证金或手续费。TokenPocket 无法冻结资产，也不收这类费用。',
    zh_TW: '要求支付解凍費、保證金或手續費。TokenPocket 無法凍結資產，也不收這類費用。',
    en: 'Demands an unfreeze fee, deposit or tax. TokenPocket cannot freeze assets and charges no such fee.',
  },
  ASSET_TRANSFER_LURE: {
    zh_CN: '要求把资产转到所谓“安全账户/验证地址”。这是盗取资产的手法。',
    zh_TW: '要求把資產轉到所謂「安全帳戶/驗證地址」。這是盜取資產的手法。',
    en: 'Asks you to move assets to a "safe account" or "verification address". That is how the theft happens.',
  },
  RECOVERY_SCAM: {
    zh_CN: '声称能追回被盗资产（“黑客追回”）。这是对受害者的二次诈骗。',
    zh_TW: '聲稱能追回被盜資產（「駭客追回」）。這是對受害者的二次詐騙。',
    en: 'Promises to recover stolen funds. "Recovery" services are a second scam aimed at victims.',
  },
  FAKE_APP: {
    zh_CN: '推广“国际版/企业版/安全插件”等假 App。TokenPocket 没有国际版。',
    zh_TW: '推廣「國際版/企業版/安全插件」等假 App。TokenPocket 沒有國際版。',
    en: 'Promotes a fake "international/global edition" app. There is no such TokenPocket version.',
  },
  REMOTE_CONTROL: {
    zh_CN: '要求安装远程控制软件（向日葵、ToDesk、AnyDesk 等）。',
    zh_TW: '要求安裝遠端控制軟體（向日葵、ToDesk、AnyDesk 等）。',
    en: 'Asks you to install a remote-control app (AnyDesk, ToDesk, TeamViewer…).',
  },
  ACCOUNT_THREAT: {
    zh_CN: '以“冻结/限制/封禁”相威胁并限时要求验证。TokenPocket 无法冻结你的钱包。',
    zh_TW: '以「凍結/限制/封禁」相威脅並限時要求驗證。TokenPocket 無法凍結你的錢包。',
    en: 'Threatens to freeze or restrict your wallet unless you verify in time. TokenPocket cannot do that.',
  },
  STAFF_IMPERSONATION: {
    zh_CN: '自称 TokenPocket 工作人员主动联系你。官方从不主动私信。',
    zh_TW: '自稱 TokenPocket 工作人員主動聯絡你。官方從不主動私訊。',
    en: 'Someone claims to be TokenPocket staff and contacts you first. TokenPocket never DMs first.',
  },
  WALLET_IMPORT_LURE: {
    zh_CN: '要求把钱包导入或连接到第三方网站进行“检测/修复”。',
    zh_TW: '要求把錢包匯入或連接到第三方網站進行「檢測/修復」。',
    en: 'Asks you to import or connect your wallet to a third-party site to "check" or "fix" it.',
  },
  SUPPORT_OFFER: {
    zh_CN: '私下提供“客服/技术支持”帮助。真正的客服只在 App 内或官方邮箱。',
    zh_TW: '私下提供「客服/技術支援」協助。真正的客服只在 App 內或官方信箱。',
    en: 'Offers private "support". Real TokenPocket support is only in the app or by official e-mail.',
  },
  UNOFFICIAL_CONTACT: {
    zh_CN: '提到 TP 钱包并附带非官方联系方式，请勿联系。',
    zh_TW: '提到 TP 錢包並附帶非官方聯絡方式，請勿聯絡。',
    en: 'Mentions TokenPocket with an unofficial contact point. Do not contact it.',
  },
  URGENCY: {
    zh_CN: '以冻结、限时等话术制造紧迫感。',
    zh_TW: '以凍結、限時等話術製造緊迫感。',
    en: 'Creates urgency with freeze threats or deadlines.',
  },
  LOOKALIKE_DOMAIN: {
    zh_CN: '仿冒 TokenPocket 官网的网址。',
    zh_TW: '仿冒 TokenPocket 官網的網址。',
    en: 'A web address that imitates an official TokenPocket site.',
  },
  KNOWN_SCAM: {
    zh_CN: '已知的诈骗地址或账号。',
    zh_TW: '已知的詐騙地址或帳號。',
    en: 'A known scam address or account.',
  },
  BRAND_ON_FREE_HOST: {
    zh_CN: '在免费建站平台上冒用 TokenPocket 名称的页面。',
    zh_TW: '在免費架站平台上冒用 TokenPocket 名稱的頁面。',
    en: 'A page on a free hosting service that uses the TokenPocket name.',
  },
  USERINFO_TRICK: {
    zh_CN: '网址用“@”把官方域名伪装在前面，实际打开的是别的网站。',
    zh_TW: '網址用「@」把官方網域偽裝在前面，實際打開的是別的網站。',
    en: 'The address hides the real site behind an "@": the official name in front is a disguise.',
  },
  PUNYCODE_HOST: {
    zh_CN: '网址使用与拉丁字母相似的其他文字（punycode）。',
    zh_TW: '網址使用與拉丁字母相似的其他文字（punycode）。',
    en: 'The address uses look-alike letters from other scripts (punycode).',
  },
  LOOKALIKE_ACCOUNT: {
    zh_CN: '账号名与 TokenPocket 官方账号只差一两个字符。',
    zh_TW: '帳號名與 TokenPocket 官方帳號只差一兩個字元。',
    en: 'The account name differs from an official TokenPocket account by one or two characters.',
  },
  IMPERSONATING_ACCOUNT: {
    zh_CN: '非官方账号冒用 TokenPocket 名称并自称官方/客服/管理员。',
    zh_TW: '非官方帳號冒用 TokenPocket 名稱並自稱官方/客服/管理員。',
    en: 'An unofficial account uses the TokenPocket name and claims to be official, support or admin.',
  },
  BRAND_ACCOUNT_UNOFFICIAL: {
    zh_CN: '账号名含 TokenPocket，但不是官方账号。',
    zh_TW: '帳號名含 TokenPocket，但不是官方帳號。',
    en: 'The account uses the TokenPocket name but is not an official account.',
  },
  SEED_PHRASE_ENTERED: {
    zh_CN: '你正在输入助记词。任何网页、客服都不需要它，输入就可能被盗。',
    zh_TW: '你正在輸入助記詞。任何網頁、客服都不需要它，輸入就可能被盜。',
    en: 'You are entering a seed phrase. No website or support agent needs it: entering it here can cost you everything.',
  },
  SEED_WORDS_ENTERED: {
    zh_CN: '你输入的内容像是助记词单词（校验不通过）。请勿在网页上输入助记词。',
    zh_TW: '你輸入的內容像是助記詞單字（校驗不通過）。請勿在網頁上輸入助記詞。',
    en: 'This looks like seed-phrase words (checksum does not match). Never type a seed phrase into a web page.',
  },
  PRIVATE_KEY_ENTERED: {
    zh_CN: '你正在输入私钥。拿到私钥的人可以直接转走你的资产。',
    zh_TW: '你正在輸入私鑰。拿到私鑰的人可以直接轉走你的資產。',
    en: 'You are entering a private key. Whoever has it can take your assets.',
  },
  TX_HASH_LIKELY: {
    zh_CN: '这串 64 位十六进制在区块浏览器上多半是交易哈希；若是私钥，请勿输入。',
    zh_TW: '這串 64 位十六進位在區塊瀏覽器上多半是交易雜湊；若是私鑰，請勿輸入。',
    en: 'On a block explorer this 64-hex value is probably a transaction hash; if it is a private key, do not enter it.',
  },
  KEYSTORE_ENTERED: {
    zh_CN: '你正在输入 Keystore 文件内容。配合密码即可盗取钱包。',
    zh_TW: '你正在輸入 Keystore 檔案內容。配合密碼即可盜取錢包。',
    en: 'You are entering a keystore file. With its password it unlocks your wallet.',
  },
  OFFICIAL_CHANNEL: {
    zh_CN: '这是签名官方列表中的 TokenPocket 官方渠道。',
    zh_TW: '這是簽章官方清單中的 TokenPocket 官方管道。',
    en: 'This is an official TokenPocket channel in the signed list.',
  },
  WARNING_CONTEXT: {
    zh_CN: '内容像是在提醒或曝光诈骗，但引用了可疑信息，请勿照做。',
    zh_TW: '內容像是在提醒或曝光詐騙，但引用了可疑資訊，請勿照做。',
    en: 'This reads like a warning or report about a scam, but quotes suspicious details: do not act on them.',
  },
  USER_REPORTED: {
    zh_CN: '你已举报过它。它会一直被标记，可在“我的举报”中取消。',
    zh_TW: '你已檢舉過它。它會一直被標記，可在「我的檢舉」中取消。',
    en: 'You reported this. It stays flagged for you; you can un-flag it in "My reports".',
  },
};

export function reasonMessage(code: ReasonCode, lang: Lang): string {
  return REASON_MESSAGES[code][lang];
}

/** A known scam, with the day the list first saw it and where it is documented. */
export function knownScamMessage(lang: Lang, listed: { since: string; sources: string[] }): string {
  const src = listed.sources.join(lang === 'en' ? '; ' : '；');
  if (lang === 'zh_CN')
    return `已知的诈骗网址、联系方式或账号（${listed.since} 起列入；来源：${src}）。`;
  if (lang === 'zh_TW')
    return `已知的詐騙網址、聯絡方式或帳號（${listed.since} 起列入；來源：${src}）。`;
  return `A known scam address, contact or account (listed since ${listed.since}; source: ${src}).`;
}
