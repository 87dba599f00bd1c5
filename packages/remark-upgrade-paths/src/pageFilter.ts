import type {Expression} from 'estree-jsx';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {dataModulePath, datasetModuleName} from './dataModules.js';
import {esmImport, expressionAttribute, literal, prependImports} from './esm.js';

/**
 * Hidden prop of a partial usage: the page shows a page filter, so the
 * partial's tables follow it (`pageFilter={props.__upgradePathsPageFilter}`).
 */
export const pageFilterProp = '__upgradePathsPageFilter';

/** Prop of `<UpgradePathTable>` that makes it follow the page's filter. */
export const tablePageFilterProp = 'pageFilter';

/** Local name of the imported `@theme/UpgradePathTable/PageFilter`. */
const componentName = '__UpgradePathsPageFilter';

/** One upgrade table a page shows: its id, dataset, and where it starts. */
export interface PageTable {
  readonly id: string;
  readonly dataset: string;
  /** Start offset in the document of the table, or of the partial usage rendering it. */
  readonly offset: number;
}

/**
 * Whether a page gets one filter for all its tables: it shows two or more
 * upgrade tables (its own, replaced or kept in the author's layout, and
 * those its partials render as components).
 */
export function needsPageFilter(tables: readonly PageTable[]): boolean {
  return tables.length >= 2;
}

/**
 * Put `<UpgradePathTable/PageFilter tables={[…]} data={{…}} />` right
 * before the top-level node holding the page's first upgrade table (so
 * outside any `<Tabs>` or `<details>` around it), importing the component
 * and the dataset modules of the tables.
 *
 * @param tree
 *   Document tree; changed in place.
 * @param tables
 *   The page's tables (see {@link needsPageFilter}), in any order.
 * @param pluginId
 *   Plugin instance whose data modules the page imports.
 */
export function insertPageFilter(tree: Root, tables: readonly PageTable[], pluginId: string): void {
  const ordered = [...tables].sort((a, b) => a.offset - b.offset);
  const first = ordered[0];
  if (first === undefined) return;
  const names = new Map<string, string>();
  const entries = ordered.map(function (table): [string, string] {
    let name = names.get(table.dataset);
    if (!name) {
      name = '__upgradePathsFilterData' + names.size;
      names.set(table.dataset, name);
    }
    return [table.id, name];
  });
  const ids: Expression = {type: 'ArrayExpression', elements: ordered.map((table) => literal(table.id))};
  const data: Expression = {
    type: 'ObjectExpression',
    properties: entries.map(([id, name]) => ({
      type: 'Property',
      key: literal(id),
      value: {type: 'Identifier', name},
      kind: 'init',
      computed: false,
      method: false,
      shorthand: false,
    })),
  };
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: componentName,
    attributes: [
      expressionAttribute('tables', ids, JSON.stringify(ordered.map((table) => table.id))),
      expressionAttribute('data', data, '{' + entries.map(([id, name]) => JSON.stringify(id) + ': ' + name).join(', ') + '}'),
    ],
    children: [],
  };
  const index = tree.children.findIndex((node: RootContent) => (node.position?.end.offset ?? -1) > first.offset);
  tree.children.splice(index === -1 ? tree.children.length : index, 0, element);
  prependImports(tree, [
    esmImport(componentName, '@theme/UpgradePathTable/PageFilter'),
    ...[...names].map(([dataset, name]) => esmImport(name, dataModulePath(pluginId, datasetModuleName(dataset)))),
  ]);
}

/** Mark partial usages as rendered under the page's filter (see {@link pageFilterProp}). */
export function markUsagesFiltered(usages: ReadonlyArray<MdxJsxFlowElement | MdxJsxTextElement>): void {
  for (const usage of usages) usage.attributes.push({type: 'mdxJsxAttribute', name: pageFilterProp, value: null});
}
