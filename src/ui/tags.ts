/** The extension's own elements in a page (the walk skips them; the page's UI code makes them). */
export const BADGE_TAG = 'tp-scam-shield-badge';
export const BANNER_TAG = 'tp-scam-shield-banner';
