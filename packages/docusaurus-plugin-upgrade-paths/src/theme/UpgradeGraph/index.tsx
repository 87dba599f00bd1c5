/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeGraph';
import UpgradeGraphEdge from '@theme/UpgradeGraph/Edge';
import UpgradeGraphLegend from '@theme/UpgradeGraph/Legend';
import UpgradeGraphNode from '@theme/UpgradeGraph/Node';
import {filterDiagram, pathEdges} from '@upgrade-paths/core/client';
import {graphMetrics, type UpgradeGraphLayout} from 'docusaurus-plugin-upgrade-paths/client';
import styles from './styles.module.css';

/**
 * The upgrade paths of a dataset as a picture, an SVG drawn on the server
 * (readable without JavaScript) from the graph the plugin laid out at build
 * time with elkjs: one lane per minor series, oldest at the top, newest at
 * the bottom; each version a node linking to the first row naming it; each
 * supported upgrade an arrow linking to the row that states it; stranded
 * and unreached versions marked. Refused (❌) upgrades are drawn on demand
 * (a checkbox, which works without JavaScript too).
 *
 * - `<UpgradeGraph dataset="palette/kubernetes" />` in MDX:
 *   `remark-upgrade-paths` passes the laid-out graph as `graph` (with
 *   `collapse`, the one node per series).
 * - `group`, `from`, `to` keep part of the graph (`filterDiagram`), in the
 *   places the whole layout gives them, so two graphs of a dataset read
 *   alike.
 * - `highlight` (the checker's answer) draws the hops of a path in the
 *   primary colour.
 *
 * Text alternative: the SVG's `<title>` and `<desc>` (versions, series,
 * upgrades, stranded and unreached versions), a legend, and a link to the
 * tables. Colours are Infima variables (`styles.module.css`), so light and
 * dark mode follow the site. Strings have ids `theme.upgradePaths.graph.*`.
 *
 * Parts, each swizzlable alone: `UpgradeGraph/Node`, `UpgradeGraph/Edge`,
 * `UpgradeGraph/Legend`.
 */
export default function UpgradeGraph({dataset, graph, group, from, to, refused = false, highlight}: Props): ReactNode {
  // An element id prefix unique in the page, usable in `url(#…)`.
  const id = 'upgrade-graph-' + useId().replace(/[^A-Za-z0-9_-]/g, '');
  if (graph === undefined) {
    return (
      <div className={clsx('alert', 'alert--danger')} role="alert">
        <Interpolate values={{dataset: <code>{String(dataset ?? '')}</code>}}>
          {translate({
            id: 'theme.upgradePaths.graph.noData',
            message: 'The upgrade graph of {dataset} has no upgrade-paths data: is remark-upgrade-paths in the docs plugin options?',
            description: 'Shown when an UpgradeGraph got no laid-out graph (remark-upgrade-paths did not run on the page)',
          })}
        </Interpolate>
      </div>
    );
  }
  const kept = filterDiagram(graph, {group, from, to});
  const highlighted = new Set(highlight === undefined ? [] : pathEdges(graph, highlight));
  const nodes = graph.nodes.filter((node) => kept.nodes.has(node.id));
  const edges = graph.edges.filter((edge) => kept.edges.has(edge.id));
  const refusals = edges.filter((edge) => !edge.supported).length;
  const versions = graph.nodes.flatMap((node) => node.versions).filter((item) => kept.versions.has(item.version));
  const box = viewBox(graph, nodes);
  const tables = graph.nodes.flatMap((node) => node.versions).find((item) => item.citation?.permalink != null)?.citation;

  return (
    <div className={styles.graph} data-upgrade-graph={graph.dataset}>
      {kept.invalid.map((name) => (
        <p key={name} className={clsx('alert', 'alert--warning')}>
          <Interpolate values={{name: <code>{name}</code>, value: <code>{String(name === 'from' ? from : to)}</code>}}>
            {translate({id: 'theme.upgradePaths.graph.invalidBound', message: 'Ignored {name}: {value} is not a version.', description: 'Upgrade graph: a from/to prop that is not a version'})}
          </Interpolate>
        </p>
      ))}
      {graph.collapsedBecause === undefined ? null : (
        <p className={styles.note}>
          {translate(
            {id: 'theme.upgradePaths.graph.collapsed', message: 'This installation has {versions} versions: one node per minor series.', description: 'Upgrade graph of a dataset too large to draw one node per version'},
            {versions: graph.collapsedBecause.versions},
          )}
        </p>
      )}
      {refusals === 0 ? null : (
        <>
          <input type="checkbox" id={id + 'refused'} className={styles.toggle} defaultChecked={refused} />
          <label htmlFor={id + 'refused'} className={styles.toggleLabel}>
            {translate({id: 'theme.upgradePaths.graph.showRefused', message: 'Show refused upgrades ({count})', description: 'Checkbox of the upgrade graph drawing the ❌ upgrades'}, {count: refusals})}
          </label>
        </>
      )}
      <div className={styles.scroll}>
        <svg
          className={styles.drawing}
          viewBox={box.join(' ')}
          width={box[2]}
          height={box[3]}
          role="group"
          aria-labelledby={id + 'title'}
          aria-describedby={id + 'desc'}
          fontSize={graphMetrics.fontSize}>
          <title id={id + 'title'}>
            {translate({id: 'theme.upgradePaths.graph.title', message: 'Upgrade paths of {title}', description: 'Title (accessible name) of the upgrade graph'}, {title: graph.title})}
          </title>
          <desc id={id + 'desc'}>{describe(graph, versions, edges.length - refusals)}</desc>
          <defs>
            {(['arrow', 'pathArrow', 'refusedArrow'] as const).map((kind) => (
              <marker key={kind} id={id + kind} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0L10,5L0,10z" className={styles[kind]} />
              </marker>
            ))}
          </defs>
          {graph.series
            .filter((lane) => nodes.some((node) => node.series === lane.id))
            .map((lane) => (
              <g key={lane.id} className={styles.lane}>
                <rect x={box[0]} y={lane.y} width={box[2]} height={lane.height} />
                <text x={box[0] + 4} y={lane.y + graphMetrics.lineHeight}>
                  {lane.id}
                </text>
              </g>
            ))}
          {(['arrow', 'pathArrow', 'refusedArrow'] as const).map((kind) => (
            <g key={kind} markerEnd={'url(#' + id + kind + ')'} className={kind === 'refusedArrow' ? styles.refusedEdges : undefined}>
              {edges
                .filter((edge) => kind === (!edge.supported ? 'refusedArrow' : highlighted.has(edge.id) ? 'pathArrow' : 'arrow'))
                .map((edge) => (
                  <UpgradeGraphEdge key={edge.id} edge={edge} highlighted={highlighted.has(edge.id)} />
                ))}
            </g>
          ))}
          {nodes.map((node) => (
            <UpgradeGraphNode key={node.id} node={node} collapsed={graph.collapsed} newest={graph.newest} shown={kept.versions} />
          ))}
        </svg>
      </div>
      <UpgradeGraphLegend
        refused={refusals > 0}
        highlighted={highlighted.size > 0}
        stranded={versions.some((item) => item.stranded)}
        unreached={versions.some((item) => item.unreached)}
      />
      {tables?.permalink == null ? null : (
        <p className={styles.note}>
          <Interpolate
            values={{
              tables: (
                <Link to={tables.permalink}>
                  {translate({id: 'theme.upgradePaths.graph.tablesLink', message: 'the upgrade tables', description: 'Link text to the upgrade tables, in theme.upgradePaths.graph.tables'})}
                </Link>
              ),
            }}>
            {translate({id: 'theme.upgradePaths.graph.tables', message: 'The same upgrades as text: {tables}.', description: 'Under the upgrade graph: link to the tables it is drawn from'})}
          </Interpolate>
        </p>
      )}
    </div>
  );
}

