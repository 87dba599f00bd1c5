import type {Finding} from '@upgrade-paths/core';
import {formatGithub} from './github.js';
import {formatJson} from './json.js';
import {formatStylish} from './stylish.js';

/** Output formats of `upgrade-paths lint`. */
export const lintFormats = ['stylish', 'json', 'github'] as const;

/** One of {@link lintFormats}. */
export type LintFormat = (typeof lintFormats)[number];

export {count as countSeverities} from './counts.js';

/**
 * Format findings.
 *
 * @param findings
 *   Findings sorted by file, line, column (as lint gives them).
 * @param options
 *   The format, the `file` of every document linted (the JSON format lists
 *   files without findings too), the folder `file`s are relative to, and the
 *   ids of the rules `--fix` repairs.
 * @returns
 *   Text to print; empty for `stylish` and `github` without findings.
 */
export function formatFindings(
  findings: readonly Finding[],
  options: {
    readonly format: LintFormat;
    readonly files: readonly string[];
    readonly base: string;
    readonly fixable: ReadonlySet<string>;
  },
): string {
  if (options.format === 'json') return formatJson(findings, options.files, options.base, options.fixable);
  if (options.format === 'github') return formatGithub(findings);
  return formatStylish(findings, options.fixable);
}
