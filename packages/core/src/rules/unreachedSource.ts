import type {ExtractedTable} from '../model.js';
import {ruleMeta, type CheckContext, type RuleOptions, type RuleReport} from '../rule.js';
import {unreachedVersions} from '../marks.js';
import {ignoreVersionsOption} from './options.js';
import {datasetRows, firstMentions, report} from './rows.js';

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
 * row. The rule itself is `unreachedVersions` (which `upgradeDiagram` marks
 * with too).
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
  const rows = datasetRows(tables);
  const mentions = firstMentions(rows);
  const {unreached, oldest} = unreachedVersions(rows.map((facts) => ({source: facts.source, target: facts.target, supported: facts.row.supported})));
  const ignored = new Set(options.ignore);
  const findings: RuleReport[] = [];
  for (const [version, mention] of mentions) {
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
