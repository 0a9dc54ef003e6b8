import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS } from './schema';
import type { Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Settings as stored, repaired field by field if storage holds something broken. */
export async function getSettings(): Promise<Settings> {
  try {
    return coerceSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = coerceSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}
