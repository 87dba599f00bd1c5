import semver from 'semver';
import {conflictingRows} from './checks/conflictingRows.js';
import {datasetMirror} from './checks/datasetMirror.js';
import {disables} from './checks/disable.js';
import {duplicateRow} from './checks/duplicateRow.js';
import {groupMismatch} from './checks/groupMismatch.js';
import {noDowngrade} from './checks/noDowngrade.js';
import {tablesByDataset, type CheckContext} from './checks/rows.js';
import {skipMinor} from './checks/skipMinor.js';
import {sortOrder} from './checks/sortOrder.js';
import {strandedVersion} from './checks/strandedVersion.js';
import {unreachedSource} from './checks/unreachedSource.js';
import {compareText} from './export.js';
import type {DisableComment, ExtractedTable, Finding, Severity} from './model.js';

/** How a rule is set: `off` drops its findings, `warn` and `error` set their severity. */
export type RuleSeverity = 'off' | 'warn' | 'error';

/** Options of a rule, by option name (see {@link lintRules} for each rule's). */
export type RuleOptions = Readonly<Record<string, unknown>>;

/**
 * A rule's setting in a config: a severity, or ESLint-style
 * `[severity, options]`.
 */
export type RuleSetting = RuleSeverity | readonly [RuleSeverity] | readonly [RuleSeverity, RuleOptions];

/**
 * Lint configuration: the shape of `upgrade-paths.config.{json,js,mjs}` and of
 * the `upgradePaths` key of `package.json` (see the README, "Configuration").
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
}

/** What a lint rule is (documentation data; the README lists the same). */
export interface LintRule {
  /** Kebab-case id saying what is wrong. */
  readonly id: string;
  /** Severity when the config does not set it. */
  readonly defaultSeverity: RuleSeverity;
  /** Whether `upgrade-paths lint --fix` repairs it. */
  readonly fixable: boolean;
  /**
   * Where the rule looks: `extract` (reading one table, `upgradeTablesFromMdast`),
   * `table` (one table at a time), `dataset` (all tables of a dataset), or
   * `comment` (disable comments).
   */
  readonly scope: 'extract' | 'table' | 'dataset' | 'comment';
  /** Options and their defaults; empty for rules without options. */
  readonly options: RuleOptions;
  /** One sentence: what the rule catches. */
  readonly summary: string;
}

/**
 * Every lint rule, in the order the README documents them.
 */
export const lintRules: readonly LintRule[] = [
  rule(
    'table-shape',
    'error',
    'extract',
    'A table with a Support column and only one of Source/Target; a row with too few or too many cells; an empty version or support cell.',
  ),
  rule(
    'invalid-version',
    'error',
    'extract',
    'A version cell that is neither a semver version nor a wildcard such as `4.1.x`.',
  ),
  rule('unknown-support', 'error', 'extract', 'A Support cell that is no known marker.'),
  rule(
    'duplicate-row',
    'error',
    'dataset',
    'The same source and target with the same support twice on one page in one dataset.',
  ),
  rule(
    'conflicting-rows',
    'error',
    'dataset',
    'The same source and target with different support in one dataset.',
  ),
  rule('no-downgrade', 'error', 'table', 'A target version older than or equal to its source version.'),
  rule('group-mismatch', 'error', 'table', 'A target version outside the series its group label names.'),
  rule(
    'sort-order',
    'warn',
    'table',
    'Rows of one table out of order: source newest first, then target newest first.',
    {},
    true,
  ),
  rule(
    'unreached-source',
    'warn',
    'dataset',
    'An exact source version that no supported row leads to, other than the oldest version of the dataset.',
    {ignore: []},
  ),
  rule(
    'stranded-version',
    'warn',
    'dataset',
    'A version from which no supported path reaches the newest version of the dataset.',
    {ignore: []},
  ),
  rule(
    'skip-minor',
    'off',
    'table',
    'A supported row whose target minor version is more than one above its source minor version within one major.',
    {maxStep: 1},
  ),
  rule('dataset-mirror', 'off', 'dataset', 'Two datasets declared as mirrors disagree.'),
  rule('unused-disable', 'warn', 'comment', 'An `upgrade-paths-disable` comment that silences nothing.'),
  rule('dataset-front-matter', 'error', 'extract', 'An `upgrade_paths` front matter value of the wrong shape.'),
  rule('parse-error', 'error', 'extract', 'A document the MDX parser cannot read.'),
];

