/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeGraph/Legend';
import styles from '../styles.module.css';

/**
 * What the lines and borders of the graph mean, as a list under it; only
 * the entries the graph draws (refused upgrades while they are hidden
 * included: the reader can show them).
 *
 * Part of `UpgradeGraph`, swizzlable alone (`UpgradeGraph/Legend`).
 */
export default function UpgradeGraphLegend({refused, highlighted, stranded, unreached}: Props): ReactNode {
  const entries: Array<{key: string; swatch: string; text: string}> = [
    {
      key: 'supported',
      swatch: styles.swatchSupported as string,
      text: translate({id: 'theme.upgradePaths.graph.legend.supported', message: 'Supported upgrade (links to its table row)', description: 'Legend of the upgrade graph: a supported upgrade arrow'}),
    },
  ];
  if (highlighted) {
    entries.push({
      key: 'path',
      swatch: styles.swatchPath as string,
      text: translate({id: 'theme.upgradePaths.graph.legend.path', message: 'Your upgrade path', description: 'Legend of the upgrade graph: arrows of the path the checker found'}),
    });
  }
  if (refused) {
    entries.push({
      key: 'refused',
      swatch: styles.swatchRefused as string,
      text: translate({id: 'theme.upgradePaths.graph.legend.refused', message: 'Not supported (❌ row)', description: 'Legend of the upgrade graph: a refused upgrade arrow'}),
    });
  }
  if (stranded) {
    entries.push({
      key: 'stranded',
      swatch: styles.swatchStranded as string,
      text: translate({id: 'theme.upgradePaths.graph.legend.stranded', message: 'Stranded: no supported path to the newest version', description: 'Legend of the upgrade graph: the border of a stranded version'}),
    });
  }
  if (unreached) {
    entries.push({
      key: 'unreached',
      swatch: styles.swatchUnreached as string,
      text: translate({id: 'theme.upgradePaths.graph.legend.unreached', message: 'Unreached: no supported upgrade leads to it', description: 'Legend of the upgrade graph: the border of an unreached version'}),
    });
  }
  return (
    <ul className={styles.legend}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className={clsx(styles.swatch, entry.swatch)} aria-hidden="true" />
          {entry.text}
        </li>
      ))}
    </ul>
  );
}
