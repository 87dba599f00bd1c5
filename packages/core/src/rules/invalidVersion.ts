import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {readRows} from './rows.js';

/**
 * Rule `invalid-version`: a source or target version cell that is neither
 * a semver version (`4.7.15`, `v1.1.0-rc.3`) nor a series (`4.7.x`), such
 * as `4.7.a` or `4.7` (at the cell, quoted as written). Empty cells are
 * `table-shape`'s.
 */
export const meta = ruleMeta({
  id: 'invalid-version',
  defaultSeverity: 'error',
  scope: 'document',
  reading: true,
  summary: 'A version cell that is neither a semver version nor a wildcard such as `4.1.x`.',
});

/** Check every version cell of a document's tables. */
export function check(document: DocumentFacts): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const table of document.tables) {
    for (const facts of readRows(table)) {
      const written = table.cells[facts.index]?.written;
      if (facts.row.source !== '' && facts.source === undefined) {
        reports.push(invalid(written?.source || facts.row.source, 'source version', facts.sourcePosition));
      }
      if (facts.row.target !== '' && facts.target === undefined) {
        reports.push(invalid(written?.target || facts.row.target, 'target version', facts.targetPosition));
      }
    }
  }
  return reports;

  function invalid(text: string, label: string, position: RuleReport['position']): RuleReport {
    return {
      message:
        'Unexpected `' + text + '` as ' + label + ', expected a semver version such as `4.7.15` or a series such as `4.7.x`',
      file: document.file,
      position,
    };
  }
}
