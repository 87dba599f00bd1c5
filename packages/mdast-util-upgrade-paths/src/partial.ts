import type {} from './mdast-extensions.js';
import type {DocumentFacts, PartialFile, PropRead} from '@upgrade-paths/core';
import {partialFrontMatter} from '@upgrade-paths/core';
import type {Root} from 'mdast';
import type {Program} from 'estree-jsx';
import {visit} from 'unist-util-visit';
import {estreePosition, isPropsSpread, walkProps} from './estree.js';
import {upgradeTablesFromMdast} from './extract.js';
import type {Recognition} from './recognize.js';
import {isJsxElement} from './jsx.js';
import {diskPosition, type LineMap} from './lines.js';
import {partialComponentName, partialHiddenPropPrefix} from './partialUsage.js';

/** What is kept of a partial holding a table: its tree and text, to extract its tables at each usage. */
export interface PartialContent {
  /** mdast of the partial; read-only (usages extract from copies). */
  readonly tree: Root;
  /** The text the tree was parsed from. */
  readonly source: string;
  /** Where the tree's lines are in the file (see `LineMap`). */
  readonly lineMap: LineMap;
}

/** What {@link partialFromMdast} needs to know about the file. */
export interface ReadPartialOptions {
  /** Text the tree was parsed from. */
  readonly source: string;
  /** Site-relative POSIX path. */
  readonly file: string;
  /** Docs version of the partial folder, `null` (default) for current partials. */
  readonly version?: string | null | undefined;
  /** Parsed front matter; when `undefined`, the tree's `yaml` node is parsed. */
  readonly frontMatter?: unknown;
  /** Where the tree's lines are in the file (see `LineMap`). */
  readonly lineMap?: LineMap;
  /** What the config says about recognition (see `Recognition`). */
  readonly recognition?: Recognition | undefined;
}

/**
 * Read one partial: its front matter (`partial_category`, `partial_name`,
 * optional `partial_defaults`, see `partialFrontMatter`), the props it
 * reads (`props.x` in any expression) and the partials it includes.
 *
 * @param tree
 *   mdast of the partial, with positions (MDX).
 * @param options
 *   File facts.
 * @returns
 *   The partial, and its facts as a document (disable comments standing
 *   before nothing). Never throws for content.
 */
export function partialFromMdast(
  tree: Root,
  options: ReadPartialOptions,
): {partial: PartialFile<PartialContent>; document: DocumentFacts} {
  const {file, source, lineMap} = options;
  const read = upgradeTablesFromMdast(tree, {source, file, docId: file, frontMatter: options.frontMatter, lineMap, recognition: options.recognition});
  const frontMatter = read.document.frontMatter ?? {
    value: undefined,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
  };
  const {category, name, defaults} = partialFrontMatter(frontMatter);
  const reads: PropRead[] = [];
  let readsAny = false;
  let hasTable = false;

  visit(tree, function (node) {
    if (node.type === 'table') hasTable = true;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      collectReads(node.data?.estree ?? undefined, node.position);
    } else if (isJsxElement(node)) {
      const usage = node.name === partialComponentName;
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          // `{...props}` on a usage forwards props: what they need is the included partial's.
          if (usage && isPropsSpread(attribute.value)) continue;
          collectReads(attribute.data?.estree ?? undefined, attribute.position ?? node.position);
        } else if (attribute.value && typeof attribute.value === 'object') {
          collectReads(attribute.value.data?.estree ?? undefined, attribute.position ?? node.position);
        }
      }
    }
  });

  const partial: PartialFile<PartialContent> = {
    file,
    version: options.version ?? null,
    category,
    name,
    defaults,
    reads,
    readsAny,
    usages: read.usages,
    content: hasTable ? {tree, source, lineMap} : undefined,
    frontMatter,
  };
  const document: DocumentFacts = {file, kind: 'partial', tables: [], candidates: [], strayDisables: read.document.strayDisables};
  return {partial, document};

  function collectReads(program: Program | undefined, fallback: PropRead['position'] | undefined): void {
    walkProps(program, function (prop, node) {
      if (prop === undefined) {
        readsAny = true;
        return;
      }
      if (prop.startsWith(partialHiddenPropPrefix)) return;
      const position = diskPosition(estreePosition(node) ?? fallback ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}}, lineMap);
      reads.push({name: prop, file, position});
    });
  }
}
