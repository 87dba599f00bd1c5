import type {TableCell} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** What a column of an upgrade table holds. */
export type ColumnRole = 'source' | 'target' | 'support';

/** Column index of each role a header names; the first column naming a role wins. */
export type ColumnRoles = Partial<Record<ColumnRole, number>>;

/**
 * Header cell names of each role, compared with the cell's text trimmed,
 * lower-cased and with white space runs as one space (README, "What counts
 * as an upgrade table").
 */
const headerNames: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^(?:source(?: version)?|from(?: version)?)$/, 'source'],
  [/^(?:target(?: version)?|to(?: version)?)$/, 'target'],
  [/^(?:support|supported)$/, 'support'],
];

/**
 * The roles of a table's columns, from the text of its header cells.
 *
 * This is the one recognition of upgrade-table headers: extraction reads
 * the header cells of the mdast (`cellText`), the prefilter the header
 * lines of the raw text, and both ask this function.
 *
 * @param texts
 *   Text of each header cell, markup removed (any case and spacing).
 * @returns
 *   Column index by role.
 */
export function columnRoles(texts: readonly string[]): ColumnRoles {
  const roles: ColumnRoles = {};
  texts.forEach(function (text, index) {
    const name = text.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const [expression, role] of headerNames) {
      if (roles[role] === undefined && expression.test(name)) roles[role] = index;
    }
  });
  return roles;
}

/**
 * What a table with these column roles is:
 *
 * - `upgrade`: an upgrade table (a source and a target column);
 * - `candidate`: meant as one (a Support column and only one of source and
 *   target), reported by rule `table-shape` and its rows not read;
 * - `undefined`: some other table, never reported.
 */
export function tableKind(roles: ColumnRoles): 'upgrade' | 'candidate' | undefined {
  if (roles.source !== undefined && roles.target !== undefined) return 'upgrade';
  if (roles.support !== undefined && (roles.source !== undefined || roles.target !== undefined)) return 'candidate';
  return undefined;
}

/**
 * Why a table whose header has these cells is not an upgrade table: what
 * `lint --verbose` prints for it.
 *
 * @param texts
 *   Text of its header cells.
 * @param roles
 *   Their roles (`columnRoles(texts)`), not a source and a target.
 * @returns
 *   A sentence part such as "its header (`Parameter | Description`) names no source and target version columns".
 */
export function otherTableReason(texts: readonly string[], roles: ColumnRoles): string {
  const header = '(`' + texts.join(' | ') + '`)';
  if (tableKind(roles) === 'candidate') {
    return 'its header ' + header + ' names a support column but no ' + (roles.source === undefined ? 'source' : 'target') + ' version column (rule `table-shape`)';
  }
  const named = roles.source !== undefined ? 'only a source' : roles.target !== undefined ? 'only a target' : 'no source and no target';
  return 'its header ' + header + ' names ' + named + ' version column';
}

/** Text of a table cell: its content without markup, trimmed; `''` for a missing cell. */
export function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}
