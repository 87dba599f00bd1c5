import type {ReloadFindings} from '@upgrade-paths/core';
import type {LineMap, Recognition} from 'mdast-util-upgrade-paths';
import {sameStamp, type FileStamp} from './files.js';

/**
 * What a lint run of a site publishes in-process for the remark plugin,
 * which runs later in the same process inside Docusaurus's MDX
 * compilation: for each document the engine read, where it is in the terms
 * ids are made of, so that a table's data-module import names the module
 * the Docusaurus plugin writes; and the dataset of each table, for authored
 * `<UpgradePathTable table="…">`; in a dev server, each table's findings,
 * which the remark plugin puts on the tables of the pages it compiles.
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
  /** What the run's config says about recognising its tables (`recognitionFor`). */
  readonly recognition?: Recognition | undefined;
  /** The version of the file the run read; `undefined` when not known. */
  readonly stamp: FileStamp | undefined;
}

/** A compile waiting for a run that read the file's current version. */
interface Waiter {
  readonly absolutePath: string;
  readonly stamp: FileStamp;
  readonly resolve: (current: boolean) => void;
}

interface Published {
  readonly documents: Map<string, PublishedDocument>;
  readonly tableDatasets: Map<string, ReadonlyMap<string, string>>;
  readonly datasets: Map<string, ReadonlySet<string>>;
  /** `loadStart` of the last published run, by site folder, then plugin id. */
  readonly runs: Map<string, Map<string, number>>;
  readonly waiters: Set<Waiter>;
  /** Findings by table, of the last run that published some, by {@link instanceKey}. */
  readonly findings: Map<string, ReloadFindings>;
  /** `run` of the last findings published (any site). */
  lastRun: number;
}

/**
 * One registry per process: Docusaurus loads plugins and the site config
 * each with a fresh module loader, so the plugin's copy of this module and
 * the remark plugin's are not the same module; they share this object.
 */
const key = Symbol.for('upgrade-paths.published');
const published = ((globalThis as {[key]?: Published})[key] ??= {
  documents: new Map(),
  tableDatasets: new Map(),
  datasets: new Map(),
  runs: new Map(),
  waiters: new Set(),
  findings: new Map(),
  lastRun: 0,
});
const {documents, tableDatasets, datasets: publishedSets, runs, waiters, findings: findingsBySite} = published;

/** The key of a site and plugin instance in the maps above. */
function instanceKey(siteDir: string, pluginId: string): string {
  return siteDir + '\n' + pluginId;
}

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
 *   Documents read (docs and partials), by absolute path, with the version
 *   of each file read.
 * @param datasets
 *   Dataset id by table id.
 * @param loadStart
 *   When the run started (`Date.now()`, ms): it read every file as it was
 *   then or later.
 * @param tableFindings
 *   Findings by table id (`findingsByTable`), for a dev server's pages;
 *   when absent, those of an earlier run are dropped and pages get none.
 * @returns
 *   The run number the findings are published under (`ReloadFindings.run`):
 *   `Date.now()`, made larger than the last one published.
 */
export function publishSite(
  siteDir: string,
  pluginId: string,
  partialsPath: readonly string[],
  read: ReadonlyMap<
    string,
    {readonly file: string; readonly docId: string; readonly lineMap: LineMap; readonly stamp: FileStamp | undefined; readonly recognition?: Recognition | undefined}
  >,
  datasets: ReadonlyMap<string, string>,
  loadStart: number,
  tableFindings?: ReloadFindings['byTable'],
): number {
  for (const [absolute, document] of documents) {
    if (document.siteDir === siteDir && document.pluginId === pluginId && !read.has(absolute)) documents.delete(absolute);
  }
  for (const [absolute, {file, docId, lineMap, stamp, recognition}] of read) {
    documents.set(absolute, {siteDir, file, docId, pluginId, partialsPath, lineMap, stamp, ...(recognition !== undefined ? {recognition} : {})});
  }
  const instance = instanceKey(siteDir, pluginId);
  tableDatasets.set(instance, datasets);
  publishedSets.set(instance, new Set(datasets.values()));
  let starts = runs.get(siteDir);
  if (!starts) runs.set(siteDir, (starts = new Map()));
  starts.set(pluginId, loadStart);
  const run = (published.lastRun = Math.max(Date.now(), published.lastRun + 1));
  if (tableFindings) findingsBySite.set(instance, {run, byTable: tableFindings});
  else findingsBySite.delete(instance);
  for (const waiter of waiters) {
    if (isCurrent(waiter.absolutePath, waiter.stamp)) {
      waiters.delete(waiter);
      waiter.resolve(true);
    }
  }
  return run;
}

/**
 * Whether what is published for a file is of its version `stamp`: the file
 * is not one a run read (a page the routes of a later reload bring, or a
 * file no run reads: nothing to wait for), or the run that read it read
 * this version, or the last run of its site and plugin started after the
 * file was last modified (so it read this version).
 */
function isCurrent(absolutePath: string, stamp: FileStamp): boolean {
  const document = documents.get(absolutePath);
  if (document === undefined) return true;
  if (document.stamp !== undefined && sameStamp(document.stamp, stamp)) return true;
  const start = runs.get(document.siteDir)?.get(document.pluginId);
  return start === undefined || start > stamp.mtimeMs;
}

/**
 * Wait until the published facts of a file are of its version `stamp`
 * (see `publishSite`): in `docusaurus start`, webpack compiles an edited
 * page as soon as it changes, while the lint run of the reload that change
 * starts may still be reading; a compile that goes first would name old
 * table ids and datasets, and nothing would compile the page again.
 *
 * @param absolutePath
 *   The file compiled.
 * @param stamp
 *   The version of the file being compiled.
 * @param timeoutMs
 *   How long to wait at most (ms).
 * @returns
 *   `true` when the published facts are of that version, `false` after
 *   the timeout (a file no reload reads, such as a page of a plugin that
 *   does not reload on it).
 */
export function publishedVersion(absolutePath: string, stamp: FileStamp, timeoutMs: number): Promise<boolean> {
  if (isCurrent(absolutePath, stamp)) return Promise.resolve(true);
  return new Promise(function (resolve) {
    const waiter: Waiter = {
      absolutePath,
      stamp,
      resolve(current) {
        clearTimeout(timer);
        resolve(current);
      },
    };
    const timer = setTimeout(function () {
      waiters.delete(waiter);
      resolve(false);
    }, timeoutMs);
    timer.unref();
    waiters.add(waiter);
  });
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
  return publishedSets.get(instanceKey(siteDir, pluginId));
}

/** The dataset of a table by id, as the last lint run of the site found it. */
export function publishedTableDataset(siteDir: string, pluginId: string, tableId: string): string | undefined {
  return tableDatasets.get(instanceKey(siteDir, pluginId))?.get(tableId);
}

/**
 * Each table's findings as the last lint run of a site and plugin instance
 * published them (a dev server's run; see `publishSite`); `undefined` when
 * that run published none.
 */
export function publishedFindings(siteDir: string, pluginId: string): ReloadFindings | undefined {
  return findingsBySite.get(instanceKey(siteDir, pluginId));
}
