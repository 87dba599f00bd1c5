import {logger} from '@docusaurus/logger';
import type {Finding} from '@upgrade-paths/core';
import type {ReportingSeverity} from './options.js';

/**
 * Print all findings once, errors and warnings each as one report, and
 * apply `onLintError` / `onLintWarning` (Docusaurus's `logger.report`).
 *
 * @param findings
 *   Findings, sorted.
 * @param severities
 *   What errors and warnings do.
 * @param canThrow
 *   Whether `throw` may throw (a production build); otherwise it prints an
 *   error, so the dev server never stops.
 * @returns
 *   The number of error findings.
 * @throws {Error}
 *   When `canThrow` and there are errors with `onLintError: 'throw'` (or
 *   warnings with `onLintWarning: 'throw'`); the message lists every one.
 */
export function reportFindings(
  findings: readonly Finding[],
  severities: {readonly onLintError: ReportingSeverity; readonly onLintWarning: ReportingSeverity},
  canThrow: boolean,
): number {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warn');
  apply(warnings, severities.onLintWarning, 'warning');
  apply(errors, severities.onLintError, 'error');
  return errors.length;

  function apply(list: readonly Finding[], severity: ReportingSeverity, label: string): void {
    if (list.length === 0 || severity === 'ignore') return;
    const text =
      'Upgrade path tables: ' + list.length + ' ' + label + (list.length === 1 ? '' : 's') + '\n' + list.map(format).join('\n');
    if (severity === 'throw' && !canThrow) logger.error(text);
    else logger.report(severity)(text);
  }
}

/** `  file:line:column  severity  message  rule-id`, as Docusaurus prints places. */
function format(finding: Finding): string {
  const {line, column} = finding.position.start;
  return '  ' + finding.file + ':' + line + ':' + column + '  ' + finding.severity + '  ' + finding.message + '  ' + finding.ruleId;
}
