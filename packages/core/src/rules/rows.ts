import type {ExtractedTable, Position, UpgradeRow, UpgradeTable} from '../model.js';
import type {RuleReport} from '../rule.js';

export {tablesByDataset} from '../export.js';
import {parseVersion, type Version} from '../versions.js';

/** One row of a table with its versions read (see {@link readRows}). */
export interface RowFacts {
  readonly table: ExtractedTable;
  /** 0-based index in `table.rows`. */
  readonly index: number;
  readonly row: UpgradeRow;
  /** Source version, `undefined` when the cell is no version. */
  readonly source: Version | undefined;
  /** Target version, `undefined` when the cell is no version. */
  readonly target: Version | undefined;
  /** Position of the whole row. */
  readonly rowPosition: Position;
  /** Position of the source cell, else the row. */
  readonly sourcePosition: Position;
  /** Position of the target cell, else the row. */
  readonly targetPosition: Position;
  /** Position of the support cell, else the row. */
  readonly supportPosition: Position;
}

/**
 * The rows of a table with their versions read, in table order.
 *
 * @param table
 *   Extracted table.
 */
export function readRows(table: ExtractedTable): RowFacts[] {
  return table.rows.map(function (row, index): RowFacts {
    const cells = table.cells[index];
    const rowPosition = cells?.row ?? pointPosition(row.line, row.column);
    return {
      table,
      index,
      row,
      source: parseVersion(row.source, table.scheme),
      target: parseVersion(row.target, table.scheme),
      rowPosition,
      sourcePosition: cells?.source ?? rowPosition,
      targetPosition: cells?.target ?? rowPosition,
      supportPosition: cells?.support ?? rowPosition,
    };
  });
}

/**
 * The rows of one dataset in document order, each origin once: a row is
 * identified by the file and line it is written at, so a table included on
 * several pages (a partial) counts once.
 */
export function datasetRows(tables: readonly ExtractedTable[]): RowFacts[] {
  const seen = new Set<string>();
  const rows: RowFacts[] = [];
  for (const table of tables) {
    for (const facts of readRows(table)) {
      const origin = rowOrigin(facts);
      if (seen.has(origin)) continue;
      seen.add(origin);
      rows.push(facts);
    }
  }
  return rows;
}

/**
 * Where a row is written: `<file>:<line>`, then `:<part>` for the second
 * and later statements of one body row (see `RowCells.statement`); two
 * renderings of one partial share it.
 */
export function rowOrigin(facts: RowFacts): string {
  const part = facts.table.cells[facts.index]?.statement?.part ?? 0;
  const body = facts.table.cells[facts.index]?.statement?.row;
  return facts.table.file + ':' + facts.row.line + (part === 0 && body === undefined ? '' : ':' + body + ':' + part);
}

/** The page a row is shown on: the including page for a partial, else its own file. */
export function rowPage(facts: RowFacts): string {
  return facts.table.includedFrom?.file ?? facts.table.file;
}

/**
 * A key equal for equal versions by value: the normalised version for an
 * exact one (`v4.7.3` → `4.7.3`), `<prefix>.x` for a series (`4.1.*` →
 * `4.1.x`), `<from> - <to>` (normalised) for a range.
 */
export function versionKey(version: Version): string {
  if (version.kind === 'exact') return version.version;
  if (version.kind === 'wildcard') return version.prefix.join('.') + '.x';
  return version.from.version + ' - ' + version.to.version;
}

/** `` `file:line` `` of a row, for messages that name another place. */
export function placeOf(facts: RowFacts): string {
  return '`' + facts.table.file + ':' + facts.row.line + '`';
}

/** `` `4.6.41` to `4.7.20` `` for messages. */
export function upgradeText(facts: RowFacts): string {
  return '`' + facts.row.source + '` to `' + facts.row.target + '`';
}

/**
 * A report about a row.
 *
 * @param message
 *   "Unexpected X, expected Y" sentence.
 * @param facts
 *   Row the report is about (gives the file).
 * @param position
 *   Where the report points.
 */
