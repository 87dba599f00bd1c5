import type {Dataset, UpgradeTable} from '../model.js';
import {versionKey as valueKey} from '../rules/rows.js';
import {parseVersion} from '../versions.js';
import type {AddedRowChange, ChangedRowChange, DiffPlace, RemovedRowChange} from './model.js';
import {diffRow, placedRows, rowPlace, type PlacedRow} from './places.js';

/**
 * The rows added, removed and changed between two revisions of a dataset.
 *
 * Rows are matched by the upgrade they state, never by line, so a row moved
 * (sorted, into another table of the dataset) is no change: same source and
 * target by value (`v4.7.1` = `4.7.1`; a cell that is no version by its
 * text), and both or neither a hop of a recommended path. Among the rows
 * of one upgrade, rows of equal support are paired first, in document
 * order; the rest pair up as changed (support flipped), and what is left
 * is added or removed.
 *
 * @param base
 *   The dataset in the base, `undefined` when it is new.
 * @param head
 *   The dataset in the head, `undefined` when it is gone.
 * @param annotate
 *   Where the head shows a base table (`headTablePlace`).
 */
export function rowChanges(
  base: Dataset | undefined,
  head: Dataset | undefined,
  annotate: (table: UpgradeTable) => DiffPlace | null,
): Array<AddedRowChange | RemovedRowChange | ChangedRowChange> {
  const before = byUpgrade(placedRows(base));
  const after = byUpgrade(placedRows(head));
  const changes: Array<AddedRowChange | RemovedRowChange | ChangedRowChange> = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const left = [...(before.get(key) ?? [])];
    const right: PlacedRow[] = [];
    for (const placed of after.get(key) ?? []) {
      const index = left.findIndex((item) => item.row.supported === placed.row.supported);
      if (index === -1) right.push(placed);
      else left.splice(index, 1);
    }
    right.forEach(function (placed, index) {
      const place = rowPlace('head', placed.row, placed.table);
      const old = left[index];
      changes.push(
        old === undefined
          ? {kind: 'added-row', row: diffRow(placed.row, placed.table), place, annotation: place}
          : {kind: 'changed-row', row: diffRow(placed.row, placed.table), was: old.row.supported, place, annotation: place},
      );
    });
    for (const placed of left.slice(right.length)) {
      changes.push({
        kind: 'removed-row',
        row: diffRow(placed.row, placed.table),
        place: rowPlace('base', placed.row, placed.table),
        annotation: annotate(placed.table),
      });
    }
  }
  return changes;
}

/** Rows by the upgrade they state, in document order. */
function byUpgrade(rows: readonly PlacedRow[]): Map<string, PlacedRow[]> {
  const groups = new Map<string, PlacedRow[]>();
  for (const placed of rows) {
    const key = [
      versionKey(placed.row.source, placed),
      versionKey(placed.row.target, placed),
      placed.row.derived ?? '',
    ].join('\0');
    const list = groups.get(key);
    if (list) list.push(placed);
    else groups.set(key, [placed]);
  }
  return groups;
}

/** Equal for equal versions by value (`versionKey` of the rules); a cell that is no version by its text. */
function versionKey(text: string, placed: PlacedRow): string {
  const version = parseVersion(text, placed.table.scheme);
  return version === undefined ? 'text:' + text : valueKey(version);
}
