import {rowCitation, upgradeGraph, type RowCitation, type UpgradeGraph} from './graph.js';
import {strandedVersions} from './rules/strandedVersion.js';
import {unreachedSources} from './rules/unreachedSource.js';
import type {Dataset} from './model.js';
import {createCoverIndex} from './covering.js';
import {parseExact, parseVersion, type Version, type VersionScheme} from './versions.js';

/** One version drawn in an {@link UpgradeDiagram}, with what is known about it. */
export interface DiagramVersion {
  /** Normalised exact version (`UpgradeGraph.versions`). */
  readonly version: string;
  /** No chain of supported hops reaches the newest version from it (`strandedVersions`). */
  readonly stranded: boolean;
  /** A source version no supported row leads to, not the oldest (`unreachedSources`). */
  readonly unreached: boolean;
  /** The first row naming the version (document order), `null` for a version only a range names. */
  readonly citation: RowCitation | null;
  /** Group labels (`UpgradeTable.group`) of the tables whose rows name or cover it, in document order. */
  readonly groups: readonly string[];
}

/** A lane of the diagram: one minor series (`4.6.x`). */
export interface DiagramSeries {
  /** Label and id, such as `4.6.x` (`2024.x` for a two-part version, `7.x` for a one-part one). */
  readonly id: string;
  /** Position among the series: `0` is the oldest. */
  readonly index: number;
}

/** A node: one version, or (collapsed) one series listing its versions. */
export interface DiagramNode {
  /** The version (`4.6.41`), or the series id (`4.6.x`) of a collapsed diagram. */
  readonly id: string;
  /** Id of its {@link DiagramSeries}. */
  readonly series: string;
  /** One version; a collapsed node's versions, newest first. */
  readonly versions: readonly DiagramVersion[];
}

/** An arrow: a supported hop, or a refused (❌) direct upgrade. */
export interface DiagramEdge {
  /** `<from> <to>` (node ids), unique in the diagram. */
  readonly id: string;
  /** Node id of the source. */
  readonly from: string;
  /** Node id of the target (always newer). */
  readonly to: string;
  /** `true` for a supported hop, `false` for a refusal. */
  readonly supported: boolean;
  /** The row that states it (collapsed: the row of its first hop). */
  readonly citation: RowCitation;
  /** The version pairs `[from, to]` it stands for: one, or (collapsed) every hop between two series. */
  readonly hops: ReadonlyArray<readonly [string, string]>;
}

/**
 * The upgrade graph of a dataset as something to draw, without geometry:
 * nodes by series, edges with the rows that state them, stranded and
 * unreached versions marked. Plain JSON-safe data; a layout adds
 * coordinates (the Docusaurus plugin, with elkjs).
 */
export interface UpgradeDiagram {
  /** Dataset id (`<product>/<install>`). */
  readonly dataset: string;
  /** Dataset title. */
  readonly title: string;
  /** The dataset's version scheme. */
  readonly scheme: VersionScheme;
  /** Whether each node is a whole series (`collapse`). */
  readonly collapsed: boolean;
  /** The newest version, `null` when the dataset has none. */
  readonly newest: string | null;
  /** Series, oldest first. */
  readonly series: readonly DiagramSeries[];
  /** Nodes, oldest first. */
  readonly nodes: readonly DiagramNode[];
  /** Supported hops, then refusals, each oldest source first. */
  readonly edges: readonly DiagramEdge[];
}

/**
 * The diagram of a dataset's upgrade graph (`upgradeGraph`).
 *
 * - Without `collapse`: one node per version, one edge per supported hop
 *   of the graph, one per refusal (`UpgradeGraph.refusals`).
 * - With `collapse`: one node per series, listing its versions; one edge
 *   per pair of series with a supported hop between them (a refusal edge
 *   when every hop between them is refused); hops inside a series are not
 *   drawn.
 *
 * A version's series is its first two parts (`4.6.41` → `4.6.x`), or its
 * first part when it has two or fewer (`2024.10` → `2024.x`).
 *
 * @param dataset
 *   One dataset, tables in document order.
 * @param options
 *   `collapse` (default `false`).
 * @returns
 *   The diagram. Pure; never throws.
 */
