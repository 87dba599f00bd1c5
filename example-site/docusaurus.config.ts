import type {Config} from '@docusaurus/types';
import remarkUpgradePaths from 'remark-upgrade-paths';

// An example site built from real Palette docs pages (see ../shared/seeds in
// the project's workspace): the upgrade-paths toolkit's main job, on real
// input.
const config: Config = {
  title: 'Palette upgrade docs (example)',
  tagline: 'Supported upgrade paths as validated data',
  url: 'http://localhost:3000',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  // French shows the theme components' strings translated
  // (i18n/fr/code.json); the docs themselves stay in English: the docs
  // plugin falls back to docs/ for a page that
  // i18n/fr/docusaurus-plugin-content-docs/current/ does not have.
  i18n: {defaultLocale: 'en', locales: ['en', 'fr'], localeConfigs: {fr: {label: 'Français'}}},
  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        routeBasePath: '/',
        sidebarPath: './sidebars.ts',
        // Docusaurus gives plugins no way to add remark plugins to another
        // plugin, so the site adds ours to the docs plugin.
        beforeDefaultRemarkPlugins: [remarkUpgradePaths],
        admonitions: {keywords: ['preview'], extendDefaults: true},
      },
    ],
    '@docusaurus/plugin-content-pages',
    'docusaurus-plugin-upgrade-paths',
  ],
  themes: [['@docusaurus/theme-classic', {customCss: './src/css/custom.css'}]],
  themeConfig: {
    navbar: {
      title: 'Palette docs (example)',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', label: 'Docs', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    colorMode: {respectPrefersColorScheme: true},
  },
};

export default config;
