import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * zod compiles fast validators with `new Function` when it may. Extensions must not evaluate
 * strings (and Firefox's linter flags it), so the constructor zod reaches for is replaced by one
 * that throws: zod then uses its interpreter, which is what it does under a strict CSP anyway.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function')) return null;
      return code.replaceAll(
        'const F = Function;',
        'const F = function () { throw new EvalError("eval disabled in extension"); };',
      );
    },
  };
}

// One config for Chrome/Edge and Firefox, both Manifest V3.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [zodWithoutEval()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'webNavigation',
      'alarms',
      'scripting',
      // Known scam sites stopped by the browser before they load (src/background/scam-sites.ts).
      'declarativeNetRequestWithHostAccess',
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    // Drawn in assets/icons/*.svg, rendered by `npm run icons`.
    icons: {
      16: 'icons/icon-16.png',
      32: 'icons/icon-32.png',
      48: 'icons/icon-48.png',
      128: 'icons/icon-128.png',
    },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    // The secret-entry guard (entrypoints/guard.ts): every frame, from the first moment.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['guard.js'],
        run_at: 'document_start',
        all_frames: true,
        // Frames without an address of their own (srcdoc, about:blank, blob:) get the guard too.
        match_about_blank: true,
        match_origin_as_fallback: true,
      },
    ],
    // The guard's hold field and stop dialog: an extension page in a frame over the page's field.
    // The look-alike warning replaces a look-alike page embedded in another page's frame.
    web_accessible_resources: [
      { resources: ['hold.html', 'warning.html'], matches: ['<all_urls>'] },
    ],
    // Chrome/Edge 119: frames without an address of their own get the guard (match_origin_as_fallback).
    ...(browser !== 'firefox' ? { minimum_chrome_version: '119' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tp-scam-shield@tp-scam-shield.github.io',
              // Firefox ESR 140 and later (data_collection_permissions is known from 140).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      '.demo/**',
      'coverage/**',
      '.output/**',
    ],
  },
});
