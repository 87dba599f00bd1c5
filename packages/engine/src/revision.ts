import path from 'node:path';
import {resolveLintConfig, type LintConfig} from '@upgrade-paths/core';
import {createMatcher} from './docusaurusUtils.js';
import {isDiscoveredPath} from './discover.js';
import {autoMarkdown} from './folder.js';
import {listTree, readBlobs, resolveRevision, type TreeEntry} from './git.js';
import {lint, type LintFile, type LintResult} from './lint.js';
import type {MarkdownSettings} from './markdown.js';
import {isPartialPath, partialLibraryOf} from './partials.js';
import {defaultPartialsPath, docIdOf, versionedDocsPath, versionedPartialsPath} from './paths.js';
import {recognitionFor} from './recognition.js';
import type {SiteSettings} from './site.js';

/**
 * What to read at a revision: the files `upgrade-paths lint` reads in the
 * work tree, by the same rules.
 *
 * - `paths`: the documents below `paths` (relative to `cwd`) that
 *   `discoverFiles` reads, with the partials of `<cwd>/_partials` and
 *   `versioned_partials/` (as `lintPaths`); `markdown: 'auto'` parses each
 *   file as the work tree's site around its path does.
 * - `site`: the docs (`settings.docs`), versioned docs and partials of a
 *   site, as `lintSite` (paths relative to `settings.siteDir`).
 */
export type RevisionSource =
  | {
      readonly kind: 'paths';
      readonly cwd: string;
      readonly paths: readonly string[];
      readonly markdown: MarkdownSettings | 'auto';
    }
  | {readonly kind: 'site'; readonly settings: SiteSettings};

/** What {@link lintRevision} gives. */
export interface RevisionLintResult extends LintResult {
  /** The commit read. */
  readonly commit: string;
  /** The documents read (their tables are data), by path. */
  readonly documents: readonly LintFile[];
}

/**
 * Lint the docs as a git revision has them, without a checkout: list the
 * files of the commit (`git ls-tree`), select them as `lintPaths` or
 * `lintSite` select files on disk (`isDiscoveredPath`, the docs plugin's
 * `include`/`exclude`, `isPartialPath`), read their texts (`git cat-file
 * --batch`) and run the one `lint` on them, with the config and Markdown
 * settings given (the work tree's: a revision's own config is not read).
 *
 * Git runs in the folder paths are relative to (`cwd`, or the site), so
 * nothing outside the repository is read; a shallow clone works when the
 * revision is fetched. Symbolic links and submodules in the tree are not
 * followed (a link's text is no document).
 *
 * @param revision
 *   A branch, tag or commit (`origin/main`, `HEAD~1`).
 * @param source
 *   What to read (see {@link RevisionSource}).
 * @param options
 *   The lint config.
 * @returns
 *   The lint result and the documents read.
 * @throws {RevisionError}
 *   When the revision names no commit, the folder is in no repository, or
 *   a folder to read is outside it.
 */
export async function lintRevision(
  revision: string,
  source: RevisionSource,
  options: {readonly config: LintConfig},
): Promise<RevisionLintResult> {
  const cwd = source.kind === 'site' ? source.settings.siteDir : source.cwd;
  const commit = await resolveRevision(cwd, revision);
  const recognize = recognitionFor(resolveLintConfig(options.config));
  const list = (paths: readonly string[]) => listTree(cwd, commit, paths.map((given) => treePath(cwd, given)));

  const documents: Array<LintFile & {readonly object: string}> = [];
  const versioned: Array<LintFile & {readonly object: string}> = [];
  const partialFiles: Array<{file: string; version: string | null; object: string}> = [];
  if (source.kind === 'paths') {
    const byFile = new Map<string, LintFile & {readonly object: string}>();
    for (const given of source.paths) {
      const folder = treePath(cwd, given);
      for (const entry of files(await list([folder]))) {
        const relative = entry.path === folder ? undefined : path.posix.relative(folder, entry.path);
        if (relative !== undefined && !isDiscoveredPath(relative)) continue;
        const docId = docIdOf(relative ?? entry.path);
        const known = byFile.get(entry.path);
        if (known === undefined || docId.length < known.docId.length) byFile.set(entry.path, {path: entry.path, value: '', docId, object: entry.object});
      }
    }
    documents.push(...byFile.values());
    for (const entry of files(await list(defaultPartialsPath))) {
      if (isPartialPath(entry.path)) partialFiles.push({file: entry.path, version: null, object: entry.object});
    }
  } else {
    const {docs, partialsPath} = source.settings;
    const include = createMatcher([...docs.include]);
    const exclude = createMatcher([...docs.exclude]);
    const docsRoot = treePath(cwd, docs.path);
    const read = (entries: readonly TreeEntry[], root: string, into: typeof documents) => {
      for (const entry of entries) {
        const relative = path.posix.relative(root, entry.path);
        if (include(relative) && !exclude(relative)) into.push({path: entry.path, value: '', docId: docIdOf(relative), object: entry.object});
      }
    };
    read(files(await list([docsRoot])), docsRoot, documents);
    for (const entry of files(await list([versionedDocsPath]))) {
      const root = /^[^/]+\/version-[^/]+/.exec(entry.path)?.[0];
      if (root !== undefined) read([entry], root, versioned);
    }
    for (const entry of files(await list(partialsPath))) {
      if (isPartialPath(entry.path)) partialFiles.push({file: entry.path, version: null, object: entry.object});
    }
  }
  for (const entry of files(await list([versionedPartialsPath]))) {
    const version = /^[^/]+\/version-([^/]+)\//.exec(entry.path)?.[1];
    if (version !== undefined && isPartialPath(entry.path)) partialFiles.push({file: entry.path, version, object: entry.object});
  }

  const texts = await readBlobs(cwd, [...documents, ...versioned, ...partialFiles].map((item) => item.object));
  const text = (object: string) => texts.get(object) ?? '';
  const byPath = (left: {path: string}, right: {path: string}) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0);
  let lintFiles: LintFile[] = documents.sort(byPath).map((item) => ({path: item.path, value: text(item.object), docId: item.docId}));
  const versionedFiles = versioned.sort(byPath).map((item) => ({path: item.path, value: text(item.object), docId: item.docId}));
  let markdown: MarkdownSettings;
  if (source.kind === 'site') markdown = source.settings.markdown;
  else if (source.markdown === 'auto') {
    const auto = autoMarkdown();
    markdown = await auto(path.resolve(source.cwd));
    const placed: LintFile[] = [];
    for (const file of lintFiles) placed.push({...file, markdown: await auto(path.resolve(source.cwd, file.path))});
    lintFiles = placed;
  } else markdown = source.markdown;
  const partials = partialLibraryOf(
    partialFiles.sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0)).map((item) => ({...item, text: text(item.object)})),
    markdown,
    recognize,
  );
  const result = lint(lintFiles, {config: options.config, markdown, partials, versionedFiles});
  return {...result, commit, documents: lintFiles};
}

/** The files of a listing: blobs that are no symbolic link (mode `120000`). */
function files(entries: readonly TreeEntry[]): TreeEntry[] {
  return entries.filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
}

/**
 * A folder or file as git lists it from `cwd`: relative, POSIX, normalised
 * (`.` for `cwd` itself). A path outside the repository is refused by git
 * (`RevisionError`).
 */
function treePath(cwd: string, given: string): string {
  const relative = path.isAbsolute(given) ? path.relative(cwd, given) || '.' : given;
  return path.posix.normalize(relative.split(path.sep).join('/')).replace(/(.)\/$/, '$1');
}
