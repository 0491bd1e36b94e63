import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
