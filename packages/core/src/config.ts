import {ruleById, rules} from './registry.js';
import type {RuleMeta, RuleOptions, RuleSeverity} from './rule.js';
import {isRecord} from './text.js';
import {isVersionScheme, versionSchemes, type VersionScheme} from './versions.js';

/**
 * A rule's setting in a config: a severity, or ESLint-style
 * `[severity, options]`.
 */
export type RuleSetting = RuleSeverity | readonly [RuleSeverity] | readonly [RuleSeverity, RuleOptions];

/**
 * Lint configuration: the shape of `upgrade-paths.config.{json,js,mjs}`, of
 * the `upgradePaths` key of `package.json`, and of the Docusaurus plugin's
 * `rules` and `mirrors` options (README, "Configuration").
 */
export interface LintConfig {
  /**
   * Rule settings by rule id; rules not named keep their default (see
   * {@link lintRules}).
   *
   * @example {"skip-minor": "warn", "stranded-version": ["warn", {"ignore": ["4.6.34"]}]}
   */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
  /**
   * Pairs of dataset ids that must list the same upgrades (rule
   * `dataset-mirror`). Declaring mirrors turns `dataset-mirror` on as
   * `error` unless `rules` sets it.
   *
   * @example [["palette/kubernetes", "palette-vertex/kubernetes"]]
   */
  readonly mirrors?: ReadonlyArray<readonly [string, string]> | undefined;
  /**
   * More header names of upgrade-table columns (README, "What counts as an
   * upgrade table"), compared as the documented ones are (any case, white
   * space runs as one space, markup removed): they extend the documented
   * vocabulary; with `replace: true` the names given for a role replace
   * that role's documented names (roles not given keep theirs).
   *
   * @example {"source": ["Ausgangsversion"], "target": ["Zielversion"], "support": ["Unterstützt"]}
   */
  readonly columns?: ColumnNames | undefined;
  /**
   * Globs (picomatch, as Docusaurus's `include`) of files whose tables are
   * upgrade tables without the confidence rule, as `upgrade_paths` front
   * matter says for one page; matched against the file's path as findings
   * name it (site-relative in a site, else relative to the working folder).
   *
   * @example ["docs/upgrade/**"]
   */
  readonly include?: readonly string[] | undefined;
  /**
   * The version scheme of every table whose page's front matter names none
   * (`upgrade_paths.scheme`); default: inferred per table (`inferScheme`).
   */
  readonly scheme?: VersionScheme | undefined;
}

/** Header names by column role, for {@link LintConfig.columns}. */
export interface ColumnNames {
  readonly source?: readonly string[] | undefined;
  readonly target?: readonly string[] | undefined;
  readonly support?: readonly string[] | undefined;
  /** Replace the documented names of the roles given instead of adding to them. Default `false`. */
  readonly replace?: boolean | undefined;
}

/** Every rule's documentation data, in the order the README documents them. */
export const lintRules: readonly RuleMeta[] = rules.map((rule) => rule.meta);

/** One rule's resolved setting. */
export interface ResolvedRule {
  readonly severity: RuleSeverity;
  /** Options with defaults applied (values normalised). */
  readonly options: RuleOptions;
}

/**
 * A validated config with every default applied: what the rule runner
 * works with. Make one with {@link resolveLintConfig}.
 */
export interface ResolvedLintConfig {
  /** Every rule of {@link lintRules}, by id. */
  readonly rules: ReadonlyMap<string, ResolvedRule>;
  readonly mirrors: ReadonlyArray<readonly [string, string]>;
  /** {@link LintConfig.columns}; `undefined` when not set. */
  readonly columns: ColumnNames | undefined;
  /** {@link LintConfig.include}; empty when not set. */
  readonly include: readonly string[];
  /** {@link LintConfig.scheme}; `undefined` when not set. */
  readonly scheme: VersionScheme | undefined;
  /** Stable text of the settings: equal for equal settings (for cache keys). */
  readonly key: string;
}

const severities: readonly RuleSeverity[] = ['off', 'warn', 'error'];

