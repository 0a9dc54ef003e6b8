export type Level = 'danger' | 'caution' | 'safe';
export type Lang = 'zh_CN' | 'zh_TW' | 'en';
export const LANGS: readonly Lang[] = ['zh_CN', 'zh_TW', 'en'];

export type Platform =
  | 'x'
  | 'telegram'
  | 'discord'
  | 'youtube'
  | 'reddit'
  | 'facebook'
  | 'weibo'
  | 'bilibili'
  | 'github'
  | 'medium'
  | 'zhihu'
  | 'tieba'
  | 'other';

export interface Account {
  platform: string;
  handle: string;
  displayName?: string;
  bio?: string;
}

/** One thing to judge. Any combination of the fields may be present. */
export interface Item {
  text?: string;
  url?: string;
  account?: Account;
  /** A value typed or pasted into a field of the page at `url`. */
  input?: string;
}

export interface Evidence {
  /** Words or phrases that matched, as written in the input (never a secret). */
  matched?: string[];
  /** The official channel being imitated, e.g. "tokenpocket.pro" or "x:@TokenPocket_TP". */
  imitates?: string;
  /** The contact point offered (phone, QQ, WeChat id, handle, link), redacted of secrets. */
  contact?: string;
  /** The host or address judged. */
  host?: string;
  /** The official entry that matched, for official verdicts. */
  official?: string;
  /** Where in the original text the strongest match lies: [start, end). */
  span?: [number, number];
  /** A known scam: the day the list first saw it and its sources' titles. */
  listed?: { since: string; sources: string[] };
  /** Version of the verified official list the verdict used. */
  listVersion: number;
}

export interface Reason {
  code: ReasonCode;
  level: Level;
  message: string;
  evidence: Evidence;
}

export interface Verdict {
  level: Level;
  reasons: Reason[];
}

export type ReasonCode =
  | 'SECRET_REQUEST'
  | 'FAKE_SUPPORT_CONTACT'
  | 'WALLET_SUPPORT_CONTACT'
  | 'REPLY_BOT'
  | 'SUPPORT_REFERRAL'
  | 'SUPPORT_MISINFO'
  | 'LISTING_LURE'
  | 'INVESTMENT_LURE'
  | 'REWARD_LURE'
  | 'DECEPTIVE_LINK'
  | 'LOOKALIKE_LINK'
  | 'LINK_LURE'
  | 'FEE_LURE'
  | 'ASSET_TRANSFER_LURE'
  | 'RECOVERY_SCAM'
  | 'FAKE_APP'
  | 'REMOTE_CONTROL'
  | 'ACCOUNT_THREAT'
  | 'STAFF_IMPERSONATION'
  | 'WALLET_IMPORT_LURE'
  | 'SUPPORT_OFFER'
  | 'UNOFFICIAL_CONTACT'
  | 'URGENCY'
  | 'LOOKALIKE_DOMAIN'
  | 'KNOWN_SCAM'
  | 'BRAND_ON_FREE_HOST'
  | 'USERINFO_TRICK'
  | 'PUNYCODE_HOST'
  | 'LOOKALIKE_ACCOUNT'
  | 'IMPERSONATING_ACCOUNT'
  | 'BRAND_ACCOUNT_UNOFFICIAL'
  | 'SEED_PHRASE_ENTERED'
  | 'SEED_WORDS_ENTERED'
  | 'PRIVATE_KEY_ENTERED'
  | 'TX_HASH_LIKELY'
  | 'KEYSTORE_ENTERED'
  | 'OFFICIAL_CHANNEL'
  | 'WARNING_CONTEXT'
  /** The user reported this account/site/message themselves (their own block list). */
  | 'USER_REPORTED';
