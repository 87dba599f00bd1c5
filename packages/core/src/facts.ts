import type {PartialLibrary, PartialUsage} from './partials/model.js';
import type {DisableComment, ExtractedTable, IncludedFrom, Point, Position} from './model.js';

/**
 * A table whose header names a Support column and only one of Source and
 * Target: meant as an upgrade table, but its rows cannot be read (rule
 * `table-shape`).
 */
export interface TableCandidate {
  /** Where the header row is. */
  readonly position: Position;
  /** The column the header lacks. */
  readonly missing: 'Source Version' | 'Target Version';
}

/**
 * A GFM table not read as an upgrade table (its header does not name a
 * source and a target column, see `columnRoles`): its rows are no data and
 * no finding, and `upgrade-paths lint --verbose` lists it with the reason,
 * so that no row is lost without a word.
 */
export interface OtherTable {
  /** Where the table is. */
  readonly position: Position;
  /** Text of its header cells. */
  readonly header: readonly string[];
  /** How many rows it has below the header. */
  readonly rows: number;
  /** Why it is not an upgrade table, as a sentence part ("its header … names no …"). */
  readonly reason: string;
}

/** A document's front matter, as read from its YAML. */
export interface FrontMatterFacts {
  /** The parsed value (any shape); `undefined` when there is none or it is malformed. */
  readonly value: unknown;
  /** The YAML parser's first message line, when the front matter is malformed. */
  readonly error?: string | undefined;
  /** Where the front matter block is (start of the file when there is none). */
  readonly position: Position;
}

/** A document the MDX parser could not read. */
export interface ParseErrorFacts {
  /** The parser's message, first line. */
  readonly reason: string;
  /** Where the parser stopped (`1:1` when it says nothing). */
  readonly point: Point;
}

/**
 * What one reading of a document says: the facts the document-scope lint
 * rules check. One document is one file read on its own (`page`, `partial`),
 * or the tables a partial renders at one usage (`usage`).
 */
export interface DocumentFacts {
  /** Site- (or working-folder-) relative POSIX path of the file read. */
  readonly file: string;
  /**
   * `page`: a docs page, whose tables are data; `partial`: a partial file on
   * its own (its tables are data only at usages); `usage`: the tables a
   * partial renders at the usage `includedFrom`.
   */
  readonly kind: 'page' | 'partial' | 'usage';
  /** For `usage`: where the partial is used. */
  readonly includedFrom?: IncludedFrom | undefined;
  /** Upgrade tables, in document order. */
  readonly tables: readonly ExtractedTable[];
  /** Tables meant as upgrade tables whose rows cannot be read. */
  readonly candidates: readonly TableCandidate[];
  /** Every other table (candidates included), in document order; set by extraction. */
  readonly otherTables?: readonly OtherTable[] | undefined;
  /** Front matter, for `page` documents. */
  readonly frontMatter?: FrontMatterFacts | undefined;
  /** Set when the document could not be parsed (it then has no tables). */
  readonly parseError?: ParseErrorFacts | undefined;
  /** `upgrade-paths-disable` comments right before no table and no usage. */
  readonly strayDisables: readonly DisableComment[];
}

/** A `<PartialsComponent>` usage with the docs version of the file holding it. */
export interface VersionedUsage {
  readonly usage: PartialUsage;
  /** Docs version of the file holding the usage (`null`: current docs or partials). */
  readonly version: string | null;
}

/**
 * A place in a partial's upgrade table (or a `<TabItem>` around one) whose
 * value cannot be evaluated at one usage (rule `partial-table-prop`).
 */
export interface UnresolvedProp {
  /** Site-relative POSIX path of the partial. */
  readonly file: string;
  /** Where the expression is. */
  readonly position: Position;
  /**
   * What it is: a cell expression (`{props.to}`), or an attribute of the tab
   * element around a table (`value={props.tab}` on `<TabItem>`).
   */
  readonly place:
    | {readonly kind: 'cell'; readonly source: string}
    | {readonly kind: 'tab'; readonly element: string; readonly attribute: string; readonly source: string};
  /** Why it cannot be evaluated. */
  readonly reason: UnresolvedReason;
  /** The partial, as `category/name` (its file when those are unknown). */
  readonly partial: string;
  /** The page usage the partial is rendered for. */
  readonly usage: IncludedFrom;
}

/** Why an expression in a partial's table has no value at a usage. */
export type UnresolvedReason =
  | {readonly kind: 'expression'; readonly source: string}
  | {readonly kind: 'attribute-expression'; readonly source: string}
  | {readonly kind: 'not-passed'; readonly prop: string}
  | {readonly kind: 'maybe-spread'; readonly prop: string}
  | {readonly kind: 'outer-not-passed'; readonly prop: string}
  | {readonly kind: 'page-props'}
  | {readonly kind: 'empty'};

/** The partials of a site, as the partial rules check them. */
export interface PartialFacts {
  /** Every partial file read (current and versioned). */
  readonly library: PartialLibrary;
  /** Every usage in the docs (current and versioned), in path order. */
  readonly usages: readonly VersionedUsage[];
  /** Expressions in partial tables that could not be evaluated at a usage. */
  readonly unresolved: readonly UnresolvedProp[];
}

/** Everything the site-scope rules see. */
export interface SiteFacts {
  /** Every data table: the pages' own and those partials render at usages. */
  readonly tables: readonly ExtractedTable[];
  /** The site's partials; `undefined` when no partials were read. */
  readonly partials?: PartialFacts | undefined;
}
