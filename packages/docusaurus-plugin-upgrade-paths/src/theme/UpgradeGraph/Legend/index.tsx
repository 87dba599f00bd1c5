/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeGraph/Legend';
import styles from './styles.module.css';

/**
 * What the lines and borders of the graph mean, as a list under it; only
 * the entries the graph draws (refused upgrades while they are hidden
 * included: the reader can show them).
 *
 * Part of `UpgradeGraph`, swizzlable alone (`UpgradeGraph/Legend`).
 */
export default function UpgradeGraphLegend({refused, highlighted, stranded, unreached}: Props): ReactNode {
  const entries = [
    {key: 'supported', shown: true, swatch: styles.swatchSupported, text: translate({id: 'theme.upgradePaths.graph.legend.supported', message: 'Supported upgrade (links to its table row)', description: 'Legend of the upgrade graph: a supported upgrade arrow'})},
    {key: 'path', shown: highlighted, swatch: styles.swatchPath, text: translate({id: 'theme.upgradePaths.graph.legend.path', message: 'Your upgrade path', description: 'Legend of the upgrade graph: arrows of the path the checker found'})},
    {key: 'refused', shown: refused, swatch: styles.swatchRefused, text: translate({id: 'theme.upgradePaths.graph.legend.refused', message: 'Not supported (❌ row)', description: 'Legend of the upgrade graph: a refused upgrade arrow'})},
    {key: 'stranded', shown: stranded, swatch: styles.swatchStranded, text: translate({id: 'theme.upgradePaths.graph.legend.stranded', message: 'Stranded: no supported path to the newest version', description: 'Legend of the upgrade graph: the border of a stranded version'})},
    {key: 'unreached', shown: unreached, swatch: styles.swatchUnreached, text: translate({id: 'theme.upgradePaths.graph.legend.unreached', message: 'Unreached: no supported upgrade leads to it', description: 'Legend of the upgrade graph: the border of an unreached version'})},
  ];
  return (
    <ul className={styles.legend}>
      {entries
        .filter((entry) => entry.shown)
        .map((entry) => (
          <li key={entry.key}>
            <span className={clsx(styles.swatch, entry.swatch)} aria-hidden="true" />
            {entry.text}
          </li>
        ))}
    </ul>
  );
}
