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
  readonly exact: number[];
  /** Per row that says something (support read, both cells versions), in document order: its source cell. */
  readonly sources: number[];
  /** Per such row: its target cell. */
  readonly targets: number[];
  /** Per such row: `UpgradeRow.supported`. */
  readonly supports: boolean[];
  /** Per such row: its citation. */
  readonly citations: RowCitation[];
}

/**
 * Read the versions and rows of a dataset (rules: `upgradeGraph`): a
 * dataset version in the dataset's scheme, else `loose`; a row's cells in
 * its table's scheme, else the dataset's.
 *
 * @internal
 */
export function readCells(dataset: Dataset, scheme: VersionScheme): Cells {
  const cells: Cells = {exacts: [], version: [], exact: [], sources: [], targets: [], supports: [], citations: []};
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
    cells.version.push(exact);
    cells.exact.push(cells.exacts.length);
    cells.exacts.push(exact);
  }
  for (const table of dataset.tables) {
    const tableScheme = table.scheme ?? scheme;
    let byText = byScheme.get(tableScheme);
    if (byText === undefined) {
      byText = new Map();
      byScheme.set(tableScheme, byText);
    }
    readRows(cells, byText, table.rows, tableScheme, table);
  }
  return cells;
}

/** Read the rows of one table. */
function readRows(
  cells: Cells,
  byText: Map<string, number>,
  rows: readonly UpgradeRow[],
  scheme: VersionScheme,
  table: UpgradeTable,
): void {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as UpgradeRow;
    const source = byText.get(row.source) ?? cellOf(cells, byText, row.source, scheme);
    const target = byText.get(row.target) ?? cellOf(cells, byText, row.target, scheme);
    if (row.supported !== null && cells.version[source] !== undefined && cells.version[target] !== undefined) {
      cells.sources.push(source);
      cells.targets.push(target);
      cells.supports.push(row.supported);
      cells.citations.push(rowCitation(table, row, index));
    }
  }
}

/** Read a text not read yet in this scheme; its new cell number. */
function cellOf(cells: Cells, byText: Map<string, number>, text: string, scheme: VersionScheme): number {
  const version = parseVersion(text, scheme);
  const cell = cells.version.length;
  byText.set(text, cell);
  cells.version.push(version);
  cells.exact.push(version?.kind === 'exact' ? cells.exacts.length : -1);
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
