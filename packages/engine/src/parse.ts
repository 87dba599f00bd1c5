import type {ParseErrorFacts, Point} from '@upgrade-paths/core';
import remarkComment from '@slorber/remark-comment';
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';
import {VFileMessage} from 'vfile-message';

/** A parsed document, or why it could not be parsed. */
export type ParseResult = {readonly tree: Root} | {readonly error: ParseErrorFacts};

/** Parsers by syntax: MDX or CommonMark, with or without the `<!-- -->` comment layer. */
const processors = new Map<string, Processor<Root>>();

/** Parse results of the last documents, so one load parses each document once. */
const parsed = new Map<string, ParseResult>();
const parsedLimit = 256;

/**
 * Parse preprocessed document text with the syntax extensions Docusaurus's
 * MDX compilation parses with (`@docusaurus/mdx-loader`, `lib/processor.js`):
 * MDX (or CommonMark), front matter, directives, GFM, and `<!-- -->`
 * comments (`mdx1Compat.comments`, `@slorber/remark-comment`).
 *
 * The results of the last 256 texts are kept and given again for the same
 * text: trees are shared, so treat them as read-only.
 *
 * @param source
 *   Preprocessed text (see `preprocess`).
 * @param options
 *   Whether to parse as MDX, and whether comments parse.
 * @returns
 *   The tree, or the parser's message and the point it stopped at (`1:1`
 *   when it gives none).
 * @throws {Error}
 *   Anything the parser throws that is not a message about the content: a
 *   bug, never reported as the user's `parse-error`.
 */
export function parseDocument(source: string, options: {readonly mdx: boolean; readonly comments: boolean}): ParseResult {
  const syntax = (options.mdx ? 'mdx' : 'md') + (options.comments ? '+comments' : '');
  const key = syntax + '\n' + source;
  let result = parsed.get(key);
  if (!result) {
    let processor = processors.get(syntax);
    if (!processor) {
      processor = createParser(options.mdx, options.comments);
      processors.set(syntax, processor);
    }
    result = parseWith(processor, source);
    if (parsed.size >= parsedLimit) parsed.delete(parsed.keys().next().value as string);
    parsed.set(key, result);
  }
  return result;
}

function parseWith(processor: Processor<Root>, source: string): ParseResult {
  try {
    return {tree: processor.parse(source)};
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const place = error.place as {line?: number; column?: number; start?: Point} | undefined;
    const point: Point =
      typeof place?.line === 'number' && typeof place.column === 'number'
        ? {line: place.line, column: place.column}
        : (place?.start ?? {line: 1, column: 1});
    return {error: {reason: error.message.split('\n')[0] ?? '', point: {line: point.line, column: point.column}}};
  }
}

function createParser(mdx: boolean, comments: boolean): Processor<Root> {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
  if (comments) processor.use(remarkComment);
  return processor as unknown as Processor<Root>;
}
