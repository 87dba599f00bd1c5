import type {} from './mdast-extensions.js';
import type {DisableComment, Position} from '@upgrade-paths/core';
import {parseDisableDirective} from '@upgrade-paths/core';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {location} from 'vfile-location';
import {diskPoint, type LineMap} from './lines.js';

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
  // An HTML comment needs `<!--` in the text parsed: without it or an
  // expression, no walk.
  if (!mayHoldExpression(source) && !source.includes('<!--')) return [];
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
 * Whether the text parsed can have given MDX expression nodes
 * (`mdxFlowExpression`, `mdxTextExpression`): not without a `{`.
 */
export function mayHoldExpression(source: string): boolean {
  return source.includes('{');
}

/** Text of an MDX expression that is only a comment, else `undefined`. */
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
      markers.push({id: match[1] ?? '', edge: match[2] === 'start' ? 'start' : 'end', start: comment.start, end: comment.end});
    }
  }
  return markers;
}

/**
 * The innermost marker pair around a range, as its id, else `undefined`:
 * of the `start` markers ending before the range, the last one (in
 * document order) that no `end` marker of its id closes before the range
 * and that an `end` marker of its id starting after the range closes.
 *
 * Cost: the first call for a `markers` array indexes it (linear time); each
 * call then takes logarithmic time plus the markers open around the range,
 * so a document's tables are placed in about linear time however many
 * pairs it has.
 *
 * @param markers
 *   Markers in document order (as {@link groupMarkers} gives them; treated
 *   as read-only).
 * @param position
 *   Range with offsets.
 */
export function markerAround(markers: readonly GroupMarker[], position: Position): string | undefined {
  const from = position.start.offset;
  const to = position.end.offset;
  if (from === undefined || to === undefined) return undefined;
  let index = markerIndexes.get(markers);
  if (!index) {
    index = indexMarkers(markers);
    markerIndexes.set(markers, index);
  }
  const {starts, closedAt, lastEnd, link} = index;
  // The last start marker ending at or before `from`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as GroupMarker).end <= from) low = middle + 1;
    else high = middle;
  }
  for (let at = low - 1; at >= 0; at = link[at] as number) {
    if ((closedAt[at] as number) > from && (lastEnd[at] as number) >= to) return (starts[at] as GroupMarker).id;
  }
  return undefined;
}

/** What {@link markerAround} looks markers up in, per `markers` array. */
interface MarkerIndex {
  /** The `start` markers, in document order. */
  readonly starts: readonly GroupMarker[];
  /** Per start: `end` offset of the first `end` marker of its id after it (`Infinity`: none). */
  readonly closedAt: readonly number[];
  /** Per start: `start` offset of the last `end` marker of its id (`-Infinity`: none). */
  readonly lastEnd: readonly number[];
  /**
   * Per start: the nearest earlier start still open where this one ends
   * (`-1`: none). Starts in between closed before it, so before any range
   * after it: the lookup skips them.
   */
  readonly link: readonly number[];
}

const markerIndexes = new WeakMap<readonly GroupMarker[], MarkerIndex>();

function indexMarkers(markers: readonly GroupMarker[]): MarkerIndex {
  const starts: GroupMarker[] = [];
  const closedAt: number[] = [];
  const lastEnd: number[] = [];
  const lastEndOf = new Map<string, number>();
  const nextEndOf = new Map<string, number>();
  for (const marker of markers) if (marker.edge === 'end') lastEndOf.set(marker.id, Math.max(lastEndOf.get(marker.id) ?? -Infinity, marker.start));
  // Walking back, the nearest `end` of each id seen so far is the first after the marker.
  const reversed: {marker: GroupMarker; closed: number}[] = [];
  for (let at = markers.length - 1; at >= 0; at--) {
    const marker = markers[at] as GroupMarker;
    if (marker.edge === 'end') nextEndOf.set(marker.id, at);
    else {
      const next = nextEndOf.get(marker.id);
      reversed.push({marker, closed: next === undefined ? Infinity : (markers[next] as GroupMarker).end});
    }
  }
  for (let at = reversed.length - 1; at >= 0; at--) {
    const {marker, closed} = reversed[at] as {marker: GroupMarker; closed: number};
    starts.push(marker);
    closedAt.push(closed);
    lastEnd.push(lastEndOf.get(marker.id) ?? -Infinity);
  }
  const link: number[] = [];
  const open: number[] = [];
  for (let at = 0; at < starts.length; at++) {
    const end = (starts[at] as GroupMarker).end;
    while (open.length > 0 && (closedAt[open[open.length - 1] as number] as number) <= end) open.pop();
    link.push(open.length > 0 ? (open[open.length - 1] as number) : -1);
    open.push(at);
  }
  return {starts, closedAt, lastEnd, link};
}

/**
 * Disable comments of a document and what they stand before.
 */
export interface DisableComments {
  /**
   * The disable comments right before a node: walking back from its start,
   * over comments separated from it and from each other only by white
   * space (and `>` of a block quote), keeping those that are disable
   * directives (other comments, such as group markers, may stand among
   * them). Each comment found is marked as attached.
   *
   * @param position
   *   Position of the table or usage, with offsets.
   * @returns
   *   Disable comments in document order; empty when there are none.
   */
  readonly before: (position: Position) => DisableComment[];
  /** Disable comments not attached by any call of `before` so far, in document order. */
  readonly stray: () => DisableComment[];
}

/**
 * Read the disable directives among a document's comments.
 *
 * @param comments
 *   Comments of the document in document order ({@link commentsFromMdast}).
 * @param source
 *   The text the comments were found in.
 * @param lineMap
 *   Where the text's lines are in the file (see `LineMap`).
 */
export function disableComments(comments: readonly DocumentComment[], source: string, lineMap?: LineMap): DisableComments {
  const place = location(source);
  const attached = new Set<DocumentComment>();
  const directive = (comment: DocumentComment): DisableComment | undefined => {
    const rules = parseDisableDirective(comment.text);
    if (rules === undefined) return undefined;
    return {rules, position: {start: pointAt(comment.start), end: pointAt(comment.end)}};
  };
  return {
    before(position) {
      let cursor = position.start.offset;
      if (cursor === undefined) return [];
      const found: DisableComment[] = [];
      for (let index = comments.length - 1; index >= 0; index--) {
        const comment = comments[index];
        if (!comment || comment.end > cursor) continue;
        if (!/^[\s>]*$/.test(source.slice(comment.end, cursor))) break;
        const read = directive(comment);
        if (read) {
          found.unshift(read);
          attached.add(comment);
        }
        cursor = comment.start;
      }
      return found;
    },
    stray() {
      const found: DisableComment[] = [];
      for (const comment of comments) {
        const read = attached.has(comment) ? undefined : directive(comment);
        if (read) found.push(read);
      }
      return found;
    },
  };

  function pointAt(offset: number) {
    const point = place.toPoint(offset);
    return diskPoint({line: point?.line ?? 1, column: point?.column ?? 1, offset}, lineMap);
  }
}
