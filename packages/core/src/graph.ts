import type {Dataset, UpgradeRow, UpgradeTable} from './model.js';
import {compareExact, parseExact, parseVersion, type ExactVersion, type Version, type VersionScheme} from './versions.js';

/**
 * The row of an upgrade table that states a fact about one upgrade (allows a
 * hop, or refuses a direct upgrade), so an answer can link to it.
 */
export interface RowCitation {
  /** Id of the {@link UpgradeTable} holding the row (`<file>:<line>`). */
  readonly table: string;
  /** 0-based index of the row in `table.rows`. */
  readonly row: number;
  /** Element id of the rendered row (`UpgradeRow.anchor`), for `permalink#anchor`. */
  readonly anchor: string;
  /** URL path of the page holding the table (`UpgradeTable.permalink`); `null` when unknown. */
  readonly permalink: string | null;
  /** Site-relative POSIX path of the file holding the row. */
  readonly file: string;
  /** 1-based line of the row. */
  readonly line: number;
  /** Source version cell as written, such as `4.1.x` or `4.1.12`. */
  readonly source: string;
  /** Target version cell as written, such as `4.3.6`. */
  readonly target: string;
}

/**
 * The supported upgrades of one dataset as a directed graph.
 *
 * Build it with {@link upgradeGraph}; query it with {@link reachableFrom},
 * {@link canReach} and `findUpgradePath`. Plain data (maps keyed by
 * normalised semver strings); never mutated after it is built.
 */
export interface UpgradeGraph {
  /** Id of the dataset the graph was built from (`<product>/<install>`). */
  readonly dataset: string;
  /** The dataset's version scheme (`Dataset.scheme`, default `semver`): how `from`/`to` are read. */
  readonly scheme: VersionScheme;
  /**
   * Nodes: every exact version the dataset mentions (`Dataset.versions` plus
   * any exact version in a row), normalised semver (`v4.7.1` → `4.7.1`),
   * newest first, without duplicates.
   */
  readonly versions: readonly string[];
  /**
   * Edges: source version → (target version → citation of the row allowing
   * the hop). Targets are in newest-first order. A source without a
   * supported hop has no entry.
   */
  readonly edges: ReadonlyMap<string, ReadonlyMap<string, RowCitation>>;
  /**
   * Refusals: source version → (target version → citation of the ❌ row
   * refusing the direct upgrade). Only pairs that are not edges appear;
   * targets in newest-first order. A source without refusals has no entry.
   */
  readonly refusals: ReadonlyMap<string, ReadonlyMap<string, RowCitation>>;
}

/** What the rows of one level (exact or wildcard) say about one pair. */
interface Statement {
  supported?: RowCitation;
  refused?: RowCitation;
}

/** What all rows say about one pair, by level. */
interface PairRows {
  exact: Statement;
  wildcard: Statement;
}

/**
 * Build the upgrade graph of a dataset.
 *
 * Rules (how an upgrade table is read as data):
 *
 * - Nodes are the exact versions of the dataset, normalised, newest first
 *   (see {@link UpgradeGraph.versions}).
 * - A row with `supported === true` is an edge source → target; a row with
 *   `supported === false` is never an edge but is kept as a refusal of that
 *   direct upgrade; a row with `supported === null` (support cell not read)
 *   is ignored, as is a row whose source or target is no version of the
 *   table's scheme (`parseVersion`).
 * - A series (`4.1.x`, `4.x`) or a range (`2.5 - 2.12`), as source or as
 *   target, stands for every node it covers (`covers`), as if the row were
 *   repeated once per version; so a series target is an edge to every known
 *   version of the series, and a same-series row `6.0.x -> 6.0.x` is an
 *   edge from each version of the series to each newer one.
 * - Upgrades only move forward: a row (or an expansion) whose source is not
 *   older than its target is neither an edge nor a refusal (so
 *   `4.1.x -> 4.1.9` covers `4.1.0`…`4.1.8` only). The graph is therefore
 *   acyclic.
 * - Exact rows win over wildcard rows for the same pair: when any exact row
 *   (✅ or ❌) names the pair, wildcard rows are not consulted for it. So
 *   `4.1.x -> 4.3.6 ❌` with `4.1.7 -> 4.3.6 ✅` allows 4.1.7 → 4.3.6, and
 *   `4.1.x -> 4.3.6 ✅` with `4.1.12 -> 4.3.6 ❌` refuses 4.1.12 → 4.3.6.
 * - Rows of the same level that contradict each other (one ✅, one ❌ for
 *   the same pair) make an edge: support wins, the contradiction is a lint
 *   matter, not the graph's.
 * - A citation is the first row that decides, in document order (dataset
 *   tables are by file then line, rows in order): the first exact row when
 *   exact rows decide, else the first wildcard row.
 *
 * @param dataset
 *   One dataset (`Dataset`), tables already in document order.
 * @returns
 *   The graph. Pure: the dataset is not changed; never throws (content
 *   problems are ignored here and reported by the lint checks).
 */
