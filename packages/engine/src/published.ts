import type {LineMap} from 'mdast-util-upgrade-paths';

/**
 * What a lint run of a site publishes in-process for the remark plugin,
 * which runs later in the same process inside Docusaurus's MDX
 * compilation: for each document the engine read, where it is in the terms
 * ids are made of, so that a table's data-module import names the module
 * the Docusaurus plugin writes; and the dataset of each table, for authored
 * `<UpgradePathTable table="…">`.
 */

/** A document as the last lint run of its site read it. */
export interface PublishedDocument {
  /** Absolute site folder. */
  readonly siteDir: string;
  /** Site-relative POSIX path: the `file` of its tables. */
  readonly file: string;
  /** Its doc id (the dataset product when front matter names none). */
  readonly docId: string;
  /** Id of the `docusaurus-plugin-upgrade-paths` instance that read it. */
  readonly pluginId: string;
  /** The partial folders that run used, relative to the site. */
  readonly partialsPath: readonly string[];
  /** Where the parsed lines are in the file, when parsing removed some (see `LineMap`). */
  readonly lineMap: LineMap;
}

interface Published {
  readonly documents: Map<string, PublishedDocument>;
  readonly tableDatasets: Map<string, ReadonlyMap<string, string>>;
  readonly datasets: Map<string, ReadonlySet<string>>;
}

/**
 * One registry per process: Docusaurus loads plugins and the site config
 * each with a fresh module loader, so the plugin's copy of this module and
 * the remark plugin's are not the same module; they share this object.
 */
const key = Symbol.for('upgrade-paths.published');
const published = ((globalThis as {[key]?: Published})[key] ??= {documents: new Map(), tableDatasets: new Map(), datasets: new Map()});
const {documents, tableDatasets, datasets: publishedSets} = published;

/**
 * Publish a site's documents and table datasets, replacing what the last
 * run of the same site and plugin instance published.
 *
 * @param siteDir
 *   Absolute site folder.
 * @param pluginId
 *   Plugin instance id.
 * @param partialsPath
 *   Partial folders the run used.
 * @param read
 *   Documents read (docs and partials), by absolute path.
 * @param datasets
 *   Dataset id by table id.
 */
export function publishSite(
  siteDir: string,
  pluginId: string,
  partialsPath: readonly string[],
  read: ReadonlyMap<string, {readonly file: string; readonly docId: string; readonly lineMap: LineMap}>,
  datasets: ReadonlyMap<string, string>,
): void {
  for (const [absolute, document] of documents) {
    if (document.siteDir === siteDir && document.pluginId === pluginId && !read.has(absolute)) documents.delete(absolute);
  }
  for (const [absolute, {file, docId, lineMap}] of read) documents.set(absolute, {siteDir, file, docId, pluginId, partialsPath, lineMap});
  tableDatasets.set(siteDir + '\n' + pluginId, datasets);
  publishedSets.set(siteDir + '\n' + pluginId, new Set(datasets.values()));
}

/** The document at an absolute path, as the last lint run of its site read it. */
export function publishedDocument(absolutePath: string): PublishedDocument | undefined {
  return documents.get(absolutePath);
}

/**
 * The datasets the last lint run of a site and plugin instance found: those
 * the Docusaurus plugin writes a data module for (one per dataset of its
 * tables). `undefined` when no run of that site and instance published.
 */
export function publishedDatasets(siteDir: string, pluginId: string): ReadonlySet<string> | undefined {
  return publishedSets.get(siteDir + '\n' + pluginId);
}

/** The dataset of a table by id, as the last lint run of the site found it. */
export function publishedTableDataset(siteDir: string, pluginId: string, tableId: string): string | undefined {
  return tableDatasets.get(siteDir + '\n' + pluginId)?.get(tableId);
}
