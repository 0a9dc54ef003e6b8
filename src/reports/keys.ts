import { fnv1a } from '../util/hash';

/**
 * The key that names what a finding or report is about. The same key is used for the user's
 * "not a scam" allowlist, their block list (accounts they reported) and for merging duplicate reports:
 *   account:<platform>:<handle, lower case>   url:<host>   contact:<digits or lower-case id>
 *   page:<host><path>   text:<hash of the whitespace-collapsed text>
 */
export function subjectKey(c: {
  account?: { platform: string; handle: string } | undefined;
  url?: string | undefined;
  contact?: string | undefined;
  text?: string | undefined;
}): string {
  if (c.account?.handle)
    return `account:${c.account.platform.toLowerCase()}:${c.account.handle.replace(/^@/, '').toLowerCase()}`;
  if (c.url) return `url:${hostPart(c.url)}`;
  if (c.contact) return `contact:${contactPart(c.contact)}`;
  return `text:${fnv1a((c.text ?? '').replace(/\s+/g, ' ').trim())}`;
}

/** The host of a URL or bare host name, lower case, without port or credentials. */
export function hostPart(url: string): string {
  return (
    url
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split(/[/?#]/)[0]
      ?.replace(/^.*@/, '')
      .replace(/:\d+$/, '')
      .toLowerCase() ?? ''
  );
}

/** A phone number keeps its digits; any other contact id is compared case-insensitively. */
export function contactPart(contact: string): string {
  const digits = contact.replace(/[\s()+.-]/g, '');
  return /^\d{5,}$/.test(digits) ? digits : contact.trim().replace(/^@/, '').toLowerCase();
}

/** A page is one address without query or fragment (tracking parameters must not split it). */
export function pageKey(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[?#]/)[0] ?? '';
  const slash = rest.indexOf('/');
  const host = hostPart(slash < 0 ? rest : rest.slice(0, slash));
  const path = slash < 0 ? '/' : rest.slice(slash).replace(/\/+$/, '') || '/';
  return `page:${host}${path}`;
}