export function upgradeGraph(dataset: Dataset): UpgradeGraph {
  const scheme = dataset.scheme ?? 'semver';
  // Every version is parsed once; comparisons use the parsed values.
  const parsed = new Map<string, ExactVersion>();
  const know = (version: ExactVersion | undefined): void => {
    if (version !== undefined && !parsed.has(version.version)) parsed.set(version.version, version);
  };
  for (const text of dataset.versions) know(parseExact(text, scheme) ?? parseExact(text, 'loose'));
  const read: Array<{table: UpgradeTable; row: UpgradeRow; index: number; source: Version; target: Version}> = [];
  for (const table of dataset.tables) {
    table.rows.forEach(function (row, index) {
      const source = parseVersion(row.source, table.scheme ?? scheme);
      const target = parseVersion(row.target, table.scheme ?? scheme);
      for (const version of [source, target]) {
        if (version?.kind === 'exact') know(version);
        else if (version?.kind === 'range') {
          know(version.from);
          know(version.to);
        }
      }
      if (row.supported !== null && source !== undefined && target !== undefined) {
        read.push({table, row, index, source, target});
      }
    });
  }
  const value = (version: string): ExactVersion => parsed.get(version) as ExactVersion;
  // Newest first; two texts of one value in text order (as `newestFirst`).
  const versions = [...parsed.keys()].sort(
    (left, right) => compareExact(value(right), value(left)) || (left < right ? -1 : left > right ? 1 : 0),
  );
  const rank = new Map(versions.map((version, index) => [version, index]));

  // What a series stands for: the versions by their first one, two and
  // three parts, newest first (built on the first series asked for).
  let bySeries: Map<string, string[]> | undefined;
  const seriesOf = (prefix: readonly number[]): readonly string[] => {
    if (bySeries === undefined) {
      bySeries = new Map();
      for (const version of versions) {
        const {parts} = value(version);
        for (let length = 1; length <= Math.min(3, parts.length); length++) {
          const key = length + ':' + parts.slice(0, length).join('.');
          const list = bySeries.get(key);
          if (list) list.push(version);
          else bySeries.set(key, [version]);
        }
      }
    }
    return bySeries.get(prefix.length + ':' + prefix.join('.')) ?? [];
  };
  const ranges = new Map<string, string[]>();
  const expand = (version: Version): readonly string[] => {
    if (version.kind === 'exact') return [version.version];
    if (version.kind === 'wildcard') return seriesOf(version.prefix);
    let list = ranges.get(version.text);
    if (list === undefined) {
      list = versions.filter((candidate) => compareExact(version.from, value(candidate)) <= 0 && compareExact(value(candidate), version.to) <= 0);
      ranges.set(version.text, list);
    }
    return list;
  };

  const pairs = new Map<string, Map<string, PairRows>>();
  for (const {table, row, index, source, target} of read) {
    const citation = rowCitation(table, row, index);
    const level = source.kind === 'exact' && target.kind === 'exact' ? 'exact' : 'wildcard';
    const targets = expand(target);
    for (const from of expand(source)) {
      const older = value(from);
      let byTarget = pairs.get(from);
      for (const to of targets) {
        if (compareExact(older, value(to)) >= 0) continue;
        if (byTarget === undefined) {
          byTarget = new Map();
          pairs.set(from, byTarget);
        }
        let rows = byTarget.get(to);
        if (rows === undefined) {
          rows = {exact: {}, wildcard: {}};
          byTarget.set(to, rows);
        }
        const statement = rows[level];
        if (row.supported) statement.supported ??= citation;
        else statement.refused ??= citation;
      }
    }
  }

  const edges = new Map<string, Map<string, RowCitation>>();
  const refusals = new Map<string, Map<string, RowCitation>>();
  for (const from of versions) {
    const targets = pairs.get(from);
    if (targets === undefined) continue;
    for (const to of [...targets.keys()].sort((left, right) => (rank.get(left) ?? 0) - (rank.get(right) ?? 0))) {
      const rows = targets.get(to);
      if (rows === undefined) continue;
      const deciding =
        rows.exact.supported !== undefined || rows.exact.refused !== undefined ? rows.exact : rows.wildcard;
      if (deciding.supported !== undefined) add(edges, from, to, deciding.supported);
      else if (deciding.refused !== undefined) add(refusals, from, to, deciding.refused);
    }
  }

  return {dataset: dataset.id, scheme, versions, edges, refusals};
}

