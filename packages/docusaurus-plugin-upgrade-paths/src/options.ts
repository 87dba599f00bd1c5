import {createRequire} from 'node:module';
import type {OptionValidationContext} from '@docusaurus/types';
import {validateLintConfig, type LintConfig} from '@upgrade-paths/core';
import {defaultDocsSettings, defaultPartialsPath, pluginName} from '@upgrade-paths/engine';

// `@docusaurus/utils-validation` is CommonJS, and its `Joi` is no named
// export in Node's ESM (nor its default export under Docusaurus's loader):
// take its CommonJS shape.
const {AdmonitionsSchema, Joi, RehypePluginsSchema, RemarkPluginsSchema} = createRequire(import.meta.url)(
  '@docusaurus/utils-validation',
) as typeof import('@docusaurus/utils-validation');

/** Docusaurus's reporting vocabulary, as for `onBrokenLinks`. */
export type ReportingSeverity = 'ignore' | 'log' | 'warn' | 'throw';

/**
 * The `partials` option: where reusable MDX partials are and how they are
 * compiled. See the README, "Partials".
 */
export interface PartialsOptions {
  /**
   * Partial folders, relative to the site. Partials are `_*.mdx` files
   * anywhere under them with `partial_category` and `partial_name` front
   * matter. In a build, `remark-upgrade-paths` takes them from the run of
   * this plugin that read the page. Default `['_partials']`: at the site root, outside the docs, because the
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

/** Options of `docusaurus-plugin-upgrade-paths`, after defaults. */
export interface PluginOptions {
  /** Plugin instance id; data modules live under `@generated/docusaurus-plugin-upgrade-paths/<id>`. */
  readonly id: string;
  /** Docs folder to read, relative to the site; keep it the docs plugin's `path`. Default `'docs'`, as the docs plugin. */
  readonly path: string;
  /** Globs of files to read, relative to `path`. Default `['**\/*.{md,mdx}']`. */
  readonly include: readonly string[];
  /** Globs to leave out. Default: Docusaurus's own (`_`-prefixed files and folders, tests). */
  readonly exclude: readonly string[];
  /**
   * What an error-severity finding does: `'throw'` fails `docusaurus build`
   * (the dev server only prints; it never stops). Default `'throw'`.
   */
  readonly onLintError: ReportingSeverity;
  /** What a warning-severity finding does. Default `'warn'`. */
  readonly onLintWarning: ReportingSeverity;
  /** Reusable MDX partials: folders and how they are compiled (see `PartialsOptions`). Default `{path: ['_partials']}`. */
  readonly partials: PartialsOptions;
  /**
   * Rule severities and options, overriding the config file
   * (`upgrade-paths.config.*` or `package.json` `upgradePaths`) rule by rule.
   * Default: none (the file's, else each rule's default).
   */
  readonly rules?: LintConfig['rules'];
  /** Datasets declared as mirrors; replaces the config file's. Default: none. */
  readonly mirrors?: LintConfig['mirrors'];
}

/** Options as a site config gives them: every key optional. */
export type Options = Partial<Omit<PluginOptions, 'partials'>> & {readonly partials?: Partial<PartialsOptions> | undefined};

/** Defaults of {@link PartialsOptions}. */
export const DEFAULT_PARTIALS_OPTIONS: PartialsOptions = {
  path: defaultPartialsPath,
  beforeDefaultRemarkPlugins: [],
  remarkPlugins: [],
  rehypePlugins: [],
  admonitions: true,
};

/** The defaults; every Joi key below defaults from here. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  path: defaultDocsSettings.path,
  include: defaultDocsSettings.include,
  exclude: defaultDocsSettings.exclude,
  onLintError: 'throw',
  onLintWarning: 'warn',
  partials: DEFAULT_PARTIALS_OPTIONS,
};

const severity = Joi.string().equal('ignore', 'log', 'warn', 'throw');

const partialsSchema = Joi.object<PartialsOptions>({
  path: Joi.array().items(Joi.string().min(1)).single().min(1).default(DEFAULT_PARTIALS_OPTIONS.path),
  beforeDefaultRemarkPlugins: RemarkPluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.beforeDefaultRemarkPlugins),
  remarkPlugins: RemarkPluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.remarkPlugins),
  rehypePlugins: RehypePluginsSchema.default(DEFAULT_PARTIALS_OPTIONS.rehypePlugins),
  admonitions: AdmonitionsSchema.default(DEFAULT_PARTIALS_OPTIONS.admonitions),
});

const optionsSchema = Joi.object<PluginOptions>({
  path: Joi.string().default(DEFAULT_OPTIONS.path),
  include: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.include),
  exclude: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.exclude),
  onLintError: severity.default(DEFAULT_OPTIONS.onLintError),
  onLintWarning: severity.default(DEFAULT_OPTIONS.onLintWarning),
  partials: partialsSchema.default(DEFAULT_OPTIONS.partials),
  // Shapes are checked by the lint config validator, which names the bad key.
  rules: Joi.object().unknown(),
  mirrors: Joi.array(),
});

/**
 * Validate and default the plugin options (Docusaurus calls this at start-up).
 *
 * @throws {Error}
 *   Docusaurus's validation error naming the bad key and value, or the
 *   lint config validator's for `rules` and `mirrors`.
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const validated = validate(optionsSchema, options ?? {});
  validateLintConfig(lintOverrides(validated), pluginName + ' options');
  return validated;
}

/** The lint settings given as plugin options, which override the config file key by key. */
export function lintOverrides(options: Pick<PluginOptions, 'rules' | 'mirrors'>): LintConfig {
  return {
    ...(options.rules === undefined ? {} : {rules: options.rules}),
    ...(options.mirrors === undefined ? {} : {mirrors: options.mirrors}),
  };
}
