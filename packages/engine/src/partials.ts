import fs from 'node:fs/promises';
import path from 'node:path';
import type {DocumentFacts, PartialFile, PartialLibrary, PartialRegistry} from '@upgrade-paths/core';
import {createPartialRegistry} from '@upgrade-paths/core';
import type {PartialContent, Recognition} from 'mdast-util-upgrade-paths';
import {defaultMarkdownSettings, markdownKey, type MarkdownSettings} from './markdown.js';
import {defaultPartialsPath, relativePosix, versionedPartialsPath} from './paths.js';
import {mapConcurrently} from './concurrent.js';
import {currentStamp, readStableText, readingHolds, type FileReading} from './files.js';
import {readPartial} from './read.js';

/** File names of partials: `_` first, `.md` or `.mdx`. */
const partialFileName = /^_.*\.mdx?$/i;

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
  for (const entry of await readFolder(versionedRoot, false)) {
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
      for (const entry of await readFolder(folder, true)) {
        if (!entry.isFile() || !partialFileName.test(entry.name)) continue;
        const absolute = path.join(entry.parentPath, entry.name);
        if (absolute.split(path.sep).includes('node_modules')) continue;
        files.add(absolute);
      }
    }
    const partials: PartialFile<PartialContent>[] = [];
    const read = await mapConcurrently([...files].sort(), (absolute) => readPartialFile(absolute, version));
    for (const item of read) {
      if (item === undefined) continue;
      partials.push(item.partial);
      documents.push(item.document);
    }
    return createPartialRegistry(partials);
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

async function readFolder(folder: string, recursive: boolean) {
  try {
    return await fs.readdir(folder, {withFileTypes: true, recursive});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}
