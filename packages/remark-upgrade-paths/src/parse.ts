import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {upgradeTablesFromMdast} from '@upgrade-paths/core';
import remarkComment from '@slorber/remark-comment';
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';
import {preprocess} from './preprocess.js';

/**
 * How a document is parsed, as Docusaurus's `markdown.format`: `mdx` parses
 * `.md` and `.mdx` as MDX (Docusaurus's default), `md` parses as CommonMark,
 * `detect` picks by extension (`.mdx` MDX, else CommonMark).
 */
export type DocumentFormat = 'mdx' | 'md' | 'detect';

/** Facts about the document for {@link extractUpgradePaths}. */
export interface ParseOptions {
  /** POSIX path used in ids and findings (site- or working-folder relative). */
  readonly file: string;
  /** Doc id: the product when front matter names none. */
  readonly docId: string;
  /** @default 'mdx' */
  readonly format?: DocumentFormat | undefined;
  /**
   * Admonition types whose `:::type Title` form Docusaurus rewrites; add the
   * site's own `admonitions.keywords`.
   *
   * @default Docusaurus's defaults (`note`, `tip`, `info`, `warning`, `danger`, …)
   */
  readonly admonitionKeywords?: readonly string[] | undefined;
}

/**
 * Parse a document the way Docusaurus does by default (MDX, GFM, front
 * matter, directives for admonitions, `<!-- -->` comments, `{#id}` heading
 * ids) and extract its upgrade tables.
 *
 * @param value
 *   File content, front matter included.
 * @param options
 *   Document facts.
 * @returns
 *   Tables and findings. A document that does not parse gives no tables and
 *   one `parse-error` finding at the place the parser stopped; nothing is
 *   thrown for content.
 */
export function extractUpgradePaths(
  value: string,
  options: ParseOptions,
): {tables: ExtractedTable[]; findings: Finding[]} {
  const source = preprocess(value, options.admonitionKeywords);
  const parsed = parseDocument(source, isMdxDocument(options.file, options.format ?? 'mdx'));
  if ('error' in parsed) {
    return {
      tables: [],
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message:
            'Unexpected content the MDX parser cannot read (' +
            parsed.error +
            '), expected valid MDX; no upgrade table of this file is read',
          file: options.file,
          position: {start: parsed.point, end: parsed.point},
        },
      ],
    };
  }
  return upgradeTablesFromMdast(parsed.tree, {source, file: options.file, docId: options.docId});
}

/** Whether a document is parsed as MDX under a Docusaurus `markdown.format`. */
export function isMdxDocument(file: string, format: DocumentFormat): boolean {
  return format === 'md' ? false : format === 'detect' ? /\.mdx$/i.test(file) : true;
}

let mdxProcessor: Processor<Root> | undefined;
let mdProcessor: Processor<Root> | undefined;

/** Parse results of the last documents, so one load parses each document once. */
const parsed = new Map<string, ParseResult>();
const parsedLimit = 256;

type ParseResult = {tree: Root} | {error: string; point: {line: number; column: number}};

/**
 * Parse preprocessed document text with the parser Docusaurus's syntax
 * extensions make (see {@link extractUpgradePaths}).
 *
 * The results of the last 256 texts are kept and given again for the same
 * text: the partials check and lint read the same documents in one
 * `loadContent`, and each is parsed once. Trees are therefore shared: treat
 * them as read-only.
 *
 * @returns
 *   The tree, or the parser's message and the point it stopped at (`1:1`
 *   when it gives none); never throws for content.
 */
export function parseDocument(source: string, mdx: boolean): ParseResult {
  const key = (mdx ? 'mdx\n' : 'md\n') + source;
  let result = parsed.get(key);
  if (!result) {
    result = parseUncached(source, mdx);
    if (parsed.size >= parsedLimit) parsed.delete(parsed.keys().next().value as string);
    parsed.set(key, result);
  }
  return result;
}

function parseUncached(source: string, mdx: boolean): ParseResult {
  const processor = mdx ? (mdxProcessor ??= createParser(true)) : (mdProcessor ??= createParser(false));
  try {
    return {tree: processor.parse(source)};
  } catch (error) {
    const place = (error as {place?: {line?: unknown; column?: unknown; start?: {line: number; column: number}}}).place;
    const point =
      place && typeof place.line === 'number' && typeof place.column === 'number'
        ? {line: place.line, column: place.column}
        : (place?.start ?? {line: 1, column: 1});
    return {error: String((error as Error).message ?? error).split('\n')[0] ?? '', point};
  }
}

function createParser(mdx: boolean): Processor<Root> {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  return processor
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkComment) as unknown as Processor<Root>;
}
