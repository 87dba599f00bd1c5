import type {DocumentComment} from '../markers.js';
import type {DisableComment, ExtractedTable, Finding, Point, Position} from '../model.js';

/** The word a disable comment starts with. */
export const disableKeyword = 'upgrade-paths-disable';

const directiveExpression = /^upgrade-paths-disable(?:\s+([\s\S]*))?$/;

/**
 * Read a comment's text as a disable directive.
 *
 * Format: `upgrade-paths-disable` followed by rule ids separated by white
 * space and/or commas, optionally followed by ` -- ` and a reason (ignored),
 * such as `upgrade-paths-disable duplicate-row, sort-order -- generated`.
 *
 * @param text
 *   Comment text without delimiters, trimmed (`DocumentComment.text`).
 * @returns
 *   The rule ids listed (empty: every rule), or `undefined` when the comment
 *   is no disable directive.
 */
export function parseDisableDirective(text: string): string[] | undefined {
  const match = directiveExpression.exec(text);
  if (!match) return undefined;
  const list = (match[1] ?? '').split(/(?:^|\s)--(?:\s|$)/)[0] ?? '';
  return list.split(/[\s,]+/).filter((item) => item !== '');
}

/**
 * The disable comments right before a table: walking back from the table,
 * over comments separated from it and from each other only by white space
 * (and `>` of a block quote), keeping those that are disable directives.
 * Other comments (such as group markers `upgrade-paths:ID:start`) may stand
 * among them.
 *
 * @param comments
 *   Comments of the document in document order (`commentsFromMdast`).
 * @param source
 *   The text the comments were found in.
 * @param table
 *   Position of the table, with offsets.
 * @returns
 *   Disable comments in document order; empty when there are none or the
 *   table has no offsets.
 */
export function disableCommentsBefore(
  comments: readonly DocumentComment[],
  source: string,
  table: Position,
): DisableComment[] {
  let cursor = table.start.offset;
  if (cursor === undefined) return [];
  const found: DisableComment[] = [];
  for (let index = comments.length - 1; index >= 0 && cursor !== undefined; index--) {
    const comment = comments[index];
    if (!comment || comment.end > cursor) continue;
    if (!/^[\s>]*$/.test(source.slice(comment.end, cursor))) break;
    const rules = parseDisableDirective(comment.text);
    if (rules) {
      found.unshift({
        rules,
        position: {start: pointAt(source, comment.start), end: pointAt(source, comment.end)},
      });
    }
    cursor = comment.start;
  }
  return found;
}

/**
 * Whether a disable comment covers a rule.
 *
 * @param comment
 *   Disable comment.
 * @param ruleId
 *   Rule id.
 */
export function disables(comment: DisableComment, ruleId: string): boolean {
  return comment.rules.length === 0 || comment.rules.includes(ruleId);
}

/**
 * Findings (rule `unused-disable`, severity `warn`) for the disable comments
 * of a document that stand right before no upgrade table, so silence
 * nothing.
 *
 * @param comments
 *   Comments of the document (`commentsFromMdast`).
 * @param source
 *   The text the comments were found in.
 * @param tables
 *   The document's tables, with their `disables`.
 * @param file
 *   Path for the findings.
 * @returns
 *   Findings in document order.
 */
export function strayDisableFindings(
  comments: readonly DocumentComment[],
  source: string,
  tables: readonly ExtractedTable[],
  file: string,
): Finding[] {
  const attached = new Set<number | undefined>();
  for (const table of tables) {
    for (const comment of table.disables ?? []) attached.add(comment.position.start.offset);
  }
  const findings: Finding[] = [];
  for (const comment of comments) {
    if (attached.has(comment.start) || parseDisableDirective(comment.text) === undefined) continue;
    findings.push({
      ruleId: 'unused-disable',
      severity: 'warn',
      message:
        'Unexpected `' +
        disableKeyword +
        '` comment that is not right before an upgrade table, expected it right before the table it silences (only white space and comments between); move or remove it',
      file,
      position: {start: pointAt(source, comment.start), end: pointAt(source, comment.end)},
    });
  }
  return findings;
}

/** 1-based line and column of a 0-based offset in `source`. */
function pointAt(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  let index = source.indexOf('\n');
  while (index !== -1 && index < offset) {
    line++;
    lineStart = index + 1;
    index = source.indexOf('\n', lineStart);
  }
  return {line, column: offset - lineStart + 1, offset};
}
