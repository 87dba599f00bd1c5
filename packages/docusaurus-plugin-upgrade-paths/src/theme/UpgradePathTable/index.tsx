import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {Props, TableFinding} from '@theme/UpgradePathTable';
import type {UpgradeTable} from '@upgrade-paths/core';
import Findings from './Findings.js';
import {matchesQuery, sectionsOf, type RenderedRow, type Section} from './selection.js';
import styles from './styles.module.css';

/**
 * Stable class name of the component's root element, for site CSS and
 * tests (the CSS module's class names change between builds).
 */
export const rootClassName = 'theme-upgrade-path-table';

/**
 * The version filter is offered when the component renders more rows than
 * this; shorter tables are read at a glance.
 */
export const filterMinimumRows = 10;

/**
 * Upgrade table(s) from the dataset data module.
 *
 * - `table="<file>:<line>"` renders that table; `dataset="<product>/<install>"`
 *   renders every table of the dataset, one `<section>` per table, so a
 *   dataset authored once is shown wherever needed. `group`, `tab`,
 *   `source` and `target` narrow either (see `Props`).
 * - Each table is a real `<table>` with `data-upgrade-paths-table="<table
 *   id>"`, the group label (or a generic label) as `<caption>`, header cells
 *   `th scope="col"`, and support as text plus an icon hidden from assistive
 *   technology.
 * - Row ids: on the table's own page (its permalink is the current URL path,
 *   trailing slash ignored) each `<tr>` has the row anchor as `id`
 *   (`upgrade-4-6-41-to-4-7-20`); rows shown on another page get
 *   `reused-` + anchor, which cannot collide with the host page's own row
 *   anchors. Ids are registered with the broken-link checker, so links to
 *   them pass `onBrokenAnchors`. A targeted row (`:target`) is highlighted
 *   and scrolls to below the sticky header. (A `dataset` component on the
 *   very page that holds the dataset's tables repeats their anchors: narrow
 *   it to other tables there.)
 * - With more than {@link filterMinimumRows} rows, a "Filter by version"
 *   field keeps the rows whose source or target starts with what is typed,
 *   and a live region (`role="status"`) says how many rows match. The full
 *   table is in the server-rendered HTML; the field is disabled until the
 *   page is interactive.
 * - Lint findings of the shown tables are listed above them in an
 *   admonition: the `findings` prop, plus what `docusaurus start` publishes
 *   for each table (global data of `docusaurus-plugin-upgrade-paths`,
 *   republished on every reload, so a finding caused by another page comes
 *   and goes without touching this one). A production build publishes none:
 *   there `onLintError` decides, and readers see no findings.
 *
 * A missing table or dataset renders an alert naming it instead.
 */
export default function UpgradePathTable(props: Props): ReactNode {
  const {table, dataset, data} = props;
  const {pathname} = useLocation();
  const published = usePublishedFindings();
  let tables: readonly UpgradeTable[];
  if (table !== undefined) {
    const found = data?.tables.find((item) => item.id === table);
    if (!found) {
      return (
        <Problem>
          <Translate
            id="theme.upgradePaths.table.notFound"
            description="Shown when an UpgradePathTable names a table the data module does not hold"
            values={{table: <code>{table}</code>}}>
            {'Upgrade table {table} is not in the upgrade-paths data.'}
          </Translate>
        </Problem>
      );
    }
    tables = [found];
  } else if (dataset !== undefined) {
    if (data?.id !== dataset) {
      return (
        <Problem>
          <Translate
            id="theme.upgradePaths.table.datasetNotFound"
            description="Shown when an UpgradePathTable names a dataset the site does not have"
            values={{dataset: <code>{dataset}</code>}}>
            {'Upgrade paths dataset {dataset} is not in the upgrade-paths data.'}
          </Translate>
        </Problem>
      );
    }
    tables = data.tables;
  } else {
    return (
      <Problem>
        <Translate
          id="theme.upgradePaths.table.missingProp"
          description="Shown when an UpgradePathTable has neither a table nor a dataset prop"
          values={{table: <code>table</code>, dataset: <code>dataset</code>}}>
          {'UpgradePathTable needs a {table} or a {dataset} prop.'}
        </Translate>
      </Problem>
    );
  }
  const findings = [
    ...(props.findings ?? []),
    ...tables.flatMap((item) => published[item.id] ?? []),
  ];
  const sections = sectionsOf(
    tables,
    {group: props.group, tab: props.tab, source: props.source, target: props.target},
    pathname,
  );
  return (
    <div className={clsx(rootClassName, styles.upgradePathTable)}>
      {findings.length > 0 ? <Findings findings={findings} /> : null}
      {sections.length === 0 ? (
        <p className={styles.empty}>
          <Translate
            id="theme.upgradePaths.table.noRows"
            description="Shown when the props of an UpgradePathTable leave no row to show">
            No upgrade paths match.
          </Translate>
        </p>
      ) : (
        <Sections sections={sections} />
      )}
    </div>
  );
}

