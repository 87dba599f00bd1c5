import type {SiteFacts} from '../facts.js';
import type {ExtractedTable} from '../model.js';
import {ruleMeta, type CheckContext, type RuleOptions, type RuleReport} from '../rule.js';
import {
  datasetRows,
  report,
  placeOf,
  rowsByUpgrade,
  tablesByDataset,
  supportText,
  upgradeText,
  type RowFacts,
} from './rows.js';

/** Options of `dataset-mirror`. */
export interface DatasetMirrorOptions extends RuleOptions {
  /**
   * Pairs of dataset ids that must list the same upgrades with the same
   * support, such as two editions of a product on one install method:
   * `[["palette/kubernetes", "palette-vertex/kubernetes"]]`. Set with the
   * config file's top-level `mirrors` key.
   *
   * @default []
   */
  readonly mirrors: ReadonlyArray<readonly [string, string]>;
}

/**
 * Rule `dataset-mirror` (off by default): two datasets declared as mirrors
 * disagree. Each upgrade (source and target by semver value) listed in one
 * and missing from the other is reported in the dataset that lists it; each
 * upgrade listed in both with different support is reported at the support
 * cell of the second dataset of the pair, naming the row of the first.
 *
 * A pair of which one dataset has no table among those linted (such as when
 * the CLI lints some files only) is not checked.
 *
 * @param datasets
 *   Tables by dataset id, each list in document order.
 * @param options
 *   Options (the config's `mirrors`).
 * @returns
 *   Findings, pair by pair.
 */
export function datasetMirror(
  datasets: ReadonlyMap<string, readonly ExtractedTable[]>,
  options: DatasetMirrorOptions,
): RuleReport[] {
  const findings: RuleReport[] = [];
  for (const [left, right] of options.mirrors) {
    const leftTables = datasets.get(left);
    const rightTables = datasets.get(right);
    if (!leftTables?.length || !rightTables?.length) continue;
    const leftRows = firstPerUpgrade(leftTables);
    const rightRows = firstPerUpgrade(rightTables);
    missing(leftRows, rightRows, right);
    missing(rightRows, leftRows, left);
    for (const [key, facts] of rightRows) {
      const other = leftRows.get(key);
      if (other === undefined || other.row.supported === facts.row.supported) continue;
      findings.push(
        report(
          'Unexpected ' +
            upgradeText(facts) +
            ' marked ' +
            supportText(facts.row.supported) +
            ', expected ' +
            supportText(other.row.supported) +
            ' as in mirror dataset `' +
            left +
            '` at ' +
            placeOf(other) +
            '; make the mirrors agree',
          facts,
          facts.supportPosition,
        ),
      );
    }
  }
  return findings;

  function missing(
    from: ReadonlyMap<string, RowFacts>,
    other: ReadonlyMap<string, RowFacts>,
    otherId: string,
  ): void {
    for (const [key, facts] of from) {
      if (other.has(key)) continue;
      findings.push(
        report(
          'Unexpected row ' +
            upgradeText(facts) +
            ' missing from mirror dataset `' +
            otherId +
            '`, expected mirrors `' +
            facts.table.dataset +
            '` and `' +
            otherId +
            '` to list the same upgrades; add the row to `' +
            otherId +
            '` or remove it here',
          facts,
          facts.rowPosition,
        ),
      );
    }
  }
}

function firstPerUpgrade(tables: readonly ExtractedTable[]): Map<string, RowFacts> {
  const first = new Map<string, RowFacts>();
  for (const [key, rows] of rowsByUpgrade(datasetRows(tables))) {
    const facts = rows[0];
    if (facts) first.set(key, facts);
  }
  return first;
}

/**
 * Rule `dataset-mirror`, see {@link datasetMirror}: off until the config
 * declares `mirrors` (then `error` unless `rules` sets it).
 */
export const meta = ruleMeta({
  id: 'dataset-mirror',
  defaultSeverity: 'off',
  scope: 'site',
  summary: 'Two datasets declared as mirrors disagree.',
});

/** Check the mirrors declared in the config (given as option `mirrors`) over every dataset. */
export function check(site: SiteFacts, context: CheckContext): RuleReport[] {
  return datasetMirror(tablesByDataset(site.tables), context.options as DatasetMirrorOptions);
}
