import type { Localized, OfficialList } from '../list/schema';
import type { FindingSummary } from '../messaging/protocol';
import { redactSecrets } from '../engine/redact';

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

export function reportLinks(
  f: FindingSummary,
  url: string,
  list: OfficialList | null,
): { href: string; label: Localized }[] {
  const out: { href: string; label: Localized }[] = [];
  const support = list?.official.find((e) => e.kind === 'email' && e.purpose === 'support');
  if (support) {
    const subject = `Scam report: ${f.platform ?? 'page'} ${f.handle ? '@' + f.handle : ''}`.trim();
    const body = [
      `Page: ${url}`,
      f.handle ? `Account: ${f.platform ?? ''} @${f.handle} (${f.displayName ?? ''})` : '',
      f.profileUrl ? `Profile: ${f.profileUrl}` : '',
      `Reasons: ${f.codes.join(', ')}`,
      `Excerpt: ${redactSecrets(f.excerpt)}`,
    ]
      .filter(Boolean)
      .join('\n');
    out.push({
      href: `mailto:${support.value}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
      label: {
        zh_CN: `发邮件给 TokenPocket 官方客服（${support.value}）`,
        zh_TW: `寄信給 TokenPocket 官方客服（${support.value}）`,
        en: `E-mail TokenPocket support (${support.value})`,
      },
    });
  }
  const form = f.platform ? PLATFORM_FORMS[f.platform] : undefined;
  if (form) out.push(form);
  return out;
}
