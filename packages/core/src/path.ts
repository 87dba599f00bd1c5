import {normalizeVersion, reachableFrom, type RowCitation, type UpgradeGraph} from './graph.js';
import {hopListsOf, type HopLists} from './hops.js';
import {compareVersions, newestFirst} from './versions.js';

/** One supported upgrade step of a path, with the row that allows it. */
export interface UpgradeHop {
  /** Normalised exact source version. */
  readonly from: string;
  /** Normalised exact target version (newer than `from`). */
  readonly to: string;
  /** The row allowing the hop (see `upgradeGraph` for which row is cited). */
  readonly citation: RowCitation;
}

/** The documented versions closest to an undocumented one. */
export interface NearestVersions {
  /** Newest documented version older than the one asked about, `null` when none. */
  readonly below: string | null;
  /** Oldest documented version newer than the one asked about, `null` when none. */
  readonly above: string | null;
}

/** A supported row goes straight from `from` to `to`. */
export interface DirectAnswer {
  readonly kind: 'direct';
  /** Normalised `from`. */
  readonly from: string;
  /** Normalised `to`. */
  readonly to: string;
  /** Exactly one hop: `from` → `to`. */
  readonly hops: readonly UpgradeHop[];
}

/** No supported row goes straight there, but a chain of them does. */
export interface PathAnswer {
  readonly kind: 'path';
  readonly from: string;
  readonly to: string;
  /**
   * Two or more hops, `hops[0].from === from`, `hops.at(-1).to === to`,
   * each hop's `to` the next hop's `from`; no version repeats. The path has
   * the fewest hops; among those, the newest intermediate versions (see
   * {@link findUpgradePath}).
   */
  readonly hops: readonly UpgradeHop[];
  /** The ❌ row refusing the direct upgrade `from` → `to`, `null` when none. */
  readonly refusedBy: RowCitation | null;
}

/** No chain of supported rows leads from `from` to `to`. */
export interface NoPathAnswer {
  readonly kind: 'no-path';
  readonly from: string;
  readonly to: string;
  /**
   * Newest version reachable from `from` by one or more supported hops
   * (`from` itself excluded), `null` when `from` has no supported hop.
   */
  readonly newestReachable: string | null;
  /** The ❌ row refusing the direct upgrade `from` → `to`, `null` when none. */
  readonly refusedBy: RowCitation | null;
}

/** `to` is older than `from` by semver precedence: a downgrade, not an upgrade. */
export interface DowngradeAnswer {
  readonly kind: 'downgrade';
  readonly from: string;
  readonly to: string;
}

/** `from` and `to` are the same version (by semver value): nothing to do. */
export interface SameVersionAnswer {
  readonly kind: 'same';
  readonly from: string;
  readonly to: string;
}

/** `from` and/or `to` is a valid version that no row of the dataset mentions. */
export interface UnknownVersionAnswer {
  readonly kind: 'unknown-version';
  /** Normalised `from`. */
  readonly from: string;
  /** Normalised `to`. */
  readonly to: string;
  /** Which of the two are unknown, in the order `from`, `to`; never empty. */
  readonly unknown: ReadonlyArray<'from' | 'to'>;
  /** Closest documented versions, one key per unknown version. */
  readonly nearest: {readonly from?: NearestVersions; readonly to?: NearestVersions};
}

/** `from` and/or `to` is not an exact semver version (such as `4.7`, `4.7.x`, `latest`). */
export interface InvalidVersionAnswer {
  readonly kind: 'invalid-version';
  /** `from` as given. */
  readonly from: string;
  /** `to` as given. */
  readonly to: string;
  /** Which of the two are invalid, in the order `from`, `to`; never empty. */
  readonly invalid: ReadonlyArray<'from' | 'to'>;
}

/** The answer to "how do I get from `from` to `to`", discriminated by `kind`. */
export type UpgradeAnswer =
  | DirectAnswer
  | PathAnswer
  | NoPathAnswer
  | DowngradeAnswer
  | SameVersionAnswer
  | UnknownVersionAnswer
  | InvalidVersionAnswer;

/**
 * Answer "how do I upgrade from `from` to `to`" from the supported rows.
 *
 * Checks, in this order (the first that applies is the answer):
 *
 * 1. `invalid-version`: `from` or `to` is not an exact semver version
 *    (`parseVersion`; a leading `v` and surrounding white space allowed,
 *    wildcards such as `4.7.x` rejected).
 * 2. `unknown-version`: `from` or `to` is not a node of the graph (no row of
 *    the dataset mentions it); `nearest` gives the documented neighbours.
 * 3. `same`: equal by semver value. 4. `downgrade`: `to` older than `from`.
 * 5. `direct`: a supported row allows `from` → `to` (exact or via wildcard).
 * 6. `path`: the shortest chain of supported hops, with `refusedBy` when a
 *    ❌ row refuses the direct upgrade (docs that send users through an
 *    intermediate version on purpose).
 * 7. `no-path`: with `newestReachable` and `refusedBy`.
 *
 * Path choice (deterministic): the fewest hops; among equally short paths,
 * the one whose first intermediate version is newest, then the second, and
 * so on (the lexicographically newest sequence). Computed by one pass over
 * the versions from `to` back to `from` (every hop goes to a newer
 * version), giving every version its hop count to `to`, then a greedy
 * walk from `from` that at each step takes the newest successor one hop
 * closer to `to`. Every successor one hop closer lies on
 * some shortest path, so picking the newest at each step yields the newest
 * first intermediate, then the newest second given the first, and so on.
 * Time O(versions + edges) per call.
 *
 * @param graph
 *   Graph from `upgradeGraph`.
 * @param from
 *   Installed version, as typed (`4.4.20`, `v4.4.20`).
 * @param to
 *   Wanted version, as typed.
 * @returns
 *   The answer. Never throws: bad input is an `invalid-version` answer.
 */
