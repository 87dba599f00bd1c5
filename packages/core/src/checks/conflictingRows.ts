import type {ExtractedTable, Finding} from '../model.js';
import {
  datasetRows,
  disagree,
  finding,
  placeOf,
  rowsByUpgrade,
  supportText,
  upgradeText,
  type CheckContext,
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
 * @param context
 *   Severity.
 * @returns
 *   One finding per row disagreeing with the first row of its upgrade (in
 *   document order), at its support cell, naming that row.
 */
export function conflictingRows(tables: readonly ExtractedTable[], context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const rows of rowsByUpgrade(datasetRows(tables)).values()) {
    const first = rows[0];
    if (first === undefined || !disagree(rows)) continue;
    for (const facts of rows.slice(1)) {
      if (facts.row.supported === first.row.supported) continue;
      findings.push(
        finding(
          'conflicting-rows',
          context,
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
