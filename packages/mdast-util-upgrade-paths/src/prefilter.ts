import type {ColumnNames} from '@upgrade-paths/core';
import {decodeString} from 'micromark-util-decode-string';
import {partialComponentName} from './partialUsage.js';
import {columnRoles, tableKind} from './recognize.js';

/** A GFM delimiter row (`| --- | :-: |`), after any block quote markers and indentation. */
const delimiterRow = /^[\s>]*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Block quote and list item markers a table's first line may start with. */
const containerMarkers = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+/;

/**
 * Whether a document's text may hold an upgrade table, or a table rule
 * `table-shape` reports: a line with a `|`, followed by a GFM delimiter
 * row, whose cells (split at `|`, character references decoded, emphasis,
 * code, link and HTML markup dropped) name the columns of one, by
 * {@link columnRoles} (with the config's header names, `columns`), the
 * function extraction asks too.
 *
 * A cheap test on the raw text, so that callers parse only the documents
 * that can hold a table. It never says `false` for a document whose parse
 * holds such a table (whatever its line endings, `&nbsp;` or `&#32;` spaces,
 * or `__bold__` headers); it may say `true` for one that holds none.
 */
export function mayHoldUpgradeTable(text: string, columns?: ColumnNames | null): boolean {
  if (!text.includes('|')) return false;
  // Lines end as micromark reads them (CRLF, CR or LF); only the answer is
  // wanted, so one line feed for each keeps the walk below on `\n`.
  const value = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Only lines holding a `|` are visited, by native searches from one to the
  // next: no array of every line (most of a prose page has no `|`).
  let from = 0;
  for (;;) {
    const bar = value.indexOf('|', from);
    if (bar === -1) return false;
    const end = value.indexOf('\n', bar);
    // A header needs a line after it (even an empty last one) to test.
    if (end === -1) return false;
    const next = end + 1;
    const nextEnd = value.indexOf('\n', next);
    if (delimiterRow.test(value.slice(next, nextEnd === -1 ? value.length : nextEnd))) {
      if (headerMayName(value.slice(value.lastIndexOf('\n', bar) + 1, end), columns)) return true;
    }
    from = next;
  }
}

/**
 * Whether a document may hold anything the toolkit reads: an upgrade table
 * ({@link mayHoldUpgradeTable}), a partial usage, or a disable comment.
 */
export function mayHoldUpgradePaths(text: string, columns?: ColumnNames | null): boolean {
  return text.includes(partialComponentName) || text.includes('upgrade-paths-disable') || mayHoldUpgradeTable(text, columns);
}

/** The key of {@link otherHeaders} for calls without header names. */
const noColumns = {};
/** Header lines of ordinary tables seen, by the config's header names object ({@link noColumns}: none). */
const otherHeaders = new WeakMap<ColumnNames | typeof noColumns, Set<string>>();
/** How many header lines {@link otherHeaders} keeps per config before it starts again. */
const otherHeadersLimit = 10_000;

/**
 * Whether a header line names the columns of an upgrade table (or a
 * `table-shape` candidate). Docs repeat the headers of their ordinary
 * tables (`| Parameter | Description |`) on page after page, so the lines
 * that name none are remembered: the answer depends on the line and the
 * config's header names alone.
 */
function headerMayName(line: string, columns: ColumnNames | null | undefined): boolean {
  const scope = columns ?? noColumns;
  let seen = otherHeaders.get(scope);
  if (seen?.has(line)) return false;
  const texts = headerCellTexts(line);
  if (tableKind(columnRoles(texts, columns), texts) !== undefined) return true;
  if (seen === undefined || seen.size >= otherHeadersLimit) otherHeaders.set(scope, (seen = new Set()));
  // `line` is a slice of its document, which it would keep alive (V8 slices
  // point into their parent text): remember a copy of the line alone.
  seen.add(JSON.parse(JSON.stringify(line)) as string);
  return false;
}

/** The cells of a header line as text without markup (lenient: more text is fine, less is not). */
function headerCellTexts(line: string): string[] {
  return line
    .replace(containerMarkers, '')
    .split('|')
    .map((cell) =>
      decodeString(cell)
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]*>/g, ' ')
        .replace(/[*_~`\\[\]]/g, ''),
    );
}
