import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Unit tests run against the TypeScript sources; site tests build real
// Docusaurus sites, which load the compiled `lib/` (`npm test` builds first).
const alias = {
  '@upgrade-paths/core': source('./packages/core/src/index.ts'),
  'mdast-util-upgrade-paths': source('./packages/mdast-util-upgrade-paths/src/index.ts'),
  '@upgrade-paths/engine': source('./packages/engine/src/index.ts'),
  'remark-upgrade-paths': source('./packages/remark-upgrade-paths/src/index.ts'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {alias},
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/site/**', 'test/browser/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/site/setup.ts'],
          // One real `docusaurus build` is shared by every file of this project.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
