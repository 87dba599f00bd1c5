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
  /** Notes replacing the row's (an unreadable path cell kept as a note). */
  readonly notes?: Readonly<Record<string, string>> | undefined;
}

/** What {@link readStatements} reads of a table. */
export interface TableStatements {
  /** Its notes columns (see `noteColumns`). */
  readonly notes: ReadonlyArray<{readonly index: number; readonly header: string}>;
  /** Whether it states support (a Support column, or a matrix). */
  readonly hasSupport: boolean;
  /** Each body row with its statements, in order, and its notes cells by header. */
  readonly rows: ReadonlyArray<{
    readonly row: TableRow;
    readonly statements: readonly Statement[];
    readonly rowNotes: Readonly<Record<string, string>> | undefined;
  }>;
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
  const header = node.children[0];
  const targets = kind === 'matrix' ? matrixTargets(texts) : [];
  const supportIndex = kind === 'matrix' ? undefined : roles.support;
  const exclude = kind === 'matrix' ? [0, ...targets.map((target) => target.index)] : kind === 'combined' ? [roles.combined as number] : [];
  const notes = noteColumns(texts, kind === 'matrix' ? {} : roles, exclude);
  const hasSupport = kind === 'matrix' || supportIndex !== undefined;
  /** End of the previous row's chain, for a path table's row without a source. */
  let chainEnd: string | undefined;

  const rows = node.children.slice(1).map(function (row) {
      const supportCell = supportIndex === undefined ? undefined : row.children[supportIndex];
      const supportText = cellText(supportCell);
      const support = readSupport(supportText);
      const rowSupported = supportIndex === undefined ? true : supportText === '' ? null : (support.supported ?? null);
      const statements: Statement[] = [];
      const rowNotes = notes.length > 0 ? Object.fromEntries(notes.map(({index, header: name}) => [name, cellText(row.children[index])])) : undefined;
      if (kind === 'matrix') {
        const sourceCell = row.children[0];
        const source = readVersionCell(cellText(sourceCell));
        for (const {index, version} of targets) {
          const cell = row.children[index];
          const text = cellText(cell);
          if (statesNothing(text)) continue;
          const read = readSupport(text);
          statements.push({
            source,
            target: {version: matrixVersion(version), note: readVersionCell(texts[index]?.trim().replace(/^(?:upgrade\s+to|to)\s+/i, '') ?? '').note},
            supported: read.supported ?? null,
            supportNote: read.note,
            sourceCell,
            targetCell: header?.children[index],
            supportCell: cell,
            cell: index,
            at: cell?.position,
          });
        }
        return {statements, rowNotes};
      }

      if (kind === 'combined') {
        const cell = row.children[roles.combined as number];
        const parts = chainParts(cellText(cell)).map((text) => readVersionCell(text));
        const hops = parts.length < 2 ? [[parts[0] ?? {version: '', note: ''}, {version: '', note: ''}] as const] : parts.slice(1).map((to, index) => [parts[index] as VersionText, to] as const);
        for (const [source, target] of hops) {
          statements.push({
            source,
            target,
            supported: rowSupported,
            supportNote: support.note,
            supportEmpty: supportIndex !== undefined && supportText === '',
            sourceCell: cell,
            targetCell: cell,
            supportCell,
            cell: roles.combined as number,
            ...(hops.length > 1 ? {derived: 'path' as const} : {}),
          });
        }
        return {statements, rowNotes};
      }

      const sourceCell = row.children[roles.source as number];
      const targetCell = row.children[roles.target as number];
      const pathCell = roles.path === undefined ? undefined : row.children[roles.path];
      let sources = readVersionCells(cellText(sourceCell));
      // In a table with a path column, a row without a source continues
      // the chain of the row above.
      if (pathCell !== undefined && chainEnd !== undefined && sources.length === 1 && sources[0]?.version === '') {
        sources = [{version: chainEnd, note: ''}];
      }
      const targetList = readVersionCells(cellText(targetCell));
      const stops = pathCell === undefined ? [] : pathVersions(pathCellText(pathCell));
      const pathNotes =
        pathCell !== undefined && stops.length === 0 && cellText(pathCell) !== '' && rowNotes !== undefined
          ? {...rowNotes, [texts[roles.path as number]?.trim() || 'Column ' + ((roles.path as number) + 1)]: cellText(pathCell)}
          : undefined;
      for (const source of sources) {
        for (const target of targetList) {
          const chain = [source.version, ...stops, target.version].filter(
            (version, index, all) => index === 0 || sameVersionText(version, all[index - 1] as string) === false,
          );
          const through = chain.length > 2;
          // Without a support column, a row with stops states only its hops.
          if (!through || supportIndex !== undefined) {
            statements.push({
              source,
              target,
              supported: rowSupported,
              supportNote: support.note,
              supportEmpty: supportIndex !== undefined && supportText === '',
              sourceCell,
              targetCell,
              supportCell,
              cell: roles.source as number,
              ...(pathNotes ? {notes: pathNotes} : {}),
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
      const last = targetList[targetList.length - 1]?.version;
      if (last) chainEnd = last;
      return {statements, rowNotes};
  });
  return {notes, hasSupport, rows: rows.map((read, index) => ({row: node.children[index + 1] as TableRow, ...read}))};
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
function pathCellText(cell: TableCell): string {
  let text = '';
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
