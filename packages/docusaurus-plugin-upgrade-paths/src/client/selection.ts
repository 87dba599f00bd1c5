import type {UpgradeRow, UpgradeTable} from '@upgrade-paths/core';
import {covers, createAnchorSlugger, parseExact, parseVersion} from '@upgrade-paths/core/client';

/** What an `UpgradePathTable` is narrowed by; absent fields do not narrow. */
export interface Narrowing {
  /** Group label, compared exactly. */
  readonly group?: string | undefined;
  /** `<TabItem>` value, compared exactly. */
  readonly tab?: string | undefined;
  /** Source version, compared by {@link versionMatches}. */
  readonly source?: string | undefined;
  /** Target version, compared by {@link versionMatches}. */
  readonly target?: string | undefined;
}

/** One row as rendered: the dataset row and its element id (the props of `UpgradePathTable/Row`). */
export interface RenderedRow {
  readonly row: UpgradeRow;
  /** Element id of the `<tr>`, unique in the component (see {@link sectionsOf}). */
  readonly id: string;
}

/** One table as rendered: the dataset table and its rows after narrowing. */
export interface Section {
  readonly table: UpgradeTable;
  /** Whether the table is shown on the page that holds it (see {@link samePage}). */
  readonly ownPage: boolean;
  readonly rows: readonly RenderedRow[];
}

/** Prefix of the row ids of tables shown on another page than their own. */
export const reusedRowPrefix = 'reused-';

/**
 * The sections an `UpgradePathTable` renders: the tables that pass `group`
 * and `tab`, each with the rows that pass `source` and `target`; tables left
 * without rows are dropped.
 *
 * Row ids:
 *
 * - on the table's own page (`table.permalink` is the current page), the row
 *   anchor as is (`upgrade-4-6-41-to-4-7-20`), so links to a row keep
 *   working;
 * - on any other page (rows reused through `dataset`/`table`),
 *   {@link reusedRowPrefix} + the anchor (`reused-upgrade-4-6-41-to-4-7-20`):
 *   row anchors always start with `upgrade-`, so reused rows can never take
 *   the id of one of the host page's own rows.
 *
 * An id used twice in one component (the same table rendered twice, or rows
 * of tables from different pages with the same anchor) gets `-2`, `-3`, …
 *
 * @param tables
 *   Candidate tables, in order.
 * @param narrowing
 *   Props that narrow tables and rows.
 * @param pathname
 *   URL path of the current page (`useLocation().pathname`).
 */
export function sectionsOf(
  tables: readonly UpgradeTable[],
  narrowing: Narrowing,
  pathname: string,
): Section[] {
  const slug = createAnchorSlugger();
  const sections: Section[] = [];
  for (const table of tables) {
    // `group` names the label or the generator region (its group before labels won).
    if (narrowing.group !== undefined && table.group !== narrowing.group && table.region !== narrowing.group) continue;
    if (narrowing.tab !== undefined && table.tab?.value !== narrowing.tab) continue;
    const ownPage = samePage(table.permalink, pathname);
    const rows = table.rows
      .filter(
        (row) =>
          (narrowing.source === undefined || versionMatches(row.source, narrowing.source)) &&
          (narrowing.target === undefined || versionMatches(row.target, narrowing.target)),
      )
      .map((row): RenderedRow => ({row, id: slug((ownPage ? '' : reusedRowPrefix) + row.anchor)}));
    if (rows.length > 0) sections.push({table, ownPage, rows});
  }
  return sections;
}

/**
 * Whether a version cell matches a wanted version.
 *
 * - Both read as versions (`parseVersion(…, 'loose')`, the widest scheme):
 *   the cell stands for the wanted exact version (`covers`): equal by value
 *   (`v4.7.20` = `4.7.20`), in the cell's series (`4.1.x`, `4.x`), or in
 *   its range (`2.5 - 2.12`).
 * - Otherwise: the trimmed texts are equal.
 *
 * @param cell
 *   Version cell text of a row.
 * @param wanted
 *   Version given in a prop.
 */
export function versionMatches(cell: string, wanted: string): boolean {
  const have = parseVersion(cell.trim(), 'loose');
  const want = parseExact(wanted.trim(), 'loose');
  if (have !== undefined && want !== undefined) return covers(have, want.version);
  return cell.trim() === wanted.trim();
}

/**
 * Whether a row passes the reader's filter: its source or target starts with
 * the query (case-insensitive, surrounding white space and a leading `v`
 * ignored), or, when the query reads as an exact version, a series or range
 * cell covers it (`4.6.x` for `4.6.41`, see {@link versionMatches}). An
 * empty query passes every row.
 */
export function matchesQuery(row: UpgradeRow, query: string): boolean {
  const wanted = normaliseQuery(query);
  if (wanted === '') return true;
  if (normaliseQuery(row.source).startsWith(wanted) || normaliseQuery(row.target).startsWith(wanted)) return true;
  return parseExact(query.trim(), 'loose') !== undefined && (coveredBy(row.source, query) || coveredBy(row.target, query));
}

/** Whether a series or range cell covers the exact version `wanted`. */
function coveredBy(cell: string, wanted: string): boolean {
  const have = parseVersion(cell.trim(), 'loose');
  return have !== undefined && have.kind !== 'exact' && versionMatches(cell, wanted);
}

function normaliseQuery(value: string): string {
  return value.trim().toLowerCase().replace(/^v/, '');
}

/**
 * Whether a table's permalink is the current page: compared without a
 * trailing slash, so `/a/b/` is `/a/b`. A table without a permalink (`null`)
 * is on no page.
 */
export function samePage(permalink: string | null, pathname: string): boolean {
  return permalink !== null && withoutTrailingSlash(permalink) === withoutTrailingSlash(pathname);
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
