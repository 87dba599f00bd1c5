import {readCells, type Cells} from './cells.js';
import {HopMap, hopListsOf, type HopLists} from './hops.js';
import type {Dataset} from './model.js';
import {indexNodes, type Nodes} from './nodes.js';
import {Statements} from './statements.js';
import {parseVersion, type RangeVersion, type SeriesVersion, type VersionScheme} from './versions.js';

export {rowCitation} from './cells.js';

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
 * {@link canReach} and `findUpgradePath`. Maps keyed by normalised
 * versions; never mutated after it is built. `edges` and `refusals` are
 * read-only maps that make a source's inner `Map` the first time it is read
 * (the queries above work on the numbers beneath them and make none), so a
 * graph costs little more than reading its dataset's versions; they are not
 * `Map` instances and do not survive `structuredClone` (copy one with
 * `new Map(graph.edges)`).
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
 * Cost: each version text is read once; the versions are sorted once; a
 * row costs the pairs it names (one for an exact row, the versions of a
 * series or range otherwise; a wildcard row repeating an earlier one
 * names nothing new and costs nothing more). Time about O(versions log
 * versions + rows + pairs named). Citations and the inner maps of
 * `edges` and `refusals` are made when first read, not here.
 *
 * @param dataset
 *   One dataset (`Dataset`), tables already in document order.
 * @returns
 *   The graph. Pure: the dataset is not changed; never throws (content
 *   problems are ignored here and reported by the lint checks). The
 *   graph keeps the dataset: citations are read from its rows when first
 *   asked for, so change neither while the graph is in use.
 */
export function upgradeGraph(dataset: Dataset): UpgradeGraph {
  const scheme = dataset.scheme ?? 'semver';
  const cells = readCells(dataset, scheme);
  const nodes = indexNodes(cells.exacts);
  const statements = new Statements(nodes.versions.length, cells.rows);
  sayRows(cells, nodes, statements);
  const {versions} = nodes;
  const lists = statements.lists();
  const listsOf = ({start, targets, rows}: typeof lists.edges): HopLists => ({
    versions,
    start,
    targets,
    citation: (at) => cells.citation(rows[at] as number),
  });
  return {dataset: dataset.id, scheme, versions, edges: new HopMap(listsOf(lists.edges)), refusals: new HopMap(listsOf(lists.refusals))};
}

/**
 * Record what each row says about each pair of nodes its cells stand for
 * (rules: `upgradeGraph`).
 */
function sayRows(cells: Cells, nodes: Nodes, statements: Statements): void {
  const {sources, targets, supports, exact: exactOf} = cells;
  const {value, nodeOf} = nodes;
  const cellCount = cells.version.length;
  const repeats = new Set<number>();
  for (let row = 0; row < cells.rows; row++) {
    const source = sources[row] as number;
    const target = targets[row] as number;
    const supported = supports[row] === 1;
    const sourceExact = exactOf[source] as number;
    const targetExact = exactOf[target] as number;
    if (sourceExact !== -1 && targetExact !== -1) {
      const older = nodeOf[sourceExact] as number;
      const newer = nodeOf[targetExact] as number;
      // Upgrades only move forward: the source must be older.
      if ((value[older] as number) > (value[newer] as number)) statements.say(older, newer, true, supported, row);
      continue;
    }
    // A wildcard row repeating an earlier one (the same cells, read in the
    // same scheme, the same support) names the same pairs again: the
    // earlier row is cited for all of them.
    const key = (source * cellCount + target) * 2 + (supported ? 1 : 0);
    if (repeats.has(key)) continue;
    repeats.add(key);
    const from = sourceExact === -1 ? nodes.expand(cells.version[source] as SeriesVersion | RangeVersion) : [nodeOf[sourceExact] as number];
    const to = targetExact === -1 ? nodes.expand(cells.version[target] as SeriesVersion | RangeVersion) : [nodeOf[targetExact] as number];
    for (const older of from) {
      const olderValue = value[older] as number;
      for (const newer of to) if (olderValue > (value[newer] as number)) statements.say(older, newer, false, supported, row);
    }
  }
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
  const version = normalizeVersion(from, graph.scheme);
  const first = version === undefined ? -1 : graph.versions.indexOf(version);
  if (first === -1) return reached;
  // Every hop goes to a newer version (a lower node number): one pass from
  // `from` towards the newest marks every node reached.
  const {start, targets, versions} = hopListsOf(graph.edges, graph.versions);
  const seen = new Uint8Array(versions.length);
  seen[first] = 1;
  for (let node = first; node >= 0; node--) {
    if (seen[node] === 0) continue;
    if (node !== first) reached.add(versions[node] as string);
    for (let at = start[node] as number; at < (start[node + 1] as number); at++) seen[targets[at] as number] = 1;
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
