import type {ExtractedTable} from '@upgrade-paths/core';
import {datasetModuleName} from '@upgrade-paths/core';
import type {Nodes, Paragraph, Parents, Root, RootContent, Table} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {esmImport, expressionAttribute, prependImports} from './esm.js';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {visitParents} from 'unist-util-visit-parents';

/** Name of the component each recognised table is replaced with. */
export const tableComponentName = 'UpgradePathTable';

/**
 * Replace each recognised upgrade table with
 * `<UpgradePathTable table="<table id>" data={<dataset module>} />`, drop the
 * bold-only paragraph that labelled its group (the component renders the
 * label as the table's `<caption>`), and import the dataset modules once, at
 * the top of the document (see {@link importUsedComponents} for the
 * component).
 *
 * @param tree
 *   Document tree; changed in place.
 * @param tables
 *   Tables extracted from `tree`, matched to their nodes by start offset.
 * @param dataModulePrefix
 *   Module path the dataset module file names are appended to.
 */
export function replaceTables(
  tree: Root,
  tables: readonly ExtractedTable[],
  dataModulePrefix: string,
): void {
  const byOffset = new Map<number, ExtractedTable>();
  for (const table of tables) {
    if (table.position.start.offset !== undefined) byOffset.set(table.position.start.offset, table);
  }
  const datasetNames = new Map<string, string>();
  const edits: Array<{parent: Parents; node: Table; table: ExtractedTable}> = [];

  visitParents(tree, 'table', function (node, ancestors) {
    const offset = node.position?.start.offset;
    const table = offset === undefined ? undefined : byOffset.get(offset);
    const parent = ancestors[ancestors.length - 1];
    if (table && parent) edits.push({parent, node, table});
  });
  if (edits.length === 0) return;

  for (const {parent, node, table} of edits) {
    let name = datasetNames.get(table.dataset);
    if (!name) {
      name = '__upgradePathsDataset' + datasetNames.size;
      datasetNames.set(table.dataset, name);
    }
    const siblings = parent.children as RootContent[];
    const index = siblings.indexOf(node);
    siblings[index] = tableElement(table, name, node);
    const label = table.group === null ? -1 : labelIndex(siblings, index, table.group);
    if (label >= 0) siblings.splice(label, 1);
  }

  prependImports(
    tree,
    [...datasetNames].map(([dataset, name]) =>
      esmImport(name, dataModulePrefix + '/' + datasetModuleName(dataset)),
    ),
  );
}

/** Theme components a page may use without importing them. */
export const themeComponentNames: readonly string[] = [
  tableComponentName,
  'UpgradeChecker',
  'PartialsComponent',
];

/**
 * Import each theme component the page uses (`import X from '@theme/X'`)
 * unless the page imports or defines that name itself: so no site has to
 * swizzle `MDXComponents`, where `theme-classic` would hide them anyway.
 */
export function importUsedComponents(tree: Root): void {
  const used = new Set<string>();
  visit(tree, function (node) {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name !== null &&
      themeComponentNames.includes(node.name)
    ) {
      used.add(node.name);
    }
  });
  if (used.size === 0) return;
  const declared = tree.children
    .filter((node): node is MdxjsEsm => node.type === 'mdxjsEsm')
    .map((node) => node.value)
    .join('\n');
  prependImports(
    tree,
    themeComponentNames
      .filter((name) => used.has(name) && !new RegExp('\\b' + name + '\\b').test(declared))
      .map((name) => esmImport(name, '@theme/' + name)),
  );
}


function tableElement(table: ExtractedTable, dataName: string, node: Table): MdxJsxFlowElement {
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: tableComponentName,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'table', value: table.id},
      expressionAttribute('data', dataName),
    ],
    children: [],
  };
  if (node.position) element.position = node.position;
  return element;
}

/**
 * Index of the bold-only paragraph before `index` whose text is `group`,
 * passing over what group search passes over; `-1` when there is none.
 */
export function labelIndex(siblings: readonly RootContent[], index: number, group: string): number {
  for (let at = index - 1; at >= 0; at--) {
    const node = siblings[at] as Nodes | undefined;
    if (!node || node.type === 'heading' || node.type === 'table') return -1;
    if (node.type === 'paragraph' && isBoldOnly(node) && toString(node).trim() === group) return at;
  }
  return -1;
}

function isBoldOnly(node: Paragraph): boolean {
  return (
    node.children.some((child) => child.type === 'strong') &&
    node.children.every(
      (child) => child.type === 'strong' || (child.type === 'text' && child.value.trim() === ''),
    )
  );
}
