import type {UpgradeGraph} from './graph.js';
import {distancesTo} from './path.js';
import {compareVersions, covers, type Version} from './versions.js';

/** A row of a dataset with its versions read: what {@link unreachedVersions} looks at. */
export interface ReadRow {
  /** Source version, `undefined` when the cell is no version. */
  readonly source: Version | undefined;
  /** Target version, `undefined` when the cell is no version. */
  readonly target: Version | undefined;
  /** `true` supported, `false` not supported, `null` the support cell could not be read. */
  readonly supported: boolean | null;
}

/**
 * The versions of a graph from which no chain of supported hops reaches
 * the newest version: the rule of `stranded-version` (wildcard sources
 * stand for every known version of their series, exact rows win over
 * wildcard rows, rows not supported are never hops; see `upgradeGraph`).
 *
 * @param graph
 *   Graph from `upgradeGraph`.
 * @returns
 *   A new set of normalised versions (`UpgradeGraph.versions`), in graph
 *   order; empty for a graph without versions. The newest version is never
 *   in it.
 */
export function strandedVersions(graph: UpgradeGraph): Set<string> {
  const newest = graph.versions[0];
  if (newest === undefined) return new Set();
  const reaching = distancesTo(graph, newest);
  return new Set(graph.versions.filter((version) => !reaching.has(version)));
}

/**
 * The exact source versions that no supported row leads to, other than the
 * oldest version the rows mention: the rule of `unreached-source`. A
 * version is led to when a supported row has it as target, or has a series
 * or range target covering it (`covers`).
 *
 * @param rows
 *   Rows of one dataset with their versions read (any order; a row given
 *   twice changes nothing).
 * @returns
 *   The versions (normalised), the oldest mentioned version, and every
 *   exact version the rows mention (source or target) in row order.
 */
export function unreachedVersions(rows: Iterable<ReadRow>): {
  readonly unreached: Set<string>;
  readonly oldest: string | undefined;
  readonly mentioned: readonly string[];
} {
  const mentioned = new Set<string>();
  const sources = new Set<string>();
  const reached = new Set<string>();
  const patterns: Version[] = [];
  for (const row of rows) {
    if (row.source?.kind === 'exact') {
      mentioned.add(row.source.version);
      sources.add(row.source.version);
    }
    if (row.target?.kind === 'exact') mentioned.add(row.target.version);
    if (row.supported !== true || row.target === undefined) continue;
    if (row.target.kind === 'exact') reached.add(row.target.version);
    else patterns.push(row.target);
  }
  let oldest: string | undefined;
  for (const version of mentioned) {
    if (oldest === undefined || compareVersions(version, oldest) < 0) oldest = version;
    // A series or range target leads to every version it covers.
    if (!reached.has(version) && patterns.some((pattern) => covers(pattern, version))) reached.add(version);
  }
  const unreached = new Set([...sources].filter((version) => !reached.has(version) && version !== oldest));
  return {unreached, oldest, mentioned: [...mentioned]};
}