function Problem({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <div className={clsx('alert', 'alert--danger')} role="alert">
      {children}
    </div>
  );
}

/** The sections, behind the version filter when there are enough rows. */
function Sections({sections}: {readonly sections: readonly Section[]}): ReactNode {
  const [query, setQuery] = useState('');
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  const filterable = total > filterMinimumRows;
  const shown = filterable
    ? sections
        .map((section) => ({...section, rows: section.rows.filter((item) => matchesQuery(item.row, query))}))
        .filter((section) => section.rows.length > 0)
    : sections;
  const count = shown.reduce((sum, section) => sum + section.rows.length, 0);
  return (
    <>
      {filterable ? <Filter query={query} onQuery={setQuery} count={count} total={total} /> : null}
      {shown.map((section) => (
        <TableSection key={section.table.id} section={section} />
      ))}
    </>
  );
}

function Filter({
  query,
  onQuery,
  count,
  total,
}: {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly count: number;
  readonly total: number;
}): ReactNode {
  const id = useId();
  const isBrowser = useIsBrowser();
  return (
    <div className={styles.filter}>
      <label htmlFor={id} className={styles.filterLabel}>
        <Translate id="theme.upgradePaths.table.filter.label" description="Label of the field that filters upgrade rows by version">
          Filter by version
        </Translate>
      </label>
      <input
        id={id}
        type="search"
        className={styles.filterInput}
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

function TableSection({section}: {readonly section: Section}): ReactNode {
  const {table, rows} = section;
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
          {rows.map((item) => (
            <Row key={item.id} item={item} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Row({item}: {readonly item: RenderedRow}): ReactNode {
  useBrokenLinks().collectAnchor(item.id);
  return (
    <tr id={item.id} className={styles.row}>
      <td>{item.row.source}</td>
      <td>{item.row.target}</td>
      <td>
        <Support supported={item.row.supported} />
      </td>
    </tr>
  );
}

function Support({supported}: {readonly supported: boolean | null}): ReactNode {
  if (supported === null) {
    return (
      <span className={styles.unknown}>
        <SupportIcon kind="unknown" />{' '}
        {translate({
          id: 'theme.upgradePaths.table.support.unknown',
          message: 'Unknown',
          description: 'Support cell that could not be read',
        })}
      </span>
    );
  }
  return (
    <span className={supported ? styles.supported : styles.unsupported}>
      <SupportIcon kind={supported ? 'yes' : 'no'} />{' '}
      {supported
        ? translate({
            id: 'theme.upgradePaths.table.support.yes',
            message: 'Supported',
            description: 'Support cell: upgrade supported',
          })
        : translate({
            id: 'theme.upgradePaths.table.support.no',
            message: 'Not supported',
            description: 'Support cell: upgrade not supported',
          })}
    </span>
  );
}

/**
 * Support icon as inline SVG in the text colour: readable without an emoji
 * font, hidden from assistive technology (the text next to it says it).
 */
function SupportIcon({kind}: {readonly kind: 'yes' | 'no' | 'unknown'}): ReactNode {
  const paths = {
    yes: 'M3.5 8.5l3 3 6-7',
    no: 'M4 4l8 8M12 4l-8 8',
    unknown: 'M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.6M8 12h.01',
  } as const;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className={styles.icon}
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round">
      <path d={paths[kind]} />
    </svg>
  );
}

/**
 * Findings per table id that the plugin publishes in development, from every
 * plugin instance; `{}` when there are none.
 */
function usePublishedFindings(): Readonly<Record<string, readonly TableFinding[]>> {
  const instances = useAllPluginInstancesData('docusaurus-plugin-upgrade-paths', {failfast: false}) as
    | Record<string, {findings?: Record<string, readonly TableFinding[]>} | undefined>
    | undefined;
  const merged: Record<string, readonly TableFinding[]> = {};
  for (const instance of Object.values(instances ?? {})) {
    for (const [id, list] of Object.entries(instance?.findings ?? {})) {
      merged[id] = [...(merged[id] ?? []), ...list];
    }
  }
  return merged;
}
