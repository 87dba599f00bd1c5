import type {OtherFileTable} from '@upgrade-paths/engine';

/**
 * The list `upgrade-paths lint --verbose` prints: every table not read as
 * an upgrade table, one line each (`file:line:column  N rows  reason`), so
 * that a reader can tell a table lint skipped from a table lint passed.
 *
 * @param tables
 *   The lint result's `otherTables` (sorted by file, then line).
 * @returns
 *   Text ending in a newline; a line saying there are none when empty.
 */
export function formatOtherTables(tables: readonly OtherFileTable[]): string {
  if (tables.length === 0) return 'Tables not read as upgrade tables: none.\n';
  const lines = tables.map(function (table) {
    const place = table.file + ':' + table.position.start.line + ':' + table.position.start.column;
    return '  ' + place + '  ' + table.rows + (table.rows === 1 ? ' row' : ' rows') + '  not read: ' + table.reason;
  });
  return 'Tables not read as upgrade tables (' + tables.length + '):\n' + lines.join('\n') + '\n';
}

/**
 * The summary `upgrade-paths lint --verbose` prints on standard error of
 * what the folder conventions skipped (`_`-prefixed and dot files and
 * folders), so that no folder of docs goes unread without a word.
 *
 * @param skipped
 *   `Discovery.skipped`: topmost skipped places with their document counts.
 */
export function formatSkipped(skipped: ReadonlyArray<{readonly path: string; readonly files: number}>): string {
  const lines = skipped.map((item) => '  ' + item.path + '  ' + item.files + (item.files === 1 ? ' document' : ' documents'));
  return (
    'Skipped by convention (names starting with _ or .; --include-hidden reads them):\n' + lines.join('\n') + '\n'
  );
}