/** The drawing's `viewBox` (x, y, width, height): the nodes kept, with the lane labels at the left. */
function viewBox(graph: UpgradeGraphLayout, nodes: UpgradeGraphLayout['nodes']): [number, number, number, number] {
  if (nodes.length === 0 || nodes.length === graph.nodes.length) return [0, 0, graph.width, graph.height];
  const top = Math.min(...nodes.map((node) => node.y)) - 10;
  const bottom = Math.max(...nodes.map((node) => node.y + node.height)) + 10;
  const right = Math.max(...nodes.map((node) => node.x + node.width)) + 10;
  return [0, Math.max(0, top), right, bottom - Math.max(0, top)];
}

/** The `<desc>`: what the drawing shows, in words. */
function describe(graph: UpgradeGraphLayout, versions: UpgradeGraphLayout['nodes'][number]['versions'], hops: number): string {
  const series = new Set(graph.nodes.filter((node) => node.versions.some((item) => versions.includes(item))).map((node) => node.series));
  const parts = [
    translate(
      {
        id: 'theme.upgradePaths.graph.description',
        message: '{versions} versions in {series} minor series, oldest at the top; {hops} supported upgrades as arrows, each linking to the table row that states it.',
        description: 'Text alternative (SVG desc) of the upgrade graph',
      },
      {versions: versions.length, series: series.size, hops},
    ),
  ];
  const stranded = versions.filter((item) => item.stranded).map((item) => item.version);
  if (stranded.length > 0) {
    parts.push(
      translate(
        {id: 'theme.upgradePaths.graph.description.stranded', message: 'Stranded, without a supported path to {newest}: {versions}.', description: 'Text alternative of the upgrade graph: the stranded versions'},
        {newest: graph.newest ?? '', versions: stranded.join(', ')},
      ),
    );
  }
  const unreached = versions.filter((item) => item.unreached).map((item) => item.version);
  if (unreached.length > 0) {
    parts.push(
      translate(
        {id: 'theme.upgradePaths.graph.description.unreached', message: 'No supported upgrade leads to: {versions}.', description: 'Text alternative of the upgrade graph: the unreached versions'},
        {versions: unreached.join(', ')},
      ),
    );
  }
  return parts.join(' ');
}
