/**
 * Detection, step two: rules over signals (issue #18). Each rule is one reason code at one level,
 * read on a window of a sentence and its neighbours (signals.ts): its signals joined, its contact
 * points, and whether the text opens by addressing someone. The first window where a rule holds
 * gives its evidence. `explain` lists, for the CLI's --explain, what each window carried.
 */
import type { Contact } from './contacts';
import type { ReasonCode, Level } from './types';
import { INVESTMENT, PHONE_SPAM, SIG, WARNING_DISMISSED, WITHDRAW_BLOCKED } from './signals';
import { N_ASSET_TRANSFER } from './lexicon';
import type { ContactClass, Sentence } from './signals';

export interface Window {
  /** Signals of the window's sentences, joined. */
  mask: number;
  /** The sentence the window is centred on. */
  centre: Sentence;
  /** Its sentences, in order. */
  sentences: Sentence[];
  /** Contact points in the window, with their classes. */
  contacts: { contact: Contact; cls: ContactClass; sentence: Sentence }[];
  addressed: boolean;
  /** Signals of the whole text. */
  doc: number;
  /** The same phone number given three times or more. */
  phoneSpam: boolean;
  /** A link shown as one address and going to another. */
  deceptiveLink: string | null;
  /** A short message (read whole). */
  short: boolean;
  /** Three or more different wallet pretexts offered one after another. */
  portal: boolean;
  /** An investment or betting "mentor" pitch somewhere in a text of up to 2,000 characters. */
  invest: boolean;
  /** How many different marks of phone spam the whole text has. */
  phoneMarks: number;
}

export interface Rule {
  code: ReasonCode;
  level: Level;
  /** What the rule reads, in words (for --explain and the docs). */
  means: string;
  /** The rule holds on this window: the sentence or contact that shows it, or true. */
  when(w: Window): Sentence | Contact | boolean;
  /** A warning around it does not lower it (e.g. a recovery service's own invitation). */
  keepInWarning?(w: Window): boolean;
}

const has = (w: Window, bits: number) => (w.mask & bits) !== 0;
const all = (w: Window, bits: number) => (w.mask & bits) === bits;
/** Contact points of these classes in the window. */
const contactsOf = (w: Window, ...cls: ContactClass[]) =>
  w.contacts.filter((k) => cls.includes(k.cls));
/** A contact of these classes in the window (one quoted in a warning too: the warning lowers it). */
const given = (w: Window, ...cls: ContactClass[]) => contactsOf(w, ...cls)[0];
const sentenceWith = (w: Window, bits: number) => w.sentences.find((s) => s.mask & bits);

const NAMED = SIG.brand | SIG.otherBrand;
/** A phone number given as a messenger account. */
const MESSENGER = /whatsapp|telegram|signal|wechat|微信|飞机|电报/;
const WALLETISH = SIG.brand | SIG.otherBrand | SIG.crypto;
const SUPPORT_ROLE = SIG.support | SIG.official | SIG.staff | SIG.liveChat;
/** Money named: amounts in coins or dollars, a payment ("60$ fee", "3 BNB", "500U"). */
const PAYMENT =
  /\$\s?\d|\d\s?\$|\d+\s?(?:usdt|usd|bnb|eth|btc|trx|u)\b|\d+\s?(?:元|块|u)(?![a-z])|\bfee\b|费|付款|转账(?:给|到)|打给/;
/** A contact block: "WhatsApp info: …", "CONTACT INFO: …", "Telegram: @…" at a line's start. */
const OWN_NEW_WALLET =
  /(?:创建|新建|生成)[^。\n]{0,8}新(?:钱包|账户|帐户|助记词)|\bcreate (?:a )?new (?:wallet|account)\b/;
/** A service recommended in a testimonial: "I came across …", "hired", "thanks to", "多亏". */
const RECOMMENDED =
  /\b(?:came across|hired|contacted|recommend\w*|introduced (?:me|us) to|connect you (?:all )?with|called)\b|推荐/;
