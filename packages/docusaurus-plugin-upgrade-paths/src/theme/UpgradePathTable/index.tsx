import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradePathTable';
import type {UpgradeRow, UpgradeTable} from '@upgrade-paths/core';
import styles from './styles.module.css';

/**
 * One upgrade table, rendered from the dataset data module: a real `<table>`
 * with the group label as `<caption>`, header cells, one row per Markdown
 * row (`id` = row anchor, highlighted when targeted), support as text and
 * icon.
 */
export default function UpgradePathTable({table, data}: Props): ReactNode {
  const found = data?.tables.find((item) => item.id === table);
  if (!found) {
    return (
      <div className={clsx('alert', 'alert--danger')} role="alert">
        <Translate
          id="theme.upgradePaths.table.notFound"
          description="Shown when an UpgradePathTable names a table the data module does not hold"
          values={{table: <code>{String(table)}</code>}}>
          {'Upgrade table {table} is not in the upgrade-paths data.'}
        </Translate>
      </div>
    );
  }
  return <TableView table={found} />;
}

function TableView({table}: {readonly table: UpgradeTable}): ReactNode {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-upgrade-paths-table={table.id}>
        <caption className={styles.caption}>
          {table.group ??
            translate({
              id: 'theme.upgradePaths.table.caption',
              message: 'Supported upgrade paths',
              description: 'Caption of an upgrade table that has no group label',
            })}
        </caption>
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
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.anchor} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({row}: {readonly row: UpgradeRow}): ReactNode {
  return (
    <tr id={row.anchor} className={styles.row}>
      <td>{row.source}</td>
      <td>{row.target}</td>
      <td>
        <Support supported={row.supported} />
      </td>
    </tr>
  );
}

function Support({supported}: {readonly supported: boolean | null}): ReactNode {
  if (supported === null) {
    return (
      <span className={styles.unknown}>
        <Translate id="theme.upgradePaths.support.unknown" description="Support cell that could not be read">
          Unknown
        </Translate>
      </span>
    );
  }
  return (
    <span className={supported ? styles.supported : styles.unsupported}>
      <span aria-hidden="true" className={styles.icon}>
        {supported ? '✅' : '❌'}
      </span>{' '}
      {supported
        ? translate({id: 'theme.upgradePaths.support.yes', message: 'Supported', description: 'Support cell: upgrade supported'})
        : translate({
            id: 'theme.upgradePaths.support.no',
            message: 'Not supported',
            description: 'Support cell: upgrade not supported',
          })}
    </span>
  );
}
