/** What the guard's stop dialog is about, and its element's name (known without loading the dialog). */
export type SecretKind = 'phrase' | 'key' | 'keystore';

export const GUARD_TAG = 'tp-scam-shield-guard';
