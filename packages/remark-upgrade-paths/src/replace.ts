import type {ExtractedTable} from '@upgrade-paths/core';
import {datasetModuleName} from '@upgrade-paths/core';
import type {Program} from 'estree';
import type {Nodes, Paragraph, Parents, Root, RootContent, Table} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {toString} from 'mdast-util-to-string';
import {visitParents} from 'unist-util-visit-parents';

/** Name of the component each recognised table is replaced with. */
export const tableComponentName = 'UpgradePathTable';

/**
 * Replace each recognised upgrade table with
 * `<UpgradePathTable table="<table id>" data={<dataset module>} />`, drop the
 * bold-only paragraph that labelled its group (the component renders the
 * label as the table's `<caption>`), and import the component and the
 * dataset modules once, at the top of the document.
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

  const imports = [
    esmImport(tableComponentName, '@theme/' + tableComponentName),
    ...[...datasetNames].map(([dataset, name]) =>
      esmImport(name, dataModulePrefix + '/' + datasetModuleName(dataset)),
    ),
  ];
  const alreadyImported = tree.children.some(
    (node) => node.type === 'mdxjsEsm' && /\bUpgradePathTable\b/.test(node.value),
  );
  const firstContent = tree.children.findIndex((node) => node.type !== 'yaml');
  tree.children.splice(
    firstContent === -1 ? tree.children.length : firstContent,
    0,
    ...(alreadyImported ? imports.slice(1) : imports),
  );
}

function tableElement(table: ExtractedTable, dataName: string, node: Table): MdxJsxFlowElement {
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: tableComponentName,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'table', value: table.id},
      {
        type: 'mdxJsxAttribute',
        name: 'data',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: dataName,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name: dataName}}],
            },
          },
        },
      },
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
function labelIndex(siblings: readonly RootContent[], index: number, group: string): number {
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

function esmImport(name: string, from: string): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: from, raw: JSON.stringify(from)},
        attributes: [],
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: 'import ' + name + ' from ' + JSON.stringify(from),
    data: {estree},
  };
}
