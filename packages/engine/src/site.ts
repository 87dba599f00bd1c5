import {createRequire} from 'node:module';
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, globExcludeDefault} from './docusaurusUtils.js';
import {ConfigError, type LintConfig} from '@upgrade-paths/core';
import {markdownSettings, type MarkdownSettings} from './markdown.js';
import {defaultPartialsPath, resolvePartialsPath} from './paths.js';

/** Which docs a site's upgrade paths are read from: a docs folder and globs, as the docs plugin takes them. */
export interface DocsSettings {
  /** Docs folder, relative to the site. */
  readonly path: string;
  /** Globs of files to read, relative to `path`. */
  readonly include: readonly string[];
  /** Globs to leave out. */
  readonly exclude: readonly string[];
}

/** Everything the engine needs to know about a site to read it as the build does. */
export interface SiteSettings {
  /** Absolute site folder: tables' `file` fields are relative to it. */
  readonly siteDir: string;
  readonly docs: DocsSettings;
  readonly markdown: MarkdownSettings;
  /** Partial folders, relative to the site. */
  readonly partialsPath: readonly string[];
  /** Id of the `docusaurus-plugin-upgrade-paths` instance (its data modules' folder). */
  readonly pluginId: string;
}

/**
 * The docs `docusaurus-plugin-upgrade-paths` reads when its options name
 * none: the docs plugin's defaults (`docs/`, every `.md`/`.mdx`,
 * Docusaurus's `GlobExcludeDefault`).
 */
export const defaultDocsSettings: DocsSettings = {
  path: 'docs',
  include: ['**/*.{md,mdx}'],
  // A getter: Docusaurus's module holding the value is loaded when it is
  // first read (see `docusaurusUtils.ts`).
  get exclude() {
    return globExcludeDefault();
  },
};

/** Package name of the Docusaurus plugin: the name sites list it by, and its `@generated` folder. */
export const pluginName = 'docusaurus-plugin-upgrade-paths';

/** Package name of Docusaurus's docs plugin. */
const docsPluginName = '@docusaurus/plugin-content-docs';

/** What {@link loadSiteSettings} found besides the settings. */
export interface LoadedSite {
  readonly settings: SiteSettings;
  /** Absolute path of the site config file. */
  readonly configFile: string;
  /** Whether the site lists `docusaurus-plugin-upgrade-paths`. */
  readonly hasPlugin: boolean;
  /** The docs folders of the site's docs plugin instances, relative to the site. */
  readonly docsPluginPaths: readonly string[];
  /** The plugin's `rules` and `mirrors` options, which override the config file (see `mergeConfig`). */
  readonly lintOptions: LintConfig;
}

/**
 * Read a site's settings the way its build reads them: load its config with
 * the site's own Docusaurus config loader (`@docusaurus/core`, resolved from
 * the site), expand its presets with Docusaurus's own preset loader, and
 * take, by plugin name, the options of `docusaurus-plugin-upgrade-paths`
 * (`path`, `include`, `exclude`, `partials.path`, `id`; the docs it lints)
 * and the docs plugin's `admonitions`, and `markdown` (format,
 * `mdx1Compat`). Reading another plugin's options, and presets, is a
 * stated exception for the CLI: `docusaurus build` has them as the
 * plugins' content, the CLI has only the config.
 *
 * @param siteDir
 *   Absolute folder holding `docusaurus.config.*`.
 * @returns
 *   The settings, with the plugin's defaults for what its options do not
 *   set.
 * @throws {Error}
 *   When `@docusaurus/core` cannot be resolved from the site, or the config
 *   cannot be loaded (Docusaurus's own message, as the `cause`).
 */
