import type {DocumentFacts, SiteFacts} from './facts.js';
import type {ExtractedTable, Position} from './model.js';

/** How a rule is set: `off` runs it not at all, `warn` and `error` give its findings that severity. */
export type RuleSeverity = 'off' | 'warn' | 'error';

/** Options of a rule, by option name, defaults applied (see each rule's `meta.options`). */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** One option a rule takes. */
export interface RuleOption {
  /** Value when the config gives none. */
  readonly default: unknown;
  /** What a valid value is, for messages: "a whole number of at least `1`". */
  readonly expected: string;
  /**
   * Read a value from a config.
   *
   * @returns
   *   The value to use (normalised), or `undefined` when `value` is not valid.
   */
  readonly read: (value: unknown) => unknown;
}

/**
 * Where a rule looks, which decides what its `check` is given:
 *
 * - `document`: one reading of a document ({@link DocumentFacts}: a page, a
 *   partial file, or the tables a partial renders at one usage); cached
 *   with the file. Such a rule reports nothing on a document without
 *   tables, candidates or stray disable comments: lint does not run the
 *   rules for the files its prefilter skips (`test/lint/rules.test.ts`
 *   holds every rule to this);
 * - `dataset`: every table of one dataset, across pages (document order);
 * - `site`: everything ({@link SiteFacts}), with the rule's options.
 *
 * `unused-disable` is also given the disable comments when findings are
 * settled (see `settleFindings`).
 */
export type RuleScope = 'document' | 'dataset' | 'site';

/** What a rule is: its documentation data. The README's rule tables list the same. */
export interface RuleMeta {
  /** Kebab-case id saying what is wrong, such as `no-downgrade`. */
  readonly id: string;
  /** Severity when the config does not set it. */
  readonly defaultSeverity: RuleSeverity;
  /** Whether `upgrade-paths lint --fix` repairs it. */
  readonly fixable: boolean;
  /** URL of the rule's documentation. */
  readonly docs: string;
  /** One sentence: what the rule catches. */
  readonly summary: string;
  readonly scope: RuleScope;
  /** Options by name; empty for rules without options. */
  readonly options: Readonly<Record<string, RuleOption>>;
  /**
   * Whether the rule says what could not be read in a document (its shape,
   * cells, front matter, parse): extraction reports these findings with the
   * tables (`extractUpgradePaths`); the others need lint.
   */
  readonly reading?: boolean | undefined;
  /**
   * Whether the rule's messages name the partial usage themselves: then
   * settling adds no "(in the partial used at …)" to its findings.
   */
  readonly namesUsage?: boolean | undefined;
}

/** What a check reports: a finding without rule id and severity (the runner adds both). */
export interface RuleReport {
  /** "Unexpected X, expected Y" sentence, with a fix hint where one exists. */
  readonly message: string;
  /** Site-relative POSIX path of the file the position is in. */
  readonly file: string;
  readonly position: Position;
}

/** What a check is given besides its input. */
export interface CheckContext<Options = RuleOptions> {
  /** Options with defaults applied. */
  readonly options: Options;
}

/** A lint rule: its metadata and one check, as `unified-lint-rule` rules are. */
export type Rule =
  | {
      readonly meta: RuleMeta & {readonly scope: 'document'};
      readonly check: (document: DocumentFacts, context: CheckContext) => RuleReport[];
    }
  | {
      readonly meta: RuleMeta & {readonly scope: 'dataset'};
      readonly check: (tables: readonly ExtractedTable[], context: CheckContext) => RuleReport[];
    }
  | {
      readonly meta: RuleMeta & {readonly scope: 'site'};
      readonly check: (site: SiteFacts, context: CheckContext) => RuleReport[];
    };

/** Where every rule is documented: the repository README, one section per rule id. */
export const ruleDocsBaseUrl = 'https://github.com/upgrade-paths/upgrade-paths';

/**
 * URL of the documentation of a lint rule: {@link ruleDocsBaseUrl} + `#` +
 * rule id, such as `https://github.com/upgrade-paths/upgrade-paths#duplicate-row`.
 *
 * @param ruleId
 *   Kebab-case rule id.
 */
export function ruleDocsUrl(ruleId: string): string {
  return ruleDocsBaseUrl + '#' + encodeURIComponent(ruleId);
}

/**
 * Metadata of a rule, with the documented defaults filled in.
 *
 * @param fields
 *   Id, default severity, scope, summary, and where they differ from the
 *   defaults: options (none), fixable (`false`), docs (the README section of
 *   the rule).
 */
export function ruleMeta<Scope extends RuleScope>(
  fields: Pick<RuleMeta, 'id' | 'defaultSeverity' | 'summary'> & {readonly scope: Scope} & Partial<RuleMeta>,
): RuleMeta & {readonly scope: Scope} {
  return {fixable: false, docs: ruleDocsUrl(fields.id), options: {}, ...fields};
}
