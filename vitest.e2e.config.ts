import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one file at a time, generous timeouts.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
