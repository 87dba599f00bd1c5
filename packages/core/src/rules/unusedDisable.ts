import {disableKeyword} from '../disable.js';
import type {DocumentFacts} from '../facts.js';
import type {DisableComment} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `unused-disable`: an `upgrade-paths-disable` comment that silences
 * nothing. Two checks:
 *
 * - {@link check}: comments that stand right before no upgrade table and no
 *   partial usage;
 * - {@link unusedDisables}, run when findings are settled: a listed rule
 *   with no finding in the table or usage below (including a rule that is
 *   `off`), an unknown rule id, or a comment listing no rule that silences
 *   nothing.
 */
export const meta = ruleMeta({
  id: 'unused-disable',
  defaultSeverity: 'warn',
  scope: 'document',
  reading: true,
  summary: 'An `upgrade-paths-disable` comment that silences nothing.',
});

/** Report the document's disable comments that stand before no table and no usage. */
export function check(document: DocumentFacts): RuleReport[] {
  return document.strayDisables.map((comment) => ({
    message:
      'Unexpected `' +
      disableKeyword +
      '` comment that is not right before an upgrade table, expected it right before the table it silences (only white space and comments between); move or remove it',
    file: document.file,
    position: comment.position,
  }));
}

/**
 * Reports for one disable comment after findings were settled.
 *
 * @param comment
 *   The comment.
 * @param file
 *   File the comment is in.
 * @param used
 *   Rule ids of the findings it silenced.
 * @param known
 *   Whether a rule id is in the registry; `suggest` names the closest one.
 */
export function unusedDisables(
  comment: DisableComment,
  file: string,
  used: ReadonlySet<string>,
  known: {readonly has: (id: string) => boolean; readonly suggest: (id: string) => string},
): RuleReport[] {
  const make = (message: string): RuleReport => ({message, file, position: comment.position});
  if (comment.rules.length === 0) {
    return used.size > 0
      ? []
      : [
          make(
            'Unexpected `' +
              disableKeyword +
              '` comment that silences nothing, expected a finding in the table below it; remove the comment',
          ),
        ];
  }
  const reports: RuleReport[] = [];
  for (const id of new Set(comment.rules)) {
    if (used.has(id)) continue;
    reports.push(
      make(
        known.has(id)
          ? 'Unexpected `' +
              disableKeyword +
              ' ' +
              id +
              '` that silences nothing, expected a `' +
              id +
              '` finding in the table below it; remove `' +
              id +
              '` from the comment'
          : 'Unexpected unknown rule `' +
              id +
              '` in `' +
              disableKeyword +
              '` comment, expected a rule id such as `' +
              known.suggest(id) +
              '`; fix or remove it',
      ),
    );
  }
  return reports;
}
