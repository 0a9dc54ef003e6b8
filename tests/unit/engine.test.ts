import { describe, expect, it } from 'vitest';
import { LIST, engine } from '../helpers/list';
import { fold, compact, originalSpan } from '../../src/engine/normalize';
import { findPhones } from '../../src/engine/contacts';

const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('fake support claims', () => {
  it.each([
    ['phone', 'TP钱包官方客服热线：400-123-4567'],
    ['phone with letter O', 'TP钱包客服电话 4OO-123-4567'],
    ['phone in Chinese numerals', 'TP钱包人工客服：幺三八 零零零零 一二三四'],
    ['QQ', 'TokenPocket人工客服 QQ：123456789'],
    ['WeChat V信', 'TP钱包客服 V信：tpkf_123'],
    ['WeChat ➕V', 'TP钱包售后 ➕V tpkf_123'],
    ['Telegram 飞机', 'TP钱包客服 飞机 @tp_help_desk'],
    ['t.me link', 'TokenPocket support: t.me/tp_help_desk'],
    ['WhatsApp', 'TokenPocket helpdesk on WhatsApp +1 415 555 0100'],
    ['LINE', 'TP錢包客服 LINE：tpwallet_help'],
    ['e-mail', 'TokenPocket customer service: tokenpocket.help@gmail.com'],
  ])('%s', (_name, text) => {
    const v = engine.judgeText(text);
    expect(v.level).toBe('danger');
    expect(codes(v)).toContain('FAKE_SUPPORT_CONTACT');
  });

  it('the official e-mail and handles are not unofficial contacts', () => {
    expect(
      engine.judgeText('TokenPocket 官方客服邮箱 service@tokenpocket.pro，推特 @TokenPocket_TP')
        .level,
    ).toBe('safe');
  });

  it('other companies’ customer service is not TokenPocket', () => {
    expect(engine.judgeText('TP-LINK路由器客服热线 400-8863-400').level).toBe('safe');
    expect(engine.judgeText('京东客服电话 950618').level).toBe('safe');
  });
});

describe('phone lines of ordinary companies', () => {
  // Found trying the CLI on ordinary text: a company's 24/7 helpdesk number was judged danger.
  it.each([
    'Our helpdesk is open 24/7, phone 020-12345678',
    'Call our toll-free customer service at 1-800-555-0199, 24/7, for help with your booking.',
    '酒店前台24/7服务热线：010-12345678，欢迎来电。',
  ])('are not danger: %s', (text) => {
    expect(engine.judgeText(text).level).not.toBe('danger');
  });

  it.each([
    'Coinbase support number 24/7: +1-888-555-0142',
    'Robinhood assistance ☎️1-858-555-0150 [24-7 in the US], call the customer service line.',
    'Acme support ☎ 1-888-555-0177, toll-free, 24/7, talk to a live person now',
  ])('with a wallet or crypto named, or the marks of phone spam, stay danger: %s', (text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });
});

describe('a wallet’s own warning waved away', () => {
  // An approval drainer's page (train4 dapp-phishing-001): the wallet will warn, the page says
  // that is normal.
  it.each([
    '连接手机钱包会出现风险提示这是正常的请继续',
    'Your wallet may show a red warning when you connect. The warning is normal, please continue.',
    'Connect your wallet and ignore the risk warning, it is a false positive.',
  ])('is danger: %s', (text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });

  it.each([
    '钱包出现风险提示时，请不要继续操作，立即断开连接。',
    'Never ignore your wallet’s warnings: if it shows a red screen, stop.',
  ])('is not, when the text says to heed it: %s', (text) => {
    expect(engine.judgeText(text).level).not.toBe('danger');
  });
});

