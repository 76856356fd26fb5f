import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium on the production build (see tests/support/browser.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
