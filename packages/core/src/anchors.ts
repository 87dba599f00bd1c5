/**
 * Element id of a rendered upgrade row.
 *
 * Format: `upgrade-` + source + `-to-` + target, with every character outside
 * `[A-Za-z0-9]` replaced by `-`, such as `upgrade-4-6-41-to-4-7-20`.
 *
 * @param source
 *   Source version cell text.
 * @param target
 *   Target version cell text.
 */
export function rowAnchor(source: string, target: string): string {
  return ('upgrade-' + source + '-to-' + target).replace(/[^A-Za-z0-9]/g, '-');
}

/**
 * Give out row anchors unique in one page: the second and later uses of an
 * anchor get `-2`, `-3`, ….
 *
 * @returns
 *   A function taking a base anchor (see {@link rowAnchor}) and returning the
 *   anchor to use.
 */
export function createAnchorSlugger(): (base: string) => string {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return function (base) {
    let count = seen.get(base) ?? 0;
    let anchor: string;
    do {
      count++;
      anchor = count === 1 ? base : base + '-' + count;
    } while (used.has(anchor));
    seen.set(base, count);
    used.add(anchor);
    return anchor;
  };
}

/**
 * Whether a table is rendered in the author's layout (the Markdown table
 * kept, one anchor per upgrade statement in the cell that states it)
 * rather than replaced with `<UpgradePathTable>`: a matrix, a combined-cell
 * table, or a list with a body row stating more than one upgrade (several
 * versions in a cell: rows on one line; hops of a recommended path:
 * `derived` rows). Decided on the export's fields alone, so the data and
 * the build agree.
 *
 * @param table
 *   A table (`layout`, `rows`).
 */
export function keepsAuthoredLayout(table: {
  readonly layout?: string | undefined;
  readonly rows: ReadonlyArray<{readonly derived?: string | undefined; readonly line: number}>;
}): boolean {
  if (table.layout !== undefined) return true;
  const lines = new Set<number>();
  for (const row of table.rows) {
    if (row.derived !== undefined || lines.has(row.line)) return true;
    lines.add(row.line);
  }
  return false;
}
