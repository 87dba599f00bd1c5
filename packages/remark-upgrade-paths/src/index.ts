import path from 'node:path';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {upgradeTablesFromMdast} from '@upgrade-paths/core';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {findSiteDir, locateDocument} from './location.js';
import {attachDatasets} from './attach.js';
import {importUsedComponents, replaceTables} from './replace.js';
import {resolvePartialsPath, transformPartials} from './partials.js';

/** Configuration of `remark-upgrade-paths`. */
export interface Options {
  /**
   * Replace each recognised table in place with
   * `<UpgradePathTable table="<table id>" />` and inject the imports it needs.
   * `false` keeps tables as they are (messages and `file.data` still come).
   *
   * @default true
   */
  readonly replace?: boolean | null | undefined;
  /**
   * Folder that table ids and `file` fields are relative to.
   *
   * @default the closest folder above the file holding a `docusaurus.config.*`, else `file.cwd`
   */
  readonly siteDir?: string | null | undefined;
  /**
   * Docs folder, relative to `siteDir`; doc ids (the product when front
   * matter names none) are paths relative to it, without extension.
   *
   * @default 'docs'
   */
  readonly docsPath?: string | null | undefined;
  /**
   * Id of the `docusaurus-plugin-upgrade-paths` instance whose data modules
   * replaced tables read.
   *
   * @default 'default'
   */
  readonly pluginId?: string | null | undefined;
  /**
   * Partial folders, relative to `siteDir`: `<PartialsComponent category name />`
   * usages resolve to the `_*.mdx` partials under them (for a doc of version
   * `<v>`, `versioned_partials/version-<v>/` first). Give the same folders as the
   * Docusaurus plugin's `partials.path`.
   *
   * @default ['_partials']
   */
  readonly partialsPath?: string | readonly string[] | null | undefined;
}

/** What the plugin puts on `file.data.upgradePaths`. */
export interface UpgradePathsData {
  /** Site-relative POSIX path of the file. */
  readonly file: string;
  /** Upgrade tables in document order. */
  readonly tables: readonly ExtractedTable[];
  /** Problems found reading them, also reported as vfile messages. */
  readonly findings: readonly Finding[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remark-upgrade-paths`. */
    upgradePaths: UpgradePathsData;
    /** Set by Docusaurus's MDX loader: the page's parsed front matter. */
    frontMatter: Record<string, unknown>;
  }
}

/** Origin of the vfile messages this plugin emits. */
export const messageSource = 'remark-upgrade-paths';

/**
 * Find upgrade-path tables (`Source Version | Target Version | Support`) in a
 * Markdown/MDX document, put them on `file.data.upgradePaths`, report problems
 * as vfile messages (`ruleId`, `source: 'remark-upgrade-paths'`, exact
 * position; `fatal: true` for errors, which are not thrown), and replace each
 * table in place with `<UpgradePathTable>`, importing the component and the
 * dataset module it reads.
 *
 * Gives the same tables on a plain parse (`remark-parse` + GFM, MDX or not)
 * and inside Docusaurus's MDX compilation (emoji already replaced,
 * admonitions already transformed, comments dropped from the tree).
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
  const partialsPath = resolvePartialsPath(options?.partialsPath);

  return function (tree: Root, file: VFile): undefined {
    const filePath = file.path ? path.resolve(file.cwd, file.path) : path.join(file.cwd, 'index.mdx');
    const siteDir = settings.siteDir ?? findSiteDir(filePath) ?? file.cwd;
    const location = locateDocument(filePath, siteDir, path.resolve(siteDir, settings.docsPath));
    // Resolve `<PartialsComponent>` usages; a partial's own tables belong to its usages.
    if (transformPartials(tree, file, {siteDir, ...location, partialsPath, pluginId: settings.pluginId, replace: settings.replace})) return undefined;
    const frontMatter = file.data.frontMatter;
    const {tables, findings} = upgradeTablesFromMdast(tree, {
      source: String(file.value),
      file: location.file,
      docId: location.docId,
      ...(frontMatter === undefined ? {} : {frontMatter}),
    });
    file.data.upgradePaths = {file: location.file, tables, findings};
    for (const finding of findings) {
      const message = file.message(finding.message, {
        place: finding.position,
        ruleId: finding.ruleId,
        source: messageSource,
      });
      message.fatal = finding.severity === 'error';
    }
    if (settings.replace) {
      const dataModulePrefix = '@generated/docusaurus-plugin-upgrade-paths/' + settings.pluginId;
      replaceTables(tree, tables, dataModulePrefix);
      attachDatasets(tree, dataModulePrefix, siteDir);
      importUsedComponents(tree);
    }
    return undefined;
  };
}

interface Settings {
  readonly replace: boolean;
  readonly siteDir: string | undefined;
  readonly docsPath: string;
  readonly pluginId: string;
}

function resolveOptions(options: Readonly<Options> | null | undefined): Settings {
  const given = options ?? {};
  if (typeof given !== 'object') {
    throw new TypeError(
      'Unexpected `' + String(given) + '` as remark-upgrade-paths options, expected an object or nothing',
    );
  }
  return {
    replace: check('replace', 'boolean', true),
    siteDir: given.siteDir === null || given.siteDir === undefined ? undefined : path.resolve(check('siteDir', 'string', '')),
    docsPath: check('docsPath', 'string', 'docs'),
    pluginId: check('pluginId', 'string', 'default'),
  };

  function check<T extends boolean | string>(key: keyof Options, type: 'boolean' | 'string', fallback: T): T {
    const value = given[key];
    if (value === null || value === undefined) return fallback;
    if (typeof value !== type) {
      throw new TypeError(
        'Unexpected `' + String(value) + '` as remark-upgrade-paths option `' + key + '`, expected a ' + type,
      );
    }
    return value as T;
  }
}

export {extractUpgradePaths, type ParseOptions, type DocumentFormat} from './parse.js';
export {findSiteDir, locateDocument, type DocumentLocation} from './location.js';
export {datasetIndexModuleName} from './attach.js';
export {lint, type LintCache, type LintCacheEntry, type LintFile, type LintOptions, type LintResult} from './lint.js';
export {configFileNames, loadConfig, loadConfigFile, mergeConfig, packageJsonKey, type LoadedConfig} from './config.js';
export {
  checkPartials,
  defaultPartialsPath,
  isPartialFile,
  loadPartialLibrary,
  parsePartial,
  resolvePartialsPath,
  versionedPartialsPath,
  type PartialsCheckResult,
  type PartialsDocument,
} from './partials.js';
