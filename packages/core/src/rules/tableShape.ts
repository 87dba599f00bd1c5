import type {DocumentFacts} from '../facts.js';
import type {Position} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {plural} from '../text.js';

/**
 * Rule `table-shape`: a table that cannot be read as it stands.
 *
 * - A header with a Support column and only one of Source and Target: its
 *   rows are not read (at the header row).
 * - A row with fewer or more cells than the header (at the row).
 * - An empty or missing source or target version cell, or support cell when
 *   the table has a Support column (at the cell, else the row).
 */
export const meta = ruleMeta({
  id: 'table-shape',
  defaultSeverity: 'error',
  scope: 'document',
  reading: true,
  summary:
    'A table with a Support column and only one of Source/Target; a row with too few or too many cells; an empty version or support cell.',
});

/** Check the tables and table candidates of a document. */
export function check(document: DocumentFacts): RuleReport[] {
  const {file} = document;
  const reports: RuleReport[] = [];
  for (const candidate of document.candidates) {
    reports.push({
      message:
        'Unexpected upgrade table without a `' +
        candidate.missing +
        '` column, expected `Source Version`, `Target Version` and `Support` header cells; its rows are not read',
      file,
      position: candidate.position,
    });
  }
  for (const table of document.tables) {
    table.cells.forEach(function (cells, index) {
      const row = table.rows[index];
      // A body row's shape is checked once, at its first statement.
      if ((cells.statement?.part ?? 0) > 0) return;
      if (cells.count !== table.columns) {
        reports.push({
          message:
            'Unexpected ' +
            cells.count +
            ' ' +
            plural(cells.count, 'cell') +
            ' in row, expected ' +
            table.columns +
            ' (one per header cell)',
          file,
          position: cells.row,
        });
      }
      version(row?.source ?? '', cells.source, 'source version', cells.row);
      version(row?.target ?? '', cells.target, 'target version', cells.row);
      if (table.hasSupport && cells.supportEmpty) {
        reports.push({
          message:
            'Unexpected ' +
            (cells.support ? 'empty' : 'missing') +
            ' support cell, expected `:white_check_mark:` (supported) or `:x:` (not supported)',
          file,
          position: cells.support ?? cells.row,
        });
      }
    });
  }
  return reports;

  function version(text: string, cell: Position | undefined, label: string, row: Position): void {
    if (text !== '') return;
    reports.push({
      message:
        'Unexpected ' + (cell ? 'empty ' : 'missing ') + label + ' cell, expected a version such as `4.7.15`',
      file,
      position: cell ?? row,
    });
  }
}
