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

/** Text of a table cell: its content without markup, trimmed; `''` for a missing cell. */
export function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}
