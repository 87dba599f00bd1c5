import fs from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin, SwizzleConfig} from '@docusaurus/types';
import type {ExtractedTable, Finding, LintConfig, UpgradePathsExport} from '@upgrade-paths/core';
import {datasetModuleName, upgradePathsExport} from '@upgrade-paths/core';
import {datasetIndexModuleName, loadConfig, mergeConfig, type LintCache} from 'remark-upgrade-paths';
import {lintUpgradePaths, readDocuments, type UpgradePathsContent} from './content.js';
import {findingsByTable} from './findings.js';
import type {PluginOptions, ReportingSeverity} from './options.js';
import {partialsPathsToWatch, partialsWebpackConfig, readPartials, withPartials} from './partials.js';

export {DEFAULT_OPTIONS, validateOptions} from './options.js';
export type {Options, PluginOptions, ReportingSeverity} from './options.js';
export type {UpgradePathsContent} from './content.js';

/** Plugin name: also the folder of its data modules under `@generated`. */
export const pluginName = 'docusaurus-plugin-upgrade-paths';

/** File name of the JSON export in the build output folder. */
export const exportFileName = 'upgrade-paths.json';

/**
 * Docusaurus 3 plugin: reads the docs, finds their upgrade-path tables,
 * reports problems with `file:line:column`, publishes one data module per
 * dataset for the theme components, and writes the JSON export
 * (`<outDir>/upgrade-paths.json`, schema version 1) after a build.
 *
 * In `docusaurus build`, error findings fail the build (`onLintError`,
 * default `'throw'`); in `docusaurus start` they are printed and nothing of
 * this plugin ever stops the dev server.
 *
 * @param context
 *   Docusaurus load context.
 * @param options
 *   Validated options (see `validateOptions`).
 */
export default function pluginUpgradePaths(
  context: LoadContext,
  options: PluginOptions,
): Plugin<UpgradePathsContent> {
  const {siteDir} = context;
  const docsDir = path.resolve(siteDir, options.path);
  const format = context.siteConfig.markdown?.format ?? 'mdx';
  let published: UpgradePathsExport | undefined;
  let reportedErrors = 0;
  let lastContent: UpgradePathsContent = {tables: [], findings: []};
  const cache: LintCache = new Map();

  return {
    name: pluginName,

    getThemePath() {
      return '../lib/theme';
    },

    getTypeScriptThemePath() {
      return '../src/theme';
    },

    configureWebpack() {
      return partialsWebpackConfig(context, options);
    },

    getPathsToWatch() {
      return [...options.include.map((pattern) => path.join(docsDir, pattern)), ...partialsPathsToWatch(siteDir, options)];
    },

    async loadContent() {
      let content: UpgradePathsContent;
      try {
        // Read on every load: `docusaurus start` picks up config edits too.
        const loaded = await loadConfig(siteDir);
        const config = mergeConfig(loaded.config, lintOverrides(options));
        // Partials first: the tables they give at their usages are linted
        // with the docs' own; their own checks come as findings.
        const documents = await readDocuments(siteDir, docsDir, options.include, options.exclude);
        const partials = await readPartials(siteDir, documents, {...options, format});
        content = lintUpgradePaths(documents, {format, config, cache, includedTables: partials.tables});
        content = withPartials(content, {tables: [], findings: partials.findings});
      } catch (error) {
        // `docusaurus start` exits when the first `loadContent` throws: in
        // development, report and keep serving what was read last.
        if (isProductionBuild()) throw error;
        logger.error('Upgrade path tables could not be read or linted; showing the last good data.\n' + String((error as Error).message ?? error));
        return lastContent;
      }
      reportedErrors = report(content.findings, options, isProductionBuild());
      lastContent = content;
      return content;
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent[pluginName]?.[options.id] as UpgradePathsContent;
      const permalinks = docPermalinks(allContent);
      const tables = content.tables.map(
        (table): ExtractedTable => ({...table, permalink: permalinks.get(table.includedFrom?.file ?? table.file) ?? null}),
      );
      published = upgradePathsExport(tables);
      await Promise.all([
        ...published.datasets.map((dataset) =>
          actions.createData(datasetModuleName(dataset.id), JSON.stringify(dataset)),
        ),
        actions.createData(datasetIndexModuleName, datasetIndexModule(published)),
      ]);
      // The dev server shows each table's findings above it; republished on
      // every reload. Readers of a production build see none.
      actions.setGlobalData({
        findings: isProductionBuild() ? {} : findingsByTable(content.tables, content.findings),
      });
    },

    async postBuild({outDir, content}) {
      if (reportedErrors > 0 && options.onLintError === 'throw') {
        // `docusaurus build --dev` runs with NODE_ENV=development, where
        // `loadContent` only printed: a build still has to fail.
        throw new Error(
          'Upgrade path tables have ' + reportedErrors + ' errors (reported above); the build fails (`onLintError: "throw"`).',
        );
      }
      if (!published) return;
      await fs.writeFile(path.join(outDir, exportFileName), JSON.stringify(published, null, 2) + '\n');
      await warnWhenNotRendered(outDir, published, content);
    },
  };
}

/**
 * The dataset index module: `export default [{id, title, versions, load}]`,
 * where `load()` imports that dataset's data module, so a page offering a
 * choice of datasets loads only the one the reader picks.
 */
