import {readdirSync as readdirSyncFs, type Dirent} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {compareText} from '@upgrade-paths/core';
import {createMatcher} from './docusaurusUtils.js';
import {globSync} from 'tinyglobby';

/** A document to read, found by {@link discoverFiles}. */
export interface DiscoveredFile {
  /** Absolute path, in the platform's form. */
  readonly path: string;
  /** POSIX path relative to the working folder: the `file` of its tables. */
  readonly file: string;
  /**
   * Doc id, the dataset product when front matter names none: the path
   * relative to the folder argument it was found under, or, for a file given
   * directly, relative to the working folder; POSIX, without extension.
   */
  readonly docId: string;
}

/** What {@link discoverFiles} found. */
export interface Discovery {
  /** Documents, each once, sorted by `file` (code-unit order). */
  readonly files: readonly DiscoveredFile[];
  /** Arguments that do not exist, as given, in argument order. */
  readonly missing: readonly string[];
  /**
   * Arguments (as given) and folders below folder arguments (relative to the
   * working folder, POSIX) that exist but cannot be read, such as for lack
   * of permission, or that are neither a file nor a folder.
   */
  readonly unreadable: readonly string[];
  /**
   * What the conventions skipped below folder arguments: each topmost
   * folder or file whose name starts with `_` or `.` that holds documents,
   * relative to the working folder (POSIX, folders with a trailing `/`),
   * with how many documents it holds; sorted. Empty with `includeHidden`.
   */
  readonly skipped: ReadonlyArray<{readonly path: string; readonly files: number}>;
}

/**
 * Folders never read, not even with `includeHidden`: version control,
 * Docusaurus's generated files and installed packages.
 */
export const neverReadPatterns: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/.docusaurus/**'];

/**
 * Patterns of the documents searched for below a folder argument, as
 * Docusaurus's docs plugin `include` default.
 */
export const documentPatterns: readonly string[] = ['**/*.{md,mdx}'];

/**
 * Patterns skipped below a folder argument: `node_modules`, and files and
 * folders whose name starts with `_` (Docusaurus's docs `exclude` default, for
 * partials). Dot files and dot folders are skipped too.
 */
export const excludePatterns: readonly string[] = ['**/node_modules/**', '**/_*', '**/_*/**'];

let matchers: {readonly document: (path: string) => boolean; readonly skipped: (path: string) => boolean} | undefined;

/**
 * Whether {@link discoverFiles} reads a file found below a folder argument
 * (without `includeHidden`): it matches {@link documentPatterns} and none of
 * {@link excludePatterns} and {@link neverReadPatterns}, and no part of its
 * path starts with a dot. For listings that are not on disk (a git
 * revision, see `lintRevision`).
 *
 * @param relative
 *   POSIX path relative to the folder argument.
 */
export function isDiscoveredPath(relative: string): boolean {
  matchers ??= {document: createMatcher([...documentPatterns]), skipped: createMatcher([...excludePatterns, ...neverReadPatterns])};
  return matchers.document(relative) && !matchers.skipped(relative);
}

/**
 * Find the Markdown/MDX documents named by command line paths.
 *
 * A file argument is taken as is, whatever its name. A folder argument is
 * searched recursively for {@link documentPatterns}, skipping
 * {@link excludePatterns} and dot folders (unless `includeHidden`; never
 * {@link neverReadPatterns}); symbolic links are followed. A
 * file reached through several arguments is listed once, with the shortest
 * doc id (then the first in code-unit order), so the result never depends on
 * the order of the arguments or of the file system.
 *
 * @param paths
 *   Files and folders, absolute or relative to `cwd`.
 * @param cwd
 *   Absolute working folder.
 * @param options
 *   `includeHidden`: also read `_`-prefixed and dot files and folders;
 *   `listSkipped`: list what the conventions skipped (`Discovery.skipped`).
 * @returns
 *   Documents, and the paths that are missing or cannot be read (data, not
 *   thrown: the caller reports them).
 * @throws {Error}
 *   Only for failures that are not about a path (no `code` on the error).
 */
