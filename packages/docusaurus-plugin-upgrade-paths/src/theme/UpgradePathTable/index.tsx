/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {Children, isValidElement, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import type {Props, TableFinding} from '@theme/UpgradePathTable';
import {noteColumnAttribute, noteRowAttribute} from '@upgrade-paths/core/client';
import type {UpgradeTable} from '@upgrade-paths/core';
import UpgradePathTableFilter from '@theme/UpgradePathTable/Filter';
import UpgradePathTableFindings from '@theme/UpgradePathTable/Findings';
import UpgradePathTableSection from '@theme/UpgradePathTable/Section';
import {matchesQuery, sectionsOf, usePageFilterQuery, type Section} from 'docusaurus-plugin-upgrade-paths/client';
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
 * - With `pageFilter` (set by `remark-upgrade-paths` on a page showing two
 *   or more upgrade tables) the component has no field of its own: it shows
 *   the rows matching the page's one field (`UpgradePathTable/PageFilter`,
 *   above the page's first table), whatever their number, and a table with
 *   no match collapses to its caption with "No matching rows".
 * - Lint findings of the shown tables are listed above them in an
 *   admonition: the `findings` prop, plus what `docusaurus start` publishes
 *   for each table (global data of `docusaurus-plugin-upgrade-paths`,
 *   republished on every reload, so a finding caused by another page comes
 *   and goes without touching this one). For the table of `table`,
 *   `reloadFindings` (the compile of the page, so an edit's own finding
 *   shows without waiting for the global data) replaces the global data's
 *   unless that is of a later run. A production build publishes none:
 *   there `onLintError` decides, and readers see no findings.
 *
 * A missing table or dataset renders an alert naming it instead.
 *
 * Parts, each swizzlable alone: `UpgradePathTable/Findings` (the
 * admonition), `UpgradePathTable/Filter` (the field and count),
 * `UpgradePathTable/Section` (one `<table>`) and `UpgradePathTable/Row`
 * (one `<tr>`).
 */
export default function UpgradePathTable(props: Props): ReactNode {
  const {table, dataset, data} = props;
  const {pathname} = useLocation();
  const pageQuery = usePageFilterQuery();
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
  const reload = props.reloadFindings;
  // The page's own findings when its compile is as new as the global data.
  const fromReload = reload !== undefined && reload.run >= (published.runs[reload.pluginId] ?? 0);
  const findings = [
    ...(props.findings ?? []),
    ...tables.flatMap((item) => (fromReload && item.id === table ? reload.findings : published.byTable[item.id] ?? [])),
  ];
  const authored = authoredNotes(props.children);
  const sections = sectionsOf(
    tables,
    {group: props.group, tab: props.tab, source: props.source, target: props.target},
    pathname,
  ).map((section) => ({
    ...section,
    rows: section.rows.map((item) => {
      const notes = authored.get(item.row.anchor);
      return notes ? {...item, authoredNotes: notes} : item;
    }),
  }));
  return (
    <div className={clsx(rootClassName, styles.upgradePathTable)}>
      {findings.length > 0 ? <UpgradePathTableFindings findings={findings} /> : null}
      {sections.length === 0 ? (
        <p className={styles.empty}>
          <Translate
            id="theme.upgradePaths.table.noRows"
            description="Shown when the props of an UpgradePathTable leave no row to show">
            No upgrade paths match.
          </Translate>
        </p>
      ) : (
        <Sections sections={sections} pageQuery={props.pageFilter === true ? pageQuery : undefined} />
      )}
    </div>
  );
}

/**
 * The notes cells `remark-upgrade-paths` gives as children, as authored:
 * row anchor → notes header → content (elements marked with
 * `noteRowAttribute` and `noteColumnAttribute`, searched through any
 * wrapper MDX puts around them).
 */
function authoredNotes(children: ReactNode): Map<string, Map<string, ReactNode>> {
  const found = new Map<string, Map<string, ReactNode>>();
  const visit = (nodes: ReactNode): void => {
    for (const node of Children.toArray(nodes)) {
      if (!isValidElement<Record<string, unknown>>(node)) continue;
      const row = node.props[noteRowAttribute];
      const column = node.props[noteColumnAttribute];
      if (typeof row === 'string' && typeof column === 'string') {
        let cells = found.get(row);
        if (!cells) found.set(row, (cells = new Map()));
        cells.set(column, node.props['children'] as ReactNode);
      } else {
        visit(node.props['children'] as ReactNode);
      }
    }
  };
  visit(children);
  return found;
}

function Problem({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <div className={clsx('alert', 'alert--danger')} role="alert">
      {children}
    </div>
  );
}

/**
 * The sections, behind the version filter when there are enough rows; with
 * `pageQuery` (the page's filter), narrowed by it instead, keeping every
 * section.
 */
function Sections({
  sections,
  pageQuery,
}: {
  readonly sections: readonly Section[];
  readonly pageQuery: string | undefined;
}): ReactNode {
  const [ownQuery, setQuery] = useState('');
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  const filterable = pageQuery === undefined && total > filterMinimumRows;
  const query = pageQuery ?? (filterable ? ownQuery : '');
  const narrowed = sections.map((section) => ({...section, rows: section.rows.filter((item) => matchesQuery(item.row, query))}));
  const shown = pageQuery === undefined ? narrowed.filter((section) => section.rows.length > 0) : narrowed;
  const count = shown.reduce((sum, section) => sum + section.rows.length, 0);
  return (
    <>
      {filterable ? <UpgradePathTableFilter query={ownQuery} onQuery={setQuery} count={count} total={total} /> : null}
      {shown.map((section) => (
        <UpgradePathTableSection key={section.table.id} table={section.table} rows={section.rows} />
      ))}
    </>
  );
}

/**
 * Findings per table id that the plugin publishes in development, from every
 * plugin instance (`{}` when there are none), and the run each instance
 * published them in (see `ReloadFindings`).
 */
function usePublishedFindings(): {
  readonly byTable: Readonly<Record<string, readonly TableFinding[]>>;
  readonly runs: Readonly<Record<string, number>>;
} {
  const instances = useAllPluginInstancesData('docusaurus-plugin-upgrade-paths', {failfast: false}) as
    | Record<string, {findings?: Record<string, readonly TableFinding[]>; run?: number} | undefined>
    | undefined;
  const byTable: Record<string, readonly TableFinding[]> = {};
  const runs: Record<string, number> = {};
  for (const [pluginId, instance] of Object.entries(instances ?? {})) {
    if (instance?.run !== undefined) runs[pluginId] = instance.run;
    for (const [id, list] of Object.entries(instance?.findings ?? {})) {
      byTable[id] = [...(byTable[id] ?? []), ...list];
    }
  }
  return {byTable, runs};
}
