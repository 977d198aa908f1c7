import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { skillNamesPlugin } from './scripts/skill-names-plugin';

export default defineConfig({
  plugins: [WxtVitest(), skillNamesPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
