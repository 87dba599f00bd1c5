import {compareExact, type ExactVersion, type RangeVersion, type SeriesVersion} from './versions.js';

/**
 * The nodes of an upgrade graph, sorted once and indexed, so a row's
 * source and target turn into node numbers without comparing every pair.
 *
 * A node's number is its place in {@link Nodes.versions} (0 = newest).
 *
 * @internal Used by `graph.ts`; not part of the package API.
 */
export interface Nodes {
  /** Normalised versions, newest first, without duplicates; two texts of one value in text order. */
  readonly versions: readonly string[];
  /**
   * Per node, the number of the first node of equal value (`2.13` and
   * `2.13.0` in `loose` share one): node `a` is older than node `b`
   * exactly when `value[a] > value[b]`.
   */
  readonly value: Int32Array;
  /** Per exact version given to {@link indexNodes} (by its place there), its node. */
  readonly nodeOf: Int32Array;
  /**
   * The nodes a series or a range stands for (`covers`), newest first: a
   * series' versions, a range's versions (both ends included). Do not
   * change the returned array.
   */
  expand(version: SeriesVersion | RangeVersion): readonly number[];
}

/**
 * One level of a series index: by the next part, the next level, or at
 * the last part the nodes of the series (newest first).
 */
interface SeriesLevel extends Map<number, SeriesLevel | number[]> {}

/**
 * Sort and index the exact versions of a dataset.
 *
 * @param exacts
 *   Every exact version, in any order, repeats allowed (one node per
 *   normalised text, `ExactVersion.version`).
 * @internal
 */
export function indexNodes(exacts: readonly ExactVersion[]): Nodes {
  const order: number[] = [];
  for (let index = 0; index < exacts.length; index++) order.push(index);
  order.sort(function (a, b) {
    const left = exacts[a] as ExactVersion;
    const right = exacts[b] as ExactVersion;
    return compareExact(right, left) || (left.version < right.version ? -1 : left.version > right.version ? 1 : 0);
  });
  // One text has one value, so repeats of a text are next to each other.
  const sorted: ExactVersion[] = [];
  const versions: string[] = [];
  const values: number[] = [];
  const nodeOf = new Int32Array(exacts.length);
  for (const index of order) {
    const exact = exacts[index] as ExactVersion;
    const last = sorted.length - 1;
    if (last >= 0 && versions[last] === exact.version) {
      nodeOf[index] = last;
      continue;
    }
    values.push(last >= 0 && compareExact(sorted[last] as ExactVersion, exact) === 0 ? (values[last] as number) : last + 1);
    nodeOf[index] = last + 1;
    sorted.push(exact);
    versions.push(exact.version);
  }
  const value = Int32Array.from(values);

  // Series: versions by their first one, two or three parts, one index
  // per length (built on the first series of that length). A version has a
  // part only where written, so `2.13` is in `2.x` and `2.13.x` but not in
  // `2.13.0.x`.
  const series: Array<SeriesLevel | undefined> = [];
  const seriesOf = (prefix: readonly number[]): readonly number[] => {
    const length = prefix.length;
    let index = series[length];
    if (index === undefined) {
      index = new Map();
      series[length] = index;
      for (let node = 0; node < sorted.length; node++) {
        const {parts} = sorted[node] as ExactVersion;
        if (parts.length < length) continue;
        let level: SeriesLevel = index;
        for (let depth = 0; depth < length - 1; depth++) {
          const part = parts[depth] as number;
          let next = level.get(part);
          if (next === undefined) {
            next = new Map();
            level.set(part, next);
          }
          level = next as SeriesLevel;
        }
        const last = parts[length - 1] as number;
        const list = level.get(last) as number[] | undefined;
        if (list === undefined) level.set(last, [node]);
        else list.push(node);
      }
    }
    let level: SeriesLevel | number[] | undefined = index;
    for (const part of prefix) level = (level as SeriesLevel | undefined)?.get(part);
    return (level as number[] | undefined) ?? [];
  };

  // Ranges: nodes are sorted by value, so a range is one run of them.
  const ranges = new Map<string, number[]>();
  const rangeOf = (from: ExactVersion, to: ExactVersion): number[] => {
    // First node not newer than `to`, first node older than `from`.
    const first = firstWhere(sorted.length, (node) => compareExact(sorted[node] as ExactVersion, to) <= 0);
    const end = firstWhere(sorted.length, (node) => compareExact(sorted[node] as ExactVersion, from) < 0);
    const list: number[] = [];
    for (let node = first; node < end; node++) list.push(node);
    return list;
  };

  return {
    versions,
    value,
    nodeOf,
    expand(version) {
      if (version.kind === 'wildcard') return seriesOf(version.prefix);
      let list = ranges.get(version.text);
      if (list === undefined) {
        list = rangeOf(version.from, version.to);
        ranges.set(version.text, list);
      }
      return list;
    },
  };
}

/** Smallest index in `0…length` where `test` holds, for a `test` false then true. */
function firstWhere(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