export async function discoverFiles(
  paths: readonly string[],
  cwd: string,
  options?: {readonly includeHidden?: boolean | undefined; readonly listSkipped?: boolean | undefined} | null,
): Promise<Discovery> {
  const results = await Promise.all(paths.map((given) => discoverPath(given, cwd, options ?? {})));
  const byPath = new Map<string, DiscoveredFile>();
  const missing = new Set<string>();
  const unreadable = new Set<string>();
  const skipped = new Map<string, Set<string>>();
  for (const result of results) {
    if (result.missing !== undefined) missing.add(result.missing);
    for (const item of result.unreadable) unreadable.add(item);
    for (const file of result.files) {
      const known = byPath.get(file.path);
      if (known === undefined || compareDocIds(file.docId, known.docId) < 0) byPath.set(file.path, file);
    }
    for (const [place, files] of result.skipped) {
      let set = skipped.get(place);
      if (!set) skipped.set(place, (set = new Set()));
      for (const file of files) set.add(file);
    }
  }
  const files = [...byPath.values()].sort((left, right) => compareText(left.file, right.file));
  const skippedList = [...skipped]
    .map(([place, set]) => ({path: place, files: set.size}))
    .sort((left, right) => compareText(left.path, right.path));
  return {files, missing: [...missing], unreadable: [...unreadable], skipped: skippedList};
}

interface PathResult {
  readonly files: readonly DiscoveredFile[];
  readonly missing: string | undefined;
  readonly unreadable: readonly string[];
  /** Skipped place → the documents below it. */
  readonly skipped: ReadonlyMap<string, readonly string[]>;
}

async function discoverPath(
  given: string,
  cwd: string,
  options: {readonly includeHidden?: boolean | undefined; readonly listSkipped?: boolean | undefined},
): Promise<PathResult> {
  const absolute = path.resolve(cwd, given);
  let stats;
  try {
    stats = await fs.stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return {files: [], missing: given, unreadable: [], skipped: new Map()};
    return {files: [], missing: undefined, unreadable: [given], skipped: new Map()};
  }
  if (stats.isFile()) {
    const file = relativeFile(cwd, absolute);
    return {files: [{path: absolute, file, docId: withoutExtension(file)}], missing: undefined, unreadable: [], skipped: new Map()};
  }
  if (!stats.isDirectory()) return {files: [], missing: undefined, unreadable: [given], skipped: new Map()};

  // `tinyglobby` (through `fdir`) skips folders it cannot read without a
  // word; record them so that they are reported instead. Synchronous: a
  // docs tree has hundreds of folders, and each read through the thread
  // pool costs several times one made directly.
  const failed: string[] = [];
  const readdirSync = (folder: string, options: {withFileTypes: true}): Dirent[] => {
    try {
      return readdirSyncFs(folder, options);
    } catch (error) {
      failed.push(relativeFile(cwd, path.resolve(absolute, folder)));
      throw error;
    }
  };
  const search = (hidden: boolean) =>
    globSync([...documentPatterns], {
      cwd: absolute,
      ignore: hidden ? [...neverReadPatterns] : [...excludePatterns, ...neverReadPatterns],
      dot: hidden,
      followSymbolicLinks: true,
      fs: {readdirSync: readdirSync as unknown as typeof readdirSyncFs},
    });
  const found = search(options.includeHidden === true);
  const files = found.map(function (relative): DiscoveredFile {
    const filePath = path.join(absolute, relative);
    return {path: filePath, file: relativeFile(cwd, filePath), docId: withoutExtension(relative)};
  });
  const skipped = new Map<string, string[]>();
  if (options.listSkipped && !options.includeHidden) {
    const read = new Set(found);
    for (const relative of search(true)) {
      if (read.has(relative)) continue;
      // The topmost segment the conventions skip.
      const segments = relative.split('/');
      const index = segments.findIndex((segment) => segment.startsWith('_') || segment.startsWith('.'));
      if (index === -1) continue;
      const place = relativeFile(cwd, path.join(absolute, ...segments.slice(0, index + 1))) + (index < segments.length - 1 ? '/' : '');
      let list = skipped.get(place);
      if (!list) skipped.set(place, (list = []));
      list.push(relativeFile(cwd, path.join(absolute, relative)));
    }
  }
  return {files, missing: undefined, unreadable: [...new Set(failed)].sort(compareText), skipped};
}

function relativeFile(cwd: string, filePath: string): string {
  // The usual case, a file below the working folder, without `path.relative`
  // (a tenth of a tree's discovery): both paths are absolute and normalised.
  const relative = filePath.startsWith(cwd + path.sep) ? filePath.slice(cwd.length + 1) : path.relative(cwd, filePath);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

function withoutExtension(file: string): string {
  return file.replace(/\.[^./]+$/, '');
}

function compareDocIds(left: string, right: string): number {
  return left.length - right.length || compareText(left, right);
}

function errorCode(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code;
  if (typeof code !== 'string') throw error;
  return code;
}

