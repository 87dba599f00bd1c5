/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useId, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {Props} from '@theme/UpgradePathTable/Filter';
import styles from './styles.module.css';

/**
 * The version filter of an `UpgradePathTable`: a labelled search field and
 * a live region (`role="status"`) with "`count` of `total` rows". The field
 * is disabled until the page is hydrated, so nothing typed before is lost.
 *
 * Part of `UpgradePathTable`, swizzlable alone (`UpgradePathTable/Filter`);
 * `UpgradePathTable` decides when it is shown and which rows match.
 */
export default function UpgradePathTableFilter({query, onQuery, count, total}: Props): ReactNode {
  const id = useId();
  const isBrowser = useIsBrowser();
  return (
    <div className={styles.filter}>
      <label htmlFor={id} className="text--semibold">
        <Translate id="theme.upgradePaths.table.filter.label" description="Label of the field that filters upgrade rows by version">
          Filter by version
        </Translate>
      </label>
      <input
        id={id}
        type="search"
        className={styles.input}
        value={query}
        disabled={!isBrowser}
        autoComplete="off"
        spellCheck={false}
        placeholder={translate({
          id: 'theme.upgradePaths.table.filter.placeholder',
          message: 'For example 4.6',
          description: 'Placeholder of the field that filters upgrade rows by version',
        })}
        onChange={(event) => onQuery(event.target.value)}
      />
      <span role="status" className={styles.count}>
        {translate(
          {
            id: 'theme.upgradePaths.table.filter.count',
            message: '{count} of {total} rows',
            description: 'Live count of upgrade rows matching the filter (the total is always more than 10)',
          },
          {count, total},
        )}
      </span>
    </div>
  );
}
