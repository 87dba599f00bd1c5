/**
 * The text changes Docusaurus makes before it parses a Markdown/MDX file
 * (`@docusaurus/mdx-loader`, `lib/preprocessor.js`), redone here so that a
 * plain parse sees what Docusaurus's MDX compilation sees. Each keeps every
 * line where it was, so positions stay those of the file on disk.
 *
 * - `mdx1Compat.headingIds`: `## Title {#id}` is escaped to `\{#id}`, else
 *   MDX reads `{#id}` as an (invalid) expression
 *   (`escapeMarkdownHeadingIds` in `@docusaurus/utils`).
 * - `mdx1Compat.admonitions`: `:::note Title` becomes `:::note[Title]`
 *   (`admonitionTitleToDirectiveLabel`).
 * - ```` ```mdx-code-block ```` fences are unwrapped (`unwrapMdxCodeBlocks`):
 *   like Docusaurus, the two fence lines are removed, so lines after such a
 *   block are counted as Docusaurus counts them (and table ids agree with the
 *   ones the remark plugin sees in the MDX compilation), one line off the
 *   file on disk per removed fence.
 *
 * @param value
 *   File content, front matter included.
 * @param admonitionKeywords
 *   Admonition types whose `:::type Title` form is rewritten (Docusaurus's
 *   defaults when not given).
 * @returns
 *   Content, lines kept but for unwrapped `mdx-code-block` fences.
 */
export function preprocess(value: string, admonitionKeywords: readonly string[] = defaultAdmonitionKeywords): string {
  let result = value;
  if (result.includes('mdx-code-block')) {
    // Same expressions as Docusaurus (3 or 4 backticks), kept in step with it.
    for (const fence of ['```', '````']) {
      const expression = new RegExp(
        '(^|\\r?\\n)(\\x20*)' + fence + '(\\x20*)mdx-code-block\\r?\\n(.*?)\\r?\\n(\\x20*)' + fence + '(\\r?\\n|$)',
        'gs',
      );
      result = result.replaceAll(expression, (...groups: string[]) => (groups[1] ?? '') + (groups[4] ?? '') + (groups[6] ?? ''));
    }
  }
  if (result.includes('{#')) {
    result = result.replace(/^(#{1,6}(?!#).*?)(\\?)\{#/gm, (_, head: string) => head + '\\{#');
  }
  if (result.includes(':::') && admonitionKeywords.length > 0) {
    result = result.replace(
      new RegExp('^((?:> ?)*)( +|\\t+)?(:{3,}(?:' + admonitionKeywords.map(escapeRegExp).join('|') + ')) +(.*)$', 'gm'),
      (_, quote: string, indentation: string | undefined, directive: string, title: string) =>
        quote + (indentation ?? '') + directive + '[' + title + ']',
    );
  }
  return result;
}

/**
 * Docusaurus's default admonition types (`@docusaurus/mdx-loader`,
 * `remark/admonitions`).
 */
export const defaultAdmonitionKeywords: readonly string[] = [
  'secondary',
  'info',
  'success',
  'danger',
  'note',
  'tip',
  'warning',
  'important',
  'caution',
];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
