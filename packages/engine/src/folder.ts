import {readFileSync} from 'node:fs';
import path from 'node:path';
import {resolveLintConfig, type LintConfig} from '@upgrade-paths/core';
import {mapConcurrently} from './concurrent.js';
import {createParsesTest} from './entry.js';
import {prepareLintCache} from './threads.js';
import {createSiteCache, type SiteCache, type SiteDocument} from './content.js';
import {discoverFiles, type Discovery} from './discover.js';
import {lint, type LintResult} from './lint.js';
import {findSiteDir} from './locate.js';
import {defaultMarkdownSettings, type MarkdownSettings} from './markdown.js';
import {loadPartialLibrary} from './partials.js';
import {defaultPartialsPath} from './paths.js';
import {recognitionFor} from './recognition.js';
import {loadSiteSettings} from './site.js';

/** What {@link lintPaths} gives. */
export interface PathsLintResult extends LintResult {
  /**
   * The documents read, sorted by path. The text of a document the run did
   * not parse (the prefilter skipped it) is not kept: its `value` is read
   * from disk again when asked for, so a large tree is not held in memory.
   */
  readonly documents: readonly SiteDocument[];
  /** Paths given that do not exist, as given. */
  readonly missing: readonly string[];
  /** Paths (given, or found below a folder given) that cannot be read. */
  readonly unreadable: readonly string[];
  /** What the conventions skipped (with `verbose`, see `Discovery.skipped`). */
  readonly skipped: Discovery['skipped'];
}

/**
 * Read and lint the documents named by command line paths, outside a site
 * or in a part of one: the files and folders given (see `discoverFiles`),
 * with the partials of `<cwd>/_partials` (the documented default), paths
 * relative to `cwd`.
 *
 * @param paths
 *   Files and folders, absolute or relative to `cwd`.
 * @param options
 *   Working folder, lint config, Markdown settings, a cache to reuse, and
 *   `verbose`.
 * @returns
 *   The lint result and the documents read; when a path is missing or
 *   unreadable, nothing is linted (empty findings and tables) and the
 *   problem paths are listed.
 */
export async function lintPaths(
  paths: readonly string[],
  options: {
    readonly cwd: string;
    readonly config: LintConfig;
    /**
     * How documents parse: settings for all, or `'auto'`: a file inside a
     * Docusaurus site (the nearest `docusaurus.config.*` above it) as that
     * site's build parses it, any other file by its extension (`.md` as
     * CommonMark, `.mdx` as MDX: Docusaurus's `detect`).
     */
    readonly markdown: MarkdownSettings | 'auto';
    readonly cache?: SiteCache | undefined;
    /** Parse every file, to list every table not read (see `LintOptions.verbose`), and list what the conventions skipped. */
    readonly verbose?: boolean | undefined;
    /** Also read `_`-prefixed and dot files and folders (see `discoverFiles`). */
    readonly includeHidden?: boolean | undefined;
  },
): Promise<PathsLintResult> {
  const {cwd} = options;
  const cache = options.cache ?? createSiteCache();
  const discovery = await discoverFiles(paths, cwd, {includeHidden: options.includeHidden, listSkipped: options.verbose});
  const empty = {findings: [], tables: [], documents: [], lineMaps: new Map(), otherTables: [], skipped: discovery.skipped};
  if (discovery.missing.length > 0 || discovery.unreadable.length > 0) {
    return {...empty, missing: discovery.missing, unreadable: discovery.unreadable};
  }
  const parses = createParsesTest(resolveLintConfig(options.config), options.verbose === true);
  const read = discovery.files.map(function (document): SiteDocument | undefined {
    let value: string;
    try {
      // Synchronous: for the small files of a docs tree, `fs.promises.readFile`
      // costs several times the read itself (open, fstat, read and close each
      // go through the thread pool); lint has nothing else to do meanwhile.
      value = readFileSync(document.path, 'utf8');
    } catch (error) {
      if (typeof (error as {code?: unknown} | null)?.code !== 'string') throw error;
      return undefined;
    }
    // A text the run does not parse reads as an empty one: it is dropped here.
    return {absolutePath: document.path, path: document.file, value: parses(value) ? value : '', docId: document.docId};
  });
  const documents = read.filter((document) => document !== undefined);
  const unreadable = discovery.files.filter((_, index) => read[index] === undefined).map((document) => document.file);
  if (unreadable.length > 0) return {...empty, missing: [], unreadable};
  const auto = options.markdown === 'auto' ? autoMarkdown() : undefined;
  const markdown = auto ? await auto(path.resolve(cwd)) : (options.markdown as MarkdownSettings);
  const placed = auto ? await placeInSites(documents, auto) : documents;
  const partials = await loadPartialLibrary(path.resolve(cwd), defaultPartialsPath, markdown, Date.now(), recognitionFor(resolveLintConfig(options.config)));
  await prepareLintCache(placed, {config: options.config, cache: cache.lint, markdown, verbose: options.verbose});
  const result = lint(placed, {config: options.config, cache: cache.lint, markdown, partials, verbose: options.verbose});
  return {...result, documents: placed.map(textOnDemand), missing: [], unreadable: [], skipped: discovery.skipped};
}