export function findUpgradePath(graph: UpgradeGraph, from: string, to: string): UpgradeAnswer {
  const start = normalizeVersion(from, graph.scheme);
  const end = normalizeVersion(to, graph.scheme);
  if (start === undefined || end === undefined) {
    const invalid: Array<'from' | 'to'> = [];
    if (start === undefined) invalid.push('from');
    if (end === undefined) invalid.push('to');
    return {kind: 'invalid-version', from, to, invalid};
  }

  const fromNode = graph.versions.indexOf(start);
  const toNode = graph.versions.indexOf(end);
  if (fromNode === -1 || toNode === -1) {
    const unknown: Array<'from' | 'to'> = [];
    const nearest: {from?: NearestVersions; to?: NearestVersions} = {};
    if (fromNode === -1) {
      unknown.push('from');
      nearest.from = nearestVersions(graph.versions, start);
    }
    if (toNode === -1) {
      unknown.push('to');
      nearest.to = nearestVersions(graph.versions, end);
    }
    return {kind: 'unknown-version', from: start, to: end, unknown, nearest};
  }

  const order = compareVersions(start, end);
  if (order === 0) return {kind: 'same', from: start, to: end};
  if (order > 0) return {kind: 'downgrade', from: start, to: end};

  const edges = hopListsOf(graph.edges, graph.versions);
  const direct = pairAt(edges, fromNode, toNode);
  if (direct !== -1) {
    return {kind: 'direct', from: start, to: end, hops: [{from: start, to: end, citation: edges.citation(direct)}]};
  }

  const refusals = hopListsOf(graph.refusals, graph.versions);
  const refused = pairAt(refusals, fromNode, toNode);
  const refusedBy = refused === -1 ? null : refusals.citation(refused);
  const distance = hopCounts(edges, toNode, fromNode);
  const total = distance[fromNode] as number;
  if (total === -1) {
    const newestReachable = newestFirst(reachableFrom(graph, start))[0] ?? null;
    return {kind: 'no-path', from: start, to: end, newestReachable, refusedBy};
  }

  const {versions, start: first, targets} = edges;
  const hops: UpgradeHop[] = [];
  let current = fromNode;
  for (let remaining = total; remaining > 0; remaining--) {
    // Targets are stored newest first, so the first match is the newest.
    let at = first[current] as number;
    const last = first[current + 1] as number;
    while (at < last && distance[targets[at] as number] !== remaining - 1) at++;
    /* c8 ignore next -- unreachable: a node at distance d > 0 has a successor at d - 1. */
    if (at === last) break;
    const next = targets[at] as number;
    hops.push({from: versions[current] as string, to: versions[next] as string, citation: edges.citation(at)});
    current = next;
  }
  return {kind: 'path', from: start, to: end, hops, refusedBy};
}

/**
 * Hop count from every version that can reach `to` (`to` itself at 0).
 *
 * @internal Used by rule `stranded-version`; not part of the package API.
 */
export function distancesTo(graph: UpgradeGraph, to: string): Map<string, number> {
  const distance = new Map<string, number>([[to, 0]]);
  const {versions} = graph;
  const target = versions.indexOf(to);
  if (target === -1) return distance;
  const counts = hopCounts(hopListsOf(graph.edges, versions), target, -1);
  for (let node = target + 1; node < versions.length; node++) {
    if ((counts[node] as number) !== -1) distance.set(versions[node] as string, counts[node] as number);
  }
  return distance;
}

/**
 * Hop count to node `to` from every node (`-1`: it cannot reach `to`).
 *
 * Every hop of an upgrade graph goes to a newer version, a lower node
 * number (`graph.versions` is newest first, see `upgradeGraph`), so one
 * pass over the nodes older than `to`, in that order, finds each node's
 * targets already counted: a node's count is one more than its nearest
 * target's. Time O(versions + edges), no reversed edges built.
 *
 * @param from
 *   Stop after this node (older nodes are not counted, left `-1`); `-1`:
 *   count every node.
 */
function hopCounts(edges: HopLists, to: number, from: number): Int32Array {
  const {start, targets} = edges;
  const counts = new Int32Array(edges.versions.length).fill(-1);
  counts[to] = 0;
  for (let node = to + 1; node < counts.length; node++) {
    let nearest = -1;
    for (let at = start[node] as number; at < (start[node + 1] as number); at++) {
      const hops = counts[targets[at] as number] as number;
      if (hops !== -1 && (nearest === -1 || hops < nearest)) nearest = hops;
    }
    if (nearest !== -1) counts[node] = nearest + 1;
    if (node === from) break;
  }
  return counts;
}

/** Place of the pair `from` → `to` in the lists, `-1` when there is none. */
function pairAt(lists: HopLists, from: number, to: number): number {
  let low = lists.start[from] as number;
  let high = lists.start[from + 1] as number;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const target = lists.targets[middle] as number;
    if (target === to) return middle;
    if (target < to) low = middle + 1;
    else high = middle;
  }
  return -1;
}

/** Documented neighbours of `version` in a newest-first list. */
function nearestVersions(versions: readonly string[], version: string): NearestVersions {
  let above: string | null = null;
  for (const candidate of versions) {
    const order = compareVersions(candidate, version);
    if (order < 0) return {below: candidate, above};
    if (order > 0) above = candidate;
  }
  return {below: null, above};
}
