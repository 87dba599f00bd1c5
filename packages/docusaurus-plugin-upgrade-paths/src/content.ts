import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {datasetIndexModuleName, datasetModuleName} from 'remark-upgrade-paths';

/**
 * Write the data modules of the export through `actions.createData`, under
 * the names of the data-module contract (`remark-upgrade-paths`): one JSON
 * module per dataset, and the dataset index module.
 */
export async function writeDataModules(actions: PluginContentLoadedActions, published: UpgradePathsExport): Promise<void> {
  await Promise.all([
    ...published.datasets.map((dataset) => actions.createData(datasetModuleName(dataset.id), JSON.stringify(dataset))),
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
