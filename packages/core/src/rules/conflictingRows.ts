import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {
  datasetRows,
  disagree,
  report,
  placeOf,
  rowsByUpgrade,
  supportText,
  upgradeText,
} from './rows.js';

/**
 * Rule `conflicting-rows`: the same source and target version (by semver
 * value) with different support in one dataset, on one page or across
 * pages. Reported instead of `duplicate-row` for those rows, not as well.
 *
 * A wildcard row (`4.1.x`) and a row for an exact version of its series
 * (`4.1.12`) are different upgrades, not a conflict: the exact row wins (see
 * `upgradeGraph`).
 *
 * @param tables
 *   Tables of one dataset, in document order.
 * @returns
 *   One finding per row disagreeing with the first row of its upgrade (in
 *   document order), at its support cell, naming that row.
 */
export function conflictingRows(tables: readonly ExtractedTable[]): RuleReport[] {
  const findings: RuleReport[] = [];
  for (const rows of rowsByUpgrade(datasetRows(tables)).values()) {
    const first = rows[0];
    if (first === undefined || !disagree(rows)) continue;
    for (const facts of rows.slice(1)) {
      if (facts.row.supported === first.row.supported) continue;
      findings.push(
        report(
          'Unexpected ' +
            upgradeText(facts) +
            ' marked ' +
            supportText(facts.row.supported) +
            ', expected ' +
            supportText(first.row.supported) +
            ' as in the row at ' +
            placeOf(first) +
            ' of dataset `' +
            facts.table.dataset +
            '`; make the rows agree or remove one',
          facts,
          facts.supportPosition,
        ),
      );
    }
  }
  return findings;
}

/** Rule `conflicting-rows`, see {@link conflictingRows}. */
export const meta = ruleMeta({
  id: 'conflicting-rows',
  defaultSeverity: 'error',
  scope: 'dataset',
  summary: 'The same source and target with different support in one dataset.',
});

/** The check: {@link conflictingRows}. */
export const check = conflictingRows;
