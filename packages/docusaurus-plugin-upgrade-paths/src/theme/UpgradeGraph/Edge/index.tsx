/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeGraph/Edge';
import styles from './styles.module.css';

/**
 * One arrow of the graph: the polyline elkjs routed, linking to the row
 * that states the upgrade (`permalink#anchor`), with a `<title>` naming
 * both versions (tooltip and accessible name). A refused (❌) upgrade is
 * dashed and hidden until the reader shows refused upgrades; an upgrade of
 * the highlighted path is drawn in the primary colour.
 *
 * Part of `UpgradeGraph`, swizzlable alone (`UpgradeGraph/Edge`).
 */
export default function UpgradeGraphEdge({edge, highlighted}: Props): ReactNode {
  if (edge.points.length < 2) return null;
  const d = edge.points.map((point, index) => (index === 0 ? 'M' : 'L') + point.x + ',' + point.y).join('');
  const values = {from: edge.from, to: edge.to};
  const name = !edge.supported
    ? translate({id: 'theme.upgradePaths.graph.edge.refused', message: '{from} to {to}: not supported', description: 'Accessible name of a refused (❌) upgrade arrow in the upgrade graph'}, values)
    : highlighted
      ? translate({id: 'theme.upgradePaths.graph.edge.path', message: '{from} to {to}: supported, on your upgrade path', description: 'Accessible name of an upgrade arrow on the path the checker found'}, values)
      : translate({id: 'theme.upgradePaths.graph.edge.supported', message: '{from} to {to}: supported', description: 'Accessible name of a supported upgrade arrow in the upgrade graph'}, values);
  const className = clsx(styles.edge, !edge.supported && styles.refused, highlighted && styles.highlighted);
  const shape = (
    <>
      <title>{name}</title>
      <path d={d} />
    </>
  );
  const {permalink, anchor} = edge.citation;
  if (permalink === null) return <g className={className}>{shape}</g>;
  return (
    <Link to={permalink + '#' + anchor} className={className} data-edge={edge.id}>
      {shape}
    </Link>
  );
}
