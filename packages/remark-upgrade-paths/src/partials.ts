import type {Expression} from 'estree-jsx';
import type {PartialFile} from '@upgrade-paths/core';
import {keepsAuthoredLayout, partialHoldsTables, partialIncludes, partialOfUsage, partialRegistries} from '@upgrade-paths/core';
import {docsVersionOf, type SitePartials} from '@upgrade-paths/engine';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {
  isPartialElement,
  partialUsageFromElement,
  partialUsageTables,
  upgradeTablesFromMdast,
  type LineMap,
  type Recognition,
  type PartialContent,
  type PartialPage,
} from 'mdast-util-upgrade-paths';
import {visitParents} from 'unist-util-visit-parents';
import {dataModulePath, datasetModuleName} from './dataModules.js';
import {esmImport, expressionAttribute, literal, member, plus, prependImports} from './esm.js';
import type {DataModules} from './modules.js';
import {pageFilterProp, tablePageFilterProp, type PageTable} from './pageFilter.js';
import {replaceTableNodes} from './replace.js';

/** Hidden prop: the usage a partial is rendered for (`<file>:<line>`, chained through partials). */
const usageProp = '__upgradePathsUsage';
/** Hidden prop: dataset modules of the tables a partial renders, by table id. */
const dataProp = '__upgradePathsData';

/** Where a document is, for {@link resolvePartialUsages}. */
export interface PartialsContext {
  /** Site-relative POSIX path of the document. */
  readonly file: string;
  /** The site's partials. */
  readonly library: SitePartials;
  /** Whether the document is itself a partial. */
  readonly inPartial: boolean;
  /** Id of the plugin instance whose data modules the page imports. */
  readonly pluginId: string;
  /** Which of them exist: the tables a usage renders without one get no data. */
  readonly modules: DataModules;
  /** The page, for the tables its usages render; `undefined` for a partial. */
  readonly page: PartialPage | undefined;
  /** Where the document's lines are in its file (see `LineMap`). */
  readonly lineMap: LineMap;
}

/**
 * Resolve `<PartialsComponent category="…" name="…" …/>` usages of a
 * document at compile time, as `docusaurus-remark-plugin-npm2yarn` injects
 * its imports: each usage becomes `<__UpgradePathsPartialN …/>` with every
 * attribute but `category` and `name` (after the partial's
 * `partial_defaults`, so given props win), and
 * `import __UpgradePathsPartialN from '@site/<partial file>'` is added: a
 * page's bundle holds only the partials it uses, and no site swizzles
 * `MDXComponents`.
 *
 * Upgrade tables in partials (see {@link replacePartialTables}): a page
 * usage of a partial that renders tables passes
 * `__upgradePathsUsage="<page>:<line>"` and
 * `__upgradePathsData={{"<table id>": <dataset module>}}` (imported by the
 * page), and a partial passes both on to the partials it includes,
 * prefixing its own `<file>:<line>@`. So one compiled partial serves every
 * page, each with its own table ids (the ids lint gives) and datasets.
 *
 * A usage naming no partial, or closing a cycle of partials, is left as is:
 * `@theme/PartialsComponent` renders a visible error there (lint reports
 * it).
 *
 * @param tree
 *   Document tree; changed in place.
 * A partial rendering tables also passes on `__upgradePathsPageFilter`
 * (see `pageFilterProp`), which a page sets on usages when it shows a page
 * filter.
 *
 * @param context
 *   Where the document is and the site's partials.
 * @returns
 *   The page's usages that render upgrade tables as components, each with
 *   those tables (`offset`: the usage's); none for a partial.
 */
