import type {DiffChange} from '@upgrade-paths/core';
import {escapeData, escapeProperty, formatGithub} from '../github.js';
import {describeChange, failKindOf, placeText, type DiffReport} from './report.js';

/** Changes a reviewer should look at twice: warnings, unless `--fail-on` makes them errors; the others are notices. */
const warned: ReadonlySet<DiffChange['kind']> = new Set([
  'removed-path',
  'stranded-version',
  'unreached-source',
  'removed-row',
  'changed-row',
  'removed-version',
]);

/**
 * GitHub Actions workflow commands, shown as annotations on the changed
 * lines: `::warning file=…,line=…,col=…,title=upgrade-paths diff:
 * <kind>::<dataset>: <sentence>` (`::error` for the kinds `--fail-on`
 * names, `::notice` for additions). Paths are made relative to the
 * repository's top, as GitHub wants them.
 *
 * Where a change is annotated is its `annotation`: a change of the head at
 * its own line; a removed row or version at the header line of the head
 * table that took its table's place (same file and dataset, the nearest
 * such table), its base line named in the message; and, when the head has
 * no table in that file any more, without a file (GitHub lists it in the
 * run's summary), rather than at a line that would say something else.
 * New lint findings follow, as `upgrade-paths lint --format github` prints
 * them.
 *
 * @returns
 *   Text; empty when nothing changed.
 */
export function formatDiffGithub(report: DiffReport): string {
  let output = '';
  for (const dataset of report.diff.datasets) {
    for (const change of dataset.changes) {
      const fail = failKindOf(change);
      const level = fail && report.failOn.has(fail) ? 'error' : warned.has(change.kind) ? 'warning' : 'notice';
      const at = change.annotation;
      const properties = [
        ...(at ? ['file=' + escapeProperty(report.prefix + at.file), 'line=' + at.line, 'col=' + at.column] : []),
        'title=' + escapeProperty('upgrade-paths diff: ' + change.kind),
      ];
      const where = change.place.revision === 'base' ? ' (' + placeText(change.place) + ')' : '';
      output += '::' + level + ' ' + properties.join(',') + '::' + escapeData(dataset.id + ': ' + describeChange(change) + where) + '\n';
    }
  }
  const findings = report.diff.findings.map((finding) => ({...finding, file: report.prefix + finding.file}));
  return output + formatGithub(findings);
}
