import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {isRecord} from './record.js';

/**
 * Page title as Docusaurus shows it: front matter `title`, else the first
 * `# heading` (also inside the `<header>` Docusaurus's `contentTitle`
 * plugin wraps it in), else `fallback`.
 *
 * @param tree
 *   mdast of the page.
 * @param frontMatter
 *   The page's front matter (any shape).
 * @param fallback
 *   Title when the page has none (the doc id).
 */
export function pageTitle(tree: Root, frontMatter: unknown, fallback: string): string {
  if (isRecord(frontMatter)) {
    const title = frontMatter['title'];
    if (typeof title === 'string' && title.trim() !== '') return title.trim();
  }
  const candidates = tree.children.flatMap((node) =>
    node.type === 'mdxJsxFlowElement' && node.name === 'header' ? node.children : [node],
  );
  const heading = candidates.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return heading ? headingText(heading) : fallback;
}

/**
 * Text of a heading without a trailing custom id (`{#id}`, or `\{#id}` as
 * Docusaurus escapes it before parsing).
 */
export function headingText(heading: Heading): string {
  return toString(heading)
    .replace(/\s*\\?\{#[^}]*\}\s*$/, '')
    .trim();
}
