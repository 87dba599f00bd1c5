import {createRequire} from 'node:module';
import type {MarkdownSettings} from './markdown.js';

const require = createRequire(import.meta.url);

interface DocusaurusUtils {
  unwrapMdxCodeBlocks(content: string): string;
  escapeMarkdownHeadingIds(content: string): string;
  admonitionTitleToDirectiveLabel(content: string, keywords: readonly string[]): string;
}

let utils: DocusaurusUtils | undefined;

/**
 * The text changes Docusaurus makes before it parses a Markdown/MDX file
 * (`@docusaurus/mdx-loader`, `lib/preprocessor.js`), made with the same
 * `@docusaurus/utils` functions, so a plain parse sees what Docusaurus's MDX
 * compilation sees:
 *
 * - ```` ```mdx-code-block ```` fences are unwrapped (`unwrapMdxCodeBlocks`):
 *   the two fence lines are removed, so lines after such a block are
 *   counted as Docusaurus counts them, one line off the file on disk per
 *   removed fence line;
 * - `mdx1Compat.headingIds`: `## Title {#id}` is escaped to `\{#id}`
 *   (`escapeMarkdownHeadingIds`);
 * - `mdx1Compat.admonitions`: `:::note Title` becomes `:::note[Title]`
 *   (`admonitionTitleToDirectiveLabel`).
 *
 * A site's own `markdown.preprocessor` is not run.
 *
 * @param value
 *   File content, front matter included.
 * @param settings
 *   The site's Markdown settings.
 * @returns
 *   Content, lines kept but for unwrapped `mdx-code-block` fences.
 */
export function preprocess(value: string, settings: MarkdownSettings): string {
  // `@docusaurus/utils` takes a while to load: only when a change applies.
  let result = value;
  if (result.includes('mdx-code-block')) result = docusaurusUtils().unwrapMdxCodeBlocks(result);
  if (settings.headingIds && result.includes('{#')) result = docusaurusUtils().escapeMarkdownHeadingIds(result);
  if (settings.admonitions && settings.admonitionKeywords.length > 0 && result.includes(':::')) {
    result = docusaurusUtils().admonitionTitleToDirectiveLabel(result, settings.admonitionKeywords);
  }
  return result;
}

function docusaurusUtils(): DocusaurusUtils {
  utils ??= require('@docusaurus/utils') as DocusaurusUtils;
  return utils;
}
