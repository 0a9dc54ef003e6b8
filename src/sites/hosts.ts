/**
 * Where each site reader applies: its hosts (and paths). Kept apart from the readers so that the
 * sniffer, which runs in every frame, knows a reader's site without loading the readers.
 */
export interface ReaderPlace {
  hosts: RegExp;
  paths?: RegExp;
}

export const READER_PLACES = {
  x: { hosts: /(^|\.)(x|twitter)\.com$/ },
  telegram: { hosts: /^web\.telegram\.org$/ },
  discord: { hosts: /(^|\.)discord\.com$/ },
  youtube: { hosts: /(^|\.)youtube\.com$/ },
  reddit: { hosts: /(^|\.)reddit\.com$/ },
  facebook: { hosts: /(^|\.)facebook\.com$/ },
  weibo: { hosts: /(^|\.)weibo\.(com|cn)$/ },
  bilibili: { hosts: /(^|\.)bilibili\.com$/ },
  zhihu: { hosts: /(^|\.)zhihu\.com$/ },
  tieba: { hosts: /^tieba\.baidu\.com$/ },
  google: { hosts: /(^|\.)google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/, paths: /^\/search/ },
  bing: { hosts: /(^|\.)bing\.com$/, paths: /^\/search/ },
  baidu: { hosts: /^(www\.|m\.)?baidu\.com$/, paths: /^\/(s|baidu)/ },
  github: { hosts: /^github\.com$/, paths: /^\/[^/]+\/[^/]+\/(issues|pull|discussions)\// },
  xiaohongshu: { hosts: /(^|\.)xiaohongshu\.com$/ },
  tiktok: { hosts: /(^|\.)tiktok\.com$/ },
  binance: {
    hosts: /(^|\.)binance\.com$/,
    paths: /^\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?(?:square|feed)(?:\/|$)/,
  },
} satisfies Record<string, ReaderPlace>;

/** The id of the reader that applies to a page, or null. */
export function readerAt(host: string, path: string): string | null {
  for (const [id, p] of Object.entries(READER_PLACES) as [string, ReaderPlace][])
    if (p.hosts.test(host) && (!p.paths || p.paths.test(path))) return id;
  return null;
}
