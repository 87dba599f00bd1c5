import type {ExtractedTable, Finding} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import type {DocumentFacts} from '../facts.js';
import {compareExact, type ExactVersion, type Version} from '../versions.js';
import {disables} from '../disable.js';
import {report, placeOf, readRows, upgradeText, type RowFacts} from './rows.js';

/** A row whose two versions could be read, ready to compare. */
export interface SortableRow {
  readonly facts: RowFacts;
  readonly source: Version;
  readonly target: Version;
}

/**
 * Compare two versions, newer first: positive when `left` is newer.
 *
 * A wildcard (`4.1.x`) is compared with another series by its series. Within
 * its own series it equals another wildcard; against an exact version of its
 * series it is `NaN` (no order) when `partial`, else the oldest of the
 * series.
 */
function compareVersion(left: Version, right: Version, partial: boolean): number {
  const series = seriesOrder(left, right);
  if (series !== 0) return series;
  if (left.kind === 'exact' && right.kind === 'exact') return compareExact(left, right);
  if (left.kind !== 'exact' && right.kind !== 'exact') return 0;
  if (partial) return Number.NaN;
  return left.kind !== 'exact' ? -1 : 1;
}

/**
 * Compare the series (first two parts) of two versions, as far as both
 * name them: a range counts by its first version, `4.x` by its major only.
 */
function seriesOrder(left: Version, right: Version): number {
  const a = seriesParts(left);
  const b = seriesParts(right);
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = (a[index] as number) - (b[index] as number);
    if (order !== 0) return order;
  }
  return 0;
}

function seriesParts(version: Version): readonly number[] {
  if (version.kind === 'wildcard') return version.prefix.slice(0, 2);
  const exact = version.kind === 'range' ? version.from : version;
  return [exact.major, exact.minor];
}

/**
 * Whether `left` must stand before `right`: its source is newer, or the
 * sources are the same and its target is newer.
 */
function mustPrecede(left: SortableRow, right: SortableRow): boolean {
  const source = compareVersion(left.source, right.source, true);
  if (Number.isNaN(source)) return false;
  if (source !== 0) return source > 0;
  return compareVersion(left.target, right.target, false) > 0;
}

/** Total order used to sort: newest source first, then newest target first. */
function compareRows(left: SortableRow, right: SortableRow): number {
  return (
    compareVersion(right.source, left.source, false) || compareVersion(right.target, left.target, false)
  );
}

/**
 * The rows of a list table to compare, one per body row: the first
 * statement of each (a multi-version cell's first version), hops read from
 * a recommended path left out. A matrix or combined-cell table has no
 * order to keep.
 */
function sortable(table: ExtractedTable): {rows: SortableRow[]; complete: boolean} {
  const rows: SortableRow[] = [];
  if (table.layout !== undefined) return {rows, complete: false};
  let expected = 0;
  for (const facts of readRows(table)) {
    const cells = table.cells[facts.index];
    if (facts.row.derived !== undefined || (cells?.statement?.part ?? 0) > 0) continue;
    expected++;
    if (facts.source && facts.target) rows.push({facts, source: facts.source, target: facts.target});
  }
  return {rows, complete: rows.length === expected};
}

/**
 * The first row standing after a row it must precede, with that row.
 *
 * Linear in the rows when every version names a two-part series (the
 * common case; see {@link firstMisplacedInOrder}); a one-part series
 * (`4.x`), which compares equal to several series that differ from each
 * other, falls back to comparing each row with every earlier one
 * ({@link firstMisplacedByScan}). Both give the same answer.
 */
export function firstMisplaced(rows: readonly SortableRow[]): {row: SortableRow; after: SortableRow} | undefined {
  const twoPart = rows.every((row) => seriesParts(row.source).length === 2 && seriesParts(row.target).length === 2);
  if (!twoPart) return firstMisplacedByScan(rows);
  const row = firstMisplacedInOrder(rows);
  if (row === undefined) return undefined;
  const index = rows.indexOf(row);
  const after = rows.slice(0, index).find((other) => mustPrecede(row, other));
  /* c8 ignore next -- unreachable: the linear pass found an earlier row it must precede. */
  return after === undefined ? firstMisplacedByScan(rows) : {row, after};
}

/** Every row against every earlier one: O(rows²). */
export function firstMisplacedByScan(rows: readonly SortableRow[]): {row: SortableRow; after: SortableRow} | undefined {
  for (let later = 1; later < rows.length; later++) {
    const row = rows[later] as SortableRow;
    for (let earlier = 0; earlier < later; earlier++) {
      const other = rows[earlier] as SortableRow;
      if (mustPrecede(row, other)) return {row, after: other};
    }
  }
  return undefined;
}

