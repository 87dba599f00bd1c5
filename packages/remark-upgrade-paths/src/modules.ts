import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {pluginName, publishedDatasets, publishedTableDataset, tableDataset} from '@upgrade-paths/engine';
import {messageSource} from './messages.js';

/**
 * Which dataset modules a page may import: the one place that decides it,
 * so that no `docusaurus build` fails with webpack's `Module not found` for
 * a data module.
 *
 * - Outside a Docusaurus compile (plain unified use, no `compilerName` on
 *   `file.data`): every dataset is assumed to have its module; the caller
 *   provides them.
 * - In a Docusaurus compile where `docusaurus-plugin-upgrade-paths` read the
 *   site: the datasets and tables its last lint run published
 *   (`publishedDatasets`, `publishedTableDataset`): the modules it wrote.
 * - In a Docusaurus compile where it did not (the plugin is not in
 *   `plugins`): none.
 */
export interface DataModules {
  /**
   * Whether the page's own table (or a table a partial renders on it) with
   * this id and dataset is replaced with `<UpgradePathTable>`. A table of
   * a document the lint run did not read (a blog post, a page outside the
   * plugin's `path`/`include`, a versioned doc) stays a Markdown table.
   *
   * @throws {Error}
   *   For a table of a document the lint run read but not this table: the
   *   build parsed the file otherwise than lint did (such as a remark plugin
   *   before this one that changed the tree), so the table was not checked.
   */
  readonly replaces: (table: {readonly id: string; readonly dataset: string; readonly position: Position}) => boolean;
  /**
   * Check the dataset an authored `<UpgradePathTable dataset>` or
   * `<UpgradeChecker dataset>` names.
   *
   * @throws {Error}
   *   When it has no module: no table of the site feeds that dataset, or the
   *   plugin did not read the site.
   */
  readonly checkDataset: (dataset: string, element: string, position: Position | undefined) => void;
  /**
   * Check that the module listing every dataset (imported by an
   * `<UpgradeChecker>` without `dataset`) exists.
   *
   * @throws {Error}
   *   In a Docusaurus compile where the plugin did not read the site.
   */
  readonly checkIndex: (position: Position | undefined) => void;
  /**
   * The dataset of the table an authored `<UpgradePathTable table>` names.
   *
   * @returns
   *   Its dataset (`undefined` outside a Docusaurus compile when there is no
   *   such table: the component shows that).
   * @throws {Error}
   *   In a Docusaurus compile, when the lint run read no such table.
   */
  readonly tableDataset: (tableId: string, position: Position | undefined) => Promise<string | undefined>;
}

/**
 * The {@link DataModules} of one compile of one file.
 *
 * @param file
 *   The file compiled (`file.data.compilerName` tells a Docusaurus compile).
 *   Errors name the file, line and column: `<file>:<line>:<column>: <message>
 *   (remark-upgrade-paths)`.
 * @param site
 *   The site folder and plugin instance, and whether the lint run read
 *   this document.
 */
export function dataModules(
  file: VFile,
  site: {
    readonly siteDir: string;
    readonly pluginId: string;
    readonly docsPath: string;
    /** Whether the last lint run of the site read this document. */
    readonly documentRead: boolean;
    /** Site-relative path of the file, for messages. */
    readonly fileLabel: string;
  },
): DataModules {
  if (file.data.compilerName === undefined) {
    return {
      replaces: () => true,
      checkDataset() {},
      checkIndex() {},
      tableDataset: (tableId) => tableDataset(tableId, {siteDir: site.siteDir, pluginId: site.pluginId, docsPath: site.docsPath}),
    };
  }
  const datasets = publishedDatasets(site.siteDir, site.pluginId);
  // A plain error: webpack caches a failed module's error, and cannot
  // serialize a `VFileMessage`.
  const fail = (reason: string, position: Position | undefined): never => {
    const place = position ? ':' + position.start.line + ':' + position.start.column : '';
    throw new Error(site.fileLabel + place + ': ' + reason + ' (' + messageSource + ')');
  };
  const absent =
    'expected `' + pluginName + '` in the `plugins` of the site config (it writes the data modules pages import)';
  return {
    replaces(table) {
      if (datasets === undefined || !site.documentRead) return false;
      if (publishedTableDataset(site.siteDir, site.pluginId, table.id) === table.dataset) return true;
      return fail(
        'Unexpected upgrade table `' + table.id + '` that `' + pluginName + '` did not read, expected the build to parse the file as its lint run does: a remark plugin running before remark-upgrade-paths, or a `markdown.preprocessor`, changed the table, so it was not checked',
        table.position,
      );
    },
    checkDataset(dataset, element, position) {
      if (datasets === undefined) fail('Unexpected `<' + element + ' dataset="' + dataset + '">` in a site whose upgrade tables were not read, ' + absent, position);
      else if (!datasets.has(dataset)) {
        const known = [...datasets].sort();
        fail(
          'Unexpected dataset `' + dataset + '` in `<' + element + '>`, expected ' +
            (known.length === 0 ? 'a dataset of the site, which has none' : 'one of ' + known.map((id) => '`' + id + '`').join(', ')),
          position,
        );
      }
    },
    checkIndex(position) {
      if (datasets === undefined) fail('Unexpected `<UpgradeChecker>` in a site whose upgrade tables were not read, ' + absent, position);
    },
    async tableDataset(tableId, position) {
      if (datasets === undefined) fail('Unexpected `<UpgradePathTable table="' + tableId + '">` in a site whose upgrade tables were not read, ' + absent, position);
      const dataset = publishedTableDataset(site.siteDir, site.pluginId, tableId);
      if (dataset !== undefined) return dataset;
      return fail(
        'Unexpected table `' + tableId + '` in `<UpgradePathTable>`, expected the id (`<file>:<line>`) of an upgrade table `' + pluginName + '` read',
        position,
      );
    },
  };
}
