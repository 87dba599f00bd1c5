import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {onePerPlace} from './rows.js';

/**
 * Rule `unknown-support`: a Support cell that is no known marker (see
 * `supportMarkers`), such as `maybe` (at the cell). The row's `supported`
 * is then `null`. Empty cells are `table-shape`'s.
 */
export const meta = ruleMeta({
  id: 'unknown-support',
  defaultSeverity: 'error',
  scope: 'document',
  reading: true,
  summary: 'A Support cell that is no known marker.',
});

/** Check every support cell of a document's tables. */
export function check(document: DocumentFacts): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const table of document.tables) {
    if (!table.hasSupport) continue;
    table.rows.forEach(function (row, index) {
      const cells = table.cells[index];
      if (row.supported !== null || cells === undefined || cells.supportEmpty) return;
      reports.push({
        message:
          'Unexpected `' +
          cells.written.support +
          '` as support, expected `:white_check_mark:`, `✅` or `Yes` (supported), or `:x:`, `❌` or `No` (not supported)',
        file: document.file,
        position: cells.support ?? cells.row,
      });
    });
  }
  return onePerPlace(reports);
}
