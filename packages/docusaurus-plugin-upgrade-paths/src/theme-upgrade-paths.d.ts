/// <reference types="@docusaurus/module-type-aliases" />
/// <reference path="./theme-upgrade-graph.d.ts" />

declare module '@theme/UpgradePathTable' {
  import type {ReactNode} from 'react';
  import type {Dataset, TableFinding} from '@upgrade-paths/core';

  /** A lint finding located in the table(s) a component renders (see the core type). */
  export type {TableFinding} from '@upgrade-paths/core';

  /**
   * Props of `UpgradePathTable`.
   *
   * Two modes:
   *
   * - one table: `<UpgradePathTable table="<file>:<line>" />`;
   *   `remark-upgrade-paths` writes this (with `data`) in place of each
   *   Markdown upgrade table it recognises;
   * - dataset: `<UpgradePathTable dataset="palette/kubernetes" />`, every
   *   table of the dataset, one `<section>` per table.
   *
   * Either mode is narrowed by `group`, `tab`, `source` and `target` (all
   * given ones must match). `table` wins when both `table` and `dataset` are
   * given. Authors never write `data`: `remark-upgrade-paths` adds it.
   */
  export interface Props {
    /** Id of the table to render (`<file>:<line>`, site-relative file). */
    readonly table?: string;
    /** Id of the dataset to render (`<product>/<install>`), such as `palette/kubernetes`. */
    readonly dataset?: string;
    /**
     * Keep only tables with this group label, exactly as written (`4.7.x`,
     * `4.3.x and Prior`), or with this generator region (marker id).
     */
    readonly group?: string;
    /** Keep only tables inside the `<TabItem>` with this `value`, such as `kubernetes`. */
    readonly tab?: string;
    /**
     * Keep only rows from this source version. Compared as semver values when
     * both parse (`v4.6.41` is `4.6.41`); a wildcard row source such as
     * `4.1.x` matches every version of its series; otherwise as text.
     */
    readonly source?: string;
    /** Keep only rows to this target version, compared as `source` is. */
    readonly target?: string;
    /** The dataset module (injected by `remark-upgrade-paths`). */
    readonly data?: Dataset;
    /**
     * Lint findings to show above the table(s), in an admonition; nothing is
     * shown when absent or empty.
     */
    readonly findings?: readonly TableFinding[];
    /**
     * This table's findings as the lint run of the `docusaurus start`
     * reload that compiled the page saw them: `remark-upgrade-paths` sets
     * it on each table it replaces when the Docusaurus plugin published
     * findings (never in a production build). Shown instead of the table's
     * findings in the global data of plugin instance `pluginId`, unless
     * those are of a later run (`run`, see `ReloadFindings`), so an edit's
     * finding shows in the compile of the page itself. Authors never write
     * it.
     */
    readonly reloadFindings?: {readonly pluginId: string; readonly run: number; readonly findings: readonly TableFinding[]};
    /**
     * Narrow by the page's one version filter (`UpgradePathTable/PageFilter`)
     * instead of a field of the component's own (default `false`). Authors
     * never write it: `remark-upgrade-paths` sets it on every table it
     * replaces on a page showing two or more upgrade tables.
     */
    readonly pageFilter?: boolean;
    /**
     * Notes cells as authored (written by `remark-upgrade-paths`): elements
     * with `data-upgrade-paths-note-row` (row anchor) and
     * `data-upgrade-paths-note-column` (notes header), whose children are
     * rendered in that cell instead of the row's `notes` text.
     */
    readonly children?: ReactNode;
  }

  /**
   * Upgrade table(s) from the dataset data module: real `<table>`s with
   * caption and header cells, a version filter with a live row count, and
   * row anchors as element ids (see the component's TSDoc for the id rules).
   */
  export default function UpgradePathTable(props: Props): ReactNode;
}

declare module '@theme/UpgradePathTable/Findings' {
  import type {ReactNode} from 'react';
  import type {TableFinding} from '@theme/UpgradePathTable';

  /** Props of `UpgradePathTable/Findings`. */
  export interface Props {
    /** Findings of the table(s) below, in the order to list them. */
    readonly findings: readonly TableFinding[];
  }

