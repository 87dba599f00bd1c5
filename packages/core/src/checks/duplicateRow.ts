import type {ExtractedTable, Finding} from '../model.js';
import {
  datasetRows,
  disagree,
  finding,
  placeOf,
  rowPage,
  rowsByUpgrade,
  upgradeText,
  type CheckContext,
} from './rows.js';

/**
 * Rule `duplicate-row`: the same source and target version (by semver
 * value) with the same support twice on one page in one dataset.
 *
 * Not duplicates: the same row on another page of the dataset (consistent
 * data); one row rendered twice, such as a partial included on two pages or
 * twice on one (a row is identified by the file and line it is written at);
 * rows that disagree on support (that is `conflicting-rows`, reported
 * instead).
 *
 * @param tables
 *   Tables of one dataset, in document order.
 * @param context
 *   Severity.
 * @returns
 *   One finding per repeated row, at the row, naming the first.
 */
export function duplicateRow(tables: readonly ExtractedTable[], context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const rows of rowsByUpgrade(datasetRows(tables)).values()) {
    if (rows.length < 2 || disagree(rows)) continue;
    const firstOnPage = new Map<string, (typeof rows)[number]>();
    for (const facts of rows) {
      const page = rowPage(facts);
      const first = firstOnPage.get(page);
      if (first === undefined) {
        firstOnPage.set(page, facts);
        continue;
      }
      findings.push(
        finding(
          'duplicate-row',
          context,
          'Unexpected second row ' +
            upgradeText(facts) +
            ' on this page, expected each upgrade once per page; the same row is at ' +
            placeOf(first) +
            ', remove one',
          facts,
          facts.rowPosition,
        ),
      );
    }
  }
  return findings;
}
