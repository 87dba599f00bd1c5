import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {dataModulePath, datasetIndexModuleName, datasetModuleName, graphModuleName} from './dataModules.js';
import {esmImport, identifierAttribute, prependImports} from './esm.js';
import type {DataModules} from './modules.js';

/**
 * Give authored data components the data they render, as imports, so a page
 * bundles only the datasets it shows:
 *
 * - `<UpgradePathTable dataset="palette/kubernetes" …/>` and
 *   `<UpgradeChecker dataset="…"/>` get `data={<that dataset's module>}`;
 * - `<UpgradePathTable table="<file>:<line>"/>` gets the module of the
 *   dataset that table feeds (`datasetOfTable`);
 * - `<UpgradeChecker/>` without `dataset` gets `datasets={<index module>}`,
 *   whose loaders import one dataset when the reader picks it;
 * - `<UpgradeGraph dataset="…"/>` gets `graph={<its graph module>}`, the
 *   one node per series with `collapse` (`collapse` or `collapse={true}`);
 *   `<UpgradeChecker dataset="…" graph/>` has its `graph` replaced with the
 *   graph module (one node per version).
 *
 * Elements that already have a `data`/`datasets` attribute (an
 * `UpgradeGraph`: a `graph` expression), or whose attributes are
 * expressions, are left as they are.
 *
 * @param tree
 *   Document tree; changed in place.
 * @param pluginId
 *   Plugin instance whose data modules the page imports.
 * @param modules
 *   Which data modules exist, and the dataset of a table by id.
 * @throws {Error}
 *   In a Docusaurus compile, for a dataset or table no module holds (see
 *   `DataModules`).
 */
export async function attachDatasets(tree: Root, pluginId: string, modules: DataModules): Promise<void> {
  // Modules are looked up after the walk, so a check that throws during it
  // leaves no lookup pending.
  const wanted: Array<{node: MdxJsxFlowElement | MdxJsxTextElement; module: () => Promise<string | undefined>; prop: string}> = [];
  visit(tree, function (node) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === 'UpgradeGraph') {
      const dataset = attribute(node, 'dataset');
      if (typeof dataset !== 'string' || isExpression(attribute(node, 'graph'))) return;
      modules.checkDataset(dataset, node.name, node.position);
      const collapsed = flag(attribute(node, 'collapse'));
      wanted.push({node, module: async () => graphModuleName(dataset, collapsed), prop: 'graph'});
      return;
    }
    if (node.name !== 'UpgradePathTable' && node.name !== 'UpgradeChecker') return;
    if (attribute(node, 'data') !== undefined || attribute(node, 'datasets') !== undefined) return;
    const dataset = attribute(node, 'dataset');
    const table = attribute(node, 'table');
    if (typeof dataset === 'string') {
      modules.checkDataset(dataset, node.name, node.position);
      wanted.push({node, module: async () => datasetModuleName(dataset), prop: 'data'});
      if (node.name === 'UpgradeChecker' && flag(attribute(node, 'graph'))) {
        wanted.push({node, module: async () => graphModuleName(dataset, false), prop: 'graph'});
      }
    } else if (typeof table === 'string' && node.name === 'UpgradePathTable') {
      const module = async () => {
        const id = await modules.tableDataset(table, node.position);
        return id === undefined ? undefined : datasetModuleName(id);
      };
      wanted.push({node, module, prop: 'data'});
    } else if (dataset === undefined && node.name === 'UpgradeChecker') {
      modules.checkIndex(node.position);
      wanted.push({node, module: async () => datasetIndexModuleName, prop: 'datasets'});
    }
  });
  const names = new Map<string, string>();
  const found = await Promise.all(wanted.map((item) => item.module()));
  for (const [index, {node, prop}] of wanted.entries()) {
    const module = found[index];
    if (module === undefined) continue;
    let name = names.get(module);
    if (!name) {
      name = '__upgradePathsData' + names.size;
      names.set(module, name);
    }
    // Replaces what the author wrote (`graph` of a checker).
    node.attributes = node.attributes.filter((item) => item.type !== 'mdxJsxAttribute' || item.name !== prop);
    node.attributes.push(identifierAttribute(prop, name));
  }
  prependImports(
    tree,
    [...names].map(([module, name]) => esmImport(name, dataModulePath(pluginId, module))),
  );
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null | object | undefined {
  const found = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return found ? (found.value ?? null) : undefined;
}

function isExpression(value: string | null | object | undefined): boolean {
  return typeof value === 'object' && value !== null;
}

/**
 * A boolean attribute as written: absent or `={false}` is `false`; bare
 * (`collapse`), `={true}` or any other value is `true`.
 */
function flag(value: string | null | object | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'object' && value !== null && 'value' in value && String(value.value).trim() === 'false') return false;
  return true;
}
