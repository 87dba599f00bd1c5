import {datasetsFromTables} from '../export.js';
import {upgradeGraph} from '../graph.js';
import {strandedVersions} from '../marks.js';
import type {ExtractedTable} from '../model.js';
import {ruleMeta, type CheckContext, type RuleReport} from '../rule.js';
import {datasetRows, firstMentions, report} from './rows.js';
import {ignoreVersionsOption} from './options.js';
import type {VersionIgnoreOptions} from './unreachedSource.js';

/**
 * Rule `stranded-version`: a version of the dataset from which no chain of
 * supported rows reaches the dataset's newest version. The chain is searched
 * in the upgrade graph (`strandedVersions`, which `upgradeDiagram` marks
 * with too).
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
  const graph = upgradeGraph(dataset);
  const newest = graph.versions[0];
  if (newest === undefined) return [];
  const stranded = strandedVersions(graph);
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
