import type {
  DocumentFacts,
  EvaluatedProps,
  ExtractedTable,
  IncludedFrom,
  PartialFile,
  PartialLibrary,
  PartialUsage,
  TableTab,
  UnresolvedProp,
} from '@upgrade-paths/core';
import {describePartial, evaluateProps, partialOfUsage} from '@upgrade-paths/core';
import {upgradeTablesFromMdast} from './extract.js';
import type {Recognition} from './recognize.js';
import {diskPosition} from './lines.js';
import type {PartialContent} from './partial.js';
import {substituteProps} from './substitute.js';

/** The page a partial is rendered in, for {@link partialUsageTables}. */
export interface PartialPage {
  /** Site-relative POSIX path of the page. */
  readonly file: string;
  /** Doc id of the page (the dataset product when front matter names none). */
  readonly docId: string;
  /** The page's front matter (its `upgrade_paths` decides the dataset). */
  readonly frontMatter: unknown;
  /** The page title (front matter `title`, else its `# heading`, else the doc id). */
  readonly title: string;
  /** Docs version of the page (`null`: current docs). */
  readonly version: string | null;
  /** What the config says about recognising the page's tables (see `Recognition`): its partials' tables are read with it. */
  readonly recognition?: Recognition | undefined;
}

/** What one usage renders, as data. */
export interface UsageTables {
  /** One document (kind `usage`) per partial rendered that holds tables: what the document rules check. */
  readonly documents: DocumentFacts[];
  /** The tables, in rendering order. */
  readonly tables: ExtractedTable[];
  /** Expressions in those tables the usage's props leave unresolved (rule `partial-table-prop`). */
  readonly unresolved: UnresolvedProp[];
}

/**
 * The upgrade tables one usage renders: those of its partial and of the
 * partials that one includes, extracted once per usage with the usage's
 * literal props substituted (`{props.x}` anywhere in the partial: in
 * cells, group labels, `<TabItem value={props.x}>`), as tables of the page.
 *
 * Each table:
 * - keeps the partial's `file`, `line`, `column` and row lines (findings
 *   point into the partial);
 * - has id `<partial file>:<line>@<usage file>:<usage line>` (through
 *   nested partials: `<inner partial>:<line>@<outer partial>:<line>@<page>:<line>`),
 *   unique per usage;
 * - has `includedFrom` the page usage (`{file, line, column}`);
 * - feeds the page's dataset (its `upgrade_paths` front matter and doc id),
 *   with the closest `<TabItem>` inside the partial, else around the usage,
 *   as tab.
 *
 * @param usage
 *   A usage in `page`.
 * @param library
 *   The site's partials, as read by `partialFromMdast`.
 * @param page
 *   The page holding `usage`.
 * @param anchor
 *   The page's row anchor slugger, so anchors stay unique in the page
 *   (default: a new one).
 */
export function partialUsageTables(
  usage: PartialUsage,
  library: PartialLibrary<PartialContent>,
  page: PartialPage,
  anchor?: (base: string) => string,
): UsageTables {
  const result: UsageTables = {documents: [], tables: [], unresolved: []};
  const includedFrom: IncludedFrom = {file: usage.file, line: usage.position.start.line, column: usage.position.start.column};
  const root = partialOfUsage(usage, library, page.version);
  if (root) expand(root, evaluateProps(usage, undefined, root.defaults), usage.file + ':' + includedFrom.line, usage.tab, new Set());
  return result;

  function expand(
    partial: PartialFile<PartialContent>,
    props: EvaluatedProps,
    chain: string,
    tab: TableTab | null,
    visiting: Set<PartialFile<PartialContent>>,
  ): void {
    if (visiting.has(partial)) return;
    visiting.add(partial);
    if (partial.content) {
      const tree = structuredClone(partial.content.tree);
      const unresolved = substituteProps(tree, props);
      const {document} = upgradeTablesFromMdast(tree, {
        source: partial.content.source,
        file: partial.file,
        docId: page.docId,
        frontMatter: page.frontMatter,
        title: page.title,
        anchor,
        usage: {includedFrom, idSuffix: '@' + chain, tab, unresolved: unresolved.map((item) => item.position)},
        lineMap: partial.content.lineMap,
        recognition: page.recognition,
      });
      result.documents.push(document);
      result.tables.push(...document.tables);
      for (const item of unresolved) {
        result.unresolved.push({
          ...item,
          position: diskPosition(item.position, partial.content.lineMap),
          file: partial.file,
          partial: describePartial(partial),
          usage: includedFrom,
        });
      }
    }
    for (const inner of partial.usages) {
      const target = partialOfUsage(inner, library, partial.version);
      if (!target) continue;
      expand(
        target,
        evaluateProps(inner, props, target.defaults),
        partial.file + ':' + inner.position.start.line + '@' + chain,
        inner.tab ?? tab,
        visiting,
      );
    }
    visiting.delete(partial);
  }
}
