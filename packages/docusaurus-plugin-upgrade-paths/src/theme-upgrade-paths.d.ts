/// <reference types="@docusaurus/module-type-aliases" />

declare module '@theme/UpgradePathTable' {
  import type {ReactNode} from 'react';
  import type {Dataset} from '@upgrade-paths/core';

  /**
   * A lint finding located in the table(s) a component renders, shown above
   * them in an admonition (a `danger` one when any finding is an error, a
   * `warning` one otherwise), each with a link to its rule's documentation.
   */
  export interface TableFinding {
    /** Kebab-case rule id, such as `duplicate-row`. */
    readonly ruleId: string;
    readonly severity: 'error' | 'warn';
    /** "Unexpected X, expected Y" sentence, as lint wrote it. */
    readonly message: string;
    /** 1-based line in the table's source file. */
    readonly line: number;
    /** 1-based column in the table's source file. */
    readonly column: number;
  }

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
    /** Keep only tables with this group label, exactly as written (`4.7.x`, `4.3.x and Prior`). */
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
  }

  /**
   * Upgrade table(s) from the dataset data module: real `<table>`s with
   * caption and header cells, a version filter with a live row count, and
   * row anchors as element ids (see the component's TSDoc for the id rules).
   */
  export default function UpgradePathTable(props: Props): ReactNode;
}

declare module '@theme/UpgradeChecker' {
  import type {ReactNode} from 'react';
  import type {Dataset} from '@upgrade-paths/core';

  /**
   * One entry of the dataset index module (`datasets.js`) the plugin
   * writes: enough to offer the dataset, and a loader for its data.
   */
  export interface DatasetEntry {
    /** Dataset id, `<product>/<install>`. */
    readonly id: string;
    /** Dataset title (the page title of its tables). */
    readonly title: string;
    /** Number of versions in the dataset. */
    readonly versions: number;
    /** Import the dataset's data module (a separate chunk); its default export is the dataset. */
    readonly load: () => Promise<{readonly default: Dataset}>;
  }

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
  }

  export default function UpgradeChecker(props: Props): ReactNode;
}

declare module '@theme/PartialsComponent' {
  import type {ReactNode} from 'react';

  /** Props of `PartialsComponent`: the partial's category and name, then its props. */
  export interface Props {
    readonly category: string;
    readonly name: string;
    readonly [prop: string]: unknown;
  }

  export default function PartialsComponent(props: Props): ReactNode;
}

declare module '*.module.css' {
  const classes: {readonly [key: string]: string};
  export default classes;
}
