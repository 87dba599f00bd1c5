import {compareFindings} from '../lint.js';
import type {Finding} from '../model.js';

/**
 * The findings of the head that the base did not have: what a change
 * brings in.
 *
 * Findings are matched without their lines and columns, so a finding that
 * moved with its row (rows sorted, a paragraph added above the table) is no
 * new finding: two findings match when their rule id, file and message are
 * the same once every `file:line` and `file:line:column` in the message is
 * read as its file alone (messages name other rows that way). Of several
 * equal findings, as many as the base had are matched.
 *
 * @param base
 *   Findings of the base revision.
 * @param head
 *   Findings of the head revision.
 * @returns
 *   Head findings without a match, sorted (`compareFindings`).
 */
export function newFindings(base: readonly Finding[], head: readonly Finding[]): Finding[] {
  const known = new Map<string, number>();
  for (const finding of base) known.set(findingKey(finding), (known.get(findingKey(finding)) ?? 0) + 1);
  const found: Finding[] = [];
  for (const finding of [...head].sort(compareFindings)) {
    const key = findingKey(finding);
    const count = known.get(key) ?? 0;
    if (count > 0) known.set(key, count - 1);
    else found.push(finding);
  }
  return found;
}

/** Rule, file and message with the places in it read as files. */
function findingKey(finding: Finding): string {
  const message = finding.message.replace(/([^\s`'"()]+?):\d+(?::\d+)?(?=[`'"\s,;)]|$)/g, '$1');
  return finding.ruleId + '\0' + finding.file + '\0' + message;
}
