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
