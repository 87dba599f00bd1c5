import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {addTrailingPathSeparator} from '@docusaurus/utils';
import {pluginName, versionedDocsPath, versionedPartialsPath} from '@upgrade-paths/engine';
import remarkUpgradePaths, {isGraphModuleName} from 'remark-upgrade-paths';
import type {PluginOptions} from './options.js';

type WebpackConfig = ReturnType<NonNullable<Plugin['configureWebpack']>>;
type RuleSetRule = Awaited<ReturnType<typeof createMDXLoaderRule>>;

/**
 * The webpack config of the plugin, made once per plugin instance (the
 * client and server compilers share it):
 *
 * - a rule compiling the partial folders with `@docusaurus/mdx-loader`
 *   (`createMDXLoaderRule`, as the pages plugin does), with
 *   `remark-upgrade-paths` first and the `partials` option's plugins:
 *   Docusaurus compiles `.mdx` files only in the folders of a content
 *   plugin, and `@site/_partials/…` imports need this rule. Partial
 *   folders inside the docs folder are left to the docs plugin's rule;
 * - a loader of the graph data modules (`graphLoader`), which lays out a
 *   dataset's graph only when a page imports it;
 * - a loader after every MDX compile that fails it, naming the file and the
 *   config line to add, when a page uses the theme components and
 *   `remark-upgrade-paths` did not run on it (else MDX's "Expected
 *   component … to be defined" stops the render later);
 * - a webpack plugin making each Markdown module that uses
 *   `PartialsComponent` depend on the partial folders, so `docusaurus
 *   start` recompiles it when a partial is added, renamed or edited, and
 *   the persistent cache of `docusaurus build` never serves a page resolved
 *   against old partials.
 */
export async function createWebpackConfig(context: LoadContext, options: PluginOptions): Promise<WebpackConfig> {
  const {siteDir, siteConfig, generatedFilesDir} = context;
  const docsDir = addTrailingPathSeparator(path.resolve(siteDir, options.path));
  const versionedDocsDir = addTrailingPathSeparator(path.join(siteDir, versionedDocsPath));
  const folders = [...options.partials.path, versionedPartialsPath].map((folder) => path.resolve(siteDir, folder));
  const compiled = folders
    .map((folder) => addTrailingPathSeparator(folder))
    .filter((folder) => !folder.startsWith(docsDir) && !folder.startsWith(versionedDocsDir));
  const rules: RuleSetRule[] = [];
  if (compiled.length > 0) {
    rules.push(
      await createMDXLoaderRule({
        include: compiled,
        options: {
          useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
          admonitions: options.partials.admonitions,
          beforeDefaultRemarkPlugins: [
            [remarkUpgradePaths, {siteDir, docsPath: options.path, pluginId: options.id, partialsPath: [...options.partials.path]}],
            ...options.partials.beforeDefaultRemarkPlugins,
          ],
          remarkPlugins: [...options.partials.remarkPlugins],
          rehypePlugins: [...options.partials.rehypePlugins],
          siteDir,
          staticDirs: siteConfig.staticDirectories.map((folder) => path.resolve(siteDir, folder)),
          markdownConfig: siteConfig.markdown,
          // Partials have front matter (`partial_category`, `partial_name`) on
          // purpose; they get no metadata module.
          isMDXPartial: () => true,
          isMDXPartialFrontMatterWarningDisabled: true,
        },
      }),
    );
  }
  rules.push({
    // The graph data modules this plugin instance writes: laid out when a
    // page imports one (see `graphLoader`).
    include: [path.join(generatedFilesDir, pluginName, options.id)],
    test: (resource: string) => isGraphModuleName(path.basename(resource)),
    use: [{loader: fileURLToPath(new URL('graphLoader.js', import.meta.url))}],
  });
  rules.push({
    // A function, not a RegExp: Docusaurus's MDX fallback rule excludes the
    // `include` of every rule whose `test` is an MDX RegExp, and this rule
    // compiles nothing.
    test: (resource: string) => /\.mdx?$/i.test(resource),
    enforce: 'post',
    use: [{loader: fileURLToPath(new URL('missingRemarkLoader.js', import.meta.url)), options: {siteDir}}],
  });
  return {module: {rules}, plugins: [new PartialsDependencies(folders)]};
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
        // Webpack's loader hooks are synchronous; the text is read once per compile of the module.
        if (!/\.mdx?$/i.test(resource) || !fs.existsSync(resource)) return;
        if (!fs.readFileSync(resource, 'utf8').includes('PartialsComponent')) return;
        for (const folder of folders) loaderContext.addContextDependency(folder);
      });
    });
  }
}
