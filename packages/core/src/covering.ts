import {covers, parseExact, type Version} from './versions.js';

/**
 * An index of version patterns for asking, of many exact versions, which
 * patterns cover each one (`covers`), without testing every pattern against
 * every version (which, for thousands of series rows and thousands of
 * versions, took time proportional to their product).
 *
 * Series are found by the version's own leading parts (a version has at
 * most three series prefixes: `4.x`, `4.7.x`, `4.7.20.x`); ranges and exact
 * patterns are tested one by one (tables rarely hold many). Every candidate
 * is then confirmed by `covers`, the one definition of what a pattern
 * stands for: the index only narrows which patterns are asked.
 *
 * @param items
 *   Anything holding a pattern, in the order answers keep.
 * @param versionOf
 *   The pattern of an item (series, range or exact version, as
 *   `parseVersion` reads it).
 * @returns
 *   A function from a normalised exact version to the items whose pattern
 *   covers it, in `items` order (empty when none, or when the text is not
 *   a version).
 */
export function createCoverIndex<Item>(items: readonly Item[], versionOf: (item: Item) => Version): (version: string) => Item[] {
  const series = new Map<string, number[]>();
  const others: number[] = [];
  items.forEach(function (item, index) {
    const pattern = versionOf(item);
    if (pattern.kind !== 'wildcard') {
      others.push(index);
      return;
    }
    const key = pattern.prefix.join('.');
    let list = series.get(key);
    if (!list) series.set(key, (list = []));
    list.push(index);
  });
  return function (version) {
    const exact = parseExact(version, 'loose');
    if (!exact) return [];
    const candidates = [...others];
    for (let length = 1; length <= Math.min(3, exact.parts.length); length++) {
      candidates.push(...(series.get(exact.parts.slice(0, length).join('.')) ?? []));
    }
    if (candidates.length === 0) return [];
    return candidates
      .sort((a, b) => a - b)
      .map((index) => items[index] as Item)
      .filter((item) => covers(versionOf(item), version));
  };
}
