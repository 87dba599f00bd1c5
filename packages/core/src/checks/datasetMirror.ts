import type {ExtractedTable, Finding} from '../model.js';
import {
  datasetRows,
  finding,
  placeOf,
  rowsByUpgrade,
  supportText,
  upgradeText,
  type CheckContext,
  type RowFacts,
} from './rows.js';

/** Options of `dataset-mirror`. */
export interface DatasetMirrorOptions {
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
 * @param context
 *   Severity and options.
 * @returns
 *   Findings, pair by pair.
 */
export function datasetMirror(
  datasets: ReadonlyMap<string, readonly ExtractedTable[]>,
  context: CheckContext<DatasetMirrorOptions>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [left, right] of context.options.mirrors) {
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
        finding(
          'dataset-mirror',
          context,
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
        finding(
          'dataset-mirror',
          context,
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
