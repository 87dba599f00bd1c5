import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {
  datasetRows,
  disagree,
  report,
  placeOf,
  rowPage,
  rowsByUpgrade,
  upgradeText,
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
 * @returns
 *   One finding per repeated row, at the row, naming the first.
 */
export function duplicateRow(tables: readonly ExtractedTable[]): RuleReport[] {
  const findings: RuleReport[] = [];
  // Hops read from a recommended path repeat on purpose (each row's chain).
  const stated = datasetRows(tables).filter((facts) => facts.row.derived === undefined);
  for (const rows of rowsByUpgrade(stated).values()) {
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
        report(
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

/** Rule `duplicate-row`, see {@link duplicateRow}. */
export const meta = ruleMeta({
  id: 'duplicate-row',
  defaultSeverity: 'error',
  scope: 'dataset',
  summary: 'The same source and target with the same support twice on one page in one dataset.',
});

/** The check: {@link duplicateRow}. */
export const check = duplicateRow;
