/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useEffect, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {UpgradeTable} from '@upgrade-paths/core';
import type {Props} from '@theme/UpgradePathTable/PageFilter';
import UpgradePathTableFilter from '@theme/UpgradePathTable/Filter';
import {filterAuthoredTable, matchesQuery, usePageFilter} from 'docusaurus-plugin-upgrade-paths/client';
import styles from './styles.module.css';

/**
 * Stable class name of the page filter's root element, for site CSS and
 * tests.
 */
export const pageFilterClassName = 'theme-upgrade-path-page-filter';

/**
 * The one version filter of a page showing two or more upgrade tables:
 * `UpgradePathTable/Filter` (field and live count) over the rows of every
 * table in `tables`, its text shared with the page's tables and kept in the
 * address (`?filter=4.6.41`, see `usePageFilter`).
 *
 * Tables `remark-upgrade-paths` replaced narrow themselves (`pageFilter`
 * prop). Tables kept in the author's layout are narrowed in place after
 * each change (`filterAuthoredTable`): found by the hidden
 * `[data-upgrade-paths-table]` span in their first header cell.
 *
 * Part of `UpgradePathTable`, swizzlable alone (`UpgradePathTable/PageFilter`).
 */
export default function UpgradePathTablePageFilter({tables, data}: Props): ReactNode {
  const [query, setQuery] = usePageFilter();
  const shown = tables.flatMap((id): UpgradeTable[] => {
    const found = data[id]?.tables.find((table) => table.id === id);
    return found ? [found] : [];
  });
  const total = shown.reduce((sum, table) => sum + table.rows.length, 0);
  const count = shown.reduce((sum, table) => sum + table.rows.filter((row) => matchesQuery(row, query)).length, 0);
  const noMatch = translate({
    id: 'theme.upgradePaths.table.noMatch',
    message: 'No matching rows',
    description: "Shown in a table of the page when the page's version filter matches none of its rows",
  });

  useEffect(
    function () {
      for (const table of shown) {
        const marker = document.querySelector('span[data-upgrade-paths-table="' + CSS.escape(table.id) + '"]');
        const element = marker?.closest('table');
        if (element) filterAuthoredTable(element, table, query, noMatch);
      }
    },
    // `shown` is derived from the props, which are fixed for a page.
    [query, noMatch],
  );

  return (
    <div className={pageFilterClassName + ' ' + styles.pageFilter}>
      <UpgradePathTableFilter query={query} onQuery={setQuery} count={count} total={total} />
    </div>
  );
}
