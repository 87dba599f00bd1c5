import type {UpgradeTable} from '@upgrade-paths/core';
import {matchesQuery} from './selection.js';

/** Marks what {@link filterAuthoredTable} hid, so only that is shown again. */
const filteredAttribute = 'data-upgrade-paths-filtered';
/** Marks the caption {@link filterAuthoredTable} added when nothing matches. */
const noMatchAttribute = 'data-upgrade-paths-no-match';
/** What `remark-upgrade-paths` puts in each cell stating an upgrade (the row anchor as `id`). */
const anchorSelector = '[data-upgrade-paths-anchor]';

/**
 * Narrow an upgrade table kept in the author's layout (a matrix, combined
 * cells, a recommended-path column: Markdown that `remark-upgrade-paths`
 * left as a `<table>`, with an anchor `<span>` per upgrade statement in the
 * cell stating it) to the statements whose row passes the reader's filter
 * (`matchesQuery`), in place:
 *
 * - a body row is hidden unless one of its cells states a matching row;
 * - in a matrix (`table.layout === 'matrix'`), a target column is hidden
 *   unless one of its cells does (the first column, the sources, stays);
 * - when nothing matches, the header row is hidden too and a `<caption>`
 *   says `noMatch` (unless the table has a caption).
 *
 * Elements are hidden with `hidden` and marked, and an empty query shows
 * exactly what an earlier call hid. The author's cells are never changed.
 *
 * @param element
 *   The table element (the one holding `[data-upgrade-paths-table="<id>"]`).
 * @param table
 *   Its dataset table: row anchors are the anchor spans' ids.
 * @param query
 *   What the reader typed.
 * @param noMatch
 *   Text of the caption shown when no row matches (translated by the caller).
 * @returns
 *   How many rows of `table` match.
 */
export function filterAuthoredTable(element: HTMLTableElement, table: UpgradeTable, query: string, noMatch: string): number {
  for (const hidden of Array.from(element.querySelectorAll<HTMLElement>('[' + filteredAttribute + ']'))) {
    hidden.hidden = false;
    hidden.removeAttribute(filteredAttribute);
  }
  for (const caption of Array.from(element.querySelectorAll('caption[' + noMatchAttribute + ']'))) caption.remove();
  const matching = table.rows.filter((row) => matchesQuery(row, query));
  if (query.trim() === '') return matching.length;

  const matchingAnchors = new Set(matching.map((row) => row.anchor));
  const hide = (cell: HTMLElement): void => {
    cell.hidden = true;
    cell.setAttribute(filteredAttribute, '');
  };
  const columns = new Set<number>();
  const body = Array.from(element.tBodies).flatMap((section) => Array.from(section.rows));
  let shown = 0;
  for (const row of body) {
    let keep = false;
    Array.from(row.cells).forEach(function (cell, index) {
      const spans = Array.from(cell.querySelectorAll(anchorSelector));
      if (spans.some((span) => matchingAnchors.has(span.id))) {
        keep = true;
        columns.add(index);
      }
    });
    if (keep) shown++;
    else hide(row);
  }
  const head = element.tHead ? Array.from(element.tHead.rows) : [];
  if (shown === 0) {
    head.forEach(hide);
    if (!element.caption) {
      const caption = element.createCaption();
      caption.setAttribute(noMatchAttribute, '');
      caption.textContent = noMatch;
    }
  } else if (table.layout === 'matrix') {
    for (const row of [...head, ...body]) {
      Array.from(row.cells).forEach(function (cell, index) {
        if (index > 0 && !columns.has(index)) hide(cell);
      });
    }
  }
  return matching.length;
}