  /**
   * The findings in one admonition (`danger` when any is an error, else
   * `warning`), each with `line:column`, severity, message and its rule id
   * linked to the rule's documentation; nothing for an empty list.
   */
  export default function UpgradePathTableFindings(props: Props): ReactNode;
}

declare module '@theme/UpgradePathTable/Filter' {
  import type {ReactNode} from 'react';

  /** Props of `UpgradePathTable/Filter`. */
  export interface Props {
    /** What the reader typed (`''` for nothing). */
    readonly query: string;
    /** Called with the new text on every change. */
    readonly onQuery: (query: string) => void;
    /** Rows that match `query`. */
    readonly count: number;
    /** Rows the component renders without a filter. */
    readonly total: number;
  }

  /**
   * The "Filter by version" field with a live row count (`role="status"`),
   * disabled until the page is hydrated.
   */
  export default function UpgradePathTableFilter(props: Props): ReactNode;
}

declare module '@theme/UpgradePathTable/PageFilter' {
  import type {ReactNode} from 'react';
  import type {Dataset} from '@upgrade-paths/core';

  /**
   * Props of `UpgradePathTable/PageFilter`, written by `remark-upgrade-paths`
   * above the first upgrade table of a page showing two or more.
   */
  export interface Props {
    /** Ids of the page's upgrade tables (its own, and those its partials render), in page order. */
    readonly tables: readonly string[];
    /** The dataset module of each table, by table id. */
    readonly data: Readonly<Record<string, Dataset | undefined>>;
  }

  /**
   * The page's one "Filter by version" field and live count of the rows of
   * every table in `tables` ("22 of 190 rows"), kept in the address as
   * `?filter=…`. Replaced tables follow it (their `pageFilter` prop); tables
   * kept in the author's layout (matrices, combined cells, recommended-path
   * columns) are narrowed in place: non-matching rows, and in a matrix
   * target columns, are hidden.
   */
  export default function UpgradePathTablePageFilter(props: Props): ReactNode;
}

declare module '@theme/UpgradePathTable/Row' {
  import type {ReactNode} from 'react';
  import type {UpgradeRow} from '@upgrade-paths/core';

  /** Props of `UpgradePathTable/Row`: a dataset row and its element id. */
  export interface Props {
    readonly row: UpgradeRow;
    /**
     * Headers of the table's notes columns (`UpgradeTable.notes`), one
     * cell each after support; default none.
     */
    readonly noteHeaders?: readonly string[];
    /** Authored content of the row's notes cells by header, rendered instead of `row.notes` text. */
    readonly authoredNotes?: ReadonlyMap<string, ReactNode>;
    /**
     * Element id of the `<tr>`: the row anchor on the table's own page,
     * `reused-` + anchor elsewhere, unique in the component.
     */
    readonly id: string;
  }

  /**
   * One `<tr>`: source, target, and support as text plus an icon hidden from
   * assistive technology, then one cell per notes column (authored content,
   * else the `notes` text). Registers `id` with the broken-link checker.
   */
  export default function UpgradePathTableRow(props: Props): ReactNode;
}

declare module '@theme/UpgradePathTable/Section' {
  import type {ReactNode} from 'react';
  import type {UpgradeTable} from '@upgrade-paths/core';
  import type {Props as RowProps} from '@theme/UpgradePathTable/Row';

  /** Props of `UpgradePathTable/Section`: one table and the rows to show. */
  export interface Props {
    readonly table: UpgradeTable;
    /** Rows after narrowing and filtering, each with its element id (and authored notes). */
    readonly rows: readonly RowProps[];
  }

