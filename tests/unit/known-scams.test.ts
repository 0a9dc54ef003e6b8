/**
 * Known scams in the signed list (issue #23): contact points (phone, WhatsApp, QQ, WeChat) as well
 * as sites and accounts, each with the day it was first seen and its sources. A known contact in a
 * wallet, crypto or support text is danger and says since when and where it is documented; quoted
 * in a warning it is not danger; the popup lookup names it.
 */
import { describe, expect, it } from 'vitest';
import { LIST, engine } from '../helpers/list';
import { AskedScams, createEngine } from '../../src/engine/index';
import { lintList } from '../../src/list/lint';
import { officialListSchema } from '../../src/list/schema';
import type { OfficialList, ScamEntry } from '../../src/list/schema';

const clone = (): OfficialList => structuredClone(LIST);
/** The list with one more known scam (and its source). */
function withScam(e: Partial<ScamEntry> & Pick<ScamEntry, 'kind' | 'value'>): OfficialList {
  const l = clone();
  l.sources.push({ id: 'T', title: 'Test write-up', url: 'https://example.org/write-up' });
  l.knownScams.push({
    id: `t-${e.kind}`,
    label: { zh_CN: '测试', zh_TW: '測試', en: 'Test' },
    sources: ['T'],
    firstSeen: '2025-06-01',
    ...e,
  });
  return l;
}

describe('known scams in the list', () => {
  it('the bundled list carries sourced contacts and sites, each with a first-seen day', () => {
    const kinds = new Map<string, number>();
    for (const e of LIST.knownScams) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('phone')).toBeGreaterThanOrEqual(50);
    expect(kinds.get('website')).toBeGreaterThanOrEqual(10);
    const sources = new Set(LIST.sources.map((s) => s.id));
    for (const e of LIST.knownScams) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(sources.has(s), `${e.id}: ${s}`).toBe(true);
      expect(e.firstSeen <= LIST.issuedAt.slice(0, 10), e.id).toBe(true);
    }
    expect(lintList(LIST)).toEqual([]);
  });

  it('lint refuses a bad contact value, a first-seen day after the list, and a secret in evidence', () => {
    expect(lintList(withScam({ kind: 'phone', value: '+1 888 000 1111' })).join('\n')).toMatch(
      /not a normalized phone/,
    );
    expect(lintList(withScam({ kind: 'qq', value: '12ab' })).join('\n')).toMatch(/normalized qq/);
    expect(
      lintList(withScam({ kind: 'wechat', value: 'scam_support1', firstSeen: '2999-01-01' })).join(
        '\n',
      ),
    ).toMatch(/firstSeen 2999-01-01 is not a past day/);
    const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    expect(
      lintList(
        withScam({ kind: 'wechat', value: 'scam_support1', evidence: `send ${phrase} to us` }),
      ).join('\n'),
    ).toMatch(/evidence may hold a seed phrase or key/);
    expect(() =>
      officialListSchema.parse({
        ...withScam({ kind: 'qq', value: '33219999' }),
        knownScams: [{ ...LIST.knownScams[0], firstSeen: undefined }],
      }),
    ).toThrow(/firstSeen/);
  });
});

