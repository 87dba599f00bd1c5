import type {ExtractedTable, ReloadFindings} from '@upgrade-paths/core';
import type {Nodes, Parents, Root, RootContent, Table, TableCell} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {groupLabelIndex} from 'mdast-util-upgrade-paths';
import {noteColumnAttribute, noteRowAttribute} from '@upgrade-paths/core';
import {valueToEstree} from 'estree-util-value-to-estree';
import {visitParents} from 'unist-util-visit-parents';
import {tableComponentName} from './components.js';
import {dataModulePath, datasetModuleName} from './dataModules.js';
import {esmImport, expressionAttribute, identifierAttribute, prependImports} from './esm.js';
import {tablePageFilterProp} from './pageFilter.js';

/**
 * Replace each table of `tables` in the tree with an `<UpgradePathTable>`
 * element (attributes made by `attributes`), and drop the bold-only
 * paragraph that labelled its group (the component renders the label as
 * the table's `<caption>`). Tables are matched to their nodes by start
 * offset.
 */
export function replaceTableNodes(
  tree: Root,
  tables: readonly ExtractedTable[],
  attributes: (table: ExtractedTable) => MdxJsxAttribute[],
): void {
  // Most pages have none: no walk.
  if (tables.length === 0) return;
  const byOffset = new Map<number, ExtractedTable>();
  for (const table of tables) {
    if (table.position.start.offset !== undefined) byOffset.set(table.position.start.offset, table);
  }
  const edits: Array<{parent: Parents; node: Table; table: ExtractedTable}> = [];
  visitParents(tree, 'table', function (node, ancestors) {
    const offset = node.position?.start.offset;
    const table = offset === undefined ? undefined : byOffset.get(offset);
    const parent = ancestors[ancestors.length - 1];
    if (table && parent) edits.push({parent, node, table});
  });
  for (const {parent, node, table} of edits) {
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: tableComponentName,
      attributes: attributes(table),
      children: authoredNotes(node, table),
    };
    if (node.position) element.position = node.position;
    const siblings = parent.children as RootContent[];
    const index = siblings.indexOf(node);
    siblings[index] = element;
    const label = table.group === null ? -1 : groupLabelIndex(siblings as Nodes[], index, table.group);
    if (label >= 0) siblings.splice(label, 1);
  }
}

/**
 * The notes cells of a table as the author wrote them (links, emphasis,
 * code kept), as children of its `<UpgradePathTable>`: one
 * `<span data-upgrade-paths-note-row="<anchor>" data-upgrade-paths-note-column="<header>">`
 * per non-empty cell, which the component renders in that cell instead of
 * the cell's text (`notes` in the data, what other pages showing the rows
 * render). MDX compiles the children with the page, so Docusaurus resolves
 * their links as anywhere else.
 */
function authoredNotes(node: Table, table: ExtractedTable): MdxJsxFlowElement['children'] {
  const [, ...body] = node.children;
  const {notes, noteColumns} = table;
  if (notes === undefined || noteColumns === undefined) return [];
  // The notes columns as extraction found them (`ExtractedTable.noteColumns`).
  const columns = notes.map((header, index) => ({header, index: noteColumns[index] as number}));
  const children: MdxJsxFlowElement['children'] = [];
  body.forEach(function (row, index) {
    const anchor = table.rows[index]?.anchor;
    if (anchor === undefined) return;
    for (const {index: column, header: name} of columns) {
      const cell = row.children[column];
      if (!cell || cell.children.length === 0) continue;
      children.push({
        type: 'mdxJsxFlowElement',
        name: 'span',
        attributes: [
          {type: 'mdxJsxAttribute', name: noteRowAttribute, value: anchor},
          {type: 'mdxJsxAttribute', name: noteColumnAttribute, value: name},
        ],
        // Phrasing content in a flow element: compiled as the children of
        // the `<span>`, never wrapped in a paragraph.
        children: cell.children as unknown as MdxJsxFlowElement['children'],
      });
    }
  });
  return children;
}

