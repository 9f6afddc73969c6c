import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Integration tests start real servers on free ports; two workers match the 2-core machines we run on.
    maxWorkers: 2,
  },
});
