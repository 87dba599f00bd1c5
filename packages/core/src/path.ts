import {normalizeVersion, reachableFrom, type RowCitation, type UpgradeGraph} from './graph.js';
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

  const knownFrom = graph.versions.includes(start);
  const knownTo = graph.versions.includes(end);
  if (!knownFrom || !knownTo) {
    const unknown: Array<'from' | 'to'> = [];
    const nearest: {from?: NearestVersions; to?: NearestVersions} = {};
    if (!knownFrom) {
      unknown.push('from');
      nearest.from = nearestVersions(graph.versions, start);
    }
    if (!knownTo) {
      unknown.push('to');
      nearest.to = nearestVersions(graph.versions, end);
    }
    return {kind: 'unknown-version', from: start, to: end, unknown, nearest};
  }

  const order = compareVersions(start, end);
  if (order === 0) return {kind: 'same', from: start, to: end};
  if (order > 0) return {kind: 'downgrade', from: start, to: end};

  const direct = graph.edges.get(start)?.get(end);
  if (direct !== undefined) {
    return {kind: 'direct', from: start, to: end, hops: [{from: start, to: end, citation: direct}]};
  }

  const refusedBy = graph.refusals.get(start)?.get(end) ?? null;
  const distance = distancesTo(graph, end, start);
  const total = distance.get(start);
  if (total === undefined) {
    const newestReachable = newestFirst(reachableFrom(graph, start))[0] ?? null;
    return {kind: 'no-path', from: start, to: end, newestReachable, refusedBy};
  }

  const hops: UpgradeHop[] = [];
  let current = start;
  for (let remaining = total; remaining > 0; remaining--) {
    // Targets are stored newest first, so the first match is the newest.
    let step: UpgradeHop | undefined;
    for (const [next, citation] of graph.edges.get(current) ?? []) {
      if (distance.get(next) === remaining - 1) {
        step = {from: current, to: next, citation};
        break;
      }
    }
    /* c8 ignore next -- unreachable: a node at distance d > 0 has a successor at d - 1. */
    if (step === undefined) break;
    hops.push(step);
    current = step.to;
  }
  return {kind: 'path', from: start, to: end, hops, refusedBy};
}

/**
 * Hop count from every version that can reach `to` (`to` itself at 0).
 *
 * Every hop of an upgrade graph goes to a newer version, and
 * `graph.versions` is newest first (see `upgradeGraph`), so one pass over
 * the versions older than `to`, in that order, finds each version's
 * successors already counted: a version's count is one more than its
 * nearest successor's. Time O(versions + edges), no reversed edges built.
 *
 * @param from
 *   Stop after this version (the counts of older versions are not needed);
 *   default: count every version.
 * @internal Shared with rule `stranded-version`; not part of the package API.
 */
export function distancesTo(graph: UpgradeGraph, to: string, from?: string): Map<string, number> {
  const distance = new Map<string, number>([[to, 0]]);
  const {versions, edges} = graph;
  const first = versions.indexOf(to);
  if (first === -1 || to === from) return distance;
  for (let index = first + 1; index < versions.length; index++) {
    const version = versions[index] as string;
    const targets = edges.get(version);
    if (targets !== undefined) {
      let nearest = Infinity;
      for (const target of targets.keys()) {
        const hops = distance.get(target);
        if (hops !== undefined && hops < nearest) nearest = hops;
      }
      if (nearest !== Infinity) distance.set(version, nearest + 1);
    }
    if (version === from) break;
  }
  return distance;
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
