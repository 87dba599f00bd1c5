import type {ColumnNames} from '@upgrade-paths/core';
import {decodeString} from 'micromark-util-decode-string';
import {partialComponentName} from './partialUsage.js';
import {columnRoles, tableKind} from './recognize.js';

/** Line endings as micromark reads them: CRLF, CR or LF. */
const lineEnding = /\r\n|\r|\n/;

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
  const lines = text.split(lineEnding);
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index] as string;
    if (!line.includes('|') || !delimiterRow.test(lines[index + 1] as string)) continue;
    const texts = headerCellTexts(line);
    if (tableKind(columnRoles(texts, columns), texts) !== undefined) return true;
  }
  return false;
}

/**
 * Whether a document may hold anything the toolkit reads: an upgrade table
 * ({@link mayHoldUpgradeTable}), a partial usage, or a disable comment.
 */
export function mayHoldUpgradePaths(text: string, columns?: ColumnNames | null): boolean {
  return text.includes(partialComponentName) || text.includes('upgrade-paths-disable') || mayHoldUpgradeTable(text, columns);
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
