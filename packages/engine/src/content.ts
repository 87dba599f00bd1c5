import path from 'node:path';
import {compareText, partialRegistries, resolveLintConfig, type LintConfig, type ReloadFindings} from '@upgrade-paths/core';
import type {LineMap, Recognition} from 'mdast-util-upgrade-paths';
import {globbySync} from './docusaurusUtils.js';
import {mapConcurrently} from './concurrent.js';
import {prepareLintCache} from './threads.js';
import {currentStamp, readFolder, readStableText, readingHolds, type FileReading, type FileStamp} from './files.js';
import {lint, type LintCache, type LintFile, type LintResult} from './lint.js';
import {loadPartialLibrary} from './partials.js';
import {docIdOf, relativePosix, versionedDocsPath} from './paths.js';
import {publishSite} from './published.js';
import {recognitionFor} from './recognition.js';
import type {DocsSettings, SiteSettings} from './site.js';

/**
 * What {@link lintSite} keeps between runs (a dev server's reloads): file
 * contents by absolute path, and the per-file lint results. Make one with
 * {@link createSiteCache} and pass it on every run.
 */
export interface SiteCache {
  /**
   * File texts by absolute path, least recently used first, trusted while
   * `readingHolds` (the same modification time, size and inode, and not
   * racy). After each run, the least recently used are dropped until
   * their total length is at most `maxTextLength` (a dropped file is read
   * again when a run needs it).
   */
  readonly texts: Map<string, FileReading<string>>;
  readonly lint: LintCache;
  /** Most text `texts` keeps between runs, in UTF-16 code units (the sum of the texts' `length`). */
  readonly maxTextLength: number;
}

/** Default `maxTextLength` of {@link createSiteCache}: 32 Mi code units (at most 64 MiB of strings). */
const defaultMaxTextLength = 32 * 1024 * 1024;

/**
 * A new, empty {@link SiteCache}.
 *
 * @param options
 *   `maxTextLength`: most text kept between runs, in UTF-16 code units
 *   (default 32 Mi, 33,554,432: at most 64 MiB of strings).
 * @throws {RangeError}
 *   When `maxTextLength` is not a non-negative integer.
 */
export function createSiteCache(options?: {readonly maxTextLength?: number | undefined}): SiteCache {
  const maxTextLength = options?.maxTextLength ?? defaultMaxTextLength;
  if (!Number.isSafeInteger(maxTextLength) || maxTextLength < 0) {
    throw new RangeError('Unexpected `' + String(maxTextLength) + '` as `maxTextLength`, expected a non-negative integer (UTF-16 code units)');
  }
  return {texts: new Map(), lint: new Map(), maxTextLength};
}

/** Drop the least recently used texts of a cache until their total length is at most its `maxTextLength`. */
function trimTexts(cache: SiteCache): void {
  let total = 0;
  for (const reading of cache.texts.values()) total += reading.value.length;
  for (const [key, reading] of cache.texts) {
    if (total <= cache.maxTextLength) break;
    cache.texts.delete(key);
    total -= reading.value.length;
  }
}

/**
 * The document made of each text reading of a site cache: a doc whose
 * reading holds is given to `lint` as the same object as last run, so what
 * the run found out about it (the prefilter's answer, its hash: see
 * `createEntryReader`) is not worked out again. Goes with the reading when
 * the cache drops it.
 */
const documentsRead = new WeakMap<FileReading<string>, SiteDocument>();

/** A document of the site, with where it is on disk. */
export interface SiteDocument extends LintFile {
  /** Absolute path. */
  readonly absolutePath: string;
}

/** What {@link lintSite} gives. */
export interface SiteLintResult extends LintResult {
  /** The current docs read (their tables are data), in path order. */
  readonly documents: readonly SiteDocument[];
  /**
   * Publish what the run read for the remark plugin (`publishSite`): done
   * by `lintSite` itself unless `publish: false`, for a caller that first
   * writes what pages import (the Docusaurus plugin's data modules). A dev
   * server also passes each table's findings (`findingsByTable`), which
   * the pages compiled from then on show.
   *
   * @returns
   *   The run number the findings are published under (`ReloadFindings.run`).
   */
  readonly publish: (tableFindings?: ReloadFindings['byTable']) => number;
}

/**
 * Read and lint a site's docs as `docusaurus build` does: the docs of
 * `settings.docs` (current docs: tables are data) and of
 * `versioned_docs/version-*` (partial usages checked), the partials of
 * `settings.partialsPath` and `versioned_partials/`, with `lint`. The
 * documents read are then published in-process for the remark plugin
 * (`publishedDocument`).
 *
 * @param settings
 *   The site (see `loadSiteSettings`, or the Docusaurus plugin's options).
 * @param options
 *   The lint config (the config file merged with overrides), the cache to
 *   reuse between runs, whether to publish at once (default `true`), and
 *   `verbose` (parse every file, see `LintOptions.verbose`).
 * @returns
 *   Findings, tables, and the documents read.
 * @throws {Error}
 *   File system errors other than missing folders; an invalid config.
 */