describe('read from the fifth real-text set (train5)', () => {
  it.each([
    [
      'a recovery testimonial naming a handle "on telegram"',
      'Don’t lose hope, thanks to Hackfixer_22 on telegram he helped recovered all my coin, message him now',
    ],
    [
      'a withdrawal OTP alert in a brand’s name with a number to call',
      '(COINBASE) The OTP code for your withdrawal is 736191. If this was not you please call us on +1 (877) 555-0143.',
    ],
  ])('%s is danger', (_name, text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });

  it.each([
    [
      'a user offering to pay the fees',
      'Can anyone help with my stuck TON transfer? I’ll pay any fees spent',
    ],
    [
      'funds that cannot be recovered',
      '提醒：一旦把资金转到骗子给的地址，便无法追回。Funds sent to a scammer cannot be recovered.',
    ],
  ])('%s is not danger', (_name, text) => {
    expect(engine.judgeText(text).level).not.toBe('danger');
  });
});

describe('read from the seventh real-text set (train7)', () => {
  it.each([
    [
      'a recovery offer for losses with a WhatsApp number',
      'Lost money to a fake exchange? We recover your losses fast, contact us on WhatsApp: +44 7700 900123',
      'RECOVERY_SCAM',
    ],
    [
      'a gambling "blocked winnings" recovery with a QQ number',
      '网赌被黑不给出款怎么办？专业解决，QQ：2233445566',
      'RECOVERY_SCAM',
    ],
    [
      'pay before you may withdraw, on a platform',
      '客服说你的账户积分不足，需要充值3000元方可提现，平台会原路退回。',
      'FEE_LURE',
    ],
  ])('%s is danger', (_name, text, code) => {
    const v = engine.judgeText(text);
    expect(v.level).toBe('danger');
    expect(codes(v)).toContain(code);
  });

  it('a warning that names the trick is not danger', () => {
    expect(
      engine.judgeText('警方提醒：凡是要求先充值方可提现的平台都是诈骗，请勿相信。').level,
    ).not.toBe('danger');
  });
});

