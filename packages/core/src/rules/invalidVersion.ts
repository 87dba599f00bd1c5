import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {onePerPlace, readRows, sharedBodyRows} from './rows.js';
import type {VersionScheme} from '../versions.js';

/** What each scheme expects, for messages. */
const expectations: Readonly<Record<VersionScheme, string>> = {
  semver: 'a semver version such as `4.7.15` or a series such as `4.7.x`',
  calver: 'a calendar version such as `2024.10` or `24.04.1`, or a series such as `2024.x`',
  loose: 'a version of one to four numbers such as `2.13` or `1.2.3.4`, or a series such as `2.x`',
};

/**
 * Rule `invalid-version`: a source or target version cell that is neither
 * a version of its table's scheme (`4.7.15`, `v1.1.0-rc.3` in `semver`;
 * see `VersionScheme`), a series (`4.7.x`) nor a range (`2.5 - 2.12`), such
 * as `4.7.a`, or `4.7` in a semver table (at the cell, quoted as written).
 * Empty cells are `table-shape`'s.
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
    const shared = sharedBodyRows(table);
    for (const facts of readRows(table)) {
      const cells = table.cells[facts.index];
      const written = cells?.written;
      // A cell naming several versions is quoted by the version at fault.
      const several = cells?.statement !== undefined && shared.has(cells.statement.row);
      const split = (text: string | undefined, version: string) => (text !== undefined && several ? version : text || version);
      if (facts.row.source !== '' && facts.source === undefined) {
        reports.push(invalid(split(written?.source, facts.row.source), 'source version', facts.sourcePosition, table.scheme));
      }
      if (facts.row.target !== '' && facts.target === undefined) {
        reports.push(invalid(split(written?.target, facts.row.target), 'target version', facts.targetPosition, table.scheme));
      }
    }
  }
  return onePerPlace(reports);

  function invalid(text: string, label: string, position: RuleReport['position'], scheme: VersionScheme = 'semver'): RuleReport {
    return {
      message: 'Unexpected `' + text + '` as ' + label + ', expected ' + expectations[scheme],
      file: document.file,
      position,
    };
  }
}
