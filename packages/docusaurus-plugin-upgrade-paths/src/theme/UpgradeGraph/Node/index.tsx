/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeGraph/Node';
import type {DiagramVersion} from '@upgrade-paths/core';
import styles from './styles.module.css';

/**
 * One node of the graph: a version in a box linking to the first row that
 * names it, or (collapsed) a series box listing its versions, each linking
 * so. A stranded version (no supported path to the newest) has a dashed
 * danger border, an unreached one (no supported upgrade leads to it) a
 * dotted warning border; both say so in their `<title>`. Versions outside
 * the graph's filter are dimmed in a collapsed node.
 *
 * Part of `UpgradeGraph`, swizzlable alone (`UpgradeGraph/Node`).
 */
export default function UpgradeGraphNode({node, collapsed, newest, shown}: Props): ReactNode {
  if (!collapsed) {
    const [item] = node.versions;
    const [label] = node.labels;
    if (item === undefined || label === undefined) return null;
    return (
      <Version item={item} newest={newest} className={clsx(styles.node, marks(item))}>
        <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={4} />
        <text x={label.x} y={label.y} textAnchor="middle">
          {item.version}
        </text>
      </Version>
    );
  }
  return (
    <g className={clsx(styles.node, styles.series)} data-series={node.id}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={4} />
      <text x={node.x + 8} y={(node.labels[0]?.y ?? node.y) - 16} className={styles.seriesLabel}>
        {node.id}
      </text>
      {node.versions.map((item, index) => {
        const label = node.labels[index];
        if (label === undefined) return null;
        return (
          <Version key={item.version} item={item} newest={newest} className={clsx(marks(item), !shown.has(item.version) && styles.out)}>
            <text x={label.x} y={label.y}>
              {item.version}
            </text>
          </Version>
        );
      })}
    </g>
  );
}

function marks(item: DiagramVersion): string | false {
  return clsx(item.stranded && styles.stranded, item.unreached && styles.unreached);
}

/** A version's link to its first row, with a `<title>` naming it and its marks. */
function Version({
  item,
  newest,
  className,
  children,
}: {
  readonly item: DiagramVersion;
  readonly newest: string | null;
  readonly className: string;
  readonly children: ReactNode;
}): ReactNode {
  const names = [item.version];
  if (item.stranded) {
    names.push(
      translate(
        {id: 'theme.upgradePaths.graph.node.stranded', message: 'stranded: no supported path to {newest}', description: 'Added to the name of a stranded version node in the upgrade graph'},
        {newest: newest ?? ''},
      ),
    );
  }
  if (item.unreached) {
    names.push(
      translate({id: 'theme.upgradePaths.graph.node.unreached', message: 'no supported upgrade leads to it', description: 'Added to the name of an unreached version node in the upgrade graph'}),
    );
  }
  const content = (
    <>
      <title>{names.join(', ')}</title>
      {children}
    </>
  );
  const citation = item.citation;
  if (citation?.permalink == null) return <g className={className} data-node={item.version}>{content}</g>;
  return (
    <Link to={citation.permalink + '#' + citation.anchor} className={className} data-node={item.version}>
      {content}
    </Link>
  );
}
