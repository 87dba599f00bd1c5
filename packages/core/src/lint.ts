import {lintRules, resolveLintConfig, type LintConfig, type ResolvedLintConfig} from './config.js';
import {disables} from './disable.js';
import type {DocumentFacts, SiteFacts} from './facts.js';
import type {DisableComment, ExtractedTable, Finding, Position, Severity} from './model.js';
import {ruleById, rules} from './registry.js';
import type {CheckContext, Rule, RuleReport, RuleScope} from './rule.js';
import {tablesByDataset} from './rules/rows.js';
import {unusedDisables} from './rules/unusedDisable.js';
import {compareText} from './text.js';

/**
 * Run the document-scope rules that are on over one reading of a document:
 * what can be cached with the document's content.
 *
 * @param document
 *   Facts of one page, partial file, or partial usage.
 * @param config
 *   Resolved config.
 * @param options
 *   `readingOnly`: run only the rules that say what could not be read
 *   (`RuleMeta.reading`), as extraction does.
 * @returns
 *   Findings with their configured severity, except those at places of a
 *   partial's table that its props could not give (`ExtractedTable.unresolved`);
 *   disable comments not yet applied (see {@link settleFindings}).
 */
export function lintDocumentFacts(
  document: DocumentFacts,
  config: ResolvedLintConfig,
  options?: {readonly readingOnly?: boolean | undefined} | null,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!hasScope(rule, 'document') || (options?.readingOnly && !rule.meta.reading)) continue;
    run(rule, config, findings, (context) => rule.check(document, context));
  }
  // What a partial's props could not give is `partial-table-prop`'s alone.
  const unresolved = document.tables.flatMap((table) => table.unresolved ?? []);
  if (unresolved.length === 0) return findings;
  return findings.filter((finding) => !unresolved.some((place) => overlaps(place, finding.position)));
}

/**
 * Run the dataset- and site-scope rules that are on over every data table
 * of a site (grouped by dataset, in document order) and its partials.
 *
 * @param site
 *   Every table linted together, and the site's partials.
 * @param config
 *   Resolved config.
 * @returns
 *   Findings with their configured severity; disable comments not yet
 *   applied.
 */
export function lintSiteFacts(site: SiteFacts, config: ResolvedLintConfig): Finding[] {
  const findings: Finding[] = [];
  let datasets: Map<string, ExtractedTable[]> | undefined;
  for (const rule of rules) {
    if (hasScope(rule, 'dataset')) {
      datasets ??= tablesByDataset(site.tables);
      for (const tables of datasets.values()) run(rule, config, findings, (context) => rule.check(tables, context));
    } else if (hasScope(rule, 'site')) {
      run(rule, config, findings, (context) => rule.check(site, context));
    }
  }
  return findings;
}

/** Narrow a rule by the scope of its metadata (TypeScript narrows on top-level fields only). */
function hasScope<Scope extends RuleScope>(
  rule: Rule,
  scope: Scope,
): rule is Extract<Rule, {readonly meta: {readonly scope: Scope}}> {
  return rule.meta.scope === scope;
}

function run(
  rule: Rule,
  config: ResolvedLintConfig,
  findings: Finding[],
  check: (context: CheckContext) => RuleReport[],
): void {
  const setting = config.rules.get(rule.meta.id);
  if (setting === undefined || setting.severity === 'off') return;
  const severity = setting.severity;
  for (const report of check({options: setting.options})) {
    findings.push({ruleId: rule.meta.id, severity, message: report.message, file: report.file, position: report.position});
  }
}

/**
 * A disable comment with what it covers: findings of the listed rules in
 * `file` on the lines of `scope` are dropped.
 */
export interface DisableDirective {
  /** File the comment and what it covers are in. */
  readonly file: string;
  readonly comment: DisableComment;
  /** The table or partial usage right after the comment. */
  readonly scope: Position;
}

/** What {@link settleFindings} needs besides the findings. */
export interface SettleOptions {
  /** Disable comments with what they cover (see {@link disableDirectives}). */
  readonly directives?: Iterable<DisableDirective> | undefined;
  /**
   * Tables partials render at usages: a finding located in one (same file,
   * a line of the table) gets the usages it comes from added to its message,
   * unless its rule's messages name the usage themselves.
   */
  readonly includedTables?: Iterable<ExtractedTable> | undefined;
}

/**
 * Finish a lint run, once for every finding of every rule: give each
 * finding its configured severity and drop those of rules that are `off`,
 * drop repeats (one partial rendered twice), apply disable comments,
 * report disable comments that silence nothing (`unused-disable`, at the
 * comment, one finding per listed rule), name the partial usages a finding
 * in a partial's table comes from, and sort.
 *
 * @param findings
 *   Findings of {@link lintDocumentFacts} and {@link lintSiteFacts} (or made
 *   elsewhere with default severities).
 * @param options
 *   Disable comments and included tables.
 * @param config
 *   Resolved config.
 * @returns
 *   Findings sorted by file, line, column, then rule id and message.
 */
