import fs from 'node:fs';
import path from 'node:path';

const configNames = [
  'docusaurus.config.ts',
  'docusaurus.config.js',
  'docusaurus.config.mjs',
  'docusaurus.config.mts',
  'docusaurus.config.cjs',
  'docusaurus.config.cts',
];

const siteDirCache = new Map<string, string | undefined>();

/**
 * The site folder of a file: the closest folder above it that holds a
 * `docusaurus.config.*` file. Results are cached per folder.
 *
 * @param filePath
 *   Absolute path.
 * @returns
 *   Absolute folder path, or `undefined` when no folder above has a config.
 */
export function findSiteDir(filePath: string): string | undefined {
  const visited: string[] = [];
  let folder = path.dirname(filePath);
  let found: string | undefined;
  for (;;) {
    if (siteDirCache.has(folder)) {
      found = siteDirCache.get(folder);
      break;
    }
    visited.push(folder);
    if (configNames.some((name) => fs.existsSync(path.join(folder, name)))) {
      found = folder;
      break;
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const item of visited) siteDirCache.set(item, found);
  return found;
}

/** Where a document is, in the terms ids are made of. */
export interface DocumentLocation {
  /** POSIX path relative to the site (or working) folder. */
  readonly file: string;
  /** Path relative to the docs folder, without extension (POSIX). */
  readonly docId: string;
}

/**
 * Site-relative path and doc id of a file.
 *
 * @param filePath
 *   Absolute path of the document.
 * @param siteDir
 *   Absolute site folder.
 * @param docsDir
 *   Absolute docs folder; a file outside it gets its site-relative path as
 *   doc id.
 */
export function locateDocument(filePath: string, siteDir: string, docsDir: string): DocumentLocation {
  const file = toPosix(path.relative(siteDir, filePath));
  const inDocs = path.relative(docsDir, filePath);
  const base = inDocs.startsWith('..') || path.isAbsolute(inDocs) ? file : toPosix(inDocs);
  return {file, docId: base.replace(/\.[^./]+$/, '')};
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}