/** A document whose text was dropped, with `value` read from disk when asked for. */
function textOnDemand(document: SiteDocument): SiteDocument {
  if (document.value !== '') return document;
  // One getter for all, defined on a fresh object before the remaining
  // properties: every such document then shares one fast shape (about 0.1 kB
  // each). A getter in an object literal is a new function per document and
  // made each one a dictionary of its own (about 0.5 kB, 12 MB at 30,000 files).
  const dropped = {absolutePath: document.absolutePath, path: document.path} as {-readonly [Key in keyof SiteDocument]: SiteDocument[Key]};
  Object.defineProperty(dropped, 'value', {get: readValue, enumerable: true, configurable: true});
  dropped.docId = document.docId;
  if (document.markdown !== undefined) dropped.markdown = document.markdown;
  return dropped;
}

/** `value` of a document from {@link textOnDemand}: its file, read now. */
function readValue(this: SiteDocument): string {
  return readFileSync(this.absolutePath, 'utf8');
}

/**
 * Each document with the Markdown settings of its site (`markdown: 'auto'`),
 * asked once per folder: the documents of a folder share their site.
 */
async function placeInSites(
  documents: readonly SiteDocument[],
  auto: (file: string) => Promise<MarkdownSettings>,
): Promise<SiteDocument[]> {
  const folders = [...new Set(documents.map((document) => path.dirname(document.absolutePath)))];
  // `auto` takes a file: any name inside the folder finds the same site.
  const settings = await mapConcurrently(folders, (folder) => auto(path.join(folder, 'index.md')));
  const byFolder = new Map(folders.map((folder, index) => [folder, settings[index] as MarkdownSettings]));
  return documents.map((document) => ({...document, markdown: byFolder.get(path.dirname(document.absolutePath)) as MarkdownSettings}));
}

/** Markdown settings used outside any site by `markdown: 'auto'`: Docusaurus's defaults with `format: 'detect'`. */
const detectMarkdownSettings: MarkdownSettings = {...defaultMarkdownSettings, format: 'detect'};

/**
 * `markdown: 'auto'`: the settings of the site a file is in (each site's
 * config loaded once), else Docusaurus's defaults with `format: 'detect'`.
 *
 * @returns
 *   A function from an absolute file path (it need not exist: the site is
 *   the closest folder above it with a `docusaurus.config.*`) to its
 *   settings.
 */
export function autoMarkdown(): (file: string) => Promise<MarkdownSettings> {
  const sites = new Map<string, Promise<MarkdownSettings>>();
  return async function (file) {
    const siteDir = await findSiteDir(file);
    if (siteDir === undefined) return detectMarkdownSettings;
    let settings = sites.get(siteDir);
    if (!settings) {
      settings = loadSiteSettings(siteDir).then((loaded) => loaded.settings.markdown);
      sites.set(siteDir, settings);
    }
    return settings;
  };
}
