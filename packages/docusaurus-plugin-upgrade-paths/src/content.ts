import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {datasetIndexModuleName, datasetModuleName, graphModuleName} from 'remark-upgrade-paths';
import type {GraphModuleRequest} from './graphLoader.js';

/**
 * Write the data modules of the export through `actions.createData`, under
 * the names of the data-module contract (`remark-upgrade-paths`): per
 * dataset one JSON module of the dataset and two of its upgrade graph (one
 * node per version, one per series), and the dataset index module. A graph
 * module is written as what to lay out (`GraphModuleRequest`); the plugin's
 * webpack loader (`graphLoader`) lays it out when a page imports it.
 */
export async function writeDataModules(actions: PluginContentLoadedActions, published: UpgradePathsExport): Promise<void> {
  await Promise.all([
    ...published.datasets.map((dataset) => actions.createData(datasetModuleName(dataset.id), JSON.stringify(dataset))),
    ...published.datasets.flatMap((dataset) =>
      [false, true].map((collapsed) => {
        const request: GraphModuleRequest = {collapsed, dataset};
        return actions.createData(graphModuleName(dataset.id, collapsed), JSON.stringify(request));
      }),
    ),
    actions.createData(datasetIndexModuleName, datasetIndexModule(published)),
  ]);
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
