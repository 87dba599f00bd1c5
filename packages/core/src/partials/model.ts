import type {FrontMatterFacts, ParseErrorFacts} from '../facts.js';
import type {DisableComment, Position, TableTab} from '../model.js';

/**
 * What is known, without running it, of one attribute value of a partial
 * usage:
 *
 * - `literal`: a string (`edition="VerteX"`, `edition={"VerteX"}`, a number
 *   or a template literal without expressions, as text);
 * - `prop`: exactly `{props.x}` (or `{props['x']}`), the prop `x` of the
 *   partial the usage is in;
 * - `expression`: anything else, with its source.
 */
export type PartialPropValue =
  | {readonly kind: 'literal'; readonly value: string}
  | {readonly kind: 'prop'; readonly name: string}
  | {readonly kind: 'expression'; readonly source: string};

/** One attribute of a usage other than `category` and `name`, in order. */
export type PartialAttribute =
  | {readonly kind: 'prop'; readonly name: string; readonly value: PartialPropValue}
  | {
      readonly kind: 'spread';
      /** `{...props}`: everything the including partial got. */
      readonly forwardsProps: boolean;
      /** Source of the expression, without braces (`...props`). */
      readonly source: string;
    };

/** One usage of a partial (an element such as `<PartialsComponent category name …/>`). */
export interface PartialUsage {
  /** Name of the element, as written (`PartialsComponent`), for messages. */
  readonly element: string;
  /** Site-relative POSIX path of the file the usage is in. */
  readonly file: string;
  /** Where the element is. */
  readonly position: Position;
  /** The `category` attribute; `undefined` when missing. */
  readonly category: PartialPropValue | undefined;
  /** The `name` attribute; `undefined` when missing. */
  readonly name: PartialPropValue | undefined;
  /** Every other attribute, in order. */
  readonly attributes: readonly PartialAttribute[];
  /** Whether the element has children (given to the partial as `props.children`). */
  readonly hasChildren: boolean;
  /** The `<TabItem>` closest around the usage, when its `value` is a literal. */
  readonly tab: TableTab | null;
  /** `upgrade-paths-disable` comments right before the usage. */
  readonly disables: readonly DisableComment[];
}

/** A `props.x` read inside a partial. */
export interface PropRead {
  /** Prop name (`x`). */
  readonly name: string;
  /** Site-relative POSIX path of the partial. */
  readonly file: string;
  /** Where `props.x` is written. */
  readonly position: Position;
}

/**
 * One partial file, read. `Content` is whatever the reader keeps of a
 * partial holding an upgrade table (the tree utility keeps its mdast);
 * core only tests whether it is there.
 */
export interface PartialFile<Content = unknown> {
  /** Site-relative POSIX path. */
  readonly file: string;
  /**
   * Docs version whose partial this is (`versioned_partials/version-<v>/`),
   * `null` for the current partials.
   */
  readonly version: string | null;
  /** `partial_category` front matter; `undefined` when missing or malformed. */
  readonly category: string | undefined;
  /** `partial_name` front matter; `undefined` when missing or malformed. */
  readonly name: string | undefined;
  /** `partial_defaults` front matter: prop values used when a usage passes none. */
  readonly defaults: ReadonlyMap<string, string>;
  /** Every `props.x` read, in document order (hidden toolkit props left out). */
  readonly reads: readonly PropRead[];
  /**
   * Whether `props` is used other than as `props.x` (`{...props}` given to
   * another component, `props[key]`): its required props cannot be known.
   */
  readonly readsAny: boolean;
  /** Partials it includes. */
  readonly usages: readonly PartialUsage[];
  /** What the reader kept of a partial holding an upgrade table; `undefined` when it holds none. */
  readonly content: Content | undefined;
  /** The front matter, as read (rule `partial-front-matter`). */
  readonly frontMatter: FrontMatterFacts;
  /** Set when the file could not be parsed (rule `parse-error`): it cannot be used. */
  readonly parseError?: ParseErrorFacts | undefined;
}

/** The partials of one folder set (the current partials, or one docs version's). */
export interface PartialRegistry<Content = unknown> {
  /** Every partial file read, by path. */
  readonly files: readonly PartialFile<Content>[];
  /**
   * Partials by {@link partialKey}; when two files have the same category
   * and name, the first by path.
   */
  readonly byKey: ReadonlyMap<string, PartialFile<Content>>;
  /** Files whose category and name an earlier file (by path) already has (rule `duplicate-partial`). */
  readonly duplicates: ReadonlyArray<{readonly partial: PartialFile<Content>; readonly first: PartialFile<Content>}>;
}

/**
 * Every partial of a site: the current ones and, per docs version, the
 * ones of that version's partial folder.
 */
export interface PartialLibrary<Content = unknown> {
  readonly current: PartialRegistry<Content>;
  /** Registries by docs version name (`1.0`, not `version-1.0`). */
  readonly versions: ReadonlyMap<string, PartialRegistry<Content>>;
}
