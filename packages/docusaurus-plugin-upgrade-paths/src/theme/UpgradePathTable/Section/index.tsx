/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import UpgradePathTableRow from '@theme/UpgradePathTable/Row';
import type {Props} from '@theme/UpgradePathTable/Section';
import styles from './styles.module.css';

/**
 * One upgrade table as a `<section>` holding a real `<table>` with
 * `data-upgrade-paths-table="<table id>"`: the group label (or "Supported
 * upgrade paths") as `<caption>`, header cells `th scope="col"` that stick
 * below the navbar while the page scrolls, and one
 * `@theme/UpgradePathTable/Row` per row. With no rows (the page's filter
 * matches none of them) the table collapses to its caption and one cell
 * saying "No matching rows".
 *
 * Part of `UpgradePathTable`, swizzlable alone (`UpgradePathTable/Section`).
 */
export default function UpgradePathTableSection({table, rows}: Props): ReactNode {
  return (
    <section className={styles.section}>
      <table className={styles.table} data-upgrade-paths-table={table.id}>
        <caption className={styles.caption}>
          {table.group ??
            translate({
              id: 'theme.upgradePaths.table.caption',
              message: 'Supported upgrade paths',
              description: 'Caption of an upgrade table that has no group label',
            })}
        </caption>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td className={styles.noMatch}>
                <Translate
                  id="theme.upgradePaths.table.noMatch"
                  description="Shown in a table of the page when the page's version filter matches none of its rows">
                  No matching rows
                </Translate>
              </td>
            </tr>
          </tbody>
        ) : (
          <>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="theme.upgradePaths.table.source" description="Header of the source version column">
                    Source Version
                  </Translate>
                </th>
                <th scope="col">
                  <Translate id="theme.upgradePaths.table.target" description="Header of the target version column">
                    Target Version
                  </Translate>
                </th>
                <th scope="col">
                  <Translate id="theme.upgradePaths.table.support" description="Header of the support column">
                    Support
                  </Translate>
                </th>
                {(table.notes ?? []).map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <UpgradePathTableRow key={item.id} {...item} noteHeaders={table.notes ?? []} />
              ))}
            </tbody>
          </>
        )}
      </table>
    </section>
  );
}
