import type {SwizzleConfig} from '@docusaurus/types';

/**
 * Swizzle config of the theme components and their parts
 * (`docusaurus swizzle docusaurus-plugin-upgrade-paths <Component>`), for
 * `getSwizzleConfig()`.
 *
 * Parts are swizzled alone, as theme-classic's `Admonition/Layout`: each is
 * a folder `Component/Part/index.tsx` that the component imports through its
 * `@theme/Component/Part` alias, so a site's copy replaces it everywhere.
 * Their props are typed as `@theme/Component/Part` modules in
 * `theme-upgrade-paths.d.ts`; that is what `safe` promises to keep. Ejecting
 * a component copies its parts too. The helpers they use (`useChecker`,
 * `sectionsOf`, `readCheckerQuery`, …) are no theme files: copies import
 * them from `docusaurus-plugin-upgrade-paths/client`.
 *
 * `VersionCombobox` is `unsafe` to eject: an ejected copy of its keyboard and
 * ARIA handling no longer gets this plugin's fixes; wrap it instead.
 */
export const swizzleConfig: SwizzleConfig = {
  components: {
    UpgradePathTable: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'Renders one upgrade table, or rows of a dataset, from the upgrade-paths data module.',
    },
    'UpgradePathTable/Findings': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The admonition listing lint findings above the tables (in `docusaurus start` only).',
    },
    'UpgradePathTable/Filter': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The "Filter by version" field and live row count, on tables of more than 10 rows.',
    },
    'UpgradePathTable/PageFilter': {
      actions: {eject: 'safe', wrap: 'safe'},
      description:
        'The one "Filter by version" field of a page showing two or more upgrade tables, above the first; kept in the address as ?filter=.',
    },
    'UpgradePathTable/Section': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'One upgrade table: a <section> with the <table>, its caption and column headers.',
    },
    'UpgradePathTable/Row': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'One row of an upgrade table: a <tr> with the row anchor as id, and the support cell.',
    },
    UpgradeChecker: {
      actions: {eject: 'safe', wrap: 'safe'},
      description:
        'Answers "how do I upgrade from X to Y" from a dataset (or a choice of datasets), linking each hop to its table row.',
    },
    'UpgradeChecker/InstallationField': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The "Installation" field of a checker offering a choice of datasets.',
    },
    'UpgradeChecker/VersionCombobox': {
      actions: {eject: 'unsafe', wrap: 'safe'},
      description: 'A version field with type-ahead (WAI-ARIA combobox): "Current version" and "Target version".',
    },
    'UpgradeChecker/Answer': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The verdict of the checker and, for a path, one linked step per hop.',
    },
    'UpgradeChecker/CopyPath': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The "Copy path" button under a direct upgrade or a path.',
    },
    UpgradeGraph: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'Draws the upgrade graph of a dataset as an SVG laid out at build time, each arrow linking to its table row.',
    },
    'UpgradeGraph/Node': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'One version (or, collapsed, one series) of the upgrade graph, linking to the first row naming it.',
    },
    'UpgradeGraph/Edge': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'One upgrade arrow of the graph, linking to the row that states it.',
    },
    'UpgradeGraph/Legend': {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'The legend under the upgrade graph.',
    },
    PartialsComponent: {
      actions: {eject: 'safe', wrap: 'safe'},
      description: 'Renders a reusable MDX partial by category and name.',
    },
  },
};