export function report(message: string, facts: RowFacts, position: Position): RuleReport {
  return {message, file: facts.table.file, position};
}

function pointPosition(line: number, column: number): Position {
  return {start: {line, column}, end: {line, column}};
}

/**
 * Rows of one dataset that state a readable upgrade (both versions read,
 * support read), grouped by upgrade: same source and same target by semver
 * value (see {@link versionKey}), in document order.
 *
 * @param rows
 *   Rows from {@link datasetRows}.
 */
export function rowsByUpgrade(rows: readonly RowFacts[]): Map<string, RowFacts[]> {
  const groups = new Map<string, RowFacts[]>();
  for (const facts of rows) {
    if (!facts.source || !facts.target || facts.row.supported === null) continue;
    const key = versionKey(facts.source) + ' ' + versionKey(facts.target);
    const list = groups.get(key);
    if (list) list.push(facts);
    else groups.set(key, [facts]);
  }
  return groups;
}

/** Whether the rows of one upgrade disagree on support. */
export function disagree(rows: readonly RowFacts[]): boolean {
  return rows.some((facts) => facts.row.supported !== rows[0]?.row.supported);
}

/** `supported` or `not supported`. */
export function supportText(supported: boolean | null): string {
  return supported ? 'supported' : 'not supported';
}

/** Where a version is first mentioned in a dataset. */
export interface Mention {
  readonly facts: RowFacts;
  /** The cell naming the version (the source cell when both do). */
  readonly position: Position;
}

/**
 * The first row mentioning each exact version (as source or target), in
 * document order: where dataset-level findings about a version point.
 *
 * @param rows
 *   Rows from {@link datasetRows}.
 * @returns
 *   Map from normalised version to its first mention.
 */
export function firstMentions(rows: readonly RowFacts[]): Map<string, Mention> {
  const mentions = new Map<string, Mention>();
  for (const facts of rows) {
    if (facts.source?.kind === 'exact' && !mentions.has(facts.source.version)) {
      mentions.set(facts.source.version, {facts, position: facts.sourcePosition});
    }
    if (facts.target?.kind === 'exact' && !mentions.has(facts.target.version)) {
      mentions.set(facts.target.version, {facts, position: facts.targetPosition});
    }
  }
  return mentions;
}

/**
 * Every exact version the rows of some tables name, as source or as
 * target, read with each table's scheme: the versions {@link firstMentions}
 * finds, from public tables (`UpgradeTable`, as the JSON export has them).
 *
 * @param tables
 *   Tables of one dataset.
 * @returns
 *   Normalised versions, in document order of their first mention.
 */
export function mentionedVersions(tables: readonly UpgradeTable[]): Set<string> {
  const versions = new Set<string>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const text of [row.source, row.target]) {
        const version = parseVersion(text, table.scheme);
        if (version?.kind === 'exact') versions.add(version.version);
      }
    }
  }
  return versions;
}

/**
 * The body rows of a table (`RowCells.statement.row`) that state more than
 * one upgrade directly (several versions in a cell, a matrix row; hops of
 * a path not counted): for them a message quotes the version, not the
 * cell. One pass over the table.
 */
export function sharedBodyRows(table: ExtractedTable): Set<number> {
  const statements = new Map<number, number>();
  table.cells.forEach(function (cells, index) {
    const body = cells.statement?.row;
    if (body === undefined || table.rows[index]?.derived !== undefined) return;
    statements.set(body, (statements.get(body) ?? 0) + 1);
  });
  return new Set([...statements].filter(([, count]) => count > 1).map(([body]) => body));
}

/**
 * Reports of a cell-level rule, each place and message once: the
 * statements read from one cell (a multi-version cell, a shared support
 * cell) would repeat the cell's finding.
 */
export function onePerPlace(reports: readonly RuleReport[]): RuleReport[] {
  const seen = new Set<string>();
  return reports.filter(function (item) {
    const key = item.file + ':' + item.position.start.line + ':' + item.position.start.column + ':' + item.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
