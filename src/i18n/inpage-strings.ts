import type { Lang } from '../engine/types';

/**
 * The strings shown inside web pages (badge, card, banner, seed-phrase guard, frame warning): a
 * table of their own, so the content scripts that run in every page carry only these. The extension
 * pages get them too, through strings.ts.
 */
const en = {
  badgeDanger: 'Scam warning',
  badgeCaution: 'Be careful',
  cardTitleDanger: 'Likely a TokenPocket scam',
  cardTitleCaution: 'Suspicious: check before you act',
  cardWhatFound: 'What we found',
  cardTruth: 'What TokenPocket really says',
  truth1: 'Official support never DMs you first.',
  truth2: 'No one from TokenPocket will ever ask for your seed phrase or private key.',
  truth3: 'There is no phone, WeChat or QQ support, and no "unfreeze fee".',
  openOfficial: 'See official channels',
  report: 'Report',
  notScam: 'Not a scam',
  close: 'Close',
  bannerText: 'This page contains messages that look like TokenPocket scams.',
  bannerCount: '{n} warnings on this page',
  bannerDismiss: 'Dismiss',
  guardTitle: 'Stop: this is your wallet key',
  guardBodyPhrase: 'You are about to enter a seed phrase (助记词) into this web page.',
  guardBodyKey: 'You are about to enter a private key into this web page.',
  guardBodyKeystore: 'You are about to enter a keystore file into this web page.',
  guardWhy:
    'No real support agent, website or "verification" ever needs it. Whoever asks for it is stealing your assets.',
  guardClear: 'Clear it and stay safe',
  guardContinueLabel: 'To continue anyway, type: {phrase}',
  guardContinuePhrase: 'I understand the risk',
  guardContinue: 'Continue',
  holdNote:
    'TP Scam Shield holds this from the page until it is clearly not a recovery phrase or key',
  warnTitle: 'Fake TokenPocket site blocked',
  warnImitates: 'Imitates',
} as const;

export type InpageKey = keyof typeof en;

const zh_CN: Record<InpageKey, string> = {
  badgeDanger: '诈骗警告',
  badgeCaution: '请当心',
  cardTitleDanger: '很可能是冒充 TokenPocket 的骗局',
  cardTitleCaution: '可疑内容：操作前请核实',
  cardWhatFound: '发现的问题',
  cardTruth: 'TokenPocket 官方怎么说',
  truth1: '官方客服从不主动私信你。',
  truth2: 'TokenPocket 的任何人都不会索要你的助记词或私钥。',
  truth3: '没有电话、微信、QQ 客服，也没有“解冻费”。',
  openOfficial: '查看官方渠道',
  report: '举报',
  notScam: '不是诈骗',
  close: '关闭',
  bannerText: '此页面含有疑似冒充 TokenPocket 的诈骗内容。',
  bannerCount: '本页共 {n} 处警告',
  bannerDismiss: '知道了',
  guardTitle: '停！这是你的钱包密钥',
  guardBodyPhrase: '你正要把助记词输入到这个网页。',
  guardBodyKey: '你正要把私钥输入到这个网页。',
  guardBodyKeystore: '你正要把 Keystore 文件输入到这个网页。',
  guardWhy: '真正的客服、网站或“验证”都不需要它。索要它的人就是在偷你的资产。',
  guardClear: '清除并保持安全',
  guardContinueLabel: '如仍要继续，请输入：{phrase}',
  guardContinuePhrase: '我了解风险',
  guardContinue: '继续',
  holdNote: 'TP 防骗盾暂不把这段内容交给网页，直到确认它不是助记词或私钥',
  warnTitle: '已拦截仿冒 TokenPocket 的网站',
  warnImitates: '仿冒对象',
};

const zh_TW: Record<InpageKey, string> = {
  badgeDanger: '詐騙警告',
  badgeCaution: '請當心',
  cardTitleDanger: '很可能是冒充 TokenPocket 的騙局',
  cardTitleCaution: '可疑內容：操作前請核實',
  cardWhatFound: '發現的問題',
  cardTruth: 'TokenPocket 官方怎麼說',
  truth1: '官方客服從不主動私訊你。',
  truth2: 'TokenPocket 的任何人都不會索取你的助記詞或私鑰。',
  truth3: '沒有電話、微信、QQ 客服，也沒有「解凍費」。',
  openOfficial: '查看官方管道',
  report: '檢舉',
  notScam: '不是詐騙',
  close: '關閉',
  bannerText: '此頁面含有疑似冒充 TokenPocket 的詐騙內容。',
  bannerCount: '本頁共 {n} 處警告',
  bannerDismiss: '知道了',
  guardTitle: '停！這是你的錢包金鑰',
  guardBodyPhrase: '你正要把助記詞輸入到這個網頁。',
  guardBodyKey: '你正要把私鑰輸入到這個網頁。',
  guardBodyKeystore: '你正要把 Keystore 檔案輸入到這個網頁。',
  guardWhy: '真正的客服、網站或「驗證」都不需要它。索取它的人就是在偷你的資產。',
  guardClear: '清除並保持安全',
  guardContinueLabel: '如仍要繼續，請輸入：{phrase}',
  guardContinuePhrase: '我了解風險',
  guardContinue: '繼續',
  holdNote: 'TP 防騙盾暫不把這段內容交給網頁，直到確認它不是助記詞或私鑰',
  warnTitle: '已攔截仿冒 TokenPocket 的網站',
  warnImitates: '仿冒對象',
};

export const INPAGE: Record<Lang, Record<InpageKey, string>> & { en: typeof en } = {
  en,
  zh_CN,
  zh_TW,
};
