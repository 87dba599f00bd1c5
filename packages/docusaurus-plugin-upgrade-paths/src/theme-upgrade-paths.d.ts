/// <reference types="@docusaurus/module-type-aliases" />

declare module '@theme/UpgradePathTable' {
  import type {ReactNode} from 'react';
  import type {Dataset} from '@upgrade-paths/core';

  /**
   * Props of `UpgradePathTable`. `remark-upgrade-paths` writes
   * `<UpgradePathTable table="<table id>" data={…} />` in place of each table
   * it recognises; `data` is the dataset module it imports.
   */
  export interface Props {
    /** Id of the table to render (`<file>:<line>`). */
    readonly table?: string;
    /** The dataset the table belongs to (injected by `remark-upgrade-paths`). */
    readonly data?: Dataset;
  }

  export default function UpgradePathTable(props: Props): ReactNode;
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
