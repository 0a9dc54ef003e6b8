import type { Localized, OfficialList } from '../list/schema';
import type { Report, ReportInput } from './schema';
import type { StringKey } from '../i18n/index';
import { redactSecrets } from '../engine/redact';

/** The words for a report's kind (the report view and the reports page). */
export const KIND_LABELS: Record<ReportInput['kind'], StringKey> = {
  account: 'kindAccount',
  message: 'kindMessage',
  page: 'kindPage',
  contact: 'kindContact',
  domain: 'kindDomain',
};

/** Where a user can send a report: TokenPocket's support e-mail and the platform's own form. */
const PLATFORM_FORMS: Record<string, { href: string; label: Localized }> = {
  x: {
    href: 'https://help.x.com/forms/impersonation',
    label: {
      zh_CN: '向 X 举报冒充账号',
      zh_TW: '向 X 檢舉冒充帳號',
      en: 'Report impersonation to X',
    },
  },
  telegram: {
    href: 'https://t.me/notoscam',
    label: {
      zh_CN: '向 Telegram @notoscam 举报',
      zh_TW: '向 Telegram @notoscam 檢舉',
      en: 'Report to Telegram @notoscam',
    },
  },
  discord: {
    href: 'https://dis.gd/request',
    label: {
      zh_CN: '向 Discord 信任与安全团队举报',
      zh_TW: '向 Discord 信任與安全團隊檢舉',
      en: 'Report to Discord Trust & Safety',
    },
  },
  weibo: {
    href: 'https://service.account.weibo.com/',
    label: { zh_CN: '微博举报中心', zh_TW: '微博檢舉中心', en: 'Weibo report centre' },
  },
  youtube: {
    href: 'https://support.google.com/youtube/answer/2802027',
    label: { zh_CN: '向 YouTube 举报', zh_TW: '向 YouTube 檢舉', en: 'Report to YouTube' },
  },
  facebook: {
    href: 'https://www.facebook.com/help/contact/169486816475808',
    label: {
      zh_CN: '向 Facebook 举报冒充',
      zh_TW: '向 Facebook 檢舉冒充',
      en: 'Report impersonation to Facebook',
    },
  },
  reddit: {
    href: 'https://www.reddit.com/report',
    label: { zh_CN: '向 Reddit 举报', zh_TW: '向 Reddit 檢舉', en: 'Report to Reddit' },
  },
};

/** The report as plain text: the body of the e-mail and what a user pastes into a platform's form. */
export function reportText(r: Report): string {
  return [
    `Report ${r.id} (${r.kind}, ${r.level})`,
    r.handle
      ? `Account: ${r.platform ?? ''} @${r.handle}${r.displayName ? ` (${r.displayName})` : ''}`
      : '',
    r.accountId ? `Account id: ${r.accountId}` : '',
    r.profileUrl ? `Profile: ${r.profileUrl}` : '',
    r.contact ? `Contact: ${r.contact}` : '',
    r.domain ? `Domain: ${r.domain}` : '',
    r.pageUrl ? `Page: ${r.pageUrl}` : '',
    r.seenOn.length > 1 ? `Also seen on: ${r.seenOn.slice(1).join(' ')}` : '',
    r.reasons.length ? `Reasons: ${r.reasons.map((x) => x.code).join(', ')}` : '',
    r.excerpt ? `Excerpt: ${r.excerpt}` : '',
    r.comment ? `Comment: ${r.comment}` : '',
    `Reported ${r.occurrences}x, first ${r.createdAt}; TP Scam Shield ${r.extensionVersion}, list v${r.listVersion}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export interface ReportLink {
  to: 'email' | 'platform';
  href: string;
  label: Localized;
}

/** Where a user can send a report by hand: TokenPocket's support e-mail and the platform's own form. */
export function reportLinks(r: Report, list: OfficialList | null): ReportLink[] {
  const out: ReportLink[] = [];
  const support = list?.official.find((e) => e.kind === 'email' && e.purpose === 'support');
  if (support) {
    const about = r.handle ? `${r.platform ?? ''} @${r.handle}` : (r.domain ?? r.contact ?? r.kind);
    const subject = `Scam report: ${about}`.slice(0, 150);
    // Mail clients cut long mailto: links; the excerpt is already capped at 1,000 characters.
    const body = redactSecrets(reportText(r)).slice(0, 1800);
    out.push({
      to: 'email',
      href: `mailto:${support.value}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
      label: {
        zh_CN: `发邮件给 TokenPocket 官方客服（${support.value}）`,
        zh_TW: `寄信給 TokenPocket 官方客服（${support.value}）`,
        en: `E-mail TokenPocket support (${support.value})`,
      },
    });
  }
  const form = r.platform ? PLATFORM_FORMS[r.platform] : undefined;
  if (form) out.push({ to: 'platform', ...form });
  return out;
}
