import type {LineMap} from 'mdast-util-upgrade-paths';
import {admonitionTitleToDirectiveLabel, escapeMarkdownHeadingIds, unwrapMdxCodeBlocks} from './docusaurusUtils.js';
import {lineMapOf} from './lines.js';
import type {MarkdownSettings} from './markdown.js';

/** A text as Docusaurus parses it, and where its lines are in the file. */
export interface Preprocessed {
  /** The text to parse. */
  readonly source: string;
  /** The file line of each line of `source` (see `LineMap`); `undefined` when they are the file's. */
  readonly lineMap: LineMap;
}

/**
 * The text changes made before a Markdown/MDX file is parsed, redone with
 * Docusaurus's own functions, so a plain parse sees what Docusaurus's MDX
 * compilation sees:
 *
 * - a leading byte-order mark is dropped, as webpack's loader runner does
 *   for every module it loads;
 * - ```` ```mdx-code-block ```` fences are unwrapped (`unwrapMdxCodeBlocks`
 *   of `@docusaurus/utils`, `@docusaurus/mdx-loader`'s `preprocessor.js`):
 *   their two lines go, which the line map records;
 * - `mdx1Compat.headingIds`: `## Title {#id}` is escaped to `\{#id}`
 *   (`escapeMarkdownHeadingIds`);
 * - `mdx1Compat.admonitions`: `:::note Title` becomes `:::note[Title]`
 *   (`admonitionTitleToDirectiveLabel`).
 *
 * A site's own `markdown.preprocessor` is not run: lines it adds or removes
 * are not accounted for.
 *
 * @param value
 *   File content, front matter included.
 * @param settings
 *   The site's Markdown settings.
 * @returns
 *   The text to parse, and its line map.
 */
export function preprocess(value: string, settings: MarkdownSettings): Preprocessed {
  // Docusaurus's preprocessing loads on the first page it changes (see `docusaurusUtils`).
  const file = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
  let source = file;
  let lineMap: LineMap;
  if (source.includes('mdx-code-block')) {
    source = unwrapMdxCodeBlocks(source);
    lineMap = lineMapOf(file, source);
  }
  if (settings.headingIds && source.includes('{#')) source = escapeMarkdownHeadingIds(source);
  if (settings.admonitions && settings.admonitionKeywords.length > 0 && source.includes(':::')) {
    source = admonitionTitleToDirectiveLabel(source, settings.admonitionKeywords);
  }
  return {source, lineMap};
}
