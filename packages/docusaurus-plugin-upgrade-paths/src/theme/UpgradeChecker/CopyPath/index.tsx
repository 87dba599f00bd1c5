/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useState, type ReactNode} from 'react';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeChecker/CopyPath';
import type {UpgradeHop} from '@upgrade-paths/core';
import styles from './styles.module.css';

/**
 * A "Copy path" button (Infima `button`) that copies the path as text,
 * `4.4.20 -> 4.5.23 -> 4.6.41`, then says in a polite live region whether it
 * worked; when the browser refuses, it shows the text to copy by hand.
 *
 * Part of `UpgradeChecker`, swizzlable alone (`UpgradeChecker/CopyPath`);
 * shown under a direct upgrade or a path.
 */
export default function UpgradeCheckerCopyPath({hops}: Props): ReactNode {
  const text = pathText(hops);
  const [result, setResult] = useState<{readonly text: string; readonly copied: boolean} | null>(null);
  const current = result?.text === text ? result : null;

  function copy(): void {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setResult({text, copied: false});
      return;
    }
    void clipboard.writeText(text).then(
      () => setResult({text, copied: true}),
      () => setResult({text, copied: false}),
    );
  }

  return (
    <div className={styles.copy}>
      <button type="button" className="button button--secondary button--sm" onClick={copy}>
        {translate({
          id: 'theme.upgradePaths.checker.copy',
          message: 'Copy path',
          description: 'Button of the upgrade checker copying the path as text (4.4.20 -> 4.5.23)',
        })}
      </button>
      <span className={styles.copyResult} aria-live="polite">
        {current === null ? null : (
          <Interpolate values={{path: <code>{text}</code>}}>
            {current.copied
              ? translate({
                  id: 'theme.upgradePaths.checker.copied',
                  message: 'Copied {path}',
                  description: 'Confirmation after the upgrade path was copied',
                })
              : translate({
                  id: 'theme.upgradePaths.checker.copyFailed',
                  message: 'Could not copy: select {path} and copy it.',
                  description: 'The browser refused to copy the upgrade path: the reader copies it by hand',
                })}
          </Interpolate>
        )}
      </span>
    </div>
  );
}

/** `4.4.20 -> 4.5.23 -> 4.6.41`: the first hop's source, then each hop's target. */
function pathText(hops: readonly UpgradeHop[]): string {
  const first = hops[0];
  return first === undefined ? '' : [first.from, ...hops.map((hop) => hop.to)].join(' -> ');
}
