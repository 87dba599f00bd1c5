import type {DisableComment} from './model.js';

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
 *   Comment text without delimiters, trimmed.
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
