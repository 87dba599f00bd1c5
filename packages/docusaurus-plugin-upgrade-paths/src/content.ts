import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {Dataset, UpgradePathsExport} from '@upgrade-paths/core';
import {datasetIndexModuleName, datasetModuleName, graphModuleName} from 'remark-upgrade-paths';
import type {UpgradeGraphLayout} from './client/graphLayout.js';
import {layoutUpgradeGraph} from './graphLayout.js';

/**
 * Laid-out graphs by dataset content and node kind, so a reload of
 * `docusaurus start` lays out again only the datasets that changed.
 */
export type GraphLayoutCache = Map<string, Promise<UpgradeGraphLayout>>;

/**
 * Write the data modules of the export through `actions.createData`, under
 * the names of the data-module contract (`remark-upgrade-paths`): per
 * dataset one JSON module of the dataset and two of its laid-out graph
 * (one node per version, one per series; `layoutUpgradeGraph`), and the
 * dataset index module.
 *
 * @param cache
 *   Layouts of earlier runs, kept for the next (only the last run's are
 *   kept).
 */
export async function writeDataModules(
  actions: PluginContentLoadedActions,
  published: UpgradePathsExport,
  cache: GraphLayoutCache,
): Promise<void> {
  const layouts: GraphLayoutCache = new Map();
  const graph = (dataset: Dataset, collapsed: boolean): Promise<UpgradeGraphLayout> => {
    const key = String(collapsed) + JSON.stringify(dataset);
    const layout = cache.get(key) ?? layoutUpgradeGraph(dataset, collapsed);
    layouts.set(key, layout);
    return layout;
  };
  await Promise.all([
    ...published.datasets.map((dataset) => actions.createData(datasetModuleName(dataset.id), JSON.stringify(dataset))),
    ...published.datasets.flatMap((dataset) =>
      [false, true].map(async (collapsed) =>
        actions.createData(graphModuleName(dataset.id, collapsed), JSON.stringify(await graph(dataset, collapsed))),
      ),
    ),
    actions.createData(datasetIndexModuleName, datasetIndexModule(published)),
  ]);
  cache.clear();
  for (const [key, layout] of layouts) cache.set(key, layout);
}

/**
 * The dataset index module: `export default [{id, title, versions, load}]`,
 * where `load()` imports that dataset's data module, so a page offering a
 * choice of datasets loads only the one the reader picks.
 */
function datasetIndexModule(published: UpgradePathsExport): string {
  const entries = published.datasets.map(
    (dataset) =>
      '  {id: ' +
      JSON.stringify(dataset.id) +
      ', title: ' +
      JSON.stringify(dataset.title) +
      ', versions: ' +
      dataset.versions.length +
      ', load: () => import(' +
      JSON.stringify('./' + datasetModuleName(dataset.id)) +
      ')},',
  );
  return 'export default [\n' + entries.join('\n') + '\n];\n';
}