export function upgradeDiagram(dataset: Dataset, options: {readonly collapse?: boolean} = {}): UpgradeDiagram {
  const graph = upgradeGraph(dataset);
  const versions = describeVersions(dataset, graph);
  const seriesOf = new Map(graph.versions.map((version) => [version, seriesId(version, graph.scheme)]));
  const seriesIds = [...new Set([...graph.versions].reverse().map((version) => seriesOf.get(version) as string))];
  const series = seriesIds.map((id, index) => ({id, index}));
  const collapse = options.collapse === true;
  const nodeOf = (version: string): string => (collapse ? (seriesOf.get(version) as string) : version);

  const nodes = new Map<string, {id: string; series: string; versions: DiagramVersion[]}>();
  for (const version of [...graph.versions].reverse()) {
    const id = nodeOf(version);
    const node = nodes.get(id) ?? {id, series: seriesOf.get(version) as string, versions: []};
    // Oldest first here; a collapsed node lists newest first.
    node.versions.unshift(versions.get(version) as DiagramVersion);
    nodes.set(id, node);
  }

  const edges = new Map<string, {id: string; from: string; to: string; supported: boolean; citation: RowCitation; hops: Array<[string, string]>}>();
  for (const [supported, map] of [[true, graph.edges], [false, graph.refusals]] as const) {
    for (const from of [...graph.versions].reverse()) {
      for (const [to, citation] of [...(map.get(from) ?? [])].reverse()) {
        const source = nodeOf(from);
        const target = nodeOf(to);
        if (source === target) continue;
        const id = source + ' ' + target;
        const edge = edges.get(id);
        if (edge === undefined) edges.set(id, {id, from: source, to: target, supported, citation, hops: [[from, to]]});
        else if (edge.supported === supported) edge.hops.push([from, to]);
      }
    }
  }

  return {
    dataset: dataset.id,
    title: dataset.title,
    scheme: graph.scheme,
    collapsed: collapse,
    newest: graph.versions[0] ?? null,
    series,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/**
 * Series id of a normalised version: its first two parts, or first part
 * when it has two or fewer, then `.x` (see {@link upgradeDiagram}).
 */
export function seriesId(version: string, scheme: VersionScheme = 'semver'): string {
  const parts = (parseExact(version, scheme) ?? parseExact(version, 'loose'))?.parts ?? [];
  if (parts.length === 0) return version;
  return parts.slice(0, Math.max(1, Math.min(2, parts.length - 1))).join('.') + '.x';
}

/** Marks, first citation and groups of every version of the graph. */
function describeVersions(dataset: Dataset, graph: UpgradeGraph): Map<string, DiagramVersion> {
  const scheme = graph.scheme;
  const first = new Map<string, RowCitation>();
  const groups = new Map<string, string[]>();
  const patterns: Array<{version: Version; group: string}> = [];
  const addGroup = (version: string, group: string): void => {
    const list = groups.get(version);
    if (list === undefined) groups.set(version, [group]);
    else if (!list.includes(group)) list.push(group);
  };
  for (const table of dataset.tables) {
    table.rows.forEach(function (row, index) {
      const source = parseVersion(row.source, table.scheme ?? scheme);
      const target = parseVersion(row.target, table.scheme ?? scheme);
      for (const version of [source, target]) {
        if (version === undefined) continue;
        if (version.kind === 'exact') {
          if (!first.has(version.version)) first.set(version.version, rowCitation(table, row, index));
          if (table.group !== null) addGroup(version.version, table.group);
        } else if (table.group !== null) patterns.push({version, group: table.group});
      }
    });
  }
  const coveredBy = createCoverIndex(patterns, (pattern) => pattern.version);
  for (const version of graph.versions) {
    for (const pattern of coveredBy(version)) addGroup(version, pattern.group);
  }
  const {stranded} = strandedVersions(dataset, graph);
  const {unreached} = unreachedSources(dataset.tables);
  const described = new Map<string, DiagramVersion>();
  for (const version of graph.versions) {
    described.set(version, {
      version,
      stranded: stranded.has(version),
      unreached: unreached.has(version),
      citation: first.get(version) ?? null,
      groups: groups.get(version) ?? [],
    });
  }
  return described;
}
