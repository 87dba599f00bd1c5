import type {} from './mdast-extensions.js';
import type {Heading, Nodes, Paragraph, Parents, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {isJsxElement} from './jsx.js';
import {headingText} from './title.js';

/** A group label naming a series: `4.7.x`, `4.8`, `v4`, `4.3.x and Prior`. */
const seriesExpression = /^v?\d+(?:\.\d+)?(?:\.[xX*])?(?:\s+(?:and|&)\s+(?:prior|earlier|older|below))?$/i;

/**
 * The group label of a table: the closest preceding sibling that is a
 * bold-only paragraph or a heading naming a series, passing over other
 * paragraphs, admonitions and comments. Any other node, or a heading that
 * names no series, ends the search.
 *
 * @param table
 *   The table.
 * @param ancestors
 *   Its ancestors, root first.
 * @returns
 *   The label as written (`4.7.x`, `4.3.x and Prior`), else `null`.
 */
export function groupOf(table: Table, ancestors: readonly Parents[]): string | null {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) return null;
  const siblings = parent.children as readonly Nodes[];
  for (let index = siblings.indexOf(table) - 1; index >= 0; index--) {
    const node = siblings[index];
    if (!node) break;
    if (node.type === 'heading') {
      const text = headingText(node as Heading);
      return seriesExpression.test(text) ? text : null;
    }
    if (node.type === 'paragraph') {
      if (isBoldOnly(node)) {
        const text = toString(node).trim();
        if (seriesExpression.test(text)) return text;
      }
      continue;
    }
    if (isPassable(node)) continue;
    break;
  }
  return null;
}

/**
 * Index of the bold-only paragraph before `index` among `siblings` whose
 * text is `group` (the label {@link groupOf} found), passing over what it
 * passes over; `-1` when there is none. A component rendering the table
 * shows the label as its caption, so the paragraph can go.
 */
export function groupLabelIndex(siblings: readonly Nodes[], index: number, group: string): number {
  for (let at = index - 1; at >= 0; at--) {
    const node = siblings[at];
    if (!node || node.type === 'heading' || node.type === 'table') return -1;
    if (node.type === 'paragraph' && isBoldOnly(node) && toString(node).trim() === group) return at;
  }
  return -1;
}

function isBoldOnly(node: Paragraph): boolean {
  let strong = false;
  for (const child of node.children) {
    if (child.type === 'strong') strong = true;
    else if (!(child.type === 'text' && child.value.trim() === '')) return false;
  }
  return strong;
}

/** Nodes that may stand between a group label and its table. */
function isPassable(node: Nodes): boolean {
  if (node.type === 'containerDirective') return true;
  if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
  if (node.type === 'mdxFlowExpression') return /^\s*\/[*/]/.test(node.value);
  if (isJsxElement(node)) return node.name === 'Admonition';
  return (node as {type: string}).type === 'comment';
}
