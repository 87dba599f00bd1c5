import path from 'node:path';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {compareFindings, keepsAuthoredLayout, lintDocumentFacts, lintSiteFacts, resolveLintConfig} from '@upgrade-paths/core';
import {DEFAULT_PLUGIN_ID} from '@docusaurus/utils';
import {
  awaitPublishedDocument,
  defaultPartialsPath,
  docsVersionOf,
  isPartialFile,
  loadPartialLibrary,
  locateDocument,
  publishedFindings,
} from '@upgrade-paths/engine';
import type {Root} from 'mdast';
import {upgradeTablesFromMdast, type ExtractResult} from 'mdast-util-upgrade-paths';
import type {VFile} from 'vfile';
import {attachDatasets} from './attach.js';
import {importUsedComponents, treeHolds} from './components.js';
import {reportFindings} from './messages.js';
import {dataModules} from './modules.js';
import {resolveOptions, type Options} from './options.js';
import {insertPageFilter, markUsagesFiltered, needsPageFilter, type PageTable} from './pageFilter.js';
import {replacePartialTables, resolvePartialUsages, type PartialUsageTables} from './partials.js';
import {anchorAuthoredTables, replaceTables} from './replace.js';

/** What the plugin puts on `file.data.upgradePaths`. */
export interface UpgradePathsData {
  /** Site-relative POSIX path of the file. */
  readonly file: string;
  /** Upgrade tables in document order (none for a partial file: its tables belong to its usages). */
  readonly tables: readonly ExtractedTable[];
  /**
   * What could not be read in them (the rules with `meta.reading`), sorted;
   * reported as vfile messages with the checks of the file's partial usages.
   */
  readonly findings: readonly Finding[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remark-upgrade-paths`. */
    upgradePaths: UpgradePathsData;
    /** Set by Docusaurus's MDX loader: the page's parsed front matter. */
    frontMatter: Record<string, unknown>;
    /** Set by Docusaurus's MDX loader: which webpack compiler compiles the file. */
    compilerName: 'server' | 'client';
  }
}

/**
 * Find upgrade-path tables (`Source Version | Target Version | Support`) in a
 * Markdown/MDX document, put them on `file.data.upgradePaths`, report what
 * cannot be read as vfile messages (`ruleId`, `source:
 * 'remark-upgrade-paths'`, exact position; `fatal: true` for errors, which
 * are not thrown), resolve `<PartialsComponent>` usages to imports of their
 * partials, and replace each table in place with `<UpgradePathTable>`,
 * importing the component and the dataset module it reads.
 *
 * Gives the same tables on a plain parse (`remark-parse` + GFM, MDX or not)
 * and inside Docusaurus's MDX compilation (emoji already replaced,
 * admonitions already transformed, comments dropped from the tree). Inside
 * a Docusaurus build, ids and data modules are those of the files
 * `docusaurus-plugin-upgrade-paths` read.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 * @throws {TypeError}
 *   When an option has the wrong type.
 */
export default function remarkUpgradePaths(options?: Readonly<Options> | null) {
  const settings = resolveOptions(options);

  return async function (tree: Root, file: VFile): Promise<undefined> {
    const filePath = file.path ? path.resolve(file.cwd, file.path) : path.join(file.cwd, 'index.mdx');
    // In a dev server, webpack may compile an edited page before the lint
    // run of the reload the edit started has read it.
    if (file.data.compilerName !== undefined && file.path) await awaitPublishedDocument(filePath);
    const location = await locateDocument(filePath, {siteDir: settings.siteDir, docsPath: settings.docsPath, cwd: file.cwd});
    const pluginId = settings.pluginId ?? location.pluginId ?? DEFAULT_PLUGIN_ID;
    const partialsPath = settings.partialsPath ?? location.partialsPath ?? defaultPartialsPath;
    const inPartial = isPartialFile(location.file, partialsPath);
    const source = String(file.value);
    const frontMatter = file.data.frontMatter;
    // Lines as on disk when the engine read the file (mdx-code-block fences
    // are unwrapped before parsing); else the lines of the text given.
    const {lineMap} = location;
    const holds = treeHolds(tree);
    // Without a table, a partial usage or a disable comment (one walk and
    // a text search tell), the extraction finds nothing: skip its walks.
    const read: ExtractResult = !inPartial && !holds.table && !holds.themeComponent && !source.includes('upgrade-paths-disable')
      ? {document: {file: location.file, kind: 'page', tables: [], candidates: [], strayDisables: []}, usages: [], title: ''}
      : upgradeTablesFromMdast(tree, {
      source,
      file: location.file,
      docId: location.docId,
      lineMap,
      // The config's header names, `include` and `scheme`, as the engine's run read them.
      recognition: location.recognition,
      ...(frontMatter === undefined ? {} : {frontMatter}),
    });
    const modules = dataModules(file, {
      siteDir: location.siteDir,
      pluginId,
      docsPath: settings.docsPath,
      documentRead: location.pluginId !== undefined,
      fileLabel: location.file,
    });
    const config = resolveLintConfig();
    const findings = inPartial ? [] : lintDocumentFacts(read.document, config, {readingOnly: true}).sort(compareFindings);
    const usageFindings: Finding[] = [];
    let usageTables: PartialUsageTables[] = [];

    if (inPartial || read.usages.length > 0) {
      const library = await loadPartialLibrary(location.siteDir, partialsPath);
      const version = docsVersionOf(location.file);
      // Checks of this file's usages, so plain unified users see them too;
      // a build reports them through the Docusaurus plugin. A partial's own
      // usages are in the library already.
      const usages = inPartial ? [] : read.usages.map((usage) => ({usage, version}));
      for (const finding of lintSiteFacts({tables: [], partials: {library, usages, unresolved: []}}, config)) {
        if (finding.file === location.file) usageFindings.push(finding);
      }
      usageTables = resolvePartialUsages(tree, {
        file: location.file,
        library,
        inPartial,
        pluginId,
        modules,
        lineMap,
        page: inPartial
          ? undefined
          : {
              file: location.file,
              docId: location.docId,
              frontMatter: read.document.frontMatter?.value,
              title: read.title,
              version,
              ...(location.recognition ? {recognition: location.recognition} : {}),
            },
      });
    }
    file.data.upgradePaths = {file: location.file, tables: inPartial ? [] : read.document.tables, findings};
    reportFindings(file, [...findings, ...usageFindings].sort(compareFindings));
    if (!settings.replace) return undefined;
    if (inPartial) replacePartialTables(tree, source, location.file, lineMap, location.recognition);
    else {
      const taken = read.document.tables.filter((table) => modules.replaces(table));
      // One filter for the page when it shows two or more tables.
      const shown: PageTable[] = [
        ...taken.map((table) => ({id: table.id, dataset: table.dataset, offset: table.position.start.offset ?? 0})),
        ...usageTables.flatMap((usage) => usage.tables),
      ];
      const pageFilter = needsPageFilter(shown);
      // In a dev server, each table carries its findings of the run that read this version of the page.
      const reload = publishedFindings(location.siteDir, pluginId);
      replaceTables(tree, taken.filter((table) => !keepsAuthoredLayout(table)), pluginId, pageFilter, reload);
      anchorAuthoredTables(tree, taken.filter((table) => keepsAuthoredLayout(table)));
      if (pageFilter) {
        markUsagesFiltered(usageTables.map((usage) => usage.node));
        insertPageFilter(tree, shown, pluginId);
      }
    }
    // Both only act on theme component elements: the page's own, and those its tables were replaced with.
    if (!holds.table && !holds.themeComponent) return undefined;
    await attachDatasets(tree, pluginId, modules);
    importUsedComponents(tree);
    return undefined;
  };
}

export type {Options} from './options.js';
export {messageSource} from './messages.js';
export {dataModulePath, datasetIndexModuleName, datasetModuleName, graphModuleName, isGraphModuleName} from './dataModules.js';
export {lint, loadConfig, mergeConfig} from '@upgrade-paths/engine';
