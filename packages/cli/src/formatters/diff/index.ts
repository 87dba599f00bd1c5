import {formatDiffGithub} from './github.js';
import {formatDiffJson} from './json.js';
import {formatDiffMarkdown} from './markdown.js';
import type {DiffReport} from './report.js';
import {formatDiffStylish} from './stylish.js';

/** Output formats of `upgrade-paths diff`. */
export const diffFormats = ['stylish', 'markdown', 'json', 'github'] as const;

/** One of {@link diffFormats}. */
export type DiffFormat = (typeof diffFormats)[number];

export {failKinds, failKindsFound, type DiffReport, type DiffSide, type FailKind} from './report.js';

/**
 * Format a diff.
 *
 * @param report
 *   The diff, its revisions, links and `--fail-on` kinds.
 * @param format
 *   One of {@link diffFormats}.
 * @returns
 *   Text to print.
 */
export function formatDiff(report: DiffReport, format: DiffFormat): string {
  if (format === 'markdown') return formatDiffMarkdown(report);
  if (format === 'json') return formatDiffJson(report);
  if (format === 'github') return formatDiffGithub(report);
  return formatDiffStylish(report);
}
