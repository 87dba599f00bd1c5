import type {OptionValidationContext} from '@docusaurus/types';
import {GlobExcludeDefault} from '@docusaurus/utils';
import {Joi} from '@docusaurus/utils-validation';
import {DEFAULT_PARTIALS_OPTIONS, partialsOptionsSchema, type PartialsOptions} from './partials.js';
import {validateLintConfig, type LintConfig} from '@upgrade-paths/core';

/** Docusaurus's reporting vocabulary, as for `onBrokenLinks`. */
export type ReportingSeverity = 'ignore' | 'log' | 'warn' | 'throw';

/** Options of `docusaurus-plugin-upgrade-paths`, after defaults. */
export interface PluginOptions {
  /** Plugin instance id; data modules live under `@generated/docusaurus-plugin-upgrade-paths/<id>`. */
  readonly id: string;
  /** Docs folder to read, relative to the site. Default `'docs'`, as the docs plugin. */
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

/** The defaults; every Joi key below defaults from here. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  path: 'docs',
  include: ['**/*.{md,mdx}'],
  exclude: GlobExcludeDefault,
  onLintError: 'throw',
  onLintWarning: 'warn',
  partials: DEFAULT_PARTIALS_OPTIONS,
};

const severity = Joi.string().equal('ignore', 'log', 'warn', 'throw');

const optionsSchema = Joi.object<PluginOptions>({
  path: Joi.string().default(DEFAULT_OPTIONS.path),
  include: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.include),
  exclude: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.exclude),
  onLintError: severity.default(DEFAULT_OPTIONS.onLintError),
  onLintWarning: severity.default(DEFAULT_OPTIONS.onLintWarning),
  partials: partialsOptionsSchema.default(DEFAULT_OPTIONS.partials),
  // Shapes are checked by the lint config validator, which names the bad key.
  rules: Joi.object().unknown(),
  mirrors: Joi.array(),
});

/**
 * Validate and default the plugin options (Docusaurus calls this at start-up).
 *
 * @throws {Error}
 *   Docusaurus's validation error naming the bad key and value.
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const validated = validate(optionsSchema, options ?? {});
  validateLintConfig(
    {
      ...(validated.rules === undefined ? {} : {rules: validated.rules}),
      ...(validated.mirrors === undefined ? {} : {mirrors: validated.mirrors}),
    },
    'docusaurus-plugin-upgrade-paths options',
  );
  return validated;
}
