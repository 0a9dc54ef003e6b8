import type { SiteAdapter } from './types';
import { x } from './x';
import { telegram } from './telegram';
import { discord } from './discord';
import { youtube } from './youtube';
import { reddit } from './reddit';
import { facebook } from './facebook';
import { weibo } from './weibo';
import { bilibili } from './bilibili';
import { zhihu } from './zhihu';
import { tieba } from './tieba';
import { google, bing, baidu } from './search';
import { github } from './github';
import { xiaohongshu } from './xiaohongshu';
import { tiktok } from './tiktok';
import { binance } from './binance';

export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  telegram,
  discord,
  youtube,
  reddit,
  facebook,
  weibo,
  bilibili,
  zhihu,
  tieba,
  google,
  bing,
  baidu,
  github,
  xiaohongshu,
  tiktok,
  binance,
];

export function adapterFor(host: string, path: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.test(host) && (!a.paths || a.paths.test(path))) ?? null;
}

export type { SiteAdapter, Candidate } from './types';
