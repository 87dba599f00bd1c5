import type {DocumentFacts, PartialFile, PartialUsage} from '@upgrade-paths/core';
import {
  diskPoint,
  partialFromMdast,
  upgradeTablesFromMdast,
  type LineMap,
  type PartialContent,
  type PartialPage,
  type Recognition,
} from 'mdast-util-upgrade-paths';
import {isMdxDocument, type MarkdownSettings} from './markdown.js';
import {parseDocument} from './parse.js';
import {preprocess} from './preprocess.js';

/** One page read: what the rules check, its partial usages, and what partials rendered on it need. */
export interface PageRead {
  readonly document: DocumentFacts;
  readonly usages: readonly PartialUsage[];
  /** `undefined` when the page did not parse. */
  readonly page: PartialPage | undefined;
  /** Where the parsed lines are in the file (see `LineMap`): every position given out is already a file position. */
  readonly lineMap: LineMap;
}

/** Facts about a file for {@link readPage} and {@link readPartial}. */
export interface ReadOptions {
  /** Site- (or working-folder-) relative POSIX path: the `file` of tables and findings. */
  readonly file: string;
  /** How the site parses Markdown. */
  readonly markdown: MarkdownSettings;
  /** What the config says about recognising its tables (`recognitionFor`); default: nothing. */
  readonly recognition?: Recognition | undefined;
}

/**
 * Read a page the way Docusaurus parses it (see `preprocess` and
 * `parseDocument`) and extract what it holds (`upgradeTablesFromMdast`).
 *
 * @param value
 *   File content, front matter included.
 * @param options
 *   Where the page is, its doc id, its docs version, the site's Markdown
 *   settings.
 * @returns
 *   The page's facts; a page that does not parse has no tables and a
 *   `parseError`. Never throws for content.
 */
export function readPage(
  value: string,
  options: ReadOptions & {readonly docId: string; readonly version: string | null},
): PageRead {
  const {source, lineMap} = preprocess(value, options.markdown);
  const parsed = parseDocument(source, {
    mdx: isMdxDocument(options.file, options.markdown.format),
    comments: options.markdown.comments,
  });
  if ('error' in parsed) {
    const parseError = {...parsed.error, point: diskPoint(parsed.error.point, lineMap)};
    return {
      document: {file: options.file, kind: 'page', tables: [], candidates: [], strayDisables: [], parseError},
      usages: [],
      page: undefined,
      lineMap,
    };
  }
  const {recognition} = options;
  const {document, usages, title} = upgradeTablesFromMdast(parsed.tree, {source, file: options.file, docId: options.docId, lineMap, recognition});
  const page: PartialPage = {
    file: options.file,
    docId: options.docId,
    frontMatter: document.frontMatter?.value,
    title,
    version: options.version,
    ...(recognition !== undefined ? {recognition} : {}),
  };
  return {document, usages, page, lineMap};
}

/**
 * Read a partial file (`partialFromMdast`), parsed as pages are; a file
 * the parser cannot read is a partial without category or name, whose
 * document has a `parseError`.
 */
export function readPartial(
  value: string,
  options: ReadOptions & {readonly version: string | null},
): {partial: PartialFile<PartialContent>; document: DocumentFacts} {
  const {file, version} = options;
  const {source, lineMap} = preprocess(value, options.markdown);
  const parsed = parseDocument(source, {mdx: isMdxDocument(file, options.markdown.format), comments: options.markdown.comments});
  if ('error' in parsed) {
    const parseError = {...parsed.error, point: diskPoint(parsed.error.point, lineMap)};
    const position = {start: parseError.point, end: parseError.point};
    const partial: PartialFile<PartialContent> = {
      file,
      version,
      category: undefined,
      name: undefined,
      defaults: new Map(),
      reads: [],
      readsAny: false,
      usages: [],
      content: undefined,
      frontMatter: {value: undefined, position},
      parseError,
    };
    return {partial, document: {file, kind: 'partial', tables: [], candidates: [], strayDisables: [], parseError}};
  }
  return partialFromMdast(parsed.tree, {source, file, version, lineMap, recognition: options.recognition});
}
