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
 * - ```` ```mdx-code-block ```` fences are unwrapped (`unwrapMdxCodeBlocks`);
 *   here the fence lines are blanked instead of removed.
 *
 * @param value
 *   File content, front matter included.
 * @returns
 *   Content with the same number of lines.
 */
export function preprocess(value: string): string {
  let result = value;
  if (result.includes('mdx-code-block')) {
    result = result.replace(
      /^( *)(`{3,4}) *mdx-code-block(\r?\n[\s\S]*?\r?\n) *\2[ \t]*$/gm,
      (_, indent: string, _fence: string, children: string) => indent + children,
    );
  }
  if (result.includes('{#')) {
    result = result.replace(/^(#{1,6}(?!#).*?)(\\?)\{#/gm, (_, head: string) => head + '\\{#');
  }
  if (result.includes(':::')) {
    result = result.replace(
      /^((?:> ?)*)( +|\t+)?(:{3,}[A-Za-z][\w-]*) +(\S.*)$/gm,
      (_, quote: string, indentation: string | undefined, directive: string, title: string) =>
        quote + (indentation ?? '') + directive + '[' + title + ']',
    );
  }
  return result;
}
