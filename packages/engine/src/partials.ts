import path from 'node:path';
import type {DocumentFacts, PartialFile, PartialLibrary, PartialRegistry} from '@upgrade-paths/core';
import {createPartialRegistry} from '@upgrade-paths/core';
import type {PartialContent, Recognition} from 'mdast-util-upgrade-paths';
import {defaultMarkdownSettings, markdownKey, type MarkdownSettings} from './markdown.js';
import {defaultPartialsPath, relativePosix, versionedPartialsPath} from './paths.js';
import {mapConcurrently} from './concurrent.js';
import {currentStamp, readFolder, readStableText, readingHolds, type FileReading} from './files.js';
import {readPartial} from './read.js';

/** File names of partials: `_` first, `.md` or `.mdx`. */
const partialFileName = /^_.*\.mdx?$/i;

/**
 * Whether a file below a partial folder is a partial, as
 * {@link loadPartialLibrary} finds them: its name is `_*.md` or `_*.mdx`
 * and no folder on its way is `node_modules`.
 *
 * @param file
 *   POSIX path (relative or absolute).
 */
export function isPartialPath(file: string): boolean {
  const segments = file.split('/');
  return partialFileName.test(segments.at(-1) ?? '') && !segments.includes('node_modules');
}

/** Every partial of a site, and each partial file's own facts as a document (parse errors, stray disable comments). */
export interface SitePartials extends PartialLibrary<PartialContent> {
  /** One document (kind `partial`) per partial file, by path. */
  readonly documents: readonly DocumentFacts[];
}

/** A partial read: the reading (see `readingHolds`), and the version and Markdown settings it was read with. */
interface CachedPartial extends FileReading<{readonly partial: PartialFile<PartialContent>; readonly document: DocumentFacts}> {
  readonly key: string;
}

/** Partials read, by absolute path: a file is parsed again only when it changed. */
const partialCache = new Map<string, CachedPartial>();

/**
 * Read every partial of a site: `_*.md(x)` files anywhere under the
 * partial folders (current partials) and under
 * `versioned_partials/version-<v>/` (the partials of docs version `<v>`).
 *
 * The folders are listed again on every call, so partials added, renamed
 * or removed are seen at once; a file is parsed again only when its
 * modification time, size or inode changed or its last reading is racy
 * (`readingHolds`; a process-wide cache keyed by path, so the Docusaurus
 * plugin and the remark plugin share one reading), and is read once stable
 * (`readStableText`: never half-written).
 *
 * @param siteDir
 *   Absolute site folder; `file` fields are relative to it.
 * @param partialsPath
 *   Current partial folders, relative to `siteDir` (see
 *   `resolvePartialsPath`). Missing folders hold no partial.
 * @param markdown
 *   How the site parses Markdown: `.md` partials are CommonMark (no props)
 *   under `format: 'detect'`, and every partial under `md`.
 * @param loadStart
 *   When the load this reading is part of started (`Date.now()`, ms).
 * @param recognition
 *   What the config says about recognising each partial's tables, by
 *   site-relative path (`recognitionFor(config)`); default: nothing.
 * @throws {Error}
 *   File system errors other than a missing folder.
 */