/**
 * Every version reachable from `from` by one or more supported hops.
 *
 * @param graph
 *   Graph from {@link upgradeGraph}.
 * @param from
 *   Exact version as written (`v4.6.41` and `4.6.41` are the same).
 * @returns
 *   A new set of normalised versions, `from` itself excluded (the graph is
 *   acyclic). Empty when `from` is not an exact version or not a node, or
 *   has no supported hop. Never throws.
 */
export function reachableFrom(graph: UpgradeGraph, from: string): Set<string> {
  const reached = new Set<string>();
  const start = normalizeVersion(from, graph.scheme);
  if (start === undefined) return reached;
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index] as string;
    for (const next of graph.edges.get(current)?.keys() ?? []) {
      if (next === start || reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}

/**
 * Whether some chain of supported hops leads from `from` to `to`.
 *
 * @param graph
 *   Graph from {@link upgradeGraph}.
 * @param from
 *   Exact version as written.
 * @param to
 *   Exact version as written.
 * @returns
 *   `true` when `to` is reachable from `from`, or when both are the same
 *   known version (zero hops); `false` otherwise, including when either is
 *   not an exact version or not a node of the graph. Never throws.
 */
export function canReach(graph: UpgradeGraph, from: string, to: string): boolean {
  const start = normalizeVersion(from, graph.scheme);
  const end = normalizeVersion(to, graph.scheme);
  if (start === undefined || end === undefined) return false;
  if (start === end) return graph.versions.includes(start);
  return reachableFrom(graph, start).has(end);
}

/**
 * Normalised exact version of a scheme (`v4.7.1` → `4.7.1`, surrounding
 * white space ignored), or `undefined` for anything else (series and ranges
 * included).
 *
 * @internal Shared with `path.ts`; not part of the package API.
 */
export function normalizeVersion(text: string, scheme: VersionScheme = 'semver'): string | undefined {
  const version = parseVersion(text.trim(), scheme);
  return version?.kind === 'exact' ? version.version : undefined;
}

/**
 * The citation of row `index` of `table`.
 *
 * @internal Shared with `diagram.ts`; not part of the package API.
 */
export function rowCitation(table: UpgradeTable, row: UpgradeRow, index: number): RowCitation {
  return {
    table: table.id,
    row: index,
    anchor: row.anchor,
    permalink: table.permalink,
    file: table.file,
    line: row.line,
    source: row.source,
    target: row.target,
  };
}

function add(
  map: Map<string, Map<string, RowCitation>>,
  from: string,
  to: string,
  citation: RowCitation,
): void {
  let targets = map.get(from);
  if (targets === undefined) {
    targets = new Map();
    map.set(from, targets);
  }
  targets.set(to, citation);
}
