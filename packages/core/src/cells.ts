import type {RowCitation} from './graph.js';
import type {Dataset, UpgradeRow, UpgradeTable} from './model.js';
import {parseExact, parseVersion, type ExactVersion, type Version, type VersionScheme} from './versions.js';

/**
 * The version cells of a dataset, each text read once per scheme, and its
 * rows as cell numbers, for `upgradeGraph`.
 *
 * @internal Used by `graph.ts`; not part of the package API.
 */
export interface Cells {
  /**
   * Every exact version read: the dataset's versions, exact cells, the
   * ends of ranges (repeats allowed: `indexNodes` keeps one node per
   * normalised text).
   */
  readonly exacts: ExactVersion[];
  /** Per cell: the version read, `undefined` when it is none (`parseVersion`). */
  readonly version: Array<Version | undefined>;
  /** Per cell: its place in `exacts` when exact, else `-1`. */
  readonly exact: Int32Array;
  /**
   * How many rows say something (support read, both cells versions): the
   * used length of `sources`, `targets` and `supports`.
   */
  rows: number;
  /** Per row that says something, in document order: its source cell. */
  readonly sources: Int32Array;
  /** Per such row: its target cell. */
  readonly targets: Int32Array;
  /** Per such row: `1` when `UpgradeRow.supported` is `true`, `0` when `false`. */
  readonly supports: Uint8Array;
  /** Per such row: its table's place in `Dataset.tables`. */
  readonly tableOf: Int32Array;
  /** Per such row: its place in its table's `rows`. */
  readonly rowOf: Int32Array;
  /**
   * The citation of a row that says something (by its number here), made
   * on first use and then kept: the same object for the same row.
   */
  citation(said: number): RowCitation;
}

/**
 * Read the versions and rows of a dataset (rules: `upgradeGraph`): a
 * dataset version in the dataset's scheme, else `loose`; a row's cells in
 * its table's scheme, else the dataset's.
 *
 * @internal
 */
export function readCells(dataset: Dataset, scheme: VersionScheme): Cells {
  let rows = 0;
  for (const table of dataset.tables) rows += table.rows.length;
  const {tables} = dataset;
  const citations = new Array<RowCitation | undefined>(rows);
  const cells: Cells = {
    exacts: [],
    version: [],
    // At most one cell per dataset version and two per row.
    exact: new Int32Array(dataset.versions.length + 2 * rows),
    rows: 0,
    sources: new Int32Array(rows),
    targets: new Int32Array(rows),
    supports: new Uint8Array(rows),
    tableOf: new Int32Array(rows),
    rowOf: new Int32Array(rows),
    citation(said) {
      let citation = citations[said];
      if (citation === undefined) {
        const table = tables[cells.tableOf[said] as number] as UpgradeTable;
        const index = cells.rowOf[said] as number;
        citation = rowCitation(table, table.rows[index] as UpgradeRow, index);
        citations[said] = citation;
      }
      return citation;
    },
  };
  const byScheme = new Map<VersionScheme, Map<string, number>>();
  const inScheme = new Map<string, number>();
  byScheme.set(scheme, inScheme);
  for (const text of dataset.versions) {
    const exact = parseExact(text, scheme);
    if (exact === undefined) {
      const loose = parseExact(text, 'loose');
      if (loose !== undefined) cells.exacts.push(loose);
      continue;
    }
    // An exact version of the scheme is what `parseVersion` reads too.
    inScheme.set(text, cells.version.length);
    cells.exact[cells.version.length] = cells.exacts.length;
    cells.version.push(exact);
    cells.exacts.push(exact);
  }
  for (let index = 0; index < tables.length; index++) {
    const table = tables[index] as UpgradeTable;
    const tableScheme = table.scheme ?? scheme;
    let byText = byScheme.get(tableScheme);
    if (byText === undefined) {
      byText = new Map();
      byScheme.set(tableScheme, byText);
    }
    readRows(cells, byText, table.rows, tableScheme, index);
  }
  return cells;
}

/** Read the rows of one table (`table`: its place in `Dataset.tables`). */
function readRows(
  cells: Cells,
  byText: Map<string, number>,
  rows: readonly UpgradeRow[],
  scheme: VersionScheme,
  table: number,
): void {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as UpgradeRow;
    const source = byText.get(row.source) ?? cellOf(cells, byText, row.source, scheme);
    const target = byText.get(row.target) ?? cellOf(cells, byText, row.target, scheme);
    if (row.supported !== null && cells.version[source] !== undefined && cells.version[target] !== undefined) {
      const said = cells.rows++;
      cells.sources[said] = source;
      cells.targets[said] = target;
      cells.supports[said] = row.supported ? 1 : 0;
      cells.tableOf[said] = table;
      cells.rowOf[said] = index;
    }
  }
}

/** Read a text not read yet in this scheme; its new cell number. */
function cellOf(cells: Cells, byText: Map<string, number>, text: string, scheme: VersionScheme): number {
  const version = parseVersion(text, scheme);
  const cell = cells.version.length;
  byText.set(text, cell);
  cells.version.push(version);
  cells.exact[cell] = version?.kind === 'exact' ? cells.exacts.length : -1;
  if (version?.kind === 'exact') cells.exacts.push(version);
  else if (version?.kind === 'range') cells.exacts.push(version.from, version.to);
  return cell;
}

/**
 * The citation of row `index` of `table`.
 *
 * @internal Shared with `diagram.ts` (through `graph.ts`); not part of the package API.
 */
export function rowCitation(table: UpgradeTable, row: UpgradeRow, index: number): RowCitation {
  return {
    table: table.id,
    row: index,
    anchor: row.anchor,
    permalink: table.permalink,
    file: table.file,
    line: row.line,
    source: row.source,
    target: row.target,
  };
}