export async function loadPartialLibrary(
  siteDir: string,
  partialsPath: readonly string[] = defaultPartialsPath,
  markdown: MarkdownSettings = defaultMarkdownSettings,
  loadStart: number = Date.now(),
  recognition?: ((file: string) => Recognition) | undefined,
): Promise<SitePartials> {
  const listed = new Set<string>();
  const documents: DocumentFacts[] = [];
  const roots = partialsPath.map((folder) => path.resolve(siteDir, folder));
  const current = await registryOf(roots, null);
  const versions = new Map<string, PartialRegistry<PartialContent>>();
  const versionedRoot = path.join(siteDir, versionedPartialsPath);
  for (const entry of readFolder(versionedRoot)) {
    if (!entry.isDirectory() || !entry.name.startsWith('version-')) continue;
    const version = entry.name.slice('version-'.length);
    versions.set(version, await registryOf([path.join(versionedRoot, entry.name)], version));
  }
  // Forget partials removed (or renamed) since the last call.
  for (const absolute of partialCache.keys()) {
    if (listed.has(absolute)) continue;
    if ([...roots, versionedRoot].some((root) => absolute.startsWith(root + path.sep))) partialCache.delete(absolute);
  }
  documents.sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0));
  return {current, versions, documents};

  async function registryOf(folders: readonly string[], version: string | null): Promise<PartialRegistry<PartialContent>> {
    const files = new Set<string>();
    for (const folder of folders) {
      for (const entry of readFolder(folder, true)) {
        const absolute = path.join(entry.parentPath, entry.name);
        if (!entry.isFile() || !isPartialPath(absolute.split(path.sep).join('/'))) continue;
        files.add(absolute);
      }
    }
    const read = await mapConcurrently([...files].sort(), (absolute) => readPartialFile(absolute, version));
    return registryOfReadings(read.filter((item) => item !== undefined), documents);
  }

  async function readPartialFile(absolute: string, version: string | null): Promise<CachedPartial['value'] | undefined> {
    listed.add(absolute);
    const file = relativePosix(siteDir, absolute);
    const recognized = recognition?.(file);
    const key = (version ?? '') + '\n' + markdownKey(markdown) + '\n' + JSON.stringify(recognized ?? {});
    const stamp = await currentStamp(absolute);
    if (stamp === undefined) return undefined;
    const cached = partialCache.get(absolute);
    if (cached?.key === key && readingHolds(cached, stamp)) return cached.value;
    const text = await readStableText(absolute);
    if (text === undefined) return undefined;
    const value = readPartial(text.text, {file, version, markdown, recognition: recognized});
    partialCache.set(absolute, {stamp: text.stamp, loadStart, key, value});
    return value;
  }
}

/**
 * The partial library of partial texts already read (such as the partials
 * of a git revision, see `lintRevision`): each text parsed as
 * {@link loadPartialLibrary} parses a file, nothing read from disk.
 *
 * @param files
 *   Partials: site-relative POSIX path, docs version (`null` for current
 *   partials, `<v>` for `versioned_partials/version-<v>/`), text; in the
 *   order the library lists them (sort them by path).
 * @param markdown
 *   How the site parses Markdown (as for {@link loadPartialLibrary}).
 * @param recognition
 *   What the config says about recognising each partial's tables.
 */
export function partialLibraryOf(
  files: ReadonlyArray<{readonly file: string; readonly version: string | null; readonly text: string}>,
  markdown: MarkdownSettings = defaultMarkdownSettings,
  recognition?: ((file: string) => Recognition) | undefined,
): SitePartials {
  const documents: DocumentFacts[] = [];
  const byVersion = new Map<string | null, ReturnType<typeof readPartial>[]>();
  for (const item of files) {
    const read = readPartial(item.text, {file: item.file, version: item.version, markdown, recognition: recognition?.(item.file)});
    const list = byVersion.get(item.version);
    if (list) list.push(read);
    else byVersion.set(item.version, [read]);
  }
  const current = registryOfReadings(byVersion.get(null) ?? [], documents);
  const versions = new Map<string, PartialRegistry<PartialContent>>();
  for (const [version, list] of byVersion) if (version !== null) versions.set(version, registryOfReadings(list, documents));
  documents.sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0));
  return {current, versions, documents};
}

/** A registry of partials read, their documents added to `documents`. */
function registryOfReadings(
  read: ReadonlyArray<{readonly partial: PartialFile<PartialContent>; readonly document: DocumentFacts}>,
  documents: DocumentFacts[],
): PartialRegistry<PartialContent> {
  for (const item of read) documents.push(item.document);
  return createPartialRegistry(read.map((item) => item.partial));
}
