import {statSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_CONFIG_FILE_NAME} from './docusaurusUtils.js';
import type {LineMap, Recognition} from 'mdast-util-upgrade-paths';
import {extractUpgradePaths} from './extract.js';
import {docIdOf, relativePosix} from './paths.js';
import {currentStamp} from './files.js';
import {publishedDocument, publishedTableDataset, publishedVersion} from './published.js';

/** Where a document is, in the terms ids are made of. */
export interface DocumentLocation {
  /** Absolute site folder. */
  readonly siteDir: string;
  /** POSIX path relative to the site folder: the `file` of its tables. */
  readonly file: string;
  /** Path relative to the docs folder, without extension (POSIX): the dataset product when front matter names none. */
  readonly docId: string;
  /** Id of the plugin instance whose lint run read the document; `undefined` when none did. */
  readonly pluginId: string | undefined;
  /** The partial folders of that run; `undefined` when none read the document. */
  readonly partialsPath: readonly string[] | undefined;
  /**
   * Where the lines of the text parsed are in the file, as that run found
   * (see `LineMap`); `undefined` when none read the document, or the lines
   * are the file's.
   */
  readonly lineMap: LineMap;
  /**
   * What the config of that run says about recognising its tables (see
   * `recognitionFor`); `undefined` when none read the document.
   */
  readonly recognition?: Recognition | undefined;
}

/** Extensions of the site config file (`docusaurus.config.{ts,js,…}`), as Docusaurus finds it. */
const configExtensions = ['.ts', '.js', '.mjs', '.mts', '.cjs', '.cts'];

const siteDirs = new Map<string, Promise<string | undefined>>();

/**
 * The site folder of a file: the closest folder above it that holds a
 * `docusaurus.config.*` file. Results are cached per folder.
 *
 * @param filePath
 *   Absolute path.
 * @returns
 *   Absolute folder path, or `undefined` when no folder above has a config.
 */
export function findSiteDir(filePath: string): Promise<string | undefined> {
  return siteDirOf(path.dirname(filePath));
}

/** Whether a folder holds a Docusaurus site config (`docusaurus.config.*`). */
export async function isSiteDir(folder: string): Promise<boolean> {
  for (const extension of configExtensions) {
    if (isFile(path.join(folder, DEFAULT_CONFIG_FILE_NAME + extension))) return true;
  }
  return false;
}

function siteDirOf(folder: string): Promise<string | undefined> {
  let found = siteDirs.get(folder);
  if (!found) {
    found = (async function () {
      if (await isSiteDir(folder)) return folder;
      const parent = path.dirname(folder);
      return parent === folder ? undefined : siteDirOf(parent);
    })();
    siteDirs.set(folder, found);
  }
  return found;
}

/**
 * Where a document is: as the last lint run of its site read it (so ids
 * and data modules agree with what the Docusaurus plugin wrote), else
 * computed from the folders given.
 *
 * @param filePath
 *   Absolute path of the document.
 * @param options
 *   Site folder (default: the one {@link findSiteDir} finds, else `cwd`)
 *   and docs folder relative to it, for documents no lint run read.
 */
export async function locateDocument(
  filePath: string,
  options: {readonly siteDir?: string | undefined; readonly docsPath: string; readonly cwd: string},
): Promise<DocumentLocation> {
  const published = publishedDocument(filePath);
  if (published && (options.siteDir === undefined || options.siteDir === published.siteDir)) return published;
  const siteDir = options.siteDir ?? (await findSiteDir(filePath)) ?? options.cwd;
  const file = relativePosix(siteDir, filePath);
  const inDocs = path.relative(path.resolve(siteDir, options.docsPath), filePath);
  const base = inDocs.startsWith('..') || path.isAbsolute(inDocs) ? file : inDocs;
  return {siteDir, file, docId: docIdOf(base), pluginId: undefined, partialsPath: undefined, lineMap: undefined};
}

/** How long a compile waits for the lint run of the reload its change started (ms). */
const publicationTimeoutMs = 15_000;

/**
 * Wait until the last lint run of a document's site read the document as
 * it is on disk now (see `publishedVersion`): what a compile inside a dev
 * server calls before `locateDocument`, so a page edited while the reload's
 * lint run is under way is not compiled against that run's predecessor.
 * Returns at once for a file no run read, and for a file older than the
 * last run (as in `docusaurus build`).
 *
 * @param filePath
 *   Absolute path of the document.
 * @returns
 *   Whether the published facts are of the file as on disk (`false` after
 *   15 s, or when the file is gone).
 * @throws {Error}
 *   File system errors other than `ENOENT`.
 */
export async function awaitPublishedDocument(filePath: string): Promise<boolean> {
  const stamp = await currentStamp(filePath);
  return stamp !== undefined && publishedVersion(filePath, stamp, publicationTimeoutMs);
}

/**
 * The dataset of a table named by id (`<file>:<line>`): as the last lint
 * run of the site found it, else read from the file the id names.
 *
 * @returns
 *   The dataset id, or `undefined` when there is no such table.
 */
export async function tableDataset(
  tableId: string,
  options: {readonly siteDir: string; readonly pluginId: string; readonly docsPath: string},
): Promise<string | undefined> {
  const published = publishedTableDataset(options.siteDir, options.pluginId, tableId);
  if (published !== undefined) return published;
  const match = /^(.*):(\d+)$/.exec(tableId);
  if (!match) return undefined;
  const absolute = path.resolve(options.siteDir, match[1] ?? '');
  let value: string;
  try {
    value = await fs.readFile(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const location = await locateDocument(absolute, {...options, cwd: options.siteDir});
  const {tables} = extractUpgradePaths(value, {file: location.file, docId: location.docId});
  return tables.find((table) => table.id === tableId)?.dataset;
}

// Synchronous: a folder is asked for six names, and for `markdown: 'auto'`
// every folder of a tree is; a stat through the thread pool costs several
// times one made directly.
function isFile(file: string): boolean {
  try {
    return statSync(file, {throwIfNoEntry: false})?.isFile() ?? false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}
