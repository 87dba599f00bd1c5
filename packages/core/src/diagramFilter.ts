import type {UpgradeDiagram} from './diagram.js';
import {normalizeVersion} from './graph.js';
import {compareVersions} from './versions.js';

/** Which part of an {@link UpgradeDiagram} to show. */
export interface DiagramFilter {
  /** Keep versions that rows of tables with this group label (`4.7.x`) name or cover. */
  readonly group?: string | undefined;
  /** Keep versions at least this one (by value; `v4.5.0` is `4.5.0`). */
  readonly from?: string | undefined;
  /** Keep versions at most this one. */
  readonly to?: string | undefined;
}

/** What {@link filterDiagram} keeps. */
export interface FilteredDiagram {
  /** Ids of the nodes kept: a collapsed node is kept when one of its versions is. */
  readonly nodes: ReadonlySet<string>;
  /** Versions kept (a collapsed node's versions that are out are listed dimmed). */
  readonly versions: ReadonlySet<string>;
  /** Ids of the edges kept: both ends kept. */
  readonly edges: ReadonlySet<string>;
  /** `from` and/or `to` when given but not an exact version of the scheme: that bound was not applied. */
  readonly invalid: ReadonlyArray<'from' | 'to'>;
}

/**
 * The part of a diagram a `group`/`from`/`to` filter keeps: every given
 * condition must hold for a version.
 *
 * @param diagram
 *   From `upgradeDiagram` (any extension of it, such as a laid-out one).
 * @param filter
 *   Conditions; none given keeps everything.
 * @returns
 *   Kept node, version and edge ids, and the bounds that are not versions.
 *   Never throws.
 */
export function filterDiagram(diagram: UpgradeDiagram, filter: DiagramFilter): FilteredDiagram {
  const invalid: Array<'from' | 'to'> = [];
  const bound = (name: 'from' | 'to'): string | undefined => {
    const text = filter[name];
    if (text === undefined) return undefined;
    const version = normalizeVersion(text, diagram.scheme);
    if (version === undefined) invalid.push(name);
    return version;
  };
  const from = bound('from');
  const to = bound('to');
  const versions = new Set<string>();
  const nodes = new Set<string>();
  for (const node of diagram.nodes) {
    for (const item of node.versions) {
      if (filter.group !== undefined && !item.groups.includes(filter.group)) continue;
      if (from !== undefined && compareVersions(item.version, from) < 0) continue;
      if (to !== undefined && compareVersions(item.version, to) > 0) continue;
      versions.add(item.version);
      nodes.add(node.id);
    }
  }
  const edges = new Set(diagram.edges.filter((edge) => nodes.has(edge.from) && nodes.has(edge.to)).map((edge) => edge.id));
  return {nodes, versions, edges, invalid};
}

/**
 * Ids of the edges of a diagram that carry one of the hops of an upgrade
 * path (`UpgradeHop.from`/`to`), for highlighting a checker's answer.
 *
 * @param diagram
 *   From `upgradeDiagram`.
 * @param hops
 *   Hops of a `direct` or `path` answer (normalised versions).
 * @returns
 *   Edge ids, in diagram order.
 */
export function pathEdges(
  diagram: UpgradeDiagram,
  hops: ReadonlyArray<{readonly from: string; readonly to: string}>,
): string[] {
  const wanted = new Set(hops.map((hop) => hop.from + ' ' + hop.to));
  return diagram.edges
    .filter((edge) => edge.supported && edge.hops.some(([from, to]) => wanted.has(from + ' ' + to)))
    .map((edge) => edge.id);
}
