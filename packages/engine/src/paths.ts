import path from 'node:path';
import {posixPath} from './docusaurusUtils.js';

/** Default partial folders, relative to the site: `_partials/`, as Docusaurus sites keep them. */
export const defaultPartialsPath: readonly string[] = ['_partials'];

/**
 * Folder (relative to the site) of the partials of each docs version:
 * `versioned_partials/version-<v>/`, next to `versioned_docs/version-<v>/`.
 */
export const versionedPartialsPath = 'versioned_partials';

/** Folder (relative to the site) of versioned docs, as the default docs plugin instance names it. */
export const versionedDocsPath = 'versioned_docs';

/**
 * Docs version of a site-relative file: `<v>` for
 * `versioned_docs/version-<v>/…` (also `<id>_versioned_docs/…` of another
 * docs plugin instance) and `versioned_partials/version-<v>/…`, else
 * `null`.
 */
export function docsVersionOf(file: string): string | null {
  const match = /^(?:[^/]+_)?versioned_(?:docs|partials)\/version-([^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

/**
 * Validate a partial folders option: a folder or a list of folders,
 * relative to the site.
 *
 * @param value
 *   The option value.
 * @param name
 *   How the option is named in messages, such as
 *   `` remark-upgrade-paths option `partialsPath` ``.
 * @returns
 *   POSIX folder paths without trailing `/`; {@link defaultPartialsPath} for
 *   `null` or `undefined`.
 * @throws {TypeError}
 *   When the value is not a non-empty string or a list of them.
 */
export function resolvePartialsPath(value: unknown, name = 'remark-upgrade-paths option `partialsPath`'): readonly string[] {
  if (value === null || value === undefined) return defaultPartialsPath;
  const list: unknown = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new TypeError(
      'Unexpected `' +
        (Array.isArray(value) ? JSON.stringify(value) : String(value)) +
        '` as ' +
        name +
        ', expected a folder or a list of folders relative to the site, such as `_partials`',
    );
  }
  return (list as string[]).map((item) => posixPath(path.normalize(item)).replace(/\/+$/, ''));
}

/**
 * Whether a site-relative file is inside a partial folder (one of
 * `partialsPath`, or `versioned_partials/`).
 */
export function isPartialFile(file: string, partialsPath: readonly string[]): boolean {
  return [...partialsPath, versionedPartialsPath].some((folder) => file.startsWith(folder + '/'));
}

/** POSIX path of `filePath` relative to `folder`. */
export function relativePosix(folder: string, filePath: string): string {
  return posixPath(path.relative(folder, filePath));
}

/** A doc id: a path relative to its docs folder, POSIX, without extension. */
export function docIdOf(relativePath: string): string {
  return posixPath(relativePath).replace(/\.[^./]+$/, '');
}
