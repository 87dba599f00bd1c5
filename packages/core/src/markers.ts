import type {} from './mdast-extensions.js';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {Position} from './model.js';

/**
 * A comment in a Markdown/MDX document: `<!-- … -->` or an MDX expression
 * holding only a comment (`{/* … *\/}`).
 */
export interface DocumentComment {
  /** Comment text without delimiters, trimmed. */
  readonly text: string;
  /** 0-based offsets of the whole comment, `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

/** A `<!-- upgrade-paths:ID:start -->` or `…:end -->` marker. */
export interface GroupMarker {
  readonly id: string;
  readonly edge: 'start' | 'end';
  readonly start: number;
  readonly end: number;
}

/**
 * Comments of a document, found in its source text.
 *
 * Docusaurus drops `<!-- -->` comments while parsing (its `mdx1Compat`
 * comment layer, `@slorber/remark-comment` without `ast`), so comments cannot
 * be read from the tree there. This reads them from the source instead and
 * uses the tree only to leave out what sits in code, inline code or front
 * matter, which is why it gives the same comments for every parse.
 *
 * @param tree
 *   mdast of `source`, with positions (offsets).
 * @param source
 *   The text `tree` was parsed from.
 * @returns
 *   Comments in document order.
 */
export function commentsFromMdast(tree: Root, source: string): DocumentComment[] {
  const comments: DocumentComment[] = [];
  const excluded: Array<[number, number]> = [];
  visit(tree, function (node) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') {
      excluded.push([start, end]);
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      excluded.push([start, end]);
      const text = expressionComment(node.value);
      if (text !== undefined) comments.push({text, start, end});
    }
  });
  if (source.includes('<!--')) {
    const expression = /<!--([\s\S]*?)-->/g;
    let match: RegExpExecArray | null;
    while ((match = expression.exec(source))) {
      const start = match.index;
      if (excluded.some(([from, to]) => start >= from && start < to)) continue;
      comments.push({text: (match[1] ?? '').trim(), start, end: start + match[0].length});
    }
  }
  return comments.sort((left, right) => left.start - right.start);
}

/**
 * Text of an MDX expression that is only a comment, else `undefined`.
 */
function expressionComment(value: string): string | undefined {
  const block = /^\s*\/\*([\s\S]*?)\*\/\s*$/.exec(value);
  if (block) return (block[1] ?? '').trim();
  const line = /^\s*\/\/(.*)$/.exec(value.trim());
  return line ? (line[1] ?? '').trim() : undefined;
}

const markerExpression = /^upgrade-paths:([^\s:]+):(start|end)$/;

/**
 * Group markers among comments: `upgrade-paths:ID:start` and
 * `upgrade-paths:ID:end`, the convention docs generators use to delimit a
 * generated table.
 */
export function groupMarkers(comments: readonly DocumentComment[]): GroupMarker[] {
  const markers: GroupMarker[] = [];
  for (const comment of comments) {
    const match = markerExpression.exec(comment.text);
    if (match) {
      markers.push({
        id: match[1] ?? '',
        edge: match[2] === 'start' ? 'start' : 'end',
        start: comment.start,
        end: comment.end,
      });
    }
  }
  return markers;
}

/**
 * The innermost marker pair around a range, as its id, else `undefined`.
 *
 * @param markers
 *   Markers in document order.
 * @param position
 *   Range with offsets.
 */
export function markerAround(
  markers: readonly GroupMarker[],
  position: Position,
): string | undefined {
  const from = position.start.offset;
  const to = position.end.offset;
  if (from === undefined || to === undefined) return undefined;
  let found: string | undefined;
  for (const marker of markers) {
    if (marker.edge !== 'start' || marker.end > from) continue;
    const sameId = markers.filter((other) => other.edge === 'end' && other.id === marker.id);
    const closedBefore = sameId.some((other) => other.start >= marker.end && other.end <= from);
    const closesAfter = sameId.some((other) => other.start >= to);
    if (!closedBefore && closesAfter) found = marker.id;
  }
  return found;
}
