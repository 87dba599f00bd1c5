import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {compareFindings, lintDocumentFacts, resolveLintConfig} from '@upgrade-paths/core';
import {defaultMarkdownSettings, type DocumentFormat, type MarkdownSettings} from './markdown.js';
import type {Recognition} from 'mdast-util-upgrade-paths';
import {readPage} from './read.js';
import {docsVersionOf} from './paths.js';

/** Facts about the document for {@link extractUpgradePaths}. */
export interface ParseOptions {
  /** POSIX path used in ids and findings (site- or working-folder relative). */
  readonly file: string;
  /** Doc id: the product when front matter names none. */
  readonly docId: string;
  /** How the site parses Markdown (default: Docusaurus's defaults). */
  readonly markdown?: MarkdownSettings | undefined;
  /** Shorthand for `markdown.format`. @default 'mdx' */
  readonly format?: DocumentFormat | undefined;
  /** Shorthand for `markdown.admonitionKeywords`. @default Docusaurus's admonition types */
  readonly admonitionKeywords?: readonly string[] | undefined;
  /** What a config file says about recognising its tables (`recognitionFor`); default: nothing. */
  readonly recognition?: Recognition | undefined;
}

/**
 * Parse a document the way Docusaurus does (MDX, GFM, front matter,
 * directives for admonitions, `<!-- -->` comments, `{#id}` heading ids) and
 * extract its upgrade tables, with the findings about what could not be
 * read (the rules with `meta.reading`, at their default severity:
 * `table-shape`, `invalid-version`, `unknown-support`,
 * `dataset-front-matter`, `unused-disable` for comments before nothing,
 * `parse-error`).
 *
 * @param value
 *   File content, front matter included.
 * @param options
 *   Document facts.
 * @returns
 *   Tables in document order, and findings sorted by place. A document that
 *   does not parse gives no tables and one `parse-error` finding; nothing is
 *   thrown for content.
 */
export function extractUpgradePaths(
  value: string,
  options: ParseOptions,
): {tables: ExtractedTable[]; findings: Finding[]} {
  const markdown: MarkdownSettings = {
    ...(options.markdown ?? defaultMarkdownSettings),
    ...(options.format === undefined ? {} : {format: options.format}),
    ...(options.admonitionKeywords === undefined ? {} : {admonitionKeywords: options.admonitionKeywords}),
  };
  const {document} = readPage(value, {file: options.file, docId: options.docId, markdown, version: docsVersionOf(options.file), recognition: options.recognition});
  const findings = lintDocumentFacts(document, resolveLintConfig(), {readingOnly: true}).sort(compareFindings);
  return {tables: [...document.tables], findings};
}
