import type {DiagramEdge, DiagramNode, DiagramSeries, UpgradeDiagram} from '@upgrade-paths/core';

/**
 * The laid-out upgrade graph: the shape of a graph data module, written by
 * `docusaurus-plugin-upgrade-paths` at build time (elkjs) and drawn by
 * `@theme/UpgradeGraph`. Coordinates and sizes are in CSS pixels of the
 * SVG's user space, origin top left.
 */

/** A point of the drawing. */
export interface GraphPoint {
  readonly x: number;
  readonly y: number;
}

/** Font metrics the layout measures labels with; the drawing uses the same. */
export const graphMetrics = {
  /** Font size of version labels, px (monospace). */
  fontSize: 12,
  /** Advance of one character at `fontSize`, px (0.6 em: the common monospace advance). */
  charWidth: 7.2,
  /** Height of one line of a label, px. */
  lineHeight: 16,
  /** Padding inside a node, px. */
  padding: 8,
  /** Width of the series labels at the left of the lanes, px. */
  laneLabelWidth: 56,
} as const;

/** A node with its box (top left corner, size) and, collapsed, where each version is listed. */
export interface LaidOutNode extends DiagramNode {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Baseline position of each version's label (`versions` order), absolute. */
  readonly labels: readonly GraphPoint[];
}

/** An edge with its route: a polyline from the source's border to the target's. */
export interface LaidOutEdge extends DiagramEdge {
  readonly points: readonly GraphPoint[];
}

/** A lane: the band of the drawing holding one series' nodes. */
export interface LaidOutSeries extends DiagramSeries {
  /** Top of the band. */
  readonly y: number;
  readonly height: number;
}

/** A laid-out diagram: what one graph data module holds. */
export interface UpgradeGraphLayout extends UpgradeDiagram {
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  /** Lanes, oldest first (top to bottom). */
  readonly series: readonly LaidOutSeries[];
  /** Size of the whole drawing. */
  readonly width: number;
  readonly height: number;
  /**
   * Set when one node per version was asked for but the dataset has more
   * versions than the plugin lays out so (`limit`): this layout is then
   * the collapsed one.
   */
  readonly collapsedBecause?: {readonly versions: number; readonly limit: number} | undefined;
}
