import path from 'node:path';
import type {Finding} from '@upgrade-paths/core';
import {compareText} from '@upgrade-paths/core';
import {count, groupByFile} from './counts.js';

/**
 * ESLint's JSON formatter shape: one entry per file linted (files without
 * findings too), `filePath` absolute, `severity` 2 for errors and 1 for
 * warnings.
 *
 * @param findings
 *   Findings sorted by file, line, column.
 * @param files
 *   The `file` of every document linted.
 * @param base
 *   Folder the `file` of findings is relative to (for absolute paths).
 * @param fixable
 *   Ids of the rules `--fix` repairs.
 */
export function formatJson(
  findings: readonly Finding[],
  files: readonly string[],
  base: string,
  fixable: ReadonlySet<string>,
): string {
  const byFile = groupByFile(findings);
  const paths = [...new Set([...files, ...byFile.keys()])].sort(compareText);
  const results = paths.map(function (file) {
    const list = byFile.get(file) ?? [];
    const {errors, warnings} = count(list);
    return {
      filePath: path.resolve(base, file),
      messages: list.map((item) => ({
        ruleId: item.ruleId,
        severity: item.severity === 'error' ? 2 : 1,
        message: item.message,
        line: item.position.start.line,
        column: item.position.start.column,
        endLine: item.position.end.line,
        endColumn: item.position.end.column,
      })),
      suppressedMessages: [],
      errorCount: errors,
      fatalErrorCount: 0,
      warningCount: warnings,
      fixableErrorCount: list.filter((item) => item.severity === 'error' && fixable.has(item.ruleId)).length,
      fixableWarningCount: list.filter((item) => item.severity === 'warn' && fixable.has(item.ruleId)).length,
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(results) + '\n';
}
