import type {Position} from '@upgrade-paths/core';
import {readSupport, readVersionCell, readVersionCells} from '@upgrade-paths/core';
import type {Nodes, Table, TableCell, TableRow} from 'mdast';
import {chainParts, pathVersions, statesNothing} from './layouts.js';
import {cellText, matrixTargets, noteColumns, type ColumnRoles} from './recognize.js';

/** A version as read from a cell: the version text and what else the cell says. */
export interface VersionText {
  readonly version: string;
  readonly note: string;
}

/** One upgrade statement of a body row (see `RowCells.statement`). */
export interface Statement {
  readonly source: VersionText;
  readonly target: VersionText;
  readonly supported: boolean | null;
  readonly supportNote?: string | undefined;
  readonly supportEmpty?: boolean | undefined;
  readonly sourceCell: TableCell | undefined;
  readonly targetCell: TableCell | undefined;
  readonly supportCell: TableCell | undefined;
  /** Column of the cell the row's anchor goes in. */
  readonly cell: number;
  /** Where the statement is, when not the body row (a matrix cell, a path cell), in the tree's lines. */
  readonly at?: Position | undefined;
  readonly derived?: 'path' | undefined;
}

/** What {@link readStatements} reads of a table. */
export interface TableStatements {
  /**
   * Its notes columns (see `noteColumns`), and last, when some path cell
   * names no version (`Direct upgrade`), the path column: that text is kept
   * as the row's note (`index` is the path column's).
   */
  readonly notes: ReadonlyArray<{readonly index: number; readonly header: string}>;
  /** Whether it states support (a Support column, or a matrix). */
  readonly hasSupport: boolean;
  /** Each body row with its statements, in order, and its notes cells by header (one entry per header of `notes`). */
  readonly rows: ReadonlyArray<{
    readonly row: TableRow;
    readonly statements: readonly Statement[];
    readonly rowNotes: Readonly<Record<string, string>> | undefined;
  }>;
}

/** What every row of one table is read with. */
interface TableContext {
  readonly header: TableRow | undefined;
  readonly texts: readonly string[];
  readonly roles: ColumnRoles;
  readonly targets: ReturnType<typeof matrixTargets>;
  readonly supportIndex: number | undefined;
}

/** A body row's support cell, read. */
interface RowSupport {
  readonly cell: TableCell | undefined;
  /** `true` without a Support column; `null` for an empty or unknown cell. */
  readonly supported: boolean | null;
  readonly note: string;
  readonly empty: boolean;
}

/**
 * The upgrade statements of an upgrade table, in the layout it is in
 * (README, "Layouts" and "Row contract": every upgrade statement is one
 * row):
 *
 * - list: one per source and target pair of a body row (several versions
 *   in a cell give one each; a row without a source in a table with a path
 *   column continues the chain of the row above), then the hops of its
 *   path cell (`derived: 'path'`, supported); without a Support column, a
 *   row whose path has stops states only its hops;
 * - matrix: one per cell under a target header that states something
 *   (`–`, `n/a`, empty: nothing);
 * - combined: one per `A -> B` of the combined cell (more than two
 *   versions: its hops, `derived: 'path'`).
 *
 * @param node
 *   The table (header row first).
 * @param kind
 *   Its layout, as recognised (`tableKind`, confirmed by its cells).
 * @param texts
 *   Text of its header cells.
 * @param roles
 *   Their roles (`columnRoles(texts)`).
 */
export function readStatements(
  node: Table,
  kind: 'upgrade' | 'matrix' | 'combined',
  texts: readonly string[],
  roles: ColumnRoles,
): TableStatements {
  const targets = kind === 'matrix' ? matrixTargets(texts) : [];
  const supportIndex = kind === 'matrix' ? undefined : roles.support;
  const context: TableContext = {header: node.children[0], texts, roles, targets, supportIndex};
  const exclude = kind === 'matrix' ? [0, ...targets.map((target) => target.index)] : kind === 'combined' ? [roles.combined as number] : [];
  const notes = noteColumns(texts, kind === 'matrix' ? {} : roles, exclude);
  const body = node.children.slice(1);
  // The versions each row's path cell names, read once.
  const pathIndex = kind === 'upgrade' ? roles.path : undefined;
  const stops = body.map((row) => (pathIndex === undefined ? [] : pathVersions(pathCellText(row.children[pathIndex]))));
  // A path cell naming no version is kept as a note, under the path header.
  const pathNotes =
    pathIndex !== undefined && body.some((row, index) => cellText(row.children[pathIndex]) !== '' && stops[index]?.length === 0);
  if (pathIndex !== undefined && pathNotes) {
    const base = texts[pathIndex]?.trim() || 'Column ' + (pathIndex + 1);
    let header = base;
    for (let count = 2; notes.some((column) => column.header === header); count++) header = base + ' (' + count + ')';
    notes.push({index: pathIndex, header});
  }
  /** End of the previous row's chain, for a path table's row without a source. */
  let chainEnd: string | undefined;
  const rows = body.map(function (row, bodyIndex) {
    const rowStops = stops[bodyIndex] ?? [];
    const rowNotes =
      notes.length > 0
        ? Object.fromEntries(notes.map(({index, header}) => [header, index === pathIndex && rowStops.length > 0 ? '' : cellText(row.children[index])]))
        : undefined;
    if (kind === 'matrix') return {row, statements: matrixStatements(row, context), rowNotes};
    const support = rowSupport(row, supportIndex);
    if (kind === 'combined') return {row, statements: combinedStatements(row, context, support), rowNotes};
    const read = listStatements(row, context, support, rowStops, chainEnd);
    if (read.chainEnd !== undefined) chainEnd = read.chainEnd;
    return {row, statements: read.statements, rowNotes};
  });
  return {notes, hasSupport: kind === 'matrix' || supportIndex !== undefined, rows};
}