/**
 * Check that a value is a {@link LintConfig}.
 *
 * @param value
 *   Anything, such as the parsed config file.
 * @param origin
 *   Where the value comes from, for messages (a file path such as
 *   `upgrade-paths.config.json`, or `plugin options`).
 * @returns
 *   The value, typed.
 * @throws {ConfigError}
 *   When the value is not a valid config: the message names `origin`, the
 *   key and the bad value, such as "Unexpected `warning` as `rules.skip-minor`
 *   in `upgrade-paths.config.json`, expected `off`, `warn` or `error`".
 */
export function validateLintConfig(value: unknown, origin: string): LintConfig {
  const where = ' in `' + origin + '`';
  if (!isRecord(value)) {
    fail(
      'Unexpected ' + describe(value) + ' as lint configuration' + where +
        ', expected an object such as `{"rules": {"skip-minor": "warn"}}`',
    );
  }
  for (const key of Object.keys(value)) {
    if (!['rules', 'mirrors', 'columns', 'include', 'scheme', '$schema'].includes(key)) {
      fail('Unexpected key `' + key + '`' + where + ', expected `rules`, `mirrors`, `columns`, `include` or `scheme`');
    }
  }
  const columns = value['columns'];
  if (columns !== undefined) {
    if (!isRecord(columns)) {
      fail('Unexpected ' + describe(columns) + ' as `columns`' + where + ', expected an object such as `{"source": ["From release"]}`');
    }
    for (const [role, names] of Object.entries(columns)) {
      if (role === 'replace') {
        if (typeof names !== 'boolean') fail('Unexpected ' + describe(names) + ' as `columns.replace`' + where + ', expected `true` or `false`');
        continue;
      }
      if (role !== 'source' && role !== 'target' && role !== 'support') {
        fail('Unexpected key `columns.' + role + '`' + where + ', expected `source`, `target`, `support` or `replace`');
      }
      if (!Array.isArray(names) || names.some((name) => typeof name !== 'string' || name.trim() === '')) {
        fail('Unexpected ' + describe(names) + ' as `columns.' + role + '`' + where + ', expected a list of header names such as `["From release"]`');
      }
    }
  }
  const include = value['include'];
  if (include !== undefined && (!Array.isArray(include) || include.some((glob) => typeof glob !== 'string' || glob === ''))) {
    fail('Unexpected ' + describe(include) + ' as `include`' + where + ', expected a list of globs such as `["docs/upgrade/**"]`');
  }
  const scheme = value['scheme'];
  if (scheme !== undefined && !isVersionScheme(scheme)) {
    fail(
      'Unexpected ' + describe(scheme) + ' as `scheme`' + where + ', expected ' +
        versionSchemes.map((name) => '`' + name + '`').join(', ').replace(/, ([^,]+)$/, ' or $1'),
    );
  }
  const settings = value['rules'];
  if (settings !== undefined) {
    if (!isRecord(settings)) {
      fail('Unexpected ' + describe(settings) + ' as `rules`' + where + ', expected an object of rule settings by rule id');
    }
    for (const [id, setting] of Object.entries(settings)) readSetting(id, setting, where);
  }
  const mirrors = value['mirrors'];
  if (mirrors !== undefined) {
    if (!Array.isArray(mirrors)) {
      fail(
        'Unexpected ' + describe(mirrors) + ' as `mirrors`' + where +
          ', expected a list of dataset id pairs such as `[["palette/kubernetes", "palette-vertex/kubernetes"]]`',
      );
    }
    mirrors.forEach(function (pair: unknown, index) {
      const ok =
        Array.isArray(pair) &&
        pair.length === 2 &&
        pair.every((id) => typeof id === 'string' && /^[^/\s]+\/[^/\s]+/.test(id)) &&
        pair[0] !== pair[1];
      if (!ok) {
        fail(
          'Unexpected ' + describe(pair) + ' as `mirrors[' + index + ']`' + where +
            ', expected two different dataset ids such as `["palette/kubernetes", "palette-vertex/kubernetes"]`',
        );
      }
    });
  }
  return value as LintConfig;
}

