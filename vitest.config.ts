import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/ink/vite-plugin';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/stories/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