export async function loadSiteSettings(siteDir: string): Promise<LoadedSite> {
  const siteRequire = createRequire(path.join(siteDir, 'package.json'));
  let coreDir: string;
  try {
    coreDir = path.dirname(siteRequire.resolve('@docusaurus/core/package.json'));
  } catch (error) {
    throw new ConfigError(
      'Unexpected site `' + siteDir + '` without `@docusaurus/core`, expected it installed in the site to read its config',
      {cause: error},
    );
  }
  const coreRequire = createRequire(path.join(coreDir, 'package.json'));
  const {loadSiteConfig} = coreRequire('./lib/server/config.js') as {
    loadSiteConfig(options: {siteDir: string}): Promise<{siteConfig: SiteConfig; siteConfigPath: string}>;
  };
  const {loadPresets} = coreRequire('./lib/server/plugins/presets.js') as {
    loadPresets(context: object): Promise<{plugins: PluginConfig[]}>;
  };
  const {getNamePatterns} = coreRequire('./lib/server/plugins/moduleShorthand.js') as {
    getNamePatterns(name: string, type: 'plugin'): string[];
  };
  let loaded: {siteConfig: SiteConfig; siteConfigPath: string};
  let presets: {plugins: PluginConfig[]};
  try {
    loaded = await loadSiteConfig({siteDir});
    presets = await loadPresets({siteDir, siteConfig: loaded.siteConfig, siteConfigPath: loaded.siteConfigPath});
  } catch (error) {
    throw new ConfigError('Unexpected site config of `' + siteDir + '` that Docusaurus cannot load, expected a valid config', {
      cause: error,
    });
  }
  const plugins = [...presets.plugins, ...(loaded.siteConfig.plugins ?? [])].flatMap(function (config) {
    const [name, options] = (Array.isArray(config) ? config : [config, {}]) as [unknown, unknown];
    if (typeof name !== 'string') return [];
    // The package names a plugin name stands for, as Docusaurus resolves them.
    const names = path.isAbsolute(name) ? [name] : getNamePatterns(name, 'plugin');
    return [{names, options: (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>}];
  });
  const ours = plugins.find((plugin) => isPlugin(plugin.names, pluginName));
  const docsPlugins = plugins.filter((plugin) => isPlugin(plugin.names, docsPluginName));
  const options = ours?.options ?? {};
  const docs: DocsSettings = {
    path: typeof options['path'] === 'string' ? options['path'] : defaultDocsSettings.path,
    include: stringList(options['include']) ?? defaultDocsSettings.include,
    exclude: stringList(options['exclude']) ?? defaultDocsSettings.exclude,
  };
  const docsPaths = docsPlugins.map((plugin) => (typeof plugin.options['path'] === 'string' ? plugin.options['path'] : 'docs'));
  const docsPlugin = docsPlugins.find((_, index) => path.normalize(docsPaths[index] ?? '') === path.normalize(docs.path)) ?? docsPlugins[0];
  const partials = options['partials'];
  const partialsPath =
    typeof partials === 'object' && partials !== null && 'path' in partials
      ? resolvePartialsPath((partials as {path: unknown}).path, '`partials.path` of `' + pluginName + '`')
      : defaultPartialsPath;
  return {
    settings: {
      siteDir,
      docs,
      markdown: markdownSettings(loaded.siteConfig.markdown, docsPlugin?.options['admonitions'] ?? true),
      partialsPath,
      pluginId: typeof options['id'] === 'string' ? options['id'] : DEFAULT_PLUGIN_ID,
    },
    configFile: loaded.siteConfigPath,
    hasPlugin: ours !== undefined,
    docsPluginPaths: docsPaths,
    lintOptions: {
      ...(options['rules'] === undefined ? {} : {rules: options['rules'] as LintConfig['rules']}),
      ...(options['mirrors'] === undefined ? {} : {mirrors: options['mirrors'] as LintConfig['mirrors']}),
    },
  };
}

interface SiteConfig {
  readonly plugins?: PluginConfig[];
  readonly markdown?: unknown;
}

type PluginConfig = unknown;

/** Whether a plugin entry (the package names it stands for, or a file path) is the package `name`. */
function isPlugin(names: readonly string[], name: string): boolean {
  return names.some(
    (item) => item === name || (path.isAbsolute(item) && item.split(path.sep).join('/').includes('/' + name + '/')),
  );
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}