/**
 * The first row that must precede some earlier row, in one pass, when every
 * version names a two-part series (then series compare as a total order).
 *
 * A later row must precede an earlier one when its source series is newer,
 * or, in the same series, its exact source is newer, or its source is the
 * same (equal exact versions; any two series or ranges of the series) and
 * its target newer. The oldest source series seen only ever goes down, and
 * only the earlier rows of that series can be passed by a row of it: so it
 * is enough to keep, for them, the oldest exact source and the oldest target
 * per source.
 */
function firstMisplacedInOrder(rows: readonly SortableRow[]): SortableRow | undefined {
  let series: Version | undefined;
  let oldestExact: ExactVersion | undefined;
  let oldestTargets = new Map<string, Version>();
  for (const row of rows) {
    const order = series === undefined ? -1 : seriesOrder(row.source, series);
    if (order > 0) return row;
    if (order < 0) {
      series = row.source;
      oldestExact = undefined;
      oldestTargets = new Map();
    } else {
      if (row.source.kind === 'exact' && oldestExact !== undefined && compareExact(row.source, oldestExact) > 0) return row;
      const same = oldestTargets.get(sourceGroup(row.source));
      if (same !== undefined && compareVersion(row.target, same, false) > 0) return row;
    }
    if (row.source.kind === 'exact' && (oldestExact === undefined || compareExact(row.source, oldestExact) < 0)) oldestExact = row.source;
    const group = sourceGroup(row.source);
    const oldest = oldestTargets.get(group);
    if (oldest === undefined || compareVersion(row.target, oldest, false) < 0) oldestTargets.set(group, row.target);
  }
  return undefined;
}

/** Sources that compare equal within a series: one exact value, or every series and range of it. */
function sourceGroup(version: Version): string {
  if (version.kind !== 'exact') return '*';
  const parts = [...version.parts];
  while (parts.length > 1 && parts[parts.length - 1] === 0) parts.pop();
  return parts.join('.') + (version.prerelease.length > 0 ? '-' + version.prerelease.join('.') : '');
}

/**
 * Rule `sort-order` (fixable): rows of one table out of order. Expected
 * order: source version newest first, then target version newest first,
 * compared by value (the table's version scheme).
 *
 * A wildcard source (`4.1.x`) sorts as the oldest of its series against
 * other series: after every row of a newer series, before every row of an
 * older one. Among the exact rows of its own series it may stand anywhere
 * (docs list the blanket `4.1.x` row first as often as last); `--fix` puts it
 * after them. Rows whose versions cannot be read are not compared.
 *
 * One finding per table, at the first row that stands after a row it must
 * precede; the message names that row.
 *
 * @param table
 *   One extracted table.
 * @returns
 *   No finding, or one.
 */
export function sortOrder(table: ExtractedTable): RuleReport[] {
  const misplaced = firstMisplaced(sortable(table).rows);
  if (misplaced === undefined) return [];
  const {row, after} = misplaced;
  return [
    report(
      'Unexpected row ' +
        upgradeText(row.facts) +
        ' after row ' +
        upgradeText(after.facts) +
        ' at ' +
        placeOf(after.facts) +
        ', expected rows sorted by source version, newest first, then by target version, newest first; run `upgrade-paths lint --fix` to sort the table',
      row.facts,
      row.facts.rowPosition,
    ),
  ];
}

/**
 * Sort the rows of the tables of one document that break `sort-order`, by
 * moving whole row lines: each row line keeps its bytes (indentation, cell
 * padding, alignment) and only changes place among the lines of its table;
 * every other byte of the document, line endings (`\n`, `\r\n`) included,
 * stays as it was. Running it on its own output changes nothing.
 *
 * Tables left alone: those in order, those with a row whose versions cannot
 * be read (nothing sure to sort by), and those with an
 * `upgrade-paths-disable` comment covering `sort-order`. Rows with the same
 * source and target keep their relative order.
 *
 * @param source
 *   The document's text, as on disk.
 * @param tables
 *   Tables extracted from `source` (positions must be of this text).
 * @returns
 *   The document with rows sorted; `source` itself when nothing moves.
 */
