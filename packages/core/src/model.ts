import type {Point, Position} from 'unist';
import type {VersionScheme} from './versions.js';

/**
 * A place in a source file, as unist has it: `Point` is 1-based `line` and
 * `column` (and a 0-based UTF-16 `offset`, when known); `Position` is
 * `start` and `end` points, `end` exclusive.
 */
export type {Point, Position};

/** Severity of a finding: `error` fails a build, `warn` is reported only. */
export type Severity = 'error' | 'warn';

/**
 * A content problem at a precise place. Findings are data: core never prints
 * or throws for content problems; the edges (remark plugin, Docusaurus
 * plugin, CLI) decide what to do with them.
 */
export interface Finding {
  /** Kebab-case rule id saying what is wrong, such as `invalid-version`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** "Unexpected X, expected Y" sentence, with a fix hint where one exists. */
  readonly message: string;
  /** Site-relative POSIX path of the file the position is in. */
  readonly file: string;
  readonly position: Position;
}

/** The `<TabItem>` an upgrade table sits in. */
export interface TableTab {
  /** The `value` attribute, as written. */
  readonly value: string;
  /** The `label` attribute, or `value` when there is none. */
  readonly label: string;
}

/** One row of an upgrade table, as found in the Markdown. */
export interface UpgradeRow {
  /** Source version as written: cell text trimmed, emphasis removed, product name and remark moved to `sourceNote`. */
  readonly source: string;
  /** Target version as written, as `source` is. */
  readonly target: string;
  /** `true` supported, `false` not supported, `null` the cell could not be read. */
  readonly supported: boolean | null;
  /** Element id of the rendered row, unique in its page (see `rowAnchor`). */
  readonly anchor: string;
  /** 1-based line of the row. */
  readonly line: number;
  /** 1-based column of the row. */
  readonly column: number;
  /**
   * Text of the row's cells in the table's notes columns (see
   * {@link UpgradeTable.notes}), by header; absent when the table has none.
   * Optional in the export.
   */
  readonly notes?: Readonly<Record<string, string>> | undefined;
  /**
   * The remark after the support marker (`with downtime` of
   * `Yes (with downtime)`, `*` of `Yes*`; see `readSupport`). Optional in
   * the export.
   */
  readonly supportNote?: string | undefined;
  /**
   * What the source cell holds besides the version: a product name before
   * it, a parenthesised remark after it (`Redis Software`, `recommended`;
   * see `readVersionCell`). Optional in the export.
   */
  readonly sourceNote?: string | undefined;
  /** The same for the target cell. Optional in the export. */
  readonly targetNote?: string | undefined;
  /**
   * `path` for a hop read from a recommended path (a path column's chain or
   * stop, or a combined cell of more than two versions): supported, citing
   * that cell, exempt from `duplicate-row` and `sort-order`. Absent for a
   * row the table states directly. Optional in the export.
   */
  readonly derived?: 'path' | undefined;
}

