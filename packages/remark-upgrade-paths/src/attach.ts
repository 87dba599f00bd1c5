import fs from 'node:fs';
import path from 'node:path';
import {datasetModuleName} from '@upgrade-paths/core';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {extractUpgradePaths} from './parse.js';
import {expressionAttribute, prependImports, esmImport} from './esm.js';

/** File name of the generated module listing every dataset with a lazy loader. */
export const datasetIndexModuleName = 'datasets.js';

/**
 * Give authored data components the data they render, as imports, so a page
 * bundles only the datasets it shows:
 *
 * - `<UpgradePathTable dataset="palette/kubernetes" …/>` and
 *   `<UpgradeChecker dataset="…"/>` get `data={<that dataset's module>}`;
 * - `<UpgradePathTable table="<file>:<line>"/>` gets the module of the
 *   dataset that table feeds (read from the file the id names);
 * - `<UpgradeChecker/>` without `dataset` gets `datasets={<index module>}`,
 *   whose loaders import one dataset when the reader picks it.
 *
 * Elements that already have a `data`/`datasets` attribute, or whose
 * attributes are expressions, are left as they are.
 *
 * @param tree
 *   Document tree; changed in place.
 * @param dataModulePrefix
 *   Module path of the plugin's generated data folder.
 * @param siteDir
 *   Site folder table ids are relative to.
 */
export function attachDatasets(tree: Root, dataModulePrefix: string, siteDir: string): void {
  const names = new Map<string, string>();
  visit(tree, function (node) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'UpgradePathTable' && node.name !== 'UpgradeChecker') return;
    if (attribute(node, 'data') !== undefined || attribute(node, 'datasets') !== undefined) return;
    const dataset = attribute(node, 'dataset');
    const table = attribute(node, 'table');
    let module: string | undefined;
    let prop = 'data';
    if (typeof dataset === 'string') {
      module = datasetModuleName(dataset);
    } else if (typeof table === 'string' && node.name === 'UpgradePathTable') {
      const id = datasetOfTable(siteDir, table);
      if (id !== undefined) module = datasetModuleName(id);
    } else if (dataset === undefined && node.name === 'UpgradeChecker') {
      module = datasetIndexModuleName;
      prop = 'datasets';
    }
    if (module === undefined) return;
    let name = names.get(module);
    if (!name) {
      name = '__upgradePathsData' + names.size;
      names.set(module, name);
    }
    node.attributes.push(expressionAttribute(prop, name));
  });
  prependImports(
    tree,
    [...names].map(([module, name]) => esmImport(name, dataModulePrefix + '/' + module)),
  );
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null | object | undefined {
  const found = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return found ? found.value ?? null : undefined;
}

const tableCache = new Map<string, {mtime: number; datasets: Map<string, string>}>();

/** Dataset id of a table named by id (`<file>:<line>`), read from its file. */
function datasetOfTable(siteDir: string, id: string): string | undefined {
  const match = /^(.*):(\d+)$/.exec(id);
  if (!match) return undefined;
  const file = match[1] ?? '';
  const absolute = path.resolve(siteDir, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let cached = tableCache.get(absolute);
  if (!cached || cached.mtime !== stat.mtimeMs) {
    const docId = file.replace(/^docs\//, '').replace(/\.[^./]+$/, '');
    const {tables} = extractUpgradePaths(fs.readFileSync(absolute, 'utf8'), {file, docId});
    cached = {mtime: stat.mtimeMs, datasets: new Map(tables.map((table) => [table.id, table.dataset]))};
    tableCache.set(absolute, cached);
  }
  return cached.datasets.get(id);
}
