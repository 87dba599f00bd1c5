import {pluginName} from '@upgrade-paths/engine';
import {slugify} from '@upgrade-paths/core';

/**
 * The data-module contract between `docusaurus-plugin-upgrade-paths`, which
 * writes the modules (`actions.createData`, into
 * `.docusaurus/<plugin name>/<plugin id>/`), and the pages, which import
 * them (`@generated/<plugin name>/<plugin id>/<module>`): the one place
 * their names and paths are decided.
 *
 * - one JSON module per dataset ({@link datasetModuleName}), holding the
 *   dataset as the export has it;
 * - one JavaScript module listing every dataset with a lazy loader
 *   ({@link datasetIndexModuleName});
 * - two JSON modules per dataset holding its laid-out upgrade graph, one
 *   node per version and one node per series ({@link graphModuleName}).
 */

/** File name of the generated module listing every dataset with a lazy loader. */
export const datasetIndexModuleName = 'datasets.js';

/**
 * File name (without folder) of the data module that holds one dataset:
 * safe on every file system and unique per id.
 *
 * @example
 *   datasetModuleName('palette/kubernetes') // 'palette-kubernetes-<8 hex digits>.json'
 */
export function datasetModuleName(datasetId: string): string {
  return slugify(datasetId).slice(0, 60) + '-' + hash(datasetId) + '.json';
}

/**
 * File name of the data module holding the laid-out upgrade graph of one
 * dataset (`UpgradeGraphLayout` of `docusaurus-plugin-upgrade-paths/client`).
 *
 * @param datasetId
 *   Dataset id.
 * @param collapsed
 *   Whether the layout has one node per series (`<UpgradeGraph collapse>`).
 * @example
 *   graphModuleName('palette/kubernetes', false) // 'palette-kubernetes-<8 hex digits>.graph.json'
 */
export function graphModuleName(datasetId: string, collapsed: boolean): string {
  return datasetModuleName(datasetId).replace(/\.json$/, collapsed ? graphSuffixes.collapsed : graphSuffixes.full);
}

/** How the names of graph modules end (after the dataset module's hash). */
const graphSuffixes = {full: '.graph.json', collapsed: '.series-graph.json'} as const;
const graphModuleExpression = new RegExp(
  '-[0-9a-f]{8}(?:' + Object.values(graphSuffixes).map((suffix) => suffix.replace(/[.-]/g, '\\$&')).join('|') + ')$',
);

/**
 * Whether a file name (without folder) is one {@link graphModuleName} makes:
 * what the Docusaurus plugin's graph loader handles.
 */
export function isGraphModuleName(name: string): boolean {
  return graphModuleExpression.test(name);
}

/**
 * Module path a page imports a data module by.
 *
 * @param pluginId
 *   Id of the plugin instance that writes it.
 * @param moduleName
 *   {@link datasetModuleName}, {@link graphModuleName} or {@link datasetIndexModuleName}.
 */
export function dataModulePath(pluginId: string, moduleName: string): string {
  return '@generated/' + pluginName + '/' + pluginId + '/' + moduleName;
}

/** FNV-1a 32-bit hash as 8 hex digits: short, stable across platforms. */
function hash(value: string): string {
  let result = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 0x01000193) >>> 0;
  }
  return result.toString(16).padStart(8, '0');
}
