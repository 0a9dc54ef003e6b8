import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coerceSettings, DEFAULT_SETTINGS, parseSettingsImport } from '../../src/settings/schema';
import { getSettings, updateSettings } from '../../src/settings/store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when storage is empty, repairs broken fields one by one', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'yes', disabledSites: ['x.com', 42], lang: 'en' },
    });
    const s = await getSettings();
    expect(s.enabled).toBe(true);
    expect(s.lang).toBe('en');
    expect(s.disabledSites).toEqual([]);
    expect(coerceSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('updates persist', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }));
    expect((await getSettings()).disabledSites).toEqual(['example.com']);
  });

  it('import accepts only a valid export, with a clear error otherwise', () => {
    const good = JSON.stringify({
      format: 'tp-scam-shield-settings',
      version: 1,
      settings: { ...DEFAULT_SETTINGS, lang: 'zh_TW' },
    });
    expect(parseSettingsImport(good)).toMatchObject({ ok: true, settings: { lang: 'zh_TW' } });
    expect(parseSettingsImport('{')).toMatchObject({ ok: false, error: 'not JSON' });
    expect(parseSettingsImport(JSON.stringify({ format: 'other' }))).toMatchObject({ ok: false });
    const badUrl = JSON.stringify({
      format: 'tp-scam-shield-settings',
      version: 1,
      settings: { ...DEFAULT_SETTINGS, updateUrl: 'http://insecure.example/list.json' },
    });
    const r = parseSettingsImport(badUrl);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/updateUrl/);
  });

  it('an export from before the block list existed still imports', () => {
    const { blocklist: _b, ...old } = DEFAULT_SETTINGS;
    const r = parseSettingsImport(
      JSON.stringify({ format: 'tp-scam-shield-settings', version: 1, settings: old }),
    );
    expect(r.ok && r.settings.blocklist).toEqual([]);
  });

  it('report endpoint: https, or http to this machine only', () => {
    expect(coerceSettings({ reportEndpoint: 'http://127.0.0.1:8080/in' }).reportEndpoint).toBe(
      'http://127.0.0.1:8080/in',
    );
    expect(coerceSettings({ reportEndpoint: 'http://collector.example/in' }).reportEndpoint).toBe(
      '',
    );
    expect(coerceSettings({ reportEndpoint: 'https://collector.example/in' }).reportEndpoint).toBe(
      'https://collector.example/in',
    );
  });
});
