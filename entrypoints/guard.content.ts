import { runGuard } from '@/src/guard/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    runGuard(ctx);
  },
});