const CONTACT_BLOCK =
  /(?:^|\n)\s*(?:contact|whatsapp|telegram|email|e-mail|website|signal)\b[^\n]{0,12}?\b(?:info|information|details?|address|number|id)?\s*[:：{]/;
/** An alert's "if this was not you" (then: call this number). */
const NOT_YOU =
  /\bif (?:this|it) (?:was|is)(?: not|n'?t) (?:you|yours)\b|\bif you did(?: not|n'?t) (?:make|request|authori[sz]e|initiate)|如果不是(?:您|你)本人|若非本人/;
/** The headings of an issue tracker's bug report template. */
const BUG_REPORT =
  /\b(?:steps to reproduce|expected (?:result|behaviou?r)|actual (?:result|behaviou?r))\b/;
/** The wallet-"rectification" pretext of reply bots and their phishing sites. */
const RECTIFY =
  /\brectif\w*|\b(?:validat|synchroni[sz]|sync)\w* (?:your |the )?wallets?\b|\bwallet (?:validation|synchroni[sz]ation|rectification)\b|\becosystem backend\b/;
/** What fake police and officials threaten: money laundering, an investigation, a frozen card. */
const POLICE_THREAT =
  /洗钱|洗錢|涉嫌|嫌疑|配合调查|配合調查|冻结|凍結|\b(?:money laundering|investigation|arrest warrant)\b/;
/** A testimonial for a recovery service. */
const TESTIMONIAL =
  /\b(?:saved me|helped me (?:to )?(?:recover|get back|retrieve|regain)|recovered (?:my|all my)|got (?:back )?(?:all )?my (?:funds|crypto|money|bitcoin|usdt|assets|wallet)|(?:was|were) able to (?:recover|retrieve|regain)|i (?:highly |strongly )?recommend)\b/;
/** Where a fee scam takes the money from: a platform, a bank card, an account, a credit record. */
const FEE_CONTEXT =
  /平台|银行卡|銀行卡|账户|賬戶|账号|征信|\b(?:platform|bank account|bank card|account)\b/;
/** The Chinese mentor and loss-guarantee words (specific enough alone). */
const INVESTMENT_ZH = /导师|带单|包赔|稳赚/;
/** A site given to be typed in by hand ("【网: 263613·cc】", "域名手动在浏览器翻开"). */
const TYPE_IN_SITE = /[网網](?:址|站)?\s*[:：]|域名|浏览器[^。\n]{0,4}(?:输入|翻开|打开)|瀏覽器/;
/** Self-custody wallets (they hold no accounts: nothing of them can be frozen by anyone). */
const SELF_CUSTODY =
  '(?:(?<![a-z])(?:tp|im)(?![a-z])|tokenpocket|imtoken|比特派|bitpie|小狐狸|metamask|trust ?wallet|tronlink|波宝|safepal)';
/** Such a wallet said to freeze, or be frozen ("IM钱包被冻结", "比特派可能会对用户的账户进行暂时冻结"). */
const WALLET_FREEZES = new RegExp(
  // Near (a short name, "IM钱包被冻结"), or further along a long sentence when the wallet is named
  // as one ("TP钱包会进行系统监控,…并自动冻结相关资产"; not "公司内部IM系统…账户已被冻结").
  `${SELF_CUSTODY}\\s*(?:钱包|錢包|wallet)?[^。！？\\n]{0,16}?(?:冻结|凍結)|${SELF_CUSTODY}\\s*(?:钱包|錢包|wallet)[^。！？\\n]{0,40}?(?:冻结|凍結)|(?:冻结|凍結)(?:的|了)?[^。！？\\n]{0,6}${SELF_CUSTODY}\\s*(?:钱包|錢包)`,
);
/** …unless the sentence says it cannot ("TP钱包不会冻结你的资产"). */
const FREEZE_DENIED =
  /不会|不會|不能|无法|無法|不可能|没有|沒有|无权|無權|并非|並非|谣言|謠言|\b(?:never|cannot|can't|not)\b/;
/** A link that opens a direct message to one account or number. */
const DM_LINK = /^(?:https?:\/\/)?(?:wa\.me|(?:www\.)?(?:twitter|x)\.com\/messages\/compose)\b/;
/** The writer asks to be contacted ("please contact me for further details", "DM me"). */
const CONTACT_ME = /\b(?:contact|dm|message|text|email|inbox) me\b|联系我|私信我|加我/;
/** Hosts of the platform a reply is posted on (a link there stays on the platform). */
const PLATFORM_HOST =
  /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:github\.com|gitlab\.com|stackoverflow\.com|reddit\.com|x\.com|twitter\.com|youtube\.com|medium\.com|discord\.com)\b/;

/** The table. Order matters only for which evidence is shown first. */
export const RULES: Rule[] = [
  {
    code: 'SECRET_REQUEST',
    level: 'danger',
    means:
      'a sentence asks the reader to send, enter or confirm a seed phrase, private key or keystore (not as advice, not in the wallet app’s own steps), or a form has a field for it',
    when: (w) => {
      if (!has(w, SIG.secretAsk)) return false;
      // A form asking for it in a field of its own (the whole text's signal).
      return sentenceWith(w, SIG.secretAsk) ?? w.centre;
    },
  },
  {
    code: 'KNOWN_SCAM',
    level: 'danger',
    means:
      'a contact point or site the signed list names as a known scam (phone, WhatsApp, QQ, WeChat, Telegram, e-mail, handle or site), in a wallet, crypto or support text',
    when: (w) =>
      has(w, WALLETISH | SUPPORT_ROLE | SIG.offer | SIG.stolen | SIG.recovery | SIG.recoveryService)
        ? (w.contacts.find((k) => k.contact.known)?.contact ?? false)
        : false,
  },
  {
    code: 'LOOKALIKE_LINK',
    level: 'danger',
    means: 'a link to a site the address judge calls a look-alike of the brand',
    when: (w) => contactsOf(w, 'lookalike')[0]?.contact ?? false,
  },
  {
    code: 'FAKE_SUPPORT_CONTACT',
    level: 'danger',
    means:
      'TokenPocket named with a support or official claim, and an unofficial private contact (phone, messenger, handle, free mail, chat invite, off-site page)',
    when: (w) =>
      has(w, SIG.brand) && has(w, SUPPORT_ROLE | SIG.offer)
        ? (given(w, 'private', 'chat', 'offsite')?.contact ?? false)
        : false,
  },
  {
    code: 'WALLET_SUPPORT_CONTACT',
    level: 'danger',
    means:
      'a wallet, exchange or crypto named with a support role, and a phone number, messenger, free-mail address or off-site support page; or a “support”/“live chat” page on free hosting or a form, brand or not; or a wallet’s name with one phone number given three times or more',
    when: (w) => {
      if (has(w, WALLETISH) && has(w, SUPPORT_ROLE | SIG.offer)) {
        const k = given(w, 'private', 'offsite', 'otherLookalike');
        if (k) return k.contact;
      }
      // A "live chat" or support referral to a page on free hosting or a form: no brand needed.
      if (has(w, SIG.liveChat | SIG.referral)) {
        const k = given(w, 'offsite');
        if (k) return k.contact;
      }
      // "Contact our support on Telegram": a support role sending the reader to a messenger.
      if (has(w, SIG.support)) {
        const k = w.contacts.find(
          (x) =>
            (x.cls === 'private' && (x.contact.kind === 'app' || x.contact.kind === 'telegram')) ||
            // A direct-message link (x.com/messages/compose, wa.me): a person's inbox, not a group;
            // in a wallet or crypto text (an airline's "DM us" is not this).
            (x.cls === 'chat' && DM_LINK.test(x.contact.value) && !!((w.mask | w.doc) & WALLETISH)),
        );
        if (k) return k.contact;
      }
      // "(COINBASE) The OTP code for your withdrawal is …, if this was not you please call us on
      // …": callback phishing in a brand's name.
      if (has(w, NAMED) && w.sentences.some((x) => NOT_YOU.test(x.v ?? x.n))) {
        const k = w.contacts.find((x) => x.contact.kind === 'phone' && x.cls === 'private');
        if (k) return k.contact;
      }
      // "A new login was detected, call us immediately at …": callback phishing.
      if (has(w, SIG.accountThreat) && has(w, SIG.urgency)) {
        const k = w.contacts.find((x) => x.contact.kind === 'phone' && x.cls === 'private');
        if (k) return k.contact;
      }
      // "您的专属客服QQ", a support ticket handled over a messenger: no brand needed.
      if (all(w, SIG.support | SIG.liveChat)) {
        const k = contactsOf(w, 'private').find(
          (x) =>
            x.contact.kind !== 'email' &&
            (x.contact.kind !== 'phone' || MESSENGER.test(x.sentence.n)),
        );
        if (k) return k.contact;
      }
      // A support line with the marks of phone spam: a wallet's or crypto's, or any company's in a
      // text with three different marks at least (an ordinary "24/7 helpdesk" line has one or two).
      if (
        has(w, SUPPORT_ROLE) &&
        w.sentences.some((x) => PHONE_SPAM.test(x.v ?? x.n)) &&
        ((w.mask | w.doc) & WALLETISH || w.phoneMarks >= 3)
      ) {
        const k = w.contacts.find((x) => x.contact.kind === 'phone' && x.cls === 'private');
        if (k) return k.contact;
      }
      if (w.phoneSpam && w.doc & (WALLETISH | SIG.support)) {
        const k = w.contacts.find((x) => x.contact.kind === 'phone');
        if (k) return k.contact;
      }
      return false;
    },
  },
  {
    code: 'REPLY_BOT',
    level: 'danger',
    means:
      'a reply addressed to someone that sends them to a support team, live chat or ticket off the platform (a page on free hosting, a form, a chat invite, a look-alike host, a phone number or messenger)',
    when: (w) => {
      // A reply is short: its support words may be anywhere in it.
      const m = w.mask | w.doc;
      if (!w.addressed || !(m & (SUPPORT_ROLE | SIG.referral | SIG.pretext | SIG.offer)))
        return false;
      const k =
        given(w, 'offsite', 'otherLookalike', 'private') ??
        // A project's own chat group is ordinary; one offered as the live support is not.
        (m & SIG.liveChat ? given(w, 'chat') : undefined) ??
        // Any unknown site, when the reply speaks of a live chat or a ticket to open there, or
        // of rectifying, validating or syncing a wallet there.
        (m & SIG.liveChat || (m & SIG.pretext && w.sentences.some((x) => RECTIFY.test(x.v ?? x.n)))
          ? w.contacts.find((k) => k.cls === 'plain' && !PLATFORM_HOST.test(k.contact.value))
          : undefined);
      return k?.contact ?? false;
    },
    // A reply bot's own "be careful" does not vouch for the address it gives.
    keepInWarning: (w) => w.addressed,
  },
  {
    code: 'UNOFFICIAL_CONTACT',
    level: 'caution',
    means: 'TokenPocket named next to an unofficial private contact',
    when: (w) => (has(w, SIG.brand) ? (given(w, 'private')?.contact ?? false) : false),
  },
  {
    code: 'SUPPORT_REFERRAL',
    level: 'caution',
    means:
      'a reply addressed to someone, or a wallet text, that sends the reader to an unnamed “support team”, “live chat” or “official channel”',
    when: (w) =>
      (w.addressed || has(w, WALLETISH)) &&
      (has(w, SIG.referral) ||
        (has(w, SIG.contactSupport) && has(w, SIG.offer)) ||
        (has(w, SIG.liveChat) && has(w, SIG.offer))) &&
      !has(w, SIG.warning)
        ? (sentenceWith(w, SIG.referral | SIG.contactSupport | SIG.liveChat) ?? false)
        : false,
  },
  {
    code: 'LINK_LURE',
    level: 'danger',
    means:
      'a wallet text with a pretext (verify, sync, claim, fix, migrate) and a push (support, threat, urgency, fee), linking off-site',
    when: (w) => {
      if (!has(w, WALLETISH) || !has(w, SIG.pretext)) return false;
      if (!has(w, SUPPORT_ROLE | SIG.threat | SIG.urgency | SIG.fee | SIG.walletImport))
        return false;
      // Any unknown site, for the brand, or when threat, urgency and pretext come together.
      const strong =
        has(w, SIG.brand) ||
        (all(w, SIG.urgency | SIG.pretext) && has(w, SIG.threat | SIG.accountThreat));
      return (
        (given(w, 'offsite', 'otherLookalike') ?? (strong ? given(w, 'plain') : undefined))
          ?.contact ?? false
      );
    },
  },
  {
    code: 'WALLET_IMPORT_LURE',
    level: 'danger',
    means: 'asks to import or connect a wallet for a pretext, with a link or the brand named',
    when: (w) =>
      has(w, SIG.walletImport) && has(w, SIG.pretext) && (has(w, NAMED) || w.contacts.length > 0)
        ? (sentenceWith(w, SIG.walletImport) ?? false)
        : false,
  },
  {
    code: 'FEE_LURE',
    level: 'danger',
    means: 'a fee, deposit or tax to unlock, unfreeze or withdraw, in a wallet or support text',
    when: (w) =>
      has(w, SIG.fee) &&
      (has(w, WALLETISH | SIG.threat | SIG.support) ||
        w.sentences.some((x) => FEE_CONTEXT.test(x.v ?? x.n)))
        ? (sentenceWith(w, SIG.fee) ?? false)
        : false,
  },
  {
    code: 'ASSET_TRANSFER_LURE',
    level: 'danger',
    means: 'move the assets to a “safe”, “new” or “verification” address or wallet',
    when: (w) => {
      const s = w.sentences.find((x) => x.mask & SIG.transfer);
      if (!s) return false;
      // The reader makes the new wallet themselves ("创建新钱包…生成新助记词"): moving there is
      // advice, unless the assets go to a "safe" or "verification" address.
      if (
        !N_ASSET_TRANSFER.test(s.v ?? s.n) &&
        w.sentences.some((x) => OWN_NEW_WALLET.test(x.v ?? x.n))
      )
        return false;
      return sentenceWith(w, SIG.transfer) ?? false;
    },
  },
  {
    code: 'RECOVERY_SCAM',
    level: 'danger',
    means:
      'stolen or lost funds (anywhere in the story), and a recovery “hacker”, service or testimonial, or a recovery offer with a contact or an invitation',
    when: (w) => {
      // A recovery service named anywhere in a text that opens with its contact block
      // ("WhatsApp info: …", "Telegram info: @…") before the story.
      if (
        w.doc & SIG.recoveryService &&
        w.sentences.some(
          (x) => CONTACT_BLOCK.test(x.v ?? x.n) && !(x.mask & (SIG.warning | SIG.quoted)),
        ) &&
        w.contacts.some((k) => k.cls === 'private')
      )
        return w.contacts.find((k) => k.cls === 'private')!.contact;
      // Gambling "出黑" spam: a withdrawal the platform refuses, and a QQ or WeChat to get it out.
      if (w.sentences.some((x) => WITHDRAW_BLOCKED.test(x.v ?? x.n))) {
        const k = w.contacts.find(
          (x) => (x.contact.kind === 'qq' || x.contact.kind === 'wechat') && x.cls === 'private',
        );
        if (k) return k.contact;
      }
      if (
        !has(w, SIG.recovery | SIG.recoveryService) &&
        !(
          w.doc & SIG.stolen && w.contacts.some((k) => /recover|hack|retriev/.test(k.contact.value))
        )
      )
        return false;
      // A recovery service with a way to reach it needs no story around it.
      if (
        has(w, SIG.recoveryService) &&
        (has(w, SIG.invite) || w.contacts.some((k) => k.cls !== 'official' && k.cls !== 'own'))
      )
        return sentenceWith(w, SIG.recoveryService) ?? true;
      if (!((w.mask | w.doc) & SIG.stolen)) return false;
      // A site or address named for recovery or hacking, given to a victim.
      const named = w.contacts.find((k) => /recover|hack|retriev/.test(k.contact.value));
      if (named) return named.contact;
      if (
        has(w, SIG.recoveryService) ||
        w.contacts.some((k) => k.cls !== 'official') ||
        has(w, SIG.invite | SIG.fee)
      )
        return sentenceWith(w, SIG.recoveryService | SIG.recovery) ?? true;
      return false;
    },
    keepInWarning: (w) =>
      w.sentences.some((x) => TESTIMONIAL.test(x.v ?? x.n)) ||
      (has(w, SIG.recoveryService | SIG.recovery) &&
        (has(w, SIG.invite | SIG.dmOffer | SIG.fee) ||
          w.contacts.some((k) => k.cls !== 'official' && k.cls !== 'plain' && k.cls !== 'own'))),
  },
  {
    code: 'FAKE_APP',
    level: 'danger',
    means: 'an “international”, “pro” or other unofficial edition of a wallet to install',
    when: (w) =>
      has(w, SIG.fakeApp) && has(w, WALLETISH) ? (sentenceWith(w, SIG.fakeApp) ?? false) : false,
  },
  {
    code: 'REMOTE_CONTROL',
    level: 'danger',
    means:
      'a support role asks the reader to install or open a remote-control or screen-sharing app',
    when: (w) =>
      has(w, SIG.remote) && has(w, SUPPORT_ROLE) && has(w, SIG.invite | SIG.offer | WALLETISH)
        ? (sentenceWith(w, SIG.remote) ?? false)
        : false,
  },
  {
    code: 'REMOTE_CONTROL',
    level: 'caution',
    means: 'a remote-control or screen-sharing app in a wallet or support text',
    when: (w) =>
      has(w, SIG.remote) && has(w, WALLETISH | SIG.support)
        ? (sentenceWith(w, SIG.remote) ?? false)
        : false,
  },
  {
    code: 'RECOVERY_SCAM',
    level: 'caution',
    means:
      'a recovery “team”, “hacker” or company recommended by name, or offering recovery and asking to be contacted, with no contact yet (it follows in a reply or a profile)',
    when: (w) =>
      has(w, SIG.recoveryService) &&
      ((w.mask | w.doc) & (WALLETISH | SIG.stolen) ||
        // A hacker offering account recovery, to be contacted (the contact follows in private).
        w.sentences.some((x) => CONTACT_ME.test(x.v ?? x.n)))
        ? (w.sentences.find(
            (x) =>
              x.mask & SIG.recoveryService &&
              (RECOMMENDED.test(x.v ?? x.n) || /\brecover(?:y|ies|ing)\b/.test(x.v ?? x.n)),
          ) ?? false)
        : false,
  },
  {
    code: 'ACCOUNT_THREAT',
    level: 'danger',
    means:
      'your wallet or account (a named brand) is suspended, frozen or flagged, with a pretext or urgency',
    when: (w) => {
      const s = sentenceWith(w, SIG.accountThreat | SIG.threat);
      if (!s) return false;
      if (has(w, NAMED) && has(w, SIG.accountThreat)) return s;
      if (has(w, SIG.brand) && all(w, SIG.threat | SIG.pretext | SIG.urgency)) return s;
      // No brand: "failure to complete this mandatory validation may restrict access to your wallet".
      return all(w, SIG.accountThreat | SIG.pretext | SIG.urgency) ? s : false;
    },
  },
  {
    code: 'LISTING_LURE',
    level: 'danger',
    means:
      'a paid or “guaranteed” listing of a token or its logo (fast approval, automerge), with a private contact or a payment',
    when: (w) => {
      const s = sentenceWith(w, SIG.listing);
      if (!s) return false;
      if (given(w, 'private', 'chat', 'offsite') || has(w, SIG.fee)) return s;
      return w.sentences.some((x) => PAYMENT.test(x.v ?? x.n)) ? s : false;
    },
  },
  {
    code: 'INVESTMENT_LURE',
    level: 'danger',
    means:
      'a “mentor” who trades for you, copied trades or guaranteed profits, with a private contact, a chat invite, a site off the platform or a site to type in by hand',
    when: (w) => {
      const s = w.sentences.find((x) => INVESTMENT.test(x.v ?? x.n));
      if (!s) {
        // The pitch and its messenger a few lines apart ("INVEST $500 GET $6000 … contact me on
        // WhatsApp +1…"): a messenger given, not quoted, in a short text with the pitch.
        if (!w.invest) return false;
        const k = w.contacts.find(
          (x) =>
            x.cls === 'private' &&
            MESSENGER.test(x.sentence.v ?? x.sentence.n) &&
            !(x.sentence.mask & (SIG.warning | SIG.quoted)),
        );
        return k?.contact ?? false;
      }
      // In English the words also belong to banks and brokers ("daily returns", "investment plan"
      // with a phone line): crypto named, or a messenger given, there.
      if (
        !INVESTMENT_ZH.test(s.v ?? s.n) &&
        !((w.mask | w.doc) & WALLETISH) &&
        !w.contacts.some((k) => k.cls === 'chat' || MESSENGER.test(k.sentence.v ?? k.sentence.n))
      )
        return false;
      const k = given(w, 'private', 'chat', 'offsite', 'otherLookalike');
      if (k) return k.contact;
      return w.sentences.some((x) => TYPE_IN_SITE.test(x.v ?? x.n)) ? s : false;
    },
  },
  {
    code: 'REWARD_LURE',
    level: 'danger',
    means:
      'an airdrop, reward or bonus to claim, with urgency, a link off-site, or a wallet to connect or import',
    when: (w) => {
      const s = sentenceWith(w, SIG.reward);
      if (!s) return false;
      if (has(w, SIG.urgency | SIG.walletImport | SIG.secretAsk)) return s;
      if (given(w, 'offsite', 'otherLookalike', 'lookalike', 'chat', 'private')) return s;
      // Any other site, unless the text is a user's bug report about a claim ("Steps to
      // reproduce: claim airdrop through …").
      return given(w, 'plain') && !w.sentences.some((x) => BUG_REPORT.test(x.n)) ? s : false;
    },
  },
  {
    code: 'DECEPTIVE_LINK',
    level: 'danger',
    means: 'a link written to show one address while it goes to another',
    when: (w) => (w.deceptiveLink ? w.centre : false),
  },
  {
    code: 'WALLET_IMPORT_LURE',
    level: 'danger',
    means:
      'a wallet “rectification” page: three or more wallet pretexts offered one after another (rectify, migrate, validate, sync, claim, fix issue, assets recovery, connect wallet)',
    when: (w) => {
      if (!w.portal || !(w.doc & (WALLETISH | SIG.walletImport))) return false;
      return !(w.doc & SIG.warning) ? w.centre : false;
    },
  },
  {
    code: 'WALLET_IMPORT_LURE',
    level: 'danger',
    means:
      'a wallet page that tells the reader its wallet’s risk warning is normal, to ignore it and go on connecting (what approval drainers say)',
    when: (w) =>
      has(w, WALLETISH | SIG.walletImport)
        ? (w.sentences.find((x) => WARNING_DISMISSED.test(x.v ?? x.n)) ?? false)
        : false,
    keepInWarning: () => true,
  },
  {
    code: 'SUPPORT_OFFER',
    level: 'caution',
    means: 'help offered in private messages (“message me, I can help”), wallet named or not',
    when: (w) =>
      all(w, SIG.dmOffer | SIG.offer) && !has(w, SIG.warning)
        ? (sentenceWith(w, SIG.dmOffer) ?? false)
        : false,
  },
  {
    code: 'SUPPORT_MISINFO',
    level: 'caution',
    means:
      'a wallet text that sends the reader to the wallet’s “customer service” to unfreeze an account, or speaks of its phone line: wallets have neither, and this is what fake support lives on',
    when: (w) =>
      has(w, WALLETISH) &&
      !has(w, SIG.warning) &&
      (has(w, SIG.phoneSupport) ||
        (has(w, SIG.contactSupport) && has(w, SIG.threat | SIG.stolen | SIG.recovery | SIG.offer)))
        ? (sentenceWith(w, SIG.phoneSupport | SIG.contactSupport) ?? false)
        : false,
  },
  {
    code: 'SUPPORT_MISINFO',
    level: 'caution',
    means:
      'says a self-custody wallet (TokenPocket, imToken, Bitpie, MetaMask…) freezes accounts or has them unfrozen: it cannot, and fake “unfreeze” support lives on this story',
    when: (w) =>
      has(w, SIG.warning)
        ? false
        : (w.sentences.find(
            (x) => WALLET_FREEZES.test(x.v ?? x.n) && !FREEZE_DENIED.test(x.v ?? x.n),
          ) ?? false),
  },
  {
    code: 'URGENCY',
    level: 'caution',
    means: 'TokenPocket named with a threat and urgency',
    when: (w) => (has(w, SIG.brand) && has(w, SIG.threat) && has(w, SIG.urgency) ? true : false),
  },
  {
    code: 'STAFF_IMPERSONATION',
    level: 'danger',
    means:
      'a first-person claim to be the brand’s staff, with a pretext, a threat, a contact or a request',
    when: (w) =>
      has(w, SIG.staff) &&
      (has(w, SIG.pretext | SIG.threat | SIG.fee | SIG.transfer | SIG.secretAsk | SIG.dmOffer) ||
        w.sentences.some((x) => POLICE_THREAT.test(x.v ?? x.n)) ||
        w.contacts.some((k) => k.cls !== 'official' && k.cls !== 'plain' && k.cls !== 'own'))
        ? (sentenceWith(w, SIG.staff) ?? false)
        : false,
    // A first-person claim is the speaker's own, whatever warning words are around it.
    keepInWarning: () => true,
  },
  {
    code: 'STAFF_IMPERSONATION',
    level: 'caution',
    means: 'a first-person claim to be the brand’s staff',
    when: (w) => sentenceWith(w, SIG.staff) ?? false,
  },
  {
    code: 'SUPPORT_OFFER',
    level: 'danger',
    means: 'TokenPocket “official support” asking to be messaged privately (DM us)',
    when: (w) =>
      all(w, SIG.brand | SIG.support | SIG.official | SIG.dmUs)
        ? (sentenceWith(w, SIG.dmUs) ?? false)
        : false,
  },
  {
    code: 'SUPPORT_OFFER',
    level: 'caution',
    means: 'a wallet help offer in private messages (DM me, inbox me)',
    when: (w) =>
      (has(w, NAMED) || (has(w, WALLETISH) && has(w, SIG.support | SIG.offer | SIG.official))) &&
      has(w, SIG.dmOffer) &&
      !has(w, SIG.warning)
        ? (sentenceWith(w, SIG.dmOffer) ?? false)
        : false,
  },
];