export function settleFindings(
  findings: Iterable<Finding>,
  options: SettleOptions,
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
  const seen = new Set<string>();
  const unusedSetting = config.rules.get('unused-disable');
  for (const directive of options.directives ?? []) {
    const {comment, file, scope} = directive;
    const commentKey = file + ':' + comment.position.start.line + ':' + comment.position.start.column;
    if (seen.has(commentKey)) continue;
    seen.add(commentKey);
    const used = new Set<string>();
    for (const item of result) {
      if (!covers(file, scope, item) || !disables(comment, item.ruleId)) continue;
      silenced.add(item);
      used.add(item.ruleId);
    }
    if (unusedSetting === undefined || unusedSetting.severity === 'off') continue;
    for (const report of unusedDisables(comment, file, used, knownRules)) {
      unused.push({ruleId: 'unused-disable', severity: unusedSetting.severity, ...report});
    }
  }
  const included = [...(options.includedTables ?? [])].filter((table) => table.includedFrom !== null);
  return [...result.filter((item) => !silenced.has(item)), ...unused]
    .map((item) => (included.length === 0 ? item : withUsages(item, included)))
    .sort(compareFindings);
}

/**
 * The disable directives of tables and partial usages, each comment once.
 *
 * @param subjects
 *   Tables (their `disables`, covering the table) and usages (their
 *   `disables`, covering the usage element).
 */
export function disableDirectives(
  subjects: Iterable<{
    readonly file: string;
    readonly position: Position;
    readonly disables?: readonly DisableComment[] | undefined;
  }>,
): DisableDirective[] {
  const directives: DisableDirective[] = [];
  for (const subject of subjects) {
    for (const comment of subject.disables ?? []) {
      directives.push({file: subject.file, comment, scope: subject.position});
    }
  }
  return directives;
}

/**
 * Lint extracted tables: the pure rule runner over tables, without parsing
 * or partials. Runs the document rules on the tables of each file and the
 * dataset rules over all of them, then {@link settleFindings} with the
 * extraction findings given.
 *
 * @param tables
 *   Tables of any number of documents, in any order; the result does not
 *   depend on it.
 * @param config
 *   Config (optional; defaults per {@link lintRules}).
 * @param extracted
 *   Findings of reading the same documents that tables alone do not show
 *   (`dataset-front-matter`, `parse-error`, …), so that config and disable
 *   comments apply to them too (optional; repeats are dropped).
 * @returns
 *   Findings with their configured severity, sorted by file, line, column.
 * @throws {Error}
 *   When `config` is not valid (see `validateLintConfig`); content problems
 *   are findings, never thrown.
 */
export function lintTables(
  tables: readonly ExtractedTable[],
  config?: LintConfig | null,
  extracted?: Iterable<Finding> | null,
): Finding[] {
  const resolved = resolveLintConfig(config);
  const findings: Finding[] = [...(extracted ?? [])];
  const byFile = new Map<string, ExtractedTable[]>();
  for (const table of tables) byFile.set(table.file, [...(byFile.get(table.file) ?? []), table]);
  for (const [file, list] of byFile) {
    const document: DocumentFacts = {file, kind: 'page', tables: list, candidates: [], strayDisables: []};
    findings.push(...lintDocumentFacts(document, resolved));
  }
  findings.push(...lintSiteFacts({tables}, resolved));
  return settleFindings(findings, {directives: disableDirectives(tables), includedTables: tables}, resolved);
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

function overlaps(left: Position, right: Position): boolean {
  return !before(left.end, right.start) && !before(right.end, left.start);
}

function before(left: Position['start'], right: Position['start']): boolean {
  return left.line < right.line || (left.line === right.line && left.column < right.column);
}

function covers(file: string, scope: Position, item: Finding): boolean {
  const line = item.position.start.line;
  return item.file === file && line >= scope.start.line && line <= scope.end.line;
}

/** Rule ids for `unused-disable` messages: known ones, and the closest to an unknown one. */
const knownRules = {
  has: (id: string) => ruleById.has(id),
  suggest(id: string): string {
    let best = 'duplicate-row';
    let bestScore = -1;
    const parts = [...new Set(id.split('-'))];
    for (const item of lintRules) {
      const score = parts.filter((part) => item.id.split('-').includes(part)).length;
      if (score > bestScore) {
        best = item.id;
        bestScore = score;
      }
    }
    return best;
  },
};

/**
 * A finding located in tables partials render, with the usages those tables
 * come from named at the end of its message (a partial used on several
 * pages is reported once, naming every usage).
 */
function withUsages(finding: Finding, included: readonly ExtractedTable[]): Finding {
  if (ruleById.get(finding.ruleId)?.meta.namesUsage) return finding;
  const usages = new Set<string>();
  for (const table of included) {
    if (table.includedFrom && covers(table.file, table.position, finding)) {
      usages.add(table.includedFrom.file + ':' + table.includedFrom.line + ':' + table.includedFrom.column);
    }
  }
  if (usages.size === 0) return finding;
  return {...finding, message: finding.message + ' (in the partial used at ' + [...usages].sort().join(', ') + ')'};
}
