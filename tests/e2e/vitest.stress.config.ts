import { defineConfig } from 'vitest/config';

// The long churn runs (issue 8): `npm run test:stress`, also run by CI. Same setup as the e2e suite.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.stress.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