export function resolvePartialUsages(tree: Root, context: PartialsContext): PartialUsageTables[] {
  const {library, file} = context;
  const version = docsVersionOf(file);
  const self = context.inPartial
    ? partialRegistries(library).flatMap((registry) => registry.files).find((item) => item.file === file)
    : undefined;
  const partialNames = new Map<string, string>();
  const dataNames = new Map<string, string>();
  const rendered: PartialUsageTables[] = [];
  const elements: Array<{node: MdxJsxFlowElement | MdxJsxTextElement; ancestors: Parameters<typeof partialUsageFromElement>[2]}> = [];
  visitParents(tree, function (node, ancestors) {
    if (isPartialElement(node)) elements.push({node, ancestors: [...ancestors]});
  });

  for (const {node, ancestors} of elements) {
    const usage = partialUsageFromElement(node, file, ancestors, [], context.lineMap);
    const target = partialOfUsage(usage, library, version);
    if (!target) continue;
    if (self && (target === self || partialIncludes(target, self, library))) continue; // A cycle: `partial-cycle`.
    let name = partialNames.get(target.file);
    if (!name) {
      name = '__UpgradePathsPartial' + partialNames.size;
      partialNames.set(target.file, name);
    }
    const given = new Set(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])));
    const attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute> = [];
    for (const [prop, value] of target.defaults) {
      if (!given.has(prop)) attributes.push({type: 'mdxJsxAttribute', name: prop, value});
    }
    attributes.push(
      ...node.attributes.filter(
        (attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'category' && attribute.name !== 'name'),
      ),
    );
    if (partialHoldsTables(target as PartialFile<PartialContent>, library)) {
      const here = file + ':' + usage.position.start.line;
      if (context.inPartial) {
        attributes.push(
          expressionAttribute(usageProp, plus(literal(here + '@'), member('props', usageProp)), JSON.stringify(here + '@') + ' + props.' + usageProp),
          expressionAttribute(dataProp, member('props', dataProp), 'props.' + dataProp),
          expressionAttribute(pageFilterProp, member('props', pageFilterProp), 'props.' + pageFilterProp),
        );
      } else if (context.page && version === null) {
        const tables = partialUsageTables(usage, library, context.page).tables.filter((table) =>
          context.modules.replaces({id: table.id, dataset: table.dataset, position: usage.position}),
        );
        const offset = usage.position.start.offset ?? 0;
        // Tables kept in the author's layout stay Markdown in the partial, without anchors.
        const components = tables.filter((table) => !keepsAuthoredLayout(table));
        if (components.length > 0) {
          rendered.push({node, tables: components.map((table) => ({id: table.id, dataset: table.dataset, offset}))});
        }
        const entries = tables.map(function (table): [string, string] {
          const module = datasetModuleName(table.dataset);
          let dataName = dataNames.get(module);
          if (!dataName) {
            dataName = '__upgradePathsPartialData' + dataNames.size;
            dataNames.set(module, dataName);
          }
          return [table.id, dataName];
        });
        const object: Expression = {
          type: 'ObjectExpression',
          properties: entries.map(([id, dataName]) => ({
            type: 'Property',
            key: literal(id),
            value: {type: 'Identifier', name: dataName},
            kind: 'init',
            computed: false,
            method: false,
            shorthand: false,
          })),
        };
        attributes.push(
          {type: 'mdxJsxAttribute', name: usageProp, value: here},
          expressionAttribute(dataProp, object, '{' + entries.map(([id, dataName]) => JSON.stringify(id) + ': ' + dataName).join(', ') + '}'),
        );
      }
    }
    node.name = name;
    node.attributes = attributes;
  }

  prependImports(tree, [
    ...[...partialNames].map(([partialFile, name]) => esmImport(name, '@site/' + partialFile)),
    ...[...dataNames].map(([module, name]) => esmImport(name, dataModulePath(context.pluginId, module))),
  ]);
  return rendered;
}

/** A page's partial usage and the upgrade tables it renders as components. */
export interface PartialUsageTables {
  readonly node: MdxJsxFlowElement | MdxJsxTextElement;
  readonly tables: readonly PageTable[];
}

/**
 * Replace each upgrade table of a partial file with an `UpgradePathTable`
 * whose table id and data come from the usage's hidden props:
 * `<UpgradePathTable table={"<partial>:<line>@" + props.__upgradePathsUsage}
 * data={(props.__upgradePathsData || {})[<same id>]}
 * pageFilter={props.__upgradePathsPageFilter} />`, and drop its
 * bold-only group label paragraph (the component shows it as caption).
 *
 * @param tree
 *   The partial's tree; changed in place.
 * @param source
 *   The text it was parsed from.
 * @param partialFile
 *   Site-relative POSIX path of the partial.
 * @param lineMap
 *   Where its lines are in the file (see `LineMap`).
 */
export function replacePartialTables(
  tree: Root,
  source: string,
  partialFile: string,
  lineMap: LineMap,
  recognition?: Recognition | undefined,
): void {
  const {document} = upgradeTablesFromMdast(tree, {source, file: partialFile, docId: partialFile, frontMatter: {}, lineMap, recognition});
  // A table in the author's layout stays Markdown (its anchors would
  // depend on the usage's props).
  replaceTableNodes(tree, document.tables.filter((table) => !keepsAuthoredLayout(table)), function (table) {
    const prefix = partialFile + ':' + table.line + '@';
    const id = (): Expression => plus(literal(prefix), member('props', usageProp));
    const idSource = JSON.stringify(prefix) + ' + props.' + usageProp;
    return [
      expressionAttribute('table', id(), idSource),
      expressionAttribute(
        'data',
        {
          type: 'MemberExpression',
          object: {type: 'LogicalExpression', operator: '||', left: member('props', dataProp), right: {type: 'ObjectExpression', properties: []}},
          property: id(),
          computed: true,
          optional: false,
        },
        '(props.' + dataProp + ' || {})[' + idSource + ']',
      ),
      expressionAttribute(tablePageFilterProp, member('props', pageFilterProp), 'props.' + pageFilterProp),
    ];
  });
}
