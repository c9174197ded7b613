import { defineConfig } from 'vitest/config';

// The Firefox suite (`npm run test:e2e:firefox`): the store zip in Firefox ESR over WebDriver BiDi, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