export function fixSortOrder(source: string, tables: readonly ExtractedTable[]): string {
  const lines = splitLines(source);
  const seen = new Set<string>();
  let changed = false;
  for (const table of tables) {
    if (seen.has(table.id)) continue;
    seen.add(table.id);
    if (table.disables?.some((comment) => disables(comment, 'sort-order'))) continue;
    const {rows, complete} = sortable(table);
    if (!complete || firstMisplaced(rows) === undefined) continue;
    const places = rows.map((row) => row.facts.row.line - 1);
    if (places.some((place) => place < 0 || place >= lines.length)) continue;
    const contents = places.map((place) => (lines[place] as Line).content);
    const order = rows.map((row, index) => ({row, content: contents[index] as string}));
    order.sort((left, right) => compareRows(left.row, right.row));
    places.forEach(function (place, index) {
      const line = lines[place] as Line;
      const content = (order[index] as {content: string}).content;
      if (line.content !== content) {
        lines[place] = {content, ending: line.ending};
        changed = true;
      }
    });
  }
  return changed ? lines.map((line) => line.content + line.ending).join('') : source;
}

/**
 * What {@link checkedSortOrderFix} gives: the fixed text, or the text as it
 * was with one `sort-order` error per table the fix would have moved.
 */
export interface CheckedFix {
  /** The fixed document, or `source` itself when nothing moves or the fix is refused. */
  readonly value: string;
  /** Empty, or the "not fixed" findings (severity `error`) when the fix is refused. */
  readonly notFixed: readonly Finding[];
}

/**
 * {@link fixSortOrder}, written only when it is sure: the fixed text must
 * extract to the same multiset of rows (dataset, group, tab, the three cells
 * as written) as `source`, and a second fix of it must change nothing.
 * Otherwise the text is kept and each table the fix would have moved gets a
 * `sort-order` error "Not fixed: …" at the table, so `--fix` never damages a
 * file whose tables were read wrong (stale positions, a preprocessor that
 * moves lines).
 *
 * @param source
 *   The document's text, as on disk.
 * @param tables
 *   The tables the fix moves rows of (positions of `source`, as reported).
 * @param extract
 *   Extraction of a text of this document (the document's own tables, with
 *   disk positions), run on `source` and on the fixed text.
 * @returns
 *   The fixed text, or `source` and the findings.
 */
export function checkedSortOrderFix(
  source: string,
  tables: readonly ExtractedTable[],
  extract: (value: string) => readonly ExtractedTable[],
): CheckedFix {
  const value = fixSortOrder(source, tables);
  if (value === source) return {value, notFixed: []};
  const problem = fixProblem(extract(source), value, extract);
  if (problem === undefined) return {value, notFixed: []};
  const moved = tables.filter((table) => fixSortOrder(source, [table]) !== source);
  const notFixed = moved.map(
    (table): Finding => ({
      ruleId: meta.id,
      severity: 'error',
      message:
        'Not fixed: unexpected ' + problem + ' after sorting the rows of this table, expected the same rows and a stable order; the file is left as it was, sort the rows by hand',
      file: table.file,
      position: table.position,
    }),
  );
  return {value: source, notFixed};
}

/** Why a fixed text is refused, or `undefined` when it keeps every row and is stable. */
function fixProblem(
  before: readonly ExtractedTable[],
  value: string,
  extract: (value: string) => readonly ExtractedTable[],
): string | undefined {
  const after = extract(value);
  const counts = new Map<string, number>();
  for (const key of rowKeys(before)) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of rowKeys(after)) counts.set(key, (counts.get(key) ?? 0) - 1);
  const changed = [...counts.values()].reduce((sum, count) => sum + Math.abs(count), 0);
  if (changed > 0) return 'rows (' + changed + ' ' + (changed === 1 ? 'row differs' : 'rows differ') + ')';
  if (fixSortOrder(value, after) !== value) return 'order (a second sort would move rows again)';
  return undefined;
}

/** One key per row: what a row is, wherever its line. */
function rowKeys(tables: readonly ExtractedTable[]): string[] {
  return tables.flatMap((table) =>
    table.cells.map((cells) =>
      JSON.stringify([table.dataset, table.group, table.tab?.value ?? null, cells.written.source, cells.written.target, cells.written.support]),
    ),
  );
}

interface Line {
  readonly content: string;
  readonly ending: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const expression = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(source))) {
    lines.push({content: match[1] ?? '', ending: match[2] ?? ''});
    if (match[2] === '') break;
  }
  return lines;
}

/** Rule `sort-order` (fixable with {@link fixSortOrder}), see {@link sortOrder}. */
export const meta = ruleMeta({
  id: 'sort-order',
  defaultSeverity: 'warn',
  scope: 'document',
  fixable: true,
  summary: 'Rows of one table out of order: source newest first, then target newest first.',
});

/** Check every table of a document with {@link sortOrder}. */
export function check(document: DocumentFacts): RuleReport[] {
  return document.tables.flatMap((table) => sortOrder(table));
}