/**
 * Replace each recognised upgrade table of a page with
 * `<UpgradePathTable table="<table id>" data={<dataset module>} />` and
 * import the dataset modules once, at the top of the document.
 *
 * @param tree
 *   Document tree; changed in place.
 * @param tables
 *   Tables extracted from `tree`.
 * @param pluginId
 *   Plugin instance whose data modules the page imports.
 * @param pageFilter
 *   Whether the page shows one filter for all its tables: each component
 *   then gets `pageFilter` (default `false`).
 * @param reload
 *   The findings a dev server's last lint run published for `pluginId`
 *   (`publishedFindings`): each component then gets its table's as
 *   `reloadFindings={{pluginId, run, findings}}` (none when absent).
 */
export function replaceTables(
  tree: Root,
  tables: readonly ExtractedTable[],
  pluginId: string,
  pageFilter = false,
  reload?: ReloadFindings,
): void {
  const names = new Map<string, string>();
  replaceTableNodes(tree, tables, function (table) {
    let name = names.get(table.dataset);
    if (!name) {
      name = '__upgradePathsDataset' + names.size;
      names.set(table.dataset, name);
    }
    const attributes: MdxJsxAttribute[] = [{type: 'mdxJsxAttribute', name: 'table', value: table.id}, identifierAttribute('data', name)];
    if (pageFilter) attributes.push({type: 'mdxJsxAttribute', name: tablePageFilterProp, value: null});
    if (reload) {
      const value = {pluginId, run: reload.run, findings: reload.byTable[table.id] ?? []};
      attributes.push(expressionAttribute('reloadFindings', valueToEstree(value), JSON.stringify(value)));
    }
    return attributes;
  });
  prependImports(
    tree,
    [...names].map(([dataset, name]) => esmImport(name, dataModulePath(pluginId, datasetModuleName(dataset)))),
  );
}

/**
 * Keep each table of `tables` in the author's layout (see
 * `keepsAuthoredLayout`) and give it what a replaced table has: an empty
 * `<span id="<anchor>" data-upgrade-paths-anchor>` per upgrade statement
 * (the plugin's client CSS highlights its cell when linked to) at the start of the cell
 * stating it (a matrix cell, a path cell, the source cell of a
 * multi-version row), so every row of the data can be linked to, and a
 * `<span data-upgrade-paths-table="<table id>" hidden>` in the first header
 * cell (what the build's check for pages built without this plugin looks
 * for). Tables are matched to their nodes by start offset.
 */
export function anchorAuthoredTables(tree: Root, tables: readonly ExtractedTable[]): void {
  if (tables.length === 0) return;
  const byOffset = new Map<number, ExtractedTable>();
  for (const table of tables) {
    if (table.position.start.offset !== undefined) byOffset.set(table.position.start.offset, table);
  }
  visitParents(tree, 'table', function (node) {
    const offset = node.position?.start.offset;
    const table = offset === undefined ? undefined : byOffset.get(offset);
    if (!table) return;
    const [header, ...body] = node.children;
    const anchors = new Map<TableCell, MdxJsxTextElement[]>();
    table.cells.forEach(function (cells, index) {
      const row = table.rows[index];
      const statement = cells.statement;
      const cell = statement ? body[statement.row]?.children[statement.cell] : undefined;
      if (!row || !cell) return;
      const list = anchors.get(cell) ?? [];
      list.push(
        span([
          {type: 'mdxJsxAttribute', name: 'id', value: row.anchor},
          {type: 'mdxJsxAttribute', name: 'data-upgrade-paths-anchor', value: null},
        ]),
      );
      anchors.set(cell, list);
    });
    for (const [cell, spans] of anchors) cell.children.unshift(...(spans as unknown as TableCell['children']));
    const first = header?.children[0];
    if (first) {
      first.children.unshift(
        span([
          {type: 'mdxJsxAttribute', name: 'data-upgrade-paths-table', value: table.id},
          {type: 'mdxJsxAttribute', name: 'hidden', value: null},
        ]) as unknown as TableCell['children'][number],
      );
    }
  });
}

function span(attributes: MdxJsxAttribute[]): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name: 'span', attributes, children: []};
}
