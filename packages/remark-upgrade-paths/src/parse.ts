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

let mdxProcessor: Processor<Root> | undefined;
let mdProcessor: Processor<Root> | undefined;

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
  const mdx = options.format === 'md' ? false : options.format === 'detect' ? options.file.endsWith('.mdx') : true;
  const processor = mdx ? (mdxProcessor ??= createParser(true)) : (mdProcessor ??= createParser(false));
  const source = preprocess(value, options.admonitionKeywords);
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const place = (error as {place?: unknown}).place;
    const point = isPoint(place) ? place : isPoint((place as {start?: unknown} | undefined)?.start) ? (place as {start: Point}).start : {line: 1, column: 1};
    return {
      tables: [],
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message:
            'Unexpected content the MDX parser cannot read (' +
            String((error as Error).message ?? error).split('\n')[0] +
            '), expected valid MDX; no upgrade table of this file is read',
          file: options.file,
          position: {start: point, end: point},
        },
      ],
    };
  }
  return upgradeTablesFromMdast(tree, {source, file: options.file, docId: options.docId});
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && typeof (value as Point).line === 'number';
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
