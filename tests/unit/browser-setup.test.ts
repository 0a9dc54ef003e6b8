import { describe, expect, it } from 'vitest';
import { missingForBrowserTests } from '../browser/global-setup';

describe('browser tests on a machine without a browser', () => {
  it('say what to install instead of failing to launch', () => {
    const m = missingForBrowserTests(undefined, '/nowhere/chrome', true);
    expect(m).toContain('apt-get install chromium');
    expect(m).toContain('npx playwright install chromium');
    expect(m).toContain('CHROMIUM_PATH');
  });
  it('say to build first when there is no built extension', () => {
    expect(missingForBrowserTests('/usr/bin/chromium', '/nowhere', false)).toContain(
      'npm run build',
    );
  });
  it('say nothing when both are there', () => {
    expect(missingForBrowserTests('/usr/bin/chromium', '/nowhere', true)).toBeNull();
  });
});