function rowSupport(row: TableRow, index: number | undefined): RowSupport {
  const cell = index === undefined ? undefined : row.children[index];
  const text = cellText(cell);
  const read = readSupport(text);
  return {
    cell,
    supported: index === undefined ? true : text === '' ? null : (read.supported ?? null),
    note: read.note,
    empty: index !== undefined && text === '',
  };
}

/** A matrix row: one statement per cell under a target header that states something. */
function matrixStatements(row: TableRow, context: TableContext): Statement[] {
  const statements: Statement[] = [];
  const sourceCell = row.children[0];
  const source = readVersionCell(cellText(sourceCell));
  for (const {index, version} of context.targets) {
    const cell = row.children[index];
    const text = cellText(cell);
    if (statesNothing(text)) continue;
    const read = readSupport(text);
    const header = context.texts[index]?.trim().replace(/^(?:upgrade\s+to|to)\s+/i, '') ?? '';
    statements.push({
      source,
      target: {version: matrixVersion(version), note: readVersionCell(header).note},
      supported: read.supported ?? null,
      supportNote: read.note,
      sourceCell,
      targetCell: context.header?.children[index],
      supportCell: cell,
      cell: index,
      at: cell?.position,
    });
  }
  return statements;
}

/** A combined-cell row: `A -> B` is one statement; `A -> B -> C` its hops, derived. */
function combinedStatements(row: TableRow, context: TableContext, support: RowSupport): Statement[] {
  const index = context.roles.combined as number;
  const cell = row.children[index];
  const parts = chainParts(cellText(cell)).map((text) => readVersionCell(text));
  const none: VersionText = {version: '', note: ''};
  const hops: Array<readonly [VersionText, VersionText]> =
    parts.length < 2 ? [[parts[0] ?? none, none]] : parts.slice(1).map((to, hop) => [parts[hop] as VersionText, to] as const);
  return hops.map((hop) => ({
    source: hop[0],
    target: hop[1],
    supported: support.supported,
    supportNote: support.note,
    supportEmpty: support.empty,
    sourceCell: cell,
    targetCell: cell,
    supportCell: support.cell,
    cell: index,
    ...(hops.length > 1 ? {derived: 'path' as const} : {}),
  }));
}

/** A list row: each source and target pair, then the hops through `stops`, the versions its path cell names. */
function listStatements(
  row: TableRow,
  context: TableContext,
  support: RowSupport,
  stops: readonly string[],
  previousEnd: string | undefined,
): {statements: Statement[]; chainEnd: string | undefined} {
  const {roles} = context;
  const statements: Statement[] = [];
  const sourceCell = row.children[roles.source as number];
  const targetCell = row.children[roles.target as number];
  const pathCell = roles.path === undefined ? undefined : row.children[roles.path];
  let sources = readVersionCells(cellText(sourceCell));
  // In a table with a path column, a row without a source continues the
  // chain of the row above.
  if (pathCell !== undefined && previousEnd !== undefined && sources.length === 1 && sources[0]?.version === '') {
    sources = [{version: previousEnd, note: ''}];
  }
  const targets = readVersionCells(cellText(targetCell));
  for (const source of sources) {
    for (const target of targets) {
      const chain = [source.version, ...stops, target.version].filter(
        (version, index, all) => index === 0 || !sameVersionText(version, all[index - 1] as string),
      );
      const through = chain.length > 2;
      // Without a Support column, a row with stops states only its hops.
      if (!through || context.supportIndex !== undefined) {
        statements.push({
          source,
          target,
          supported: support.supported,
          supportNote: support.note,
          supportEmpty: support.empty,
          sourceCell,
          targetCell,
          supportCell: support.cell,
          cell: roles.source as number,
        });
      }
      if (!through) continue;
      for (let index = 1; index < chain.length; index++) {
        statements.push({
          source: {version: chain[index - 1] as string, note: ''},
          target: {version: chain[index] as string, note: ''},
          supported: true,
          sourceCell: pathCell,
          targetCell: pathCell,
          supportCell: pathCell,
          cell: roles.path as number,
          at: pathCell?.position,
          derived: 'path',
        });
      }
    }
  }
  return {statements, chainEnd: targets[targets.length - 1]?.version || undefined};
}

/** A matrix header's `8.0.2-8.0.10` is a range: read as `8.0.2 - 8.0.10`. */
function matrixVersion(text: string): string {
  return /^v?\d+(?:\.\d+)+-v?\d+(?:\.\d+)+$/i.test(text) ? text.replace('-', ' - ') : text;
}

/** Whether two version texts are the same version as written (`v1.2` = `1.2`). */
function sameVersionText(left: string, right: string): boolean {
  return left.replace(/^v/i, '') === right.replace(/^v/i, '');
}

/** Text of a path cell with its line breaks (`<br>`, `<br/>`, hard breaks) kept as new lines. */
function pathCellText(cell: TableCell | undefined): string {
  let text = '';
  if (cell === undefined) return text;
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (node.type === 'html') text += /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : ' ';
    else if (node.type === 'mdxJsxTextElement' && node.name === 'br') text += '\n';
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(cell);
  return text;
}
