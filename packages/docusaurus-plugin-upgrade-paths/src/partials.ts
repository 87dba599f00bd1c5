import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {addTrailingPathSeparator} from '@docusaurus/utils';
import {AdmonitionsSchema, Joi, RehypePluginsSchema, RemarkPluginsSchema} from '@docusaurus/utils-validation';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {compareText} from '@upgrade-paths/core';
import remarkUpgradePaths, {
  checkPartials,
  versionedPartialsPath,
  type DocumentFormat,
  type PartialsDocument,
} from 'remark-upgrade-paths';
import {readDocuments, type UpgradePathsContent} from './content.js';
import type {PluginOptions} from './options.js';

/**
 * The `partials` option: where reusable MDX partials are and how they are
 * compiled. See the README, "Partials".
 */
export interface PartialsOptions {
  /**
   * Partial folders, relative to the site. Partials are `_*.mdx` files
   * anywhere under them with `partial_category` and `partial_name` front
   * matter. Give the same folders to `remark-upgrade-paths`
   * (`partialsPath`) in the docs plugin when they are not the default.
   * Default `['_partials']`: at the site root, outside the docs, because the
   * docs plugin treats `_` files in a docs folder as Docusaurus partials,
   * which must not have front matter (`docusaurus build` fails on them when
   * `CI` is set).
   */
  readonly path: readonly string[];
  /** Remark plugins run on partials before Docusaurus's own (after `remark-upgrade-paths`). Default `[]`. */
  readonly beforeDefaultRemarkPlugins: readonly unknown[];
  /** Remark plugins run on partials after Docusaurus's own, as the docs plugin option. Default `[]`. */
  readonly remarkPlugins: readonly unknown[];
  /** Rehype plugins run on partials, as the docs plugin option. Default `[]`. */
  readonly rehypePlugins: readonly unknown[];
  /** Admonitions of partials, as the docs plugin option (`{keywords, extendDefaults}`). Default `true`. */
  readonly admonitions: boolean | {readonly [key: string]: unknown};
}

/** Defaults of {@link PartialsOptions}. */
export const DEFAULT_PARTIALS_OPTIONS: PartialsOptions = {
  path: ['_partials'],
  beforeDefaultRemarkPlugins: [],
  remarkPlugins: [],
  rehypePlugins: [],
  admonitions: true,
};

/** Joi schema of the `partials` option (`path` also takes one string). */
export const partialsOptionsSchema = Joi.object<PartialsOptions>({
  path: Joi.array().items(Joi.string().min(1)).single().min(1).default(DEFAULT_PARTIALS_OPTIONS.path),
  beforeDefaultRemarkPlugins: RemarkPluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.beforeDefaultRemarkPlugins),
  remarkPlugins: RemarkPluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.remarkPlugins),
  rehypePlugins: RehypePluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.rehypePlugins),
  admonitions: AdmonitionsSchema.default(DEFAULT_PARTIALS_OPTIONS.admonitions),
});

/** Folder of versioned docs, as the default docs plugin instance names it. */
const versionedDocsPath = 'versioned_docs';

/**
 * Files `docusaurus start` watches for partials: the partial folders, the
 * versioned partials and the versioned docs (their usages are checked).
 */
export function partialsPathsToWatch(siteDir: string, options: PluginOptions): string[] {
  return [...options.partials.path, versionedPartialsPath, versionedDocsPath].map((folder) =>
    path.join(siteDir, folder, '**/*.{md,mdx}'),
  );
}

/**
 * Check the site's partials and every usage in the docs (current and
 * `versioned_docs/version-<v>/`), and extract the upgrade tables partials
 * render into current docs pages (see `checkPartials` of
 * `remark-upgrade-paths`).
 *
 * @param siteDir
 *   Absolute site folder.
 * @param documents
 *   The current docs, already read (`readDocuments`); versioned docs are read
 *   here.
 * @param settings
 *   Plugin options and the site's Markdown format.
 */
export async function readPartials(
  siteDir: string,
  documents: readonly PartialsDocument[],
  settings: PluginOptions & {readonly format: DocumentFormat},
): Promise<UpgradePathsContent> {
  const all: PartialsDocument[] = [...documents];
  for (const entry of await readFolder(path.join(siteDir, versionedDocsPath))) {
    if (entry.isDirectory() && entry.name.startsWith('version-')) {
      const root = path.join(siteDir, versionedDocsPath, entry.name);
      all.push(...(await readDocuments(siteDir, root, settings.include, settings.exclude)));
    }
  }
  const using = all
    .filter((document) => document.value.includes('PartialsComponent'))
    .sort((left, right) => compareText(left.path, right.path));
  return checkPartials(siteDir, using, {partialsPath: settings.partials.path, format: settings.format});
}

/**
 * Content with the tables and findings of partials added: tables sorted by
 * file and line (then by usage), findings by file, line, column (the same finding
 * reported twice is kept once).
 */
export function withPartials(content: UpgradePathsContent, partials: UpgradePathsContent): UpgradePathsContent {
  const tables: ExtractedTable[] = [...content.tables, ...partials.tables].sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      left.line - right.line ||
      compareText(left.includedFrom?.file ?? '', right.includedFrom?.file ?? '') ||
      (left.includedFrom?.line ?? 0) - (right.includedFrom?.line ?? 0) ||
      compareText(left.id, right.id),
  );
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of [...content.findings, ...partials.findings]) {
    const key = [finding.file, finding.position.start.line, finding.position.start.column, finding.ruleId, finding.message].join('\n');
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  findings.sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      left.position.start.line - right.position.start.line ||
      left.position.start.column - right.position.start.column,
  );
  return {tables, findings};
}

