import {datasetsFromTables} from '../export.js';
import {upgradeGraph, type UpgradeGraph} from '../graph.js';
import type {Dataset, ExtractedTable} from '../model.js';
import {distancesTo} from '../path.js';
import {ruleMeta, type CheckContext, type RuleReport} from '../rule.js';
import {datasetRows, firstMentions, mentionedVersions, report} from './rows.js';
import {ignoreVersionsOption} from './options.js';
import type {VersionIgnoreOptions} from './unreachedSource.js';

/**
 * Rule `stranded-version`: a version of the dataset from which no chain of
 * supported rows reaches the dataset's newest version. The chain is searched
 * in the upgrade graph (`upgradeGraph`): wildcard sources stand for every
 * known version of their series, exact rows win over wildcard rows, rows
 * not supported are never hops.
 *
 * @param tables
 *   Tables of one dataset, in document order.
 * @param options
 *   Options.
 * @returns
 *   One finding per stranded version, at the first row mentioning it in the
 *   dataset (document order), on the cell naming it.
 */
export function strandedVersion(
  tables: readonly ExtractedTable[],
  options: VersionIgnoreOptions,
): RuleReport[] {
  const [dataset] = datasetsFromTables(tables);
  if (dataset === undefined) return [];
  const {newest, stranded} = strandedVersions(dataset);
  if (newest === undefined) return [];
  const ignored = new Set(options.ignore);
  const findings: RuleReport[] = [];
  for (const [version, mention] of firstMentions(datasetRows(tables))) {
    if (!stranded.has(version) || ignored.has(version)) continue;
    findings.push(
      report(
        'Unexpected version `' +
          version +
          '` without a supported upgrade path to `' +
          newest +
          '`, the newest version of dataset `' +
          mention.facts.table.dataset +
          '`, expected a chain of supported rows from it; add a supported row with source version `' +
          version +
          '`',
        mention.facts,
        mention.position,
      ),
    );
  }
  return findings;
}

/**
 * The versions rule `stranded-version` reports, as plain data: every exact
 * version a row of the dataset names (as source or target, read with its
 * table's scheme) from which no chain of supported rows of the upgrade
 * graph (`upgradeGraph`) reaches the dataset's newest version. The rule's
 * `ignore` option is not applied here.
 *
 * @param dataset
 *   One dataset (`Dataset`, such as from the JSON export).
 * @param graph
 *   Its upgrade graph, when already built (default: built here).
 * @returns
 *   The newest version (`undefined` for a dataset without versions) and the
 *   stranded versions, normalised. Never throws.
 */
export function strandedVersions(
  dataset: Dataset,
  graph: UpgradeGraph = upgradeGraph(dataset),
): {readonly newest: string | undefined; readonly stranded: ReadonlySet<string>} {
  const newest = graph.versions[0];
  const stranded = new Set<string>();
  if (newest === undefined) return {newest, stranded};
  // The versions some chain of supported rows leads from to the newest.
  const reaching = distancesTo(graph, newest);
  for (const version of mentionedVersions(dataset.tables)) if (!reaching.has(version)) stranded.add(version);
  return {newest, stranded};
}

/** Rule `stranded-version`, see {@link strandedVersion}. */
export const meta = ruleMeta({
  id: 'stranded-version',
  defaultSeverity: 'warn',
  scope: 'dataset',
  summary: 'A version from which no supported path reaches the newest version of the dataset.',
  options: {ignore: ignoreVersionsOption},
});

/** The check: {@link strandedVersion}. */
export function check(tables: readonly ExtractedTable[], context: CheckContext): RuleReport[] {
  return strandedVersion(tables, context.options as VersionIgnoreOptions);
}
