import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin, SwizzleConfig} from '@docusaurus/types';
import type {ExtractedTable, LintConfig, UpgradePathsExport} from '@upgrade-paths/core';
import {findingsByTable, upgradePathsExport} from '@upgrade-paths/core';
import {
  configFileNames,
  createSiteCache,
  lintSite,
  loadConfig,
  markdownSettings,
  mergeConfig,
  pluginName,
  versionedPartialsPath,
  type SiteSettings,
} from '@upgrade-paths/engine';
import {writeDataModules} from './content.js';
import {lintOverrides, type PluginOptions} from './options.js';
import {docPermalinks} from './permalinks.js';
import {warnWhenNotRendered} from './rendered.js';
import {reportFindings} from './report.js';
import {swizzleConfig} from './swizzle.js';
import {timeHook, type HookTimer} from './timings.js';
import {createWebpackConfig} from './webpack.js';

export {DEFAULT_OPTIONS, validateOptions} from './options.js';
export type {Options, PartialsOptions, PluginOptions, ReportingSeverity} from './options.js';
export {pluginName};

/** File name of the JSON export in the build output folder. */
export const exportFileName = 'upgrade-paths.json';

/** What `loadContent` gives: the lint config (the config file merged with the plugin's `rules` and `mirrors`). */
export interface UpgradePathsContent {
  readonly config: LintConfig;
}

