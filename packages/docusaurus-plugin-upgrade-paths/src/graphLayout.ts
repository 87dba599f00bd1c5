import elkjs, {type ElkExtendedEdge, type ElkNode, type ElkPoint} from 'elkjs/lib/elk.bundled.js';
import {upgradeDiagram, type Dataset, type DiagramNode, type UpgradeDiagram} from '@upgrade-paths/core';
import {
  graphMetrics,
  type LaidOutEdge,
  type LaidOutNode,
  type LaidOutSeries,
  type UpgradeGraphLayout,
} from './client/graphLayout.js';

/**
 * Most versions a dataset may have for its graph to be laid out with one
 * node per version; a larger dataset's graph is laid out one node per
 * series (`collapsedBecause`). elkjs's layered layout grows much faster
 * than the number of edges (seconds for hundreds of versions), and a
 * drawing of thousands of versions cannot be read.
 */
export const graphVersionLimit = 300;

/** Versions listed per line inside a collapsed node. */
const columnsPerLine = 4;

/**
 * Layout options of elkjs's layered algorithm (https://eclipse.dev/elk/reference.html):
 * top to bottom, one partition per series, so each series gets its own band
 * of layers (a lane), oldest at the top; polyline edges.
 */
const layoutOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.partitioning.activate': 'true',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '12',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '8',
  'elk.spacing.edgeEdge': '4',
  'elk.spacing.edgeNode': '6',
  'elk.padding': '[top=8,left=' + (graphMetrics.laneLabelWidth + 8) + ',bottom=8,right=8]',
};

// The bundled build runs elkjs in this thread, as Node.js needs. A CommonJS
// module whose `default` is itself (as TypeScript types it).
const elk = new elkjs.default();

/**
 * Lay out a dataset's upgrade graph with elkjs (layered, one lane per
 * series): the content of its graph data module.
 *
 * @param dataset
 *   The dataset, as the export has it.
 * @param collapsed
 *   One node per series (`true`) or per version (`false`; over
 *   {@link graphVersionLimit} versions, per series all the same, with
 *   `collapsedBecause` set).
 * @returns
 *   The laid-out diagram (JSON-safe).
 * @throws {Error}
 *   When elkjs fails (an invalid graph: a bug here), with the dataset id
 *   and elkjs's error as `cause`.
 */
export async function layoutUpgradeGraph(dataset: Dataset, collapsed: boolean): Promise<UpgradeGraphLayout> {
  const over = !collapsed && dataset.versions.length > graphVersionLimit;
  const diagram = upgradeDiagram(dataset, {collapse: collapsed || over});
  const layout = await layoutDiagram(diagram).catch((error: unknown) => {
    throw new Error('Could not lay out the upgrade graph of dataset `' + dataset.id + '`', {cause: error});
  });
  return over ? {...layout, collapsedBecause: {versions: dataset.versions.length, limit: graphVersionLimit}} : layout;
}

/** Lay out a diagram: elkjs places the nodes and routes the edges; lanes are the bands of the series' nodes. */
async function layoutDiagram(diagram: UpgradeDiagram): Promise<UpgradeGraphLayout> {
  const series = new Map(diagram.series.map((item) => [item.id, item.index]));
  const sizes = new Map(diagram.nodes.map((node) => [node.id, nodeSize(node, diagram.collapsed)]));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions,
    children: diagram.nodes.map((node) => ({
      id: node.id,
      ...(sizes.get(node.id) as {width: number; height: number}),
      layoutOptions: {'elk.partitioning.partition': String(series.get(node.series) ?? 0)},
    })),
    edges: diagram.edges.map((edge): ElkExtendedEdge => ({id: edge.id, sources: [edge.from], targets: [edge.to]})),
  };
  const result = await elk.layout(graph);
  const boxes = new Map((result.children ?? []).map((child) => [child.id, child]));
  const routes = new Map((result.edges ?? []).map((edge) => [edge.id, edge.sections?.[0]]));

  const nodes = diagram.nodes.map(function (node): LaidOutNode {
    const box = boxes.get(node.id);
    const x = round(box?.x ?? 0);
    const y = round(box?.y ?? 0);
    return {...node, x, y, width: round(box?.width ?? 0), height: round(box?.height ?? 0), labels: labelPoints(node, x, y, round(box?.width ?? 0), diagram.collapsed)};
  });
  const edges = diagram.edges.map(function (edge): LaidOutEdge {
    const section = routes.get(edge.id);
    const points: ElkPoint[] = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    return {...edge, points: points.map((point) => ({x: round(point.x), y: round(point.y)}))};
  });
  const lanes = diagram.series.map(function (item): LaidOutSeries {
    const own = nodes.filter((node) => node.series === item.id);
    const top = Math.min(...own.map((node) => node.y));
    const bottom = Math.max(...own.map((node) => node.y + node.height));
    return {...item, y: round(top - 6), height: round(bottom - top + 12)};
  });
  return {...diagram, nodes, edges, series: lanes, width: round(result.width ?? 0), height: round(result.height ?? 0)};
}

/** Box size of a node: its label, or (collapsed) the series label over its versions, `columnsPerLine` a line. */
function nodeSize(node: DiagramNode, collapsed: boolean): {width: number; height: number} {
  const {charWidth, lineHeight, padding} = graphMetrics;
  const longest = Math.max(...node.versions.map((item) => item.version.length), node.id.length);
  if (!collapsed) return {width: round(longest * charWidth + 2 * padding), height: lineHeight + padding};
  const columns = Math.min(columnsPerLine, node.versions.length);
  const lines = Math.ceil(node.versions.length / columnsPerLine);
  return {
    width: round(Math.max(columns * (longest + 1) * charWidth, node.id.length * charWidth) + 2 * padding),
    height: (lines + 1) * lineHeight + padding,
  };
}

/**
 * Where a node's version labels go: the middle of the baseline in a node of
 * one version; in a collapsed node, the start of each baseline of a grid
 * under the series label.
 */
function labelPoints(node: DiagramNode, x: number, y: number, width: number, collapsed: boolean): LaidOutNode['labels'] {
  const {charWidth, lineHeight, padding, fontSize} = graphMetrics;
  const baseline = (line: number) => round(y + padding / 2 + line * lineHeight + (lineHeight + fontSize) / 2 - 2);
  if (!collapsed) return [{x: round(x + width / 2), y: baseline(0)}];
  const longest = Math.max(...node.versions.map((item) => item.version.length));
  return node.versions.map((_, index) => ({
    x: round(x + padding + (index % columnsPerLine) * (longest + 1) * charWidth),
    y: baseline(1 + Math.floor(index / columnsPerLine)),
  }));
}

/** One decimal: enough for a drawing, and a smaller module. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
