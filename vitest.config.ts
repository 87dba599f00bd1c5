import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Unit tests run against the TypeScript sources; site tests build real
// Docusaurus sites, which load the compiled `lib/` (`npm test` builds first).
// Theme components import their parts as Docusaurus resolves them
// (`@theme/UpgradeChecker/Answer`): here, straight from the plugin's
// `src/theme`. Other `@theme/*` modules are mocked by the tests.
const alias = [
  {find: '@upgrade-paths/core/client', replacement: source('./packages/core/src/client.ts')},
  {find: '@upgrade-paths/core', replacement: source('./packages/core/src/index.ts')},
  {find: 'mdast-util-upgrade-paths', replacement: source('./packages/mdast-util-upgrade-paths/src/index.ts')},
  {find: '@upgrade-paths/engine', replacement: source('./packages/engine/src/index.ts')},
  {find: 'remark-upgrade-paths', replacement: source('./packages/remark-upgrade-paths/src/index.ts')},
  {
    find: 'docusaurus-plugin-upgrade-paths/client',
    replacement: source('./packages/docusaurus-plugin-upgrade-paths/src/client/index.ts'),
  },
  {
    find: /^@theme\/((?:UpgradePathTable|UpgradeChecker|UpgradeGraph|PartialsComponent)(?:\/.*)?)$/,
    replacement: source('./packages/docusaurus-plugin-upgrade-paths/src/theme/') + '$1',
  },
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {alias},
        // The theme's tsconfig keeps JSX (`jsx: react-native`), as Docusaurus
        // compiles its themes; compile it as Docusaurus's Babel preset does.
        esbuild: {jsx: 'automatic'},
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
