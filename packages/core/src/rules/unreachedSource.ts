import type {ExtractedTable, UpgradeTable} from '../model.js';
import {ruleMeta, type CheckContext, type RuleOptions, type RuleReport} from '../rule.js';
import {createCoverIndex} from '../covering.js';
import {compareVersions, parseVersion, type Version} from '../versions.js';
import {ignoreVersionsOption} from './options.js';
import {datasetRows, firstMentions, mentionedVersions, report} from './rows.js';

/** Options of `unreached-source` and `stranded-version`. */
export interface VersionIgnoreOptions extends RuleOptions {
  /**
   * Exact versions not to report (compared by semver value), such as end of
   * life versions kept in the tables on purpose.
   *
   * @default []
   */
  readonly ignore: readonly string[];
}

/**
 * Rule `unreached-source`: an exact source version that no supported row
 * leads to (no supported row has it as target) and that is not the oldest
 * version of the dataset. Such a version is offered as a starting point but
 * the docs never tell anyone how to get there, often a sign of a missing
 * row.
 *
 * @param tables
 *   Tables of one dataset, in document order.
 * @param options
 *   Options.
 * @returns
 *   One finding per version, at the first row mentioning it in the dataset
 *   (document order), on the cell naming it.
 */
export function unreachedSource(
  tables: readonly ExtractedTable[],
  options: VersionIgnoreOptions,
): RuleReport[] {
  const {oldest, unreached} = unreachedSources(tables);
  const ignored = new Set(options.ignore);
  const findings: RuleReport[] = [];
  for (const [version, mention] of firstMentions(datasetRows(tables))) {
    if (!unreached.has(version) || ignored.has(version)) continue;
    findings.push(
      report(
        'Unexpected source version `' +
          version +
          '` that no supported row of dataset `' +
          mention.facts.table.dataset +
          '` leads to, expected a supported row with target version `' +
          version +
          '` (only the oldest version, `' +
          oldest +
          '`, needs none); add one, or list the version in the `ignore` option of this rule',
        mention.facts,
        mention.position,
      ),
    );
  }
  return findings;
}

/**
 * The versions rule `unreached-source` reports, as plain data: every exact
 * source version of the tables that no supported row has as target (a
 * series or range target leads to every version it covers), the oldest
 * version named excepted. The rule's `ignore` option is not applied here.
 *
 * @param tables
 *   Tables of one dataset (`UpgradeTable`, such as a `Dataset`'s from the
 *   JSON export), in document order.
 * @returns
 *   The oldest exact version the rows name (`undefined` when none) and the
 *   unreached source versions, normalised. Never throws.
 */
export function unreachedSources(
  tables: readonly UpgradeTable[],
): {readonly oldest: string | undefined; readonly unreached: ReadonlySet<string>} {
  const mentioned = mentionedVersions(tables);
  let oldest: string | undefined;
  for (const version of mentioned) {
    if (oldest === undefined || compareVersions(version, oldest) < 0) oldest = version;
  }
  const reached = new Set<string>();
  const sources = new Set<string>();
  const patterns: Version[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const source = parseVersion(row.source, table.scheme);
      const target = parseVersion(row.target, table.scheme);
      if (source?.kind === 'exact') sources.add(source.version);
      if (row.supported !== true || target === undefined) continue;
      if (target.kind === 'exact') reached.add(target.version);
      else patterns.push(target);
    }
  }
  const unreached = new Set<string>();
  const coveredBy = createCoverIndex(patterns, (pattern) => pattern);
  for (const version of mentioned) {
    if (!sources.has(version) || version === oldest || reached.has(version)) continue;
    // A series or range target leads to every version it covers.
    if (coveredBy(version).length > 0) continue;
    unreached.add(version);
  }
  return {oldest, unreached};
}

/** Rule `unreached-source`, see {@link unreachedSource}. */
export const meta = ruleMeta({
  id: 'unreached-source',
  defaultSeverity: 'warn',
  scope: 'dataset',
  summary: 'An exact source version that no supported row leads to, other than the oldest version of the dataset.',
  options: {ignore: ignoreVersionsOption},
});

/** The check: {@link unreachedSource}. */
export function check(tables: readonly ExtractedTable[], context: CheckContext): RuleReport[] {
  return unreachedSource(tables, context.options as VersionIgnoreOptions);
}
