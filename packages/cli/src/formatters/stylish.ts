import type {Finding} from '@upgrade-paths/core';
import {count, groupByFile, plural} from './counts.js';

/**
 * ESLint's `stylish` format: a file header, then
 * `line:column  severity  message  rule-id`, a summary line, and the
 * fixable counts; nothing when there are no findings.
 *
 * @param findings
 *   Findings sorted by file, line, column.
 * @param fixable
 *   Ids of the rules `--fix` repairs.
 */
export function formatStylish(findings: readonly Finding[], fixable: ReadonlySet<string>): string {
  if (findings.length === 0) return '';
  let output = '\n';
  for (const [file, list] of groupByFile(findings)) {
    const places = list.map((item) => item.position.start.line + ':' + item.position.start.column);
    const placeWidth = Math.max(...places.map((place) => place.length));
    const messageWidth = Math.max(...list.map((item) => item.message.length));
    output += file + '\n';
    list.forEach(function (item, index) {
      const severity = item.severity === 'error' ? 'error  ' : 'warning';
      output +=
        '  ' + (places[index] ?? '').padEnd(placeWidth) + '  ' + severity + '  ' + item.message.padEnd(messageWidth) + '  ' + item.ruleId + '\n';
    });
    output += '\n';
  }
  const {errors, warnings} = count(findings);
  const problems = errors + warnings;
  output +=
    '✖ ' + problems + ' ' + plural(problems, 'problem') + ' (' + errors + ' ' + plural(errors, 'error') + ', ' + warnings + ' ' +
    plural(warnings, 'warning') + ')\n';
  const fixableErrors = findings.filter((item) => item.severity === 'error' && fixable.has(item.ruleId)).length;
  const fixableWarnings = findings.filter((item) => item.severity === 'warn' && fixable.has(item.ruleId)).length;
  if (fixableErrors + fixableWarnings > 0) {
    output +=
      '  ' + fixableErrors + ' ' + plural(fixableErrors, 'error') + ' and ' + fixableWarnings + ' ' + plural(fixableWarnings, 'warning') +
      ' potentially fixable with the `--fix` option.\n';
  }
  return output + '\n';
}
