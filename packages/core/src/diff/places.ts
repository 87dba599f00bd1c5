import type {Dataset, UpgradeRow, UpgradeTable} from '../model.js';
import {createCoverIndex} from '../covering.js';
import {parseVersion, type Version} from '../versions.js';
import type {DiffPlace, DiffRevision, DiffRow} from './model.js';

/** A row with its table, in one revision. */
export interface PlacedRow {
  readonly table: UpgradeTable;
  readonly row: UpgradeRow;
}

/** Where a row is. */
export function rowPlace(revision: DiffRevision, row: UpgradeRow, table: UpgradeTable): DiffPlace {
  return {revision, file: table.file, line: row.line, column: row.column};
}

/** What a change says about a row. */
export function diffRow(row: UpgradeRow, table: UpgradeTable): DiffRow {
  return {
    source: row.source,
    target: row.target,
    supported: row.supported,
    ...(row.derived !== undefined ? {derived: row.derived} : {}),
    table: table.id,
    group: table.group,
  };
}

/**
 * The rows of a dataset in document order, each written row once: a table
 * a partial renders on several pages repeats the same file, line, column
 * and upgrade, and counts once.
 */
export function placedRows(dataset: Dataset | undefined): PlacedRow[] {
  const seen = new Set<string>();
  const rows: PlacedRow[] = [];
  for (const table of dataset?.tables ?? []) {
    for (const row of table.rows) {
      const key = [table.file, row.line, row.column, row.source, row.target, row.derived ?? ''].join('\0');
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({table, row});
    }
  }
  return rows;
}

/**
 * Where a change about a version points: the first row naming it exactly
 * (as source, else as target), in document order; else the first row whose
 * series or range covers it (a range end); else the header of the first
 * table.
 *
 * @param rows
 *   Rows from {@link placedRows}.
 * @returns
 *   A function from normalised version to the row (a table header is given
 *   as its first row's table with the header's line), `undefined` only for
 *   a dataset without tables.
 */
export function versionPlaces(rows: readonly PlacedRow[]): (version: string) => {table: UpgradeTable; line: number; column: number} | undefined {
  const first = new Map<string, PlacedRow>();
  const patterns: Array<{placed: PlacedRow; version: Version}> = [];
  for (const placed of rows) {
    for (const text of [placed.row.source, placed.row.target]) {
      const version = parseVersion(text, placed.table.scheme);
      if (version?.kind === 'exact') {
        if (!first.has(version.version)) first.set(version.version, placed);
      } else if (version !== undefined) patterns.push({placed, version});
    }
  }
  const coveredBy = createCoverIndex(patterns, (item) => item.version);
  return function (version) {
    const placed = first.get(version) ?? coveredBy(version)[0]?.placed;
    if (placed) return {table: placed.table, line: placed.row.line, column: placed.row.column};
    const table = rows[0]?.table;
    return table ? {table, line: table.line, column: table.column} : undefined;
  };
}

/**
 * The head table that took the place of a base table, for annotating what
 * the base table lost: a head table of the same file, preferring the same
 * dataset, then the same group, then the same tab, then the nearest header
 * line.
 *
 * @param table
 *   Base table.
 * @param dataset
 *   Its dataset's id.
 * @param head
 *   Every head table, with its dataset id.
 * @returns
 *   The place of the head table's header, `null` when no head table is in
 *   that file.
 */
export function headTablePlace(
  table: UpgradeTable,
  dataset: string,
  head: ReadonlyArray<{readonly table: UpgradeTable; readonly dataset: string}>,
): DiffPlace | null {
  let best: {score: number; table: UpgradeTable} | undefined;
  for (const candidate of head) {
    if (candidate.table.file !== table.file) continue;
    const score =
      (candidate.dataset === dataset ? 0 : 4) +
      (candidate.table.group === table.group ? 0 : 2) +
      ((candidate.table.tab?.value ?? null) === (table.tab?.value ?? null) ? 0 : 1);
    const distance = (item: UpgradeTable) => Math.abs(item.line - table.line);
    if (best === undefined || score < best.score || (score === best.score && distance(candidate.table) < distance(best.table))) {
      best = {score, table: candidate.table};
    }
  }
  return best ? {revision: 'head', file: best.table.file, line: best.table.line, column: best.table.column} : null;
}