type WebpackConfig = ReturnType<NonNullable<Plugin['configureWebpack']>>;

const webpackConfigs = new WeakMap<PluginOptions, WebpackConfig>();

/**
 * Webpack config for partials (made once per plugin instance, as the client
 * and server compilers share it):
 *
 * - a rule compiling the partial folders with `@docusaurus/mdx-loader`, as
 *   the docs plugin compiles docs, with `remark-upgrade-paths` first and
 *   the `partials` option's plugins (Docusaurus compiles `.mdx` files only
 *   in the folders of a content plugin; `@site/_partials/…` imports need
 *   this rule). Partial folders inside the docs folder are left to the
 *   docs plugin's rule.
 * - a webpack plugin making each Markdown module that uses
 *   `PartialsComponent` depend on the partial folders, so `docusaurus
 *   start` recompiles it when a partial is added, renamed or edited, and
 *   the persistent cache of `docusaurus build` never serves a page resolved
 *   against old partials.
 */
export function partialsWebpackConfig(context: LoadContext, options: PluginOptions): WebpackConfig {
  const cached = webpackConfigs.get(options);
  if (cached) return cached;
  const {siteDir, siteConfig} = context;
  const docsDir = addTrailingPathSeparator(path.resolve(siteDir, options.path));
  const folders = [...options.partials.path, versionedPartialsPath].map((folder) => path.resolve(siteDir, folder));
  const compiled = folders
    .map((folder) => addTrailingPathSeparator(folder))
    .filter((folder) => !folder.startsWith(docsDir) && !folder.startsWith(path.join(siteDir, versionedDocsPath) + path.sep));
  const require = createRequire(import.meta.url);
  const useCrossCompilerCache = siteConfig.future.faster.mdxCrossCompilerCache && process.env['NODE_ENV'] === 'production';
  const loaderOptions = {
    admonitions: options.partials.admonitions,
    beforeDefaultRemarkPlugins: [
      [
        remarkUpgradePaths,
        {siteDir, docsPath: options.path, pluginId: options.id, partialsPath: [...options.partials.path]},
      ],
      ...options.partials.beforeDefaultRemarkPlugins,
    ],
    remarkPlugins: [...options.partials.remarkPlugins],
    rehypePlugins: [...options.partials.rehypePlugins],
    beforeDefaultRehypePlugins: [],
    recmaPlugins: [],
    siteDir,
    staticDirs: siteConfig.staticDirectories.map((folder) => path.resolve(siteDir, folder)),
    markdownConfig: siteConfig.markdown,
    // Partials have front matter (`partial_category`, `partial_name`) on
    // purpose; they get no metadata module.
    isMDXPartial: () => true,
    isMDXPartialFrontMatterWarningDisabled: true,
    ...(useCrossCompilerCache ? {crossCompilerCache: new Map()} : {}),
  };
  const config: WebpackConfig = {
    module: {
      rules:
        compiled.length === 0
          ? []
          : [{test: /\.mdx?$/i, include: compiled, use: [{loader: require.resolve('@docusaurus/mdx-loader'), options: loaderOptions}]}],
    },
    plugins: [new PartialsDependencies(folders)],
  };
  webpackConfigs.set(options, config);
  return config;
}

/** The parts of the webpack (or Rspack) compiler {@link PartialsDependencies} uses. */
interface Compiler {
  readonly webpack?: {
    readonly NormalModule?: {
      readonly getCompilationHooks?: (compilation: unknown) => {
        readonly loader: {
          tap(
            name: string,
            callback: (loaderContext: {addContextDependency(folder: string): void}, module: {readonly resource?: string}) => void,
          ): void;
        };
      };
    };
  };
  readonly hooks: {readonly compilation: {tap(name: string, callback: (compilation: unknown) => void): void}};
}

/**
 * Make each `.md`/`.mdx` module whose text names `PartialsComponent` depend
 * on the partial folders (context dependencies): a partial added, renamed
 * or edited invalidates the pages that resolve partials.
 */
class PartialsDependencies {
  readonly #folders: readonly string[];

  constructor(folders: readonly string[]) {
    this.#folders = folders;
  }

  apply(input: object): void {
    const compiler = input as Compiler;
    const getCompilationHooks = compiler.webpack?.NormalModule?.getCompilationHooks;
    if (!getCompilationHooks) return;
    const folders = this.#folders;
    compiler.hooks.compilation.tap('UpgradePathsPartials', function (compilation) {
      getCompilationHooks(compilation).loader.tap('UpgradePathsPartials', function (loaderContext, module) {
        const resource = (module.resource ?? '').replace(/\?.*$/s, '');
        if (!/\.mdx?$/i.test(resource) || !fsSync.existsSync(resource)) return;
        if (!fsSync.readFileSync(resource, 'utf8').includes('PartialsComponent')) return;
        for (const folder of folders) loaderContext.addContextDependency(folder);
      });
    });
  }
}

async function readFolder(folder: string): Promise<fsSync.Dirent[]> {
  try {
    return await fs.readdir(folder, {withFileTypes: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
