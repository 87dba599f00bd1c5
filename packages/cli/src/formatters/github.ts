import type {Finding} from '@upgrade-paths/core';

/**
 * GitHub Actions workflow commands, shown as annotations:
 * `::error file=…,line=…,col=…::message (rule-id)`, `::warning` for
 * warnings.
 *
 * @param findings
 *   Findings sorted by file, line, column.
 */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map(
      (item) =>
        '::' + (item.severity === 'error' ? 'error' : 'warning') + ' file=' + escapeProperty(item.file) + ',line=' +
        item.position.start.line + ',col=' + item.position.start.column + '::' + escapeData(item.message + ' (' + item.ruleId + ')') + '\n',
    )
    .join('');
}

/** Escaping of workflow command data (`@actions/core` `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of workflow command properties (`@actions/core` `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