function datasetIndexModule(published: UpgradePathsExport): string {
  const entries = published.datasets.map(
    (dataset) =>
      '  {id: ' +
      JSON.stringify(dataset.id) +
      ', title: ' +
      JSON.stringify(dataset.title) +
      ', versions: ' +
      dataset.versions.length +
      ', load: () => import(' +
      JSON.stringify('./' + datasetModuleName(dataset.id)) +
      ')},',
  );
  return 'export default [\n' + entries.join('\n') + '\n];\n';
}

/** The lint settings given as plugin options, which override the config file key by key. */
function lintOverrides(options: PluginOptions): LintConfig {
  return {
    ...(options.rules === undefined ? {} : {rules: options.rules}),
    ...(options.mirrors === undefined ? {} : {mirrors: options.mirrors}),
  };
}

/** `docusaurus build` sets `NODE_ENV` to `production`; `docusaurus start` does not. */
function isProductionBuild(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * Print all findings once and apply `onLintError` / `onLintWarning`.
 *
 * @returns
 *   The number of error findings.
 * @throws {Error}
 *   In a production build, when there are errors and `onLintError` is
 *   `'throw'` (or warnings and `onLintWarning` is `'throw'`); the message lists
 *   every finding.
 */
function report(findings: readonly Finding[], options: PluginOptions, canThrow: boolean): number {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warn');
  apply(warnings, options.onLintWarning, 'warning');
  apply(errors, options.onLintError, 'error');
  return errors.length;

  function apply(list: readonly Finding[], severity: ReportingSeverity, label: string): void {
    if (list.length === 0 || severity === 'ignore') return;
    const text =
      'Upgrade path tables: ' +
      list.length +
      ' ' +
      label +
      (list.length === 1 ? '' : 's') +
      '\n' +
      list.map(format).join('\n');
    if (severity === 'throw' && !canThrow) {
      logger.error(text);
    } else {
      logger.report(severity)(text);
    }
  }

  function format(finding: Finding): string {
    const {line, column} = finding.position.start;
    return (
      '  ' +
      finding.file +
      ':' +
      line +
      ':' +
      column +
      '  ' +
      finding.severity +
      '  ' +
      finding.message +
      '  ' +
      finding.ruleId
    );
  }
}

/**
 * Site-relative file path → permalink, for the docs of every docs plugin
 * instance and version.
 */
function docPermalinks(allContent: Record<string, Record<string, unknown>>): Map<string, string> {
  const permalinks = new Map<string, string>();
  const instances = allContent['docusaurus-plugin-content-docs'] ?? {};
  for (const instance of Object.values(instances)) {
    const versions = (instance as {loadedVersions?: unknown}).loadedVersions;
    if (!Array.isArray(versions)) continue;
    for (const version of versions as Array<{docs?: Array<{source?: unknown; permalink?: unknown}>}>) {
      for (const doc of version.docs ?? []) {
        if (typeof doc.source === 'string' && typeof doc.permalink === 'string') {
          permalinks.set(doc.source.replace(/^@site\//, ''), doc.permalink);
        }
      }
    }
  }
  return permalinks;
}

/**
 * A page whose tables did not come out through `UpgradePathTable` was built
 * without `remark-upgrade-paths`: say so, with the line to add.
 */
async function warnWhenNotRendered(
  outDir: string,
  published: UpgradePathsExport,
  content: UpgradePathsContent,
): Promise<void> {
  const pages = new Map<string, {file: string; ids: string[]}>();
  for (const dataset of published.datasets) {
    for (const table of dataset.tables) {
      if (table.permalink === null) continue;
      const page = pages.get(table.permalink) ?? {file: table.includedFrom?.file ?? table.file, ids: []};
      page.ids.push(table.id);
      pages.set(table.permalink, page);
    }
  }
  const missing: string[] = [];
  for (const [permalink, page] of pages) {
    const html = await readPageHtml(outDir, permalink);
    if (html === undefined) continue;
    if (!page.ids.every((id) => html.includes('data-upgrade-paths-table="' + escapeHtml(id) + '"'))) {
      missing.push(page.file);
    }
  }
  if (missing.length > 0 && content.tables.length > 0) {
    logger.warn(
      'Upgrade path tables were found in ' +
        missing.join(', ') +
        ' but were not rendered by `UpgradePathTable`: `remark-upgrade-paths` did not run on these pages. Add it to the docs plugin options:\n' +
        "  beforeDefaultRemarkPlugins: [remarkUpgradePaths],   // import remarkUpgradePaths from 'remark-upgrade-paths'",
    );
  }
}

async function readPageHtml(outDir: string, permalink: string): Promise<string | undefined> {
  const base = path.join(outDir, decodeURIComponent(permalink));
  for (const candidate of [path.join(base, 'index.html'), base.replace(/\/$/, '') + '.html']) {
    try {
      return await fs.readFile(candidate, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Swizzle config of the theme components (`docusaurus swizzle
 * docusaurus-plugin-upgrade-paths <Component>`).
 */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      UpgradePathTable: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'Renders one upgrade table, or rows of a dataset, from the upgrade-paths data module.',
      },
      UpgradeChecker: {
        actions: {eject: 'safe', wrap: 'safe'},
        description:
          'Answers "how do I upgrade from X to Y" from a dataset (or a choice of datasets), linking each hop to its table row.',
      },
      PartialsComponent: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'Renders a reusable MDX partial by category and name.',
      },
    },
  };
}