/** The `<PartialsComponent>` usage a table rendered by a partial comes from. */
export interface IncludedFrom {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One upgrade table, as found in one file. */
export interface UpgradeTable {
  /** Unique in the site, stable while the file is unchanged: `<file>:<line>`. */
  readonly id: string;
  /** Site-relative POSIX path (CLI: relative to the current directory). */
  readonly file: string;
  /** URL path of the page holding the table; `null` when unknown (CLI). */
  readonly permalink: string | null;
  /** 1-based line of the table's header row. */
  readonly line: number;
  /** 1-based column of the table's header row. */
  readonly column: number;
  /**
   * The group: the label readers see as the table's caption (`4.7.x`,
   * `4.3.x and Prior`), else the id of the generator markers around it,
   * else `null`.
   */
  readonly group: string | null;
  /**
   * The id of the generator markers around the table
   * (`<!-- upgrade-paths:ID:start -->` … `end`), when there are: kept even
   * when a label gives the group. Optional in the export.
   */
  readonly region?: string | undefined;
  readonly tab: TableTab | null;
  readonly includedFrom: IncludedFrom | null;
  readonly rows: readonly UpgradeRow[];
  /**
   * How the table lays out its upgrades (README, "Layouts"): absent for a
   * list (one row per source and target, today's), `matrix` (source
   * versions down the first column, target versions across the header,
   * support in the cells), `combined` (`v0.16.0 -> v0.17.0` in one cell).
   * Optional in the export.
   */
  readonly layout?: 'matrix' | 'combined' | undefined;
  /**
   * How the table writes versions (see `VersionScheme`): front matter
   * `upgrade_paths.scheme`, else inferred from its cells (`inferScheme`).
   * Absent means `semver`. Optional in the export.
   */
  readonly scheme?: VersionScheme | undefined;
  /**
   * Headers of the table's other columns (`Notes`, `Considerations`), in
   * order, made unique (`Notes (2)`); each row's `notes` has one entry per
   * header. Absent when there are none. Optional in the export.
   */
  readonly notes?: readonly string[] | undefined;
}

/**
 * A table with the dataset it feeds, and the facts about its cells that the
 * lint rules read. Extraction (`mdast-util-upgrade-paths`) makes these; the
 * export keeps only the {@link UpgradeTable} fields (`publicTable`).
 */
export interface ExtractedTable extends UpgradeTable {
  /** Dataset id, `<product>/<install>`. */
  readonly dataset: string;
  /** Dataset title this table proposes (front matter, else page title + tab label). */
  readonly datasetTitle: string;
  /**
   * Column index of each header of `notes`, in the same order: where the
   * remark plugin finds the authored notes cells. Absent when there are no
   * notes columns.
   */
  readonly noteColumns?: readonly number[] | undefined;
  /** Whether `scheme` was set by the page's front matter or the config file (else inferred). */
  readonly schemeDeclared?: boolean | undefined;
  /** Facts about each row's cells, parallel to `rows` (for lint and `--fix`). */
  readonly cells: readonly RowCells[];
  /** Position of the whole table. */
  readonly position: Position;
  /** Number of header cells: GFM lets a row have fewer or more (rule `table-shape`). */
  readonly columns: number;
  /** Whether the header names a Support column (without one, every row is supported). */
  readonly hasSupport: boolean;
  /**
   * `upgrade-paths-disable` comments right before the table (only white
   * space and other comments between them and the table), in document
   * order. Absent or empty when there are none.
   */
  readonly disables?: readonly DisableComment[] | undefined;
  /**
   * Places in the table whose value a partial's props could not give (see
   * rule `partial-table-prop`): findings of other rules at these places are
   * not reported. Absent or empty outside partials.
   */
  readonly unresolved?: readonly Position[] | undefined;
}

/**
 * An `<!-- upgrade-paths-disable rule-id … -->` (or MDX
 * `{/* upgrade-paths-disable rule-id … *\/}`) comment right before a table
 * or a partial usage: findings of the listed rules located there are
 * dropped by lint.
 */
export interface DisableComment {
  /** Rule ids listed, as written, in order; empty when none is listed (every rule). */
  readonly rules: readonly string[];
  /** Where the comment is. */
  readonly position: Position;
}

/** Facts about the cells of one row, as written. */
export interface RowCells {
  /** The whole row. */
  readonly row: Position;
  /** The source version cell; `undefined` when the row has no such cell. */
  readonly source: Position | undefined;
  /** The target version cell; `undefined` when the row has no such cell. */
  readonly target: Position | undefined;
  /** The support cell; `undefined` when the row (or the table) has none. */
  readonly support: Position | undefined;
  /** Number of cells in the row. */
  readonly count: number;
  /** Whether the support cell is empty or missing (its text, markup removed, is `''`). */
  readonly supportEmpty: boolean;
  /**
   * The cells as the author wrote them (Markdown source, trimmed, before
   * emoji replacement), for messages; `''` for a missing cell.
   */
  readonly written: {readonly source: string; readonly target: string; readonly support: string};
  /**
   * Where the row's upgrade statement is in the Markdown table: `row`, the
   * 0-based body row; `cell`, the 0-based column of the cell its anchor
   * goes in (a matrix cell, a path cell, the source cell); `part`, the
   * 0-based index among the statements of that body row (a multi-version
   * cell, a matrix row, a path's hops). Absent: body row = row index, part 0.
   */
  readonly statement?: {readonly row: number; readonly cell: number; readonly part: number} | undefined;
}

/** One dataset: one product on one install method. */
export interface Dataset {
  /** `<product>/<install>`, room kept for an `@<docs version>` suffix. */
  readonly id: string;
  readonly title: string;
  /**
   * How the dataset writes versions: the widest scheme of its tables
   * (`widestScheme`). Absent means `semver`. Optional in the export.
   */
  readonly scheme?: VersionScheme | undefined;
  /** Every exact version seen in the dataset's rows, normalised, newest first. */
  readonly versions: readonly string[];
  /** Tables by file, then line. */
  readonly tables: readonly UpgradeTable[];
}

/**
 * The JSON export, schema version 1 (public contract, see the README).
 * Version 1 may gain optional fields; consumers ignore fields they don't
 * know.
 */
export interface UpgradePathsExport {
  readonly schemaVersion: 1;
  /** Datasets by id. */
  readonly datasets: readonly Dataset[];
}