  /**
   * One `<section>` with a real `<table data-upgrade-paths-table="<id>">`:
   * the group label (or a generic label) as `<caption>`, a sticky header of
   * `th scope="col"` cells (the notes headers after Support), then one
   * `UpgradePathTable/Row` per row.
   */
  export default function UpgradePathTableSection(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker' {
  import type {ReactNode} from 'react';
  import type {Dataset} from '@upgrade-paths/core';
  import type {DatasetEntry, UpgradeGraphLayout} from 'docusaurus-plugin-upgrade-paths/client';

  /** One entry of the dataset index module the plugin writes, offered by `UpgradeChecker/InstallationField`. */
  export type {DatasetEntry};

  /**
   * Props of `UpgradeChecker`. In MDX, write `<UpgradeChecker dataset="…" />`
   * or `<UpgradeChecker />`: `remark-upgrade-paths` adds `data` (that
   * dataset's module) or `datasets` (the index of every dataset).
   */
  export interface Props {
    /** Dataset id as written in MDX (`palette/kubernetes`). */
    readonly dataset?: string;
    /** The dataset to answer from (injected by `remark-upgrade-paths` for `dataset`). */
    readonly data?: Dataset;
    /** Datasets to choose from (injected by `remark-upgrade-paths` without `dataset`). */
    readonly datasets?: readonly DatasetEntry[];
    /**
     * Show the dataset's upgrade graph (`@theme/UpgradeGraph`) under the
     * answer, the answer's path highlighted. Authors write `graph` (with
     * `dataset`); `remark-upgrade-paths` replaces it with the laid-out
     * graph.
     */
    readonly graph?: boolean | UpgradeGraphLayout;
  }

  /**
   * "How do I upgrade from X to Y?", answered from a dataset's upgrade
   * tables, each hop linked to its row.
   */
  export default function UpgradeChecker(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker/InstallationField' {
  import type {ReactNode} from 'react';
  import type {DatasetEntry} from '@theme/UpgradeChecker';

  /** Props of `UpgradeChecker/InstallationField`. */
  export interface Props {
    /** Datasets to offer, in order. */
    readonly entries: readonly DatasetEntry[];
    /** Id of the chosen dataset, `null` for none. */
    readonly value: string | null;
    /** `true` until the page is hydrated. */
    readonly disabled: boolean;
    /** Called with the chosen dataset id, `null` for "Choose an installation". */
    readonly onChange: (id: string | null) => void;
  }

  /** The "Installation" `<select>` of a checker offering a choice of datasets. */
  export default function UpgradeCheckerInstallationField(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker/VersionCombobox' {
  import type {ReactNode} from 'react';

  /** Props of `UpgradeChecker/VersionCombobox`. */
  export interface Props {
    /** Visible label, also the accessible name of the field. */
    readonly label: string;
    /** Committed value shown when the reader is not typing (`''` for none). */
    readonly value: string;
    /** Versions offered, newest first (`Dataset.versions`). */
    readonly versions: readonly string[];
    /** `true` until the page is hydrated: typing before that would be lost. */
    readonly disabled: boolean;
    /** Called with the chosen option, or the typed text (trimmed) on Enter or blur. */
    readonly onCommit: (value: string) => void;
  }

  /**
   * A version field with type-ahead after the WAI-ARIA combobox pattern
   * ("list autocomplete, no automatic selection").
   */
  export default function UpgradeCheckerVersionCombobox(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker/Answer' {
  import type {ReactNode} from 'react';
  import type {UpgradeAnswer} from '@upgrade-paths/core';

  /** Props of `UpgradeChecker/Answer`. */
  export interface Props {
    /** What `findUpgradePath` said. */
    readonly answer: UpgradeAnswer;
    /** A version to show as an example of a well-formed one (the newest). */
    readonly example: string;
  }

  /**
   * The verdict (`<p>`), then for a direct upgrade or a path an `<ol>` with
   * one item per hop linking to the row that allows it.
   */
  export default function UpgradeCheckerAnswer(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker/CopyPath' {
  import type {ReactNode} from 'react';
  import type {UpgradeHop} from '@upgrade-paths/core';

  /** Props of `UpgradeChecker/CopyPath`. */
  export interface Props {
    /** The hops of a direct upgrade or a path, in order (at least one). */
    readonly hops: readonly UpgradeHop[];
  }

  /**
   * A "Copy path" button copying the path as text (`4.4.20 -> 4.5.23`), with
   * a polite live region saying whether it worked.
   */
  export default function UpgradeCheckerCopyPath(props: Props): ReactNode;
}

declare module '@theme/PartialsComponent' {
  import type {ReactNode} from 'react';

  /** Props of `PartialsComponent`: the partial's category and name, then its props. */
  export interface Props {
    readonly category: string;
    readonly name: string;
    readonly [prop: string]: unknown;
  }

  /** A visible error naming a partial that could not be resolved at build time. */
  export default function PartialsComponent(props: Props): ReactNode;
}
