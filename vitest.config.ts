import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; site builds use the compiled `lib/`.
    alias: {
      '@upgrade-paths/core': source('./packages/core/src/index.ts'),
      'remark-upgrade-paths': source('./packages/remark-upgrade-paths/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
