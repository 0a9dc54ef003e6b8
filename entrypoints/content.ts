import { runScanner } from '@/src/content/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runScanner(ctx);
  },
});