/**
 * Docusaurus 3 plugin: reads the docs, finds their upgrade-path tables,
 * reports problems with `file:line:column`, publishes data modules per
 * dataset for the theme components (the dataset, and its upgrade graph laid
 * out with elkjs), and writes the JSON export
 * (`<outDir>/upgrade-paths.json`, schema version 1) after a build.
 *
 * Lifecycle: `loadContent` reads the lint config; `allContentLoaded`, which
 * Docusaurus runs after any plugin's content changed, asks the engine for
 * the docs' results (`lintSite`, per file cached by content), reports the
 * findings, and writes the data modules; `postBuild` writes the export. The
 * plugin watches only what the docs plugin does not (the config file and
 * the partial folders), so one edit makes one reload.
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
export default async function pluginUpgradePaths(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<UpgradePathsContent>> {
  const {siteDir} = context;
  const site: SiteSettings = {
    siteDir,
    docs: {path: options.path, include: options.include, exclude: options.exclude},
    markdown: markdownSettings(context.siteConfig.markdown),
    partialsPath: options.partials.path,
    pluginId: options.id,
  };
  const cache = createSiteCache();
  const webpackConfig = await createWebpackConfig(context, options);
  let config: LintConfig = {};
  let published: UpgradePathsExport | undefined;
  let reportedErrors = 0;
  let runs: Promise<unknown> = Promise.resolve();

  /** One `allContentLoaded`: lint the site, report, write the data modules and global data. */
  async function loadAll({allContent, actions}: Parameters<NonNullable<Plugin['allContentLoaded']>>[0], timer: HookTimer): Promise<void> {
    const permalinks = docPermalinks(allContent);
    const checkStale = !isProductionBuild() && published !== undefined;
    let result;
    try {
      result = await timer.part('lint', () => lintSite(site, {config, cache, publish: false}));
    } catch (error) {
      if (isProductionBuild()) throw error;
      if (checkStale) await refuseStaleReload(permalinks.keys(), new Set());
      logger.error('Upgrade path tables could not be read; showing the last good data.');
      console.error(error);
      return;
    }
    const read = new Set(result.documents.map((document) => document.path));
    if (checkStale) await timer.part('stale check', () => refuseStaleReload(permalinks.keys(), read));
    reportedErrors = reportFindings(result.findings, options, isProductionBuild());
    const tables = result.tables.map(
      (table): ExtractedTable => ({...table, permalink: permalinks.get(table.includedFrom?.file ?? table.file) ?? null}),
    );
    const exported = upgradePathsExport(tables);
    published = exported;
    await timer.part('data modules', () => writeDataModules(actions, exported));
    // Pages compiled from now on (and those waiting for this run) see what
    // was just written. The dev server shows each table's findings above
    // it: the pages this reload compiles carry their tables' own, so an
    // edit shows its finding in webpack's first compile; every page reads
    // the global data, which webpack brings after, for findings another
    // page caused. Readers of a production build see none.
    if (isProductionBuild()) {
      result.publish();
      actions.setGlobalData({findings: {}});
    } else {
      const byTable = findingsByTable(result.tables, result.findings);
      actions.setGlobalData({findings: byTable, run: result.publish(byTable)});
    }
  }

  /**
   * `docusaurus start` runs one reload per changed file, each with the docs
   * content it read, and keeps the result of whichever finishes last: a
   * reload of this plugin (a partial edited) or of the docs plugin that read
   * the docs before a page was deleted would leave the dev server serving
   * the old route list (webpack's `Module not found` for the deleted page)
   * until the next edit. Such a reload is refused: Docusaurus then keeps the
   * result of the reload that read the deletion.
   *
   * Docusaurus does not say which file changed, so every doc is checked;
   * the docs this run's `lintSite` read (`read`, site-relative paths) are
   * not looked up again: it listed and stat-ed each of them after the docs
   * plugin read `allContent`.
   *
   * @throws {Error}
   *   When a doc of `allContent` no longer exists on disk.
   */
  async function refuseStaleReload(files: Iterable<string>, read: ReadonlySet<string>): Promise<void> {
    for (const file of files) {
      if (read.has(file)) continue;
      try {
        await fs.stat(path.resolve(siteDir, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new Error(
          'Skipped a reload that read the docs before `' + file + '` was deleted; the reload that read its deletion shows the current pages (nothing is wrong in the docs).',
        );
      }
    }
  }

  return {
    name: pluginName,

    getThemePath() {
      return '../lib/theme';
    },

    getTypeScriptThemePath() {
      return '../src/theme';
    },

    getClientModules() {
      // Highlights the cell a link to a row of an authored-layout table lands on.
      return [fileURLToPath(new URL('authored.css', import.meta.url))];
    },

    configureWebpack() {
      return webpackConfig;
    },

    getPathsToWatch() {
      // The docs are the docs plugin's to watch: Docusaurus reruns
      // `allContentLoaded` of every plugin after it reloads.
      return [
        ...configFileNames.map((name) => path.join(siteDir, name)),
        path.join(siteDir, 'package.json'),
        ...[...options.partials.path, versionedPartialsPath].map((folder) => path.join(siteDir, folder, '**/*.{md,mdx}')),
      ];
    },

    loadContent() {
      return timeHook('loadContent', async function () {
        try {
          // Read on every load: `docusaurus start` picks up config edits too.
          config = mergeConfig((await loadConfig(siteDir)).config, lintOverrides(options));
        } catch (error) {
          // `docusaurus start` exits when the first `loadContent` throws: in
          // development, report and keep the last good config.
          if (isProductionBuild()) throw error;
          logger.error('The upgrade-paths lint config could not be read; using the last good one.');
          // As Docusaurus reports reload failures: with the stack and causes.
          console.error(error);
        }
        return {config};
      });
    },

    allContentLoaded(args) {
      // Reloads of `docusaurus start` are not queued (a change and a page
      // added start two at once): runs take turns, so the last one started
      // reads the files last and writes the data modules last.
      const run = runs.then(() => timeHook('allContentLoaded', (timer) => loadAll(args, timer)));
      runs = run.catch(() => undefined);
      return run;
    },

    async postBuild({outDir}) {
      if (reportedErrors > 0 && options.onLintError === 'throw') {
        // `docusaurus build --dev` runs with NODE_ENV=development, where
        // findings were only printed: a build still has to fail.
        throw new Error(
          'Upgrade path tables have ' + reportedErrors + ' errors (reported above); the build fails (`onLintError: "throw"`).',
        );
      }
      if (!published) return;
      await fs.writeFile(path.join(outDir, exportFileName), JSON.stringify(published, null, 2) + '\n');
      await warnWhenNotRendered(outDir, published);
    },
  };
}

/** `docusaurus build` sets `NODE_ENV` to `production`; `docusaurus start` does not. */
function isProductionBuild(): boolean {
  return process.env['NODE_ENV'] === 'production';
}

/**
 * Swizzle config of the theme components and their parts (`docusaurus
 * swizzle docusaurus-plugin-upgrade-paths <Component>`), see `swizzle.ts`.
 */
export function getSwizzleConfig(): SwizzleConfig {
  return swizzleConfig;
}