describe('read from the sixth real-text set (train6)', () => {
  it.each([
    [
      'a betting "mentor" with a site to type in',
      '导师一对一带你稳赚，亏损包赔，网：88abc·cc 浏览器手动输入',
      'INVESTMENT_LURE',
    ],
    [
      'copied trades with a Telegram invite',
      'We trade for you: copy our trades and earn $300 a day. Join t.me/profit_desk_88',
      'INVESTMENT_LURE',
    ],
    [
      'pinyin in brackets between characters, and a designated wallet',
      '您的賬戶異常,請盡快將資(zī)產(chǎn)轉(zhuǎn)出至指定個(gè)人錢包',
      'ASSET_TRANSFER_LURE',
    ],
    [
      'a support line given first and disclaimed after',
      'Exodus Wallet support is available 24/7 at +1 (415)-555-0172. Exodus does not make unsolicited calls, so if someone calls you it could be a scam.',
      'WALLET_SUPPORT_CONTACT',
    ],
    ['a logo listing with "+Q" and digits', '代币logo收录 价格显示 +Q2233445566', 'LISTING_LURE'],
  ])('%s is danger', (_name, text, code) => {
    const v = engine.judgeText(text);
    expect(v.level).toBe('danger');
    expect(codes(v)).toContain(code);
  });

  it('a run of opening mentions: only the first is who the reply answers', () => {
    const v = engine.judgeText(
      '@victim123 @TPWallet_Helpdesk they can restore your wallet, our support team will help you',
    );
    expect(v.level).toBe('danger');
  });

  it('a long run of digits after "earn" is read in linear time', () => {
    // The pattern once let two digit runs take turns (quadratic): 60,000 digits froze a tab.
    const text = `earn 1${'1'.repeat(60_000)}`;
    const t0 = performance.now();
    engine.judgeText(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.each([
    [
      'a maintainer answering @someone with a link on the same platform',
      '@someuser Hi there! Thanks for reaching out. There is no fee to add a token; open an issue here: https://github.com/example/tokens/issues/new',
    ],
    ['a supervisor in ordinary prose', '我的导师带我做了一年的实验，收获很大。'],
    [
      'a bank page with an account manager and a phone line',
      'Daily returns on your savings plan are credited at midnight. Questions? Call your account manager at +1 800 555 0199.',
    ],
    ['a question about trading returns', 'Are guaranteed returns ever real? My bank says no.'],
  ])('%s is not danger', (_name, text) => {
    expect(engine.judgeText(text).level).not.toBe('danger');
  });
});

describe('requests for secrets', () => {
  it.each([
    '请把你的助记词发给我，我帮你恢复',
    '請提供您的助記詞以完成驗證',
    'Please enter your 12-word recovery phrase to validate your wallet',
    'Kindly share your private key so our agent can sync the node',
    '导出Keystore连同钱包密码一起发给我们',
  ])('%s', (text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });

  it.each([
    '官方不会索要助记词，任何人要你的助记词都是骗子',
    'Never share your seed phrase with anyone.',
    'Is this a scam? Someone asked me to enter my seed phrase',
    '助记词忘了怎么办？',
  ])('advice and questions are not requests: %s', (text) => {
    expect(engine.judgeText(text).level).not.toBe('danger');
  });
});

describe('wording the quick pre-check once let through unread', () => {
  it.each([
    ['please send me your 12 words', 'SECRET_REQUEST'],
    ['把你的12个单词发给我', 'SECRET_REQUEST'],
    ['请把备份页拍照发我', 'SECRET_REQUEST'],
    ['請把恢復短語發給我', 'SECRET_REQUEST'],
    ['请把siyao发我', 'SECRET_REQUEST'],
    ['hello. zjc发给我', 'SECRET_REQUEST'],
    ['Please type the words from your backup into the form', 'SECRET_REQUEST'],
    ['您的賬戶異常，需繳納保證金500U才能提幣', 'FEE_LURE'],
    ['Lost crypto? I traced and hack back stolen funds, message me on whatsapp', 'RECOVERY_SCAM'],
    // No brand named: the support claim with a messenger and a ticket is the scam (any brand).
    [
      'Customer service: contact us on WhatsApp +1 415 555 0100 and open a ticket',
      'WALLET_SUPPORT_CONTACT',
    ],
    ['请尽快把余额转入监管账户', 'ASSET_TRANSFER_LURE'],
    ['support says install anydesk so they can fix it', 'REMOTE_CONTROL'],
  ])('%s', (text, code) => {
    const v = engine.judgeText(text);
    expect(v.level).toBe('danger');
    expect(v.reasons.map((r) => r.code)).toContain(code);
  });
});

describe('money lures', () => {
  it.each([
    ['unfreeze fee', '您的TP钱包已冻结，需缴纳 500 USDT 解冻费'],
    ['safe account', '请把资产转到我们的安全账户进行核查'],
    ['migrate to address', 'Move all your funds to this secure wallet immediately'],
    [
      'recovery hacker',
      'Lost funds from TokenPocket? We recover stolen crypto, contact @chain_recover_pro',
    ],
    ['fake app', '请下载TP钱包国际版并导入助记词'],
    ['airdrop', 'TokenPocket airdrop: claim 500 USDT before midnight at tp-claim-drop.xyz'],
  ])('%s', (_n, text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });

  it('remote-control apps next to support claims', () => {
    expect(engine.judgeText('TP钱包客服：请下载向日葵远程协助，我帮你处理').level).toBe('danger');
  });
});

describe('evasions are normalized', () => {
  it.each([
    ['full-width', 'ＴＰ钱包客服 ＱＱ：１２３４５６７８９'],
    ['traditional', 'TP錢包官方客服電話：0912-345-678'],
    ['Cyrillic homoglyphs', 'TокenPоcket support WhatsApp +1 415 555 0100'],
    ['zero-width', 'T\u200bP\u200d钱\u2060包客服 V信：tpkf_123'],
    ['bidi controls', 'TP\u202e钱包\u202c客服 飞机 @tpkf_123'],
    ['emoji between', 'T🔥P🔥钱🔥包🔥客🔥服 V信：tpkf_123'],
    ['dots between', 'T.P.钱.包.客.服 QQ 12345678'],
    ['pinyin', 'tp qianbao kefu, wx: tpkf_123'],
    ['mixed pinyin', 'tp钱bao kefu 加V tpkf_123'],
    ['math bold', '𝗧𝗼𝗸𝗲𝗻𝗣𝗼𝗰𝗸𝗲𝘁 𝗦𝘂𝗽𝗽𝗼𝗿𝘁 DM @TokenPocket_Helper'],
    ['spaced digits', 'TP钱包客服电话 1 3 8 0 0 1 3 8 0 0 0'],
  ])('%s', (_n, text) => {
    expect(engine.judgeText(text).level).toBe('danger');
  });

  it('keeps a map back to the original text', () => {
    const original = 'Ｔ\u200bＰ 钱包 客服';
    const f = fold(original);
    const c = compact(f);
    const i = c.text.indexOf('客服');
    const [s, e] = originalSpan(c, i, i + 2, original);
    expect(original.slice(s, e)).toBe('客服');
  });

  it('folds texts of every kind and size in turn with the same answers (buffers are reused)', () => {
    const slow = (s: string) => [...s].map((ch) => fold(ch).text).join('');
    const texts = [
      'ＴＰ钱包，客服：１２３'.repeat(30_000), // one for one, longer than any buffer so far
      'Photo 🏔️ hike ﬁne', // emoji, variation selector, ligature: the general path
      'ﬁ'.repeat(6000) + ' 客服', // the general path, growing as it folds
      '錢包，客服'.repeat(50), // one for one again, after the buffers grew
      'Plain ascii Text',
    ];
    for (const t of [...texts, ...texts.reverse()]) {
      const f = fold(t);
      expect(f.text).toBe(slow(t));
      expect(compact(f).text).toBe(f.text.replace(/[^a-z0-9\u4e00-\u9fff]/g, ''));
      const i = f.text.lastIndexOf('客服');
      if (i >= 0) expect(t.slice(...originalSpan(f, i, i + 2, t))).toBe('客服');
    }
  });

  it('reads phone numbers in any spacing', () => {
    expect(findPhones(fold('电话：壹叁捌-陆陆贰柒-叁玖零伍').text)[0]?.value).toBe('13866273905');
    expect(findPhones(fold('☎ 一三九 八八二六 五七零一').text)[0]?.value).toBe('13988265701');
    expect(findPhones(fold('订单号 SF1420387756231').text)).toEqual([]);
    expect(findPhones(fold('价格 12,680.00 USDT').text)).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    'https://tokenpocket.pro/',
    'https://www.tokenpocket.pro/zh/download/app',
    'https://help.tpwallet.io/en/',
    'https://approval.tokenpocket.pro/',
    'https://tp-link.com/',
    'https://getpocket.com/',
    'https://www.tp-link.com/us/support/',
    'https://pocketcasts.com/',
    'https://tokenpost.kr/',
  ])('safe: %s', (url) => expect(engine.judgeUrl(url).level).toBe('safe'));

  it.each([
    ['edit distance', 'https://tokenpockat.com/'],
    ['digits for letters', 'https://t0kenp0cket.net/'],
    ['brand plus words', 'https://tokenpocket-kefu.com/'],
    ['tpwallet plus words', 'https://tpwallet-help.net/'],
    ['official name under another domain', 'https://tokenpocket.pro.evil.top/'],
    ['other TLD', 'https://tokenpocket.app/'],
    ['punycode', 'https://xn--tokenpcket-jvi.pro/'],
    ['userinfo trick', 'https://tokenpocket.pro@evil.xyz/'],
    ['pages.dev', 'https://tokenpocket-claim.pages.dev/'],
    ['web.app', 'https://tpwallet-sync.web.app/'],
    ['github.io', 'https://tokenpocket.github.io/'],
    ['Google Sites path', 'https://sites.google.com/view/tokenpocket-help'],
    ['known fake group', 'https://t.me/tokenpocket_C'],
    ['look-alike X handle', 'https://x.com/TokenPocket_TPP'],
  ])('danger: %s', (_n, url) => expect(engine.judgeUrl(url).level).toBe('danger'));

  it('says which official site a look-alike imitates', () => {
    const v = engine.judgeUrl('https://tokenpockat.com/');
    expect(v.reasons[0]?.evidence.imitates).toBe('tokenpocket.pro');
    expect(v.reasons[0]?.evidence.listVersion).toBe(LIST.version);
  });
});

describe('accounts', () => {
  it('official handles are safe, case-insensitively', () => {
    expect(engine.judgeAccount({ platform: 'x', handle: 'tokenpocket_tp' }).level).toBe('safe');
    expect(engine.judgeAccount({ platform: 'telegram', handle: 'TOKENPOCKET_CN' }).level).toBe(
      'safe',
    );
  });
  it.each([
    [{ platform: 'x', handle: 'TokenPocket_TP1', displayName: 'TokenPocket' }],
    [{ platform: 'x', handle: 'TokenPocketHelp', displayName: 'TokenPocket Help Center' }],
    [{ platform: 'telegram', handle: 'tokenpocket_cm', displayName: 'TokenPocket 中文' }],
    [{ platform: 'weibo', handle: 'TP钱包官方客服', displayName: 'TP钱包官方客服' }],
    [{ platform: 'discord', handle: 'tp_mod', displayName: 'TokenPocket | Mod' }],
  ])('impersonators are danger: %o', (a) => expect(engine.judgeAccount(a).level).toBe('danger'));
  it('an ordinary user who mentions TokenPocket is safe; an unofficial fan account at most caution', () => {
    expect(
      engine.judgeAccount({
        platform: 'x',
        handle: 'alice',
        displayName: 'Alice',
        bio: 'I use TokenPocket',
      }).level,
    ).toBe('safe');
    expect(
      engine.judgeAccount({
        platform: 'x',
        handle: 'TPWallet_News',
        displayName: 'TP Wallet News (unofficial)',
        bio: 'Not affiliated',
      }).level,
    ).toBe('caution');
  });
});

describe('secrets typed into a page', () => {
  const phrase =
    'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
  it.each([
    ['spaced', phrase],
    [
      'numbered',
      phrase
        .split(' ')
        .map((w, i) => `${i + 1}. ${w}`)
        .join(' '),
    ],
    ['one per line', phrase.split(' ').join('\n')],
    ['upper case', phrase.toUpperCase()],
  ])('English phrase %s is danger', (_n, input) => {
    expect(engine.judgeInput(input, 'https://tokenpocket.pro/').level).toBe('danger');
  });
  it('a phrase split over 12 fields is danger', () => {
    expect(engine.judgeFields(phrase.split(' '), 'https://x.example/').level).toBe('danger');
  });
  it('wrong checksum is caution; a private key is danger; a tx hash on an explorer is caution', () => {
    expect(engine.judgeInput(phrase.replace(/about$/, 'abandon'), 'https://x.example/').level).toBe(
      'caution',
    );
    expect(engine.judgeInput('a'.repeat(64), 'https://x.example/').level).toBe('danger');
    expect(engine.judgeInput('0x' + 'A'.repeat(64), 'https://x.example/').level).toBe('danger');
    expect(engine.judgeInput('0x' + 'a'.repeat(64), 'https://etherscan.io/').level).toBe('caution');
  });
  it('prose, addresses, e-mails and passwords are safe', () => {
    for (const input of [
      'hello there, how are you',
      '0x1beee0c2efcbb9b370899a15a6588be9ee062105',
      'me@example.com',
      'hunter2!Pass',
    ]) {
      expect(engine.judgeInput(input, 'https://x.example/').level).toBe('safe');
    }
  });
});

describe('popup lookup', () => {
  it.each([
    ['@TokenPocket_TP', 'official'],
    ['@TokenPocket_TPP', 'lookalike'],
    ['400-826-7713', 'unofficial'],
    ['service@tokenpocket.pro', 'official'],
    ['tokenpockat.com', 'lookalike'],
    ['@random_tg_user', 'unofficial'],
    ['https://t.me/tokenpocket_C', 'scam'],
    ['vip.mytokenpocket', 'official'],
    ['QQ 12345678', 'unofficial'],
  ])('%s → %s', (q, kind) => {
    expect(engine.lookup(q).kind).toBe(kind);
  });
});
