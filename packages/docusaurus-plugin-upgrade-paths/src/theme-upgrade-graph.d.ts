// `@theme/UpgradeGraph` and its parts; referenced by `theme-upgrade-paths.d.ts`
// (the package's `./theme` types), kept apart to stay readable.

declare module '@theme/UpgradeGraph' {
  import type {ReactNode} from 'react';
  import type {UpgradeGraphLayout} from 'docusaurus-plugin-upgrade-paths/client';

  /** The laid-out graph of a dataset (the graph data module the plugin writes). */
  export type {UpgradeGraphLayout};

  /**
   * Props of `UpgradeGraph`. In MDX, write
   * `<UpgradeGraph dataset="palette/kubernetes" />`: `remark-upgrade-paths`
   * adds `graph` (that dataset's laid-out graph; one node per series with
   * `collapse`).
   */
  export interface Props {
    /** Dataset id as written in MDX (`palette/kubernetes`). */
    readonly dataset?: string;
    /** One node per minor series listing its versions (read by `remark-upgrade-paths`, which picks the layout); default `false`. */
    readonly collapse?: boolean;
    /** Keep the versions that rows of tables with this group label (`4.7.x`) name or cover. */
    readonly group?: string;
    /** Keep versions at least this one (`4.5.0`). */
    readonly from?: string;
    /** Keep versions at most this one (`4.6.43`). */
    readonly to?: string;
    /** Draw refused (❌) upgrades from the start (a checkbox shows and hides them either way); default `false`. */
    readonly refused?: boolean;
    /** Hops of an upgrade path to draw in the primary colour (`UpgradeHop`s of a checker answer). */
    readonly highlight?: ReadonlyArray<{readonly from: string; readonly to: string}>;
    /** The laid-out graph (injected by `remark-upgrade-paths`). */
    readonly graph?: UpgradeGraphLayout;
  }

  /**
   * The dataset's upgrade paths as a server-rendered SVG: versions by
   * series, supported upgrades as arrows linking to their rows, stranded
   * and unreached versions marked, refused upgrades on demand.
   */
  export default function UpgradeGraph(props: Props): ReactNode;
}

declare module '@theme/UpgradeGraph/Edge' {
  import type {ReactNode} from 'react';
  import type {LaidOutEdge} from 'docusaurus-plugin-upgrade-paths/client';

  /** Props of `UpgradeGraph/Edge`. */
  export interface Props {
    /** The edge with its route. */
    readonly edge: LaidOutEdge;
    /** Whether it carries a hop of the highlighted path. */
    readonly highlighted: boolean;
  }

  /** One arrow, linking to the row that states it (`permalink#anchor`). */
  export default function UpgradeGraphEdge(props: Props): ReactNode;
}

declare module '@theme/UpgradeGraph/Node' {
  import type {ReactNode} from 'react';
  import type {LaidOutNode} from 'docusaurus-plugin-upgrade-paths/client';

  /** Props of `UpgradeGraph/Node`. */
  export interface Props {
    /** The node with its box and label positions. */
    readonly node: LaidOutNode;
    /** Whether the node is a whole series listing its versions. */
    readonly collapsed: boolean;
    /** The dataset's newest version, named in a stranded version's title. */
    readonly newest: string | null;
    /** Versions the graph's filter keeps (the others are dimmed in a series node). */
    readonly shown: ReadonlySet<string>;
  }

  /** One version (or series) node, linking to the first row naming each version. */
  export default function UpgradeGraphNode(props: Props): ReactNode;
}

declare module '@theme/UpgradeGraph/Legend' {
  import type {ReactNode} from 'react';

  /** Props of `UpgradeGraph/Legend`: which entries the graph needs. */
  export interface Props {
    readonly refused: boolean;
    readonly highlighted: boolean;
    readonly stranded: boolean;
    readonly unreached: boolean;
  }

  /** What the arrows and borders mean, as a list. */
  export default function UpgradeGraphLegend(props: Props): ReactNode;
}
