import { startGuardOnce } from '@/src/guard/main';

// Declared in wxt.config.ts as a document_start content script of every frame, and built as a plain
// script: no framework context and no API polyfill, so that it starts in a few milliseconds.
export default defineUnlistedScript(() => {
  startGuardOnce();
});