export async function lintSite(
  settings: SiteSettings,
  options: {
    readonly config: LintConfig;
    readonly cache?: SiteCache | undefined;
    readonly publish?: boolean | undefined;
    readonly verbose?: boolean | undefined;
  },
): Promise<SiteLintResult> {
  const loadStart = Date.now();
  const cache = options.cache ?? createSiteCache();
  const {siteDir} = settings;
  const docsDir = path.resolve(siteDir, settings.docs.path);
  const versionRoots = readFolder(path.join(siteDir, versionedDocsPath))
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('version-'))
    .map((entry) => path.join(siteDir, versionedDocsPath, entry.name))
    .sort();
  const recognize = recognitionFor(resolveLintConfig(options.config));
  const [documents, versioned, partials] = await Promise.all([
    readDocs(docsDir, settings.docs),
    Promise.all(versionRoots.map((root) => readDocs(root, settings.docs))).then((lists) => lists.flat()),
    loadPartialLibrary(siteDir, settings.partialsPath, settings.markdown, loadStart, recognize),
  ]);
  const seen = new Set([...documents, ...versioned].map((document) => document.absolutePath));
  for (const key of cache.texts.keys()) if (!seen.has(key)) cache.texts.delete(key);
  trimTexts(cache);
  await prepareLintCache([...documents, ...versioned], {config: options.config, cache: cache.lint, markdown: settings.markdown, verbose: options.verbose});
  const result = lint(documents, {
    config: options.config,
    cache: cache.lint,
    markdown: settings.markdown,
    partials,
    versionedFiles: versioned,
    verbose: options.verbose,
  });
  const read = new Map<string, {file: string; docId: string; lineMap: LineMap; stamp: FileStamp | undefined; recognition: Recognition}>();
  for (const document of documents) {
    read.set(document.absolutePath, {
      file: document.path,
      docId: document.docId,
      lineMap: result.lineMaps.get(document.path),
      stamp: cache.texts.get(document.absolutePath)?.stamp,
      recognition: recognize(document.path),
    });
  }
  for (const partial of partialRegistries(partials).flatMap((registry) => registry.files)) {
    read.set(path.join(siteDir, partial.file), {
      file: partial.file,
      docId: partial.file,
      lineMap: partial.content?.lineMap,
      stamp: undefined,
      recognition: recognize(partial.file),
    });
  }
  const datasets = new Map(result.tables.map((table) => [table.id, table.dataset]));
  const publish = (tableFindings?: ReloadFindings['byTable']) =>
    publishSite(siteDir, settings.pluginId, settings.partialsPath, read, datasets, loadStart, tableFindings);
  if (options.publish !== false) publish();
  return {...result, documents, publish};

  async function readDocs(root: string, docs: DocsSettings): Promise<SiteDocument[]> {
    // Listed in one go: the asynchronous listing's callbacks waited behind
    // webpack's compile in `docusaurus start` (170–470 ms for 400 docs in
    // 21 folders, against about 10 ms of work).
    const found = globbySync([...docs.include], {cwd: root, ignore: [...docs.exclude]});
    const read = await mapConcurrently(found.sort(compareText), async function (relative): Promise<SiteDocument | undefined> {
        const absolutePath = path.join(root, relative);
        const reading = await readText(absolutePath);
        if (reading === undefined) return undefined;
        const file = relativePosix(siteDir, absolutePath);
        const docId = docIdOf(relative);
        const known = documentsRead.get(reading);
        if (known?.path === file && known.docId === docId) return known;
        const document: SiteDocument = {absolutePath, path: file, value: reading.value, docId};
        documentsRead.set(reading, document);
        return document;
    });
    return read.filter((document) => document !== undefined);
  }

  /**
   * A file's reading (its text), read again when its stamp changed or its
   * reading is racy (`readingHolds`), and read once stable
   * (`readStableText`); `undefined` when it is gone (removed while listing).
   */
  async function readText(absolutePath: string): Promise<FileReading<string> | undefined> {
    const stamp = await currentStamp(absolutePath);
    if (stamp === undefined) return undefined;
    const cached = cache.texts.get(absolutePath);
    // Deleted and set again: the most recently used last.
    cache.texts.delete(absolutePath);
    if (cached !== undefined && readingHolds(cached, stamp)) {
      cache.texts.set(absolutePath, cached);
      return cached;
    }
    const read = await readStableText(absolutePath);
    if (read === undefined) return undefined;
    const reading = {stamp: read.stamp, loadStart, value: read.text};
    cache.texts.set(absolutePath, reading);
    return reading;
  }
}
