import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{shared,db,electron,renderer,server,scripts}/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