describe('a known contact point in a text', () => {
  const phone = LIST.knownScams.find((e) => e.kind === 'phone' && e.value.startsWith('1'))!;
  // As spam writes it: no "+", dashes, the country code left out.
  const national = phone.value.slice(1);
  const written = `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;

  it('is danger in a support or wallet text, and says since when and where it is documented', () => {
    const v = engine.judgeText(`Need help with your wallet? Call our support line ${written}.`);
    expect(v.level).toBe('danger');
    const r = v.reasons.find((x) => x.code === 'KNOWN_SCAM')!;
    expect(r.evidence.listed?.since).toBe(phone.firstSeen);
    expect(r.message).toContain(`listed since ${phone.firstSeen}`);
    const title = LIST.sources.find((s) => s.id === phone.sources[0])!.title;
    expect(r.message).toContain(title);
    const zh = engine.judgeText(`钱包客服电话 ${written}`, 'zh_CN');
    expect(zh.reasons.find((x) => x.code === 'KNOWN_SCAM')?.message).toContain(
      `${phone.firstSeen} 起列入`,
    );
  });

  it('is not danger quoted in a warning, and says nothing in text with no support or wallet words', () => {
    for (const warned of [
      `Scam alert: fake wallet support numbers such as ${written} are run by scammers. Do not call them.`,
      `警惕！骗子冒充钱包客服，使用电话 ${written} 行骗，切勿拨打。`,
    ]) {
      const v = engine.judgeText(warned);
      expect(v.level, warned).not.toBe('danger');
      expect(v.reasons.find((x) => x.code === 'KNOWN_SCAM')?.level, warned).toBe('caution');
    }
    expect(engine.judgeText(`Pizza night! Order at ${written} before 9.`).level).toBe('safe');
  });

  it('a number the list does not name is not a known scam', () => {
    const v = engine.judgeText('Need help with your wallet? Call our support line 555-010-9999.');
    expect(v.reasons.some((x) => x.code === 'KNOWN_SCAM')).toBe(false);
  });

  it('QQ, WeChat and WhatsApp entries are found as they are written in Chinese and English', () => {
    const l = withScam({ kind: 'qq', value: '3321499968' });
    l.knownScams.push({
      ...l.knownScams.at(-1)!,
      id: 't-wechat',
      kind: 'wechat',
      value: 'zhkk8683x',
    });
    l.knownScams.push({
      ...l.knownScams.at(-1)!,
      id: 't-whatsapp',
      kind: 'whatsapp',
      value: '447700900123',
    });
    const e = createEngine(l);
    expect(e.judgeText('TP钱包客服 QQ（3321499968）').reasons.map((x) => x.code)).toContain(
      'KNOWN_SCAM',
    );
    expect(e.judgeText('钱包被盗找回 微信：zhkk8683x').reasons.map((x) => x.code)).toContain(
      'KNOWN_SCAM',
    );
    expect(
      e.judgeText('Crypto recovery expert, WhatsApp +44 7700 900123').reasons.map((x) => x.code),
    ).toContain('KNOWN_SCAM');
  });

  it('a known site is danger with its first-seen day, and the popup lookup names known contacts', () => {
    const site = LIST.knownScams.find((e) => e.kind === 'website')!;
    const v = engine.judgeUrl(`https://${site.value}/login`);
    expect(v.level).toBe('danger');
    expect(v.reasons.find((x) => x.code === 'KNOWN_SCAM')?.evidence.listed?.since).toBe(
      site.firstSeen,
    );
    const look = engine.lookup(`+${phone.value}`);
    expect(look.kind).toBe('scam');
    expect(look.verdict.reasons[0]?.message).toContain(phone.firstSeen);
    expect(engine.lookup('+1 555 010 9999').kind).not.toBe('scam');
  });
});

describe('a self-custody wallet said to freeze accounts', () => {
  it('is a caution, and "tp" or "im" inside another word is not a wallet', () => {
    const codes = (t: string) => engine.judgeText(t).reasons.map((x) => x.code);
    expect(codes('IM钱包被冻结通常是因为账户违反了平台的使用规定')).toContain('SUPPORT_MISINFO');
    expect(codes('手机SIM卡被冻结了，请到营业厅办理')).not.toContain('SUPPORT_MISINFO');
    expect(codes('TP钱包不会冻结你的资产')).not.toContain('SUPPORT_MISINFO');
  });
});

describe('known scams as a page knows them: asked about, never the whole list', () => {
  const stripped = (): OfficialList => ({ ...clone(), knownScams: [], knownScamGroups: [] });
  const PHONE = 'USDT转账一直没到账，群里有人说打这个电话 +1 209-434-7173 问问';

  it('a known contact is unknown until asked, then danger with its listing', () => {
    const asked = new AskedScams(LIST.knownScams.length);
    const page = createEngine(stripped(), asked);
    expect(page.judgeText(PHONE).level).toBe('safe');
    const keys = asked.take();
    expect(keys).toContain('phone:12094347173');
    expect(asked.learn(keys, engine.knownScams(keys))).toBe(true);
    const v = page.judgeText(PHONE, 'en');
    expect(v.level).toBe('danger');
    expect(v.reasons[0]!.message).toContain('listed since');
    // Asked once: nothing more is wanted for the same text.
    expect(asked.wanted.size).toBe(0);
  });

  it('a site the list names is looked up the same way', () => {
    const site = LIST.knownScams.find((s) => s.kind === 'website')!;
    const asked = new AskedScams(LIST.knownScams.length);
    const page = createEngine(stripped(), asked);
    page.judgeUrl(`https://${site.value}/`);
    const keys = asked.take();
    asked.learn(keys, engine.knownScams(keys));
    expect(page.judgeUrl(`https://${site.value}/`).level).toBe('danger');
  });

  it('answers for keys that are not known scams change nothing, and a list with none asks nothing', () => {
    const asked = new AskedScams(LIST.knownScams.length);
    const page = createEngine(stripped(), asked);
    page.judgeText('USDT 问题请打 +1 209-555-0147');
    const keys = asked.take();
    expect(asked.learn(keys, engine.knownScams(keys))).toBe(false);
    const none = new AskedScams(0);
    createEngine(stripped(), none).judgeText(PHONE);
    expect(none.wanted.size).toBe(0);
  });

  it('asks about at most 500 keys at a time', () => {
    const asked = new AskedScams(10);
    for (let i = 0; i < 2000; i++) asked.get(`qq:${100000 + i}`);
    expect(asked.take()).toHaveLength(AskedScams.MAX_WANTED);
  });
});
