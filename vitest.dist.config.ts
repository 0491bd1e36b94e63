import { defineConfig } from 'vitest/config';

// `npm run test:dist`: the single-file programs of `npm run dist` and the npm tarball, where they run.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // NOTE: one file at a time: on two cores Wine and npm install compete, and both are slow enough.
    fileParallelism: false,
  },
});
