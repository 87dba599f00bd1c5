import {compareExact, type ExactVersion, type Version} from './versions.js';

/**
 * The nodes of an upgrade graph, sorted once and indexed, so a row's
 * source and target turn into node numbers without comparing every pair.
 *
 * A node's number is its place in {@link Nodes.versions} (0 = newest).
 *
 * @internal Used by `graph.ts`; not part of the package API.
 */
export interface Nodes {
  /** Normalised versions, newest first; two texts of one value in text order. */
  readonly versions: readonly string[];
  /**
   * Per node, the number of the first node of equal value (`2.13` and
   * `2.13.0` in `loose` share one): node `a` is older than node `b`
   * exactly when `value[a] > value[b]`.
   */
  readonly value: Int32Array;
  /** Node number of a normalised version, `undefined` when it is no node. */
  number(version: string): number | undefined;
  /**
   * The nodes a version cell stands for (`covers`), newest first: an exact
   * version's node (one number: every exact version of the dataset is a
   * node), a series' versions, a range's versions (both ends included). Do
   * not change a returned array.
   */
  expand(version: Version): number | readonly number[];
}

/**
 * One level of a series index: by the next part, the next level, or at
 * the last part the nodes of the series (newest first).
 */
interface SeriesLevel extends Map<number, SeriesLevel | number[]> {}

/**
 * Sort and index the exact versions of a dataset.
 *
 * @param parsed
 *   Every exact version, by normalised text (`ExactVersion.version`).
 * @internal
 */
export function indexNodes(parsed: ReadonlyMap<string, ExactVersion>): Nodes {
  const sorted = [...parsed.values()].sort(
    (left, right) =>
      compareExact(right, left) || (left.version < right.version ? -1 : left.version > right.version ? 1 : 0),
  );
  const versions = sorted.map((version) => version.version);
  const numbers = new Map<string, number>();
  const value = new Int32Array(sorted.length);
  for (let node = 0; node < sorted.length; node++) {
    numbers.set(versions[node] as string, node);
    value[node] =
      node > 0 && compareExact(sorted[node - 1] as ExactVersion, sorted[node] as ExactVersion) === 0
        ? (value[node - 1] as number)
        : node;
  }

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
    number: (version) => numbers.get(version),
    expand(version) {
      if (version.kind === 'exact') return numbers.get(version.version) as number;
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