/**
 * Validate a config and apply every default.
 *
 * @param config
 *   Config (optional; nothing means every rule at its default).
 * @returns
 *   Resolved config.
 * @throws {Error}
 *   When the config is not valid (see {@link validateLintConfig}; origin
 *   `lint configuration`).
 */
export function resolveLintConfig(config?: LintConfig | null): ResolvedLintConfig {
  const given = validateLintConfig(config ?? {}, 'lint configuration');
  const mirrors = given.mirrors ?? [];
  const resolved = new Map<string, ResolvedRule>();
  for (const {meta} of rules) {
    const setting = given.rules?.[meta.id];
    const read = setting === undefined ? undefined : readSetting(meta.id, setting, ' in `lint configuration`');
    let severity = read?.severity ?? meta.defaultSeverity;
    // Declaring mirrors turns their rule on, unless `rules` sets it.
    if (meta.id === 'dataset-mirror' && setting === undefined && mirrors.length > 0) severity = 'error';
    const options: Record<string, unknown> = meta.id === 'dataset-mirror' ? {mirrors} : {};
    for (const [name, option] of Object.entries(meta.options)) options[name] = read?.options[name] ?? option.default;
    resolved.set(meta.id, {severity, options});
  }
  const columns = given.columns;
  const include = given.include ?? [];
  const scheme = given.scheme;
  const key = JSON.stringify({rules: [...resolved], mirrors, columns, include, scheme});
  return {rules: resolved, mirrors, columns, include, scheme, key};
}

/** Check one rule's setting; the severity and the options read (normalised). */
function readSetting(id: string, setting: unknown, where: string): {severity: RuleSeverity; options: Record<string, unknown>} {
  const known = ruleById.get(id);
  if (known === undefined) {
    fail(
      'Unexpected unknown rule `' + id + '` in `rules`' + where + ', expected one of ' +
        lintRules.map((item) => '`' + item.id + '`').join(', '),
    );
  }
  const key = 'rules.' + id;
  const list = Array.isArray(setting) ? (setting as unknown[]) : undefined;
  if (list && (list.length === 0 || list.length > 2)) {
    fail('Unexpected ' + describe(setting) + ' as `' + key + '`' + where + ', expected a severity or `[severity, options]`');
  }
  const severity = list ? list[0] : setting;
  if (!severities.includes(severity as RuleSeverity)) {
    fail(
      'Unexpected ' + describe(severity) + ' as `' + key + (list ? '[0]' : '') + '`' + where +
        ', expected `off`, `warn` or `error`',
    );
  }
  const options = list?.[1] === undefined ? {} : readOptions(known.meta, list[1], key + '[1]', where);
  return {severity: severity as RuleSeverity, options};
}

function readOptions(meta: RuleMeta, options: unknown, key: string, where: string): Record<string, unknown> {
  const names = Object.keys(meta.options);
  const expected =
    names.length === 0 ? 'no options (`' + meta.id + '` has none)' : names.map((name) => '`' + name + '`').join(', ');
  if (!isRecord(options)) {
    fail('Unexpected ' + describe(options) + ' as `' + key + '`' + where + ', expected an object with ' + expected);
  }
  const read: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    const option = Object.hasOwn(meta.options, name) ? meta.options[name] : undefined;
    if (option === undefined) {
      fail('Unexpected option `' + name + '` in `' + key + '`' + where + ', expected ' + expected);
    }
    const normalised = option.read(value);
    if (normalised === undefined) {
      fail('Unexpected ' + describe(value) + ' as `' + key + '.' + name + '`' + where + ', expected ' + option.expected);
    }
    read[name] = normalised;
  }
  return read;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return '`' + value + '`';
  return '`' + JSON.stringify(value) + '`';
}

function fail(message: string): never {
  throw new ConfigError(message);
}

/**
 * A configuration problem (a config file, a config value, a site config):
 * callers report its message to the user and stop, as for bad arguments;
 * any other error is a bug.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