function rule(
  id: string,
  defaultSeverity: RuleSeverity,
  scope: LintRule['scope'],
  summary: string,
  options: RuleOptions = {},
  fixable = false,
): LintRule {
  return {id, defaultSeverity, fixable, scope, options, summary};
}

const rulesById = new Map(lintRules.map((item) => [item.id, item]));
const severities: readonly RuleSeverity[] = ['off', 'warn', 'error'];

/** One rule's resolved setting. */
export interface ResolvedRule {
  readonly severity: RuleSeverity;
  /** Options with defaults applied (versions normalised). */
  readonly options: RuleOptions;
}

/**
 * A validated config with every default applied: what the runner works
 * with. Make one with {@link resolveLintConfig}.
 */
export interface ResolvedLintConfig {
  /** Every rule of {@link lintRules}, by id. */
  readonly rules: ReadonlyMap<string, ResolvedRule>;
  readonly mirrors: ReadonlyArray<readonly [string, string]>;
  /** Stable text of the settings: equal for equal settings (for cache keys). */
  readonly key: string;
}

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
 * @throws {Error}
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
    if (key !== 'rules' && key !== 'mirrors' && key !== '$schema') {
      fail('Unexpected key `' + key + '`' + where + ', expected `rules` or `mirrors`');
    }
  }
  const rules = value['rules'];
  if (rules !== undefined) {
    if (!isRecord(rules)) {
      fail('Unexpected ' + describe(rules) + ' as `rules`' + where + ', expected an object of rule settings by rule id');
    }
    for (const [id, setting] of Object.entries(rules)) checkRule(id, setting, where);
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

function checkRule(id: string, setting: unknown, where: string): void {
  const known = rulesById.get(id);
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
  if (list?.[1] !== undefined) checkOptions(known, list[1], key + '[1]', where);
}

function checkOptions(known: LintRule, options: unknown, key: string, where: string): void {
  const names = Object.keys(known.options);
  const expected =
    names.length === 0 ? 'no options (`' + known.id + '` has none)' : names.map((name) => '`' + name + '`').join(', ');
  if (!isRecord(options)) {
    fail('Unexpected ' + describe(options) + ' as `' + key + '`' + where + ', expected an object with ' + expected);
  }
  for (const [name, option] of Object.entries(options)) {
    const optionKey = '`' + key + '.' + name + '`';
    if (!names.includes(name)) {
      fail('Unexpected option `' + name + '` in `' + key + '`' + where + ', expected ' + expected);
    }
    if (
      name === 'ignore' &&
      (!Array.isArray(option) || option.some((item) => typeof item !== 'string' || semver.parse(item) === null))
    ) {
      fail(
        'Unexpected ' + describe(option) + ' as ' + optionKey + where +
          ', expected a list of exact versions such as `["4.6.34"]`',
      );
    }
    if (name === 'maxStep' && !(typeof option === 'number' && Number.isInteger(option) && option >= 1)) {
      fail('Unexpected ' + describe(option) + ' as ' + optionKey + where + ', expected a whole number of at least `1`');
    }
  }
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
  const rules = new Map<string, ResolvedRule>();
  for (const item of lintRules) {
    const setting = given.rules?.[item.id];
    let severity = item.defaultSeverity;
    let options: RuleOptions = {};
    if (typeof setting === 'string') severity = setting;
    else if (setting !== undefined) [severity, options = {}] = setting;
    else if (item.id === 'dataset-mirror' && mirrors.length > 0) severity = 'error';
    const merged: Record<string, unknown> = {...item.options, ...options};
    if (Array.isArray(merged['ignore'])) {
      merged['ignore'] = (merged['ignore'] as string[]).map((version) => semver.parse(version)?.version ?? version);
    }
    rules.set(item.id, {severity, options: merged});
  }
  const key = JSON.stringify({rules: [...rules], mirrors});
  return {rules, mirrors, key};
}

/**
 * Run the table-level rules on one table (`no-downgrade`, `group-mismatch`,
 * `sort-order`, `skip-minor`): what can be cached with the table's file.
 *
 * @param table
 *   One extracted table.
 * @param config
 *   Resolved config.
 * @returns
 *   Findings of the rules that are on, with their configured severity;
 *   disable comments not yet applied (see {@link settleFindings}).
 */
export function lintTable(table: ExtractedTable, config: ResolvedLintConfig): Finding[] {
  const findings: Finding[] = [];
  run('no-downgrade', (context) => noDowngrade(table, context));
  run('group-mismatch', (context) => groupMismatch(table, context));
  run('sort-order', (context) => sortOrder(table, context));
  run('skip-minor', (context) => skipMinor(table, context as CheckContext<{maxStep: number}>));
  return findings;

  function run(id: string, check: (context: CheckContext) => Finding[]): void {
    const context = contextOf(config, id);
    if (context) findings.push(...check(context));
  }
}

/**
 * Run the dataset-level rules (`duplicate-row`, `conflicting-rows`,
 * `unreached-source`, `stranded-version`, `dataset-mirror`) over the tables
 * of every file linted together.
 *
 * @param tables
 *   Tables of any number of documents, in any order (grouped by dataset and
 *   put in document order here).
 * @param config
 *   Resolved config.
 * @returns
 *   Findings of the rules that are on, with their configured severity;
 *   disable comments not yet applied.
 */
export function lintDatasets(tables: Iterable<ExtractedTable>, config: ResolvedLintConfig): Finding[] {
  const datasets = tablesByDataset(tables);
  const findings: Finding[] = [];
  const perDataset: Array<[string, (tables: readonly ExtractedTable[], context: CheckContext<never>) => Finding[]]> = [
    ['duplicate-row', duplicateRow],
    ['conflicting-rows', conflictingRows],
    ['unreached-source', unreachedSource],
    ['stranded-version', strandedVersion],
  ];
  for (const [id, check] of perDataset) {
    const context = contextOf(config, id);
    if (!context) continue;
    for (const list of datasets.values()) findings.push(...check(list, context as CheckContext<never>));
  }
  const mirror = contextOf(config, 'dataset-mirror');
  if (mirror) findings.push(...datasetMirror(datasets, {...mirror, options: {mirrors: config.mirrors}}));
  return findings;
}

/**
 * Finish a lint run: give every finding its configured severity and drop
 * those of rules that are `off` (findings of rule ids not in
 * {@link lintRules} are kept as they are), drop repeats (one partial
 * rendered twice), apply disable comments (a finding located in a table, by
 * file and line, whose rule a comment before that table lists, is dropped),
 * report disable comments that silence nothing (`unused-disable`, at the
 * comment, one finding per listed rule), and sort.
 *
 * @param findings
 *   Findings of extraction, {@link lintTable} and {@link lintDatasets}.
 * @param tables
 *   The tables linted (for their disable comments).
 * @param config
 *   Resolved config.
 * @returns
 *   Findings sorted by file, line, column, then rule id and message.
 */
export function settleFindings(
  findings: Iterable<Finding>,
  tables: Iterable<ExtractedTable>,
  config: ResolvedLintConfig,
): Finding[] {
  const kept = new Map<string, Finding>();
  for (const item of findings) {
    const setting = config.rules.get(item.ruleId);
    if (setting?.severity === 'off') continue;
    const severity: Severity = setting ? (setting.severity as Severity) : item.severity;
    const settled = severity === item.severity ? item : {...item, severity};
    const {start} = settled.position;
    const key = [settled.ruleId, settled.file, start.line, start.column, settled.message].join('\0');
    if (!kept.has(key)) kept.set(key, settled);
  }

  const result = [...kept.values()];
  const silenced = new Set<Finding>();
  const unused: Finding[] = [];
  const seenComments = new Set<string>();
  const unusedContext = contextOf(config, 'unused-disable');
  for (const table of tables) {
    for (const comment of table.disables ?? []) {
      const commentKey = table.file + ':' + comment.position.start.line + ':' + comment.position.start.column;
      if (seenComments.has(commentKey)) continue;
      seenComments.add(commentKey);
      const used = new Set<string>();
      for (const item of result) {
        if (!inTable(item, table) || !disables(comment, item.ruleId)) continue;
        silenced.add(item);
        used.add(item.ruleId);
      }
      if (unusedContext) unused.push(...unusedDisables(comment, used, table, unusedContext.severity));
    }
  }
  return [...result.filter((item) => !silenced.has(item)), ...unused].sort(compareFindings);
}

function unusedDisables(
  comment: DisableComment,
  used: ReadonlySet<string>,
  table: ExtractedTable,
  severity: Severity,
): Finding[] {
  const make = (message: string): Finding => ({
    ruleId: 'unused-disable',
    severity,
    message,
    file: table.file,
    position: comment.position,
  });
  if (comment.rules.length === 0) {
    return used.size > 0
      ? []
      : [
          make(
            'Unexpected `upgrade-paths-disable` comment that silences nothing, expected a finding in the table below it; remove the comment',
          ),
        ];
  }
  const findings: Finding[] = [];
  for (const id of new Set(comment.rules)) {
    if (used.has(id)) continue;
    if (!rulesById.has(id)) {
      findings.push(
        make(
          'Unexpected unknown rule `' + id + '` in `upgrade-paths-disable` comment, expected a rule id such as ' +
            suggestion(id) +
            '; fix or remove it',
        ),
      );
    } else {
      findings.push(
        make(
          'Unexpected `upgrade-paths-disable ' + id + '` that silences nothing, expected a `' + id +
            '` finding in the table below it; remove `' + id + '` from the comment',
        ),
      );
    }
  }
  return findings;
}

/**
 * Lint extracted tables: the pure rule runner. Runs {@link lintTable} on
 * every table and {@link lintDatasets} over all of them, then
 * {@link settleFindings} with the extraction findings given.
 *
 * @param tables
 *   Tables of any number of documents (`upgradeTablesFromMdast`), in any
 *   order; the result does not depend on it.
 * @param config
 *   Config (optional; defaults per {@link lintRules}).
 * @param extracted
 *   Findings of extraction of the same documents (`table-shape`,
 *   `invalid-version`, …), so that config and disable comments apply to them
 *   too (optional).
 * @returns
 *   Findings with their configured severity, sorted by file, line, column.
 * @throws {Error}
 *   When `config` is not valid (see {@link validateLintConfig}); content
 *   problems are findings, never thrown.
 */
export function lintTables(
  tables: readonly ExtractedTable[],
  config?: LintConfig | null,
  extracted?: Iterable<Finding> | null,
): Finding[] {
  const resolved = resolveLintConfig(config);
  const findings: Finding[] = [...(extracted ?? [])];
  for (const table of tables) findings.push(...lintTable(table, resolved));
  findings.push(...lintDatasets(tables, resolved));
  return settleFindings(findings, tables, resolved);
}

/**
 * Order of findings: file (code-unit order), line, column, rule id, message.
 */
export function compareFindings(left: Finding, right: Finding): number {
  return (
    compareText(left.file, right.file) ||
    left.position.start.line - right.position.start.line ||
    left.position.start.column - right.position.start.column ||
    compareText(left.ruleId, right.ruleId) ||
    compareText(left.message, right.message)
  );
}

function contextOf(config: ResolvedLintConfig, id: string): CheckContext | undefined {
  const setting = config.rules.get(id);
  if (setting === undefined || setting.severity === 'off') return undefined;
  return {severity: setting.severity, options: setting.options};
}

function inTable(item: Finding, table: ExtractedTable): boolean {
  const line = item.position.start.line;
  return item.file === table.file && line >= table.position.start.line && line <= table.position.end.line;
}

function suggestion(id: string): string {
  let best = 'duplicate-row';
  let bestScore = -1;
  for (const item of lintRules) {
    const score = [...new Set(id.split('-'))].filter((part) => item.id.split('-').includes(part)).length;
    if (score > bestScore) {
      best = item.id;
      bestScore = score;
    }
  }
  return '`' + best + '`';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return '`' + value + '`';
  return '`' + JSON.stringify(value) + '`';
}

function fail(message: string): never {
  throw new Error(message);
}
