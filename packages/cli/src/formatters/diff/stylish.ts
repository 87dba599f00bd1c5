import {plural} from '../counts.js';
import {formatStylish} from '../stylish.js';
import {describeChange, failKindsFound, placeText, type DiffReport} from './report.js';

/**
 * The terminal format of `upgrade-paths diff`: per dataset a header
 * (`id  title`, `(added)`/`(removed)` for a dataset only in one revision),
 * then one line per change: `place  kind  sentence`; then the new lint
 * findings in `lint`'s stylish format, and a summary line. A change of
 * the base (a removed row or version) shows its base place and, after `→`,
 * the head line it is annotated at.
 *
 * @returns
 *   Text ending in a newline; one line saying nothing changed when the diff
 *   is empty.
 */
export function formatDiffStylish(report: DiffReport): string {
  const {diff} = report;
  if (diff.datasets.length === 0 && diff.findings.length === 0) return 'No change to the upgrade paths.\n';
  let output = '';
  for (const dataset of diff.datasets) {
    output += '\n' + dataset.id + '  ' + dataset.title + (dataset.status === 'changed' ? '' : '  (' + dataset.status + ')') + '\n';
    const places = dataset.changes.map(function (change) {
      if (change.place.revision === 'head') return placeText(change.place);
      return placeText(change.place) + (change.annotation ? ' → ' + change.annotation.file + ':' + change.annotation.line : '');
    });
    const placeWidth = Math.max(...places.map((place) => place.length));
    const kindWidth = Math.max(...dataset.changes.map((change) => change.kind.length));
    dataset.changes.forEach(function (change, index) {
      output += '  ' + (places[index] ?? '').padEnd(placeWidth) + '  ' + change.kind.padEnd(kindWidth) + '  ' + describeChange(change) + '\n';
    });
  }
  if (diff.findings.length > 0) output += '\nNew lint findings:\n' + formatStylish(diff.findings, report.fixable).replace(/^\n/, '');
  else output += '\n';
  const changes = diff.datasets.reduce((sum, dataset) => sum + dataset.changes.length, 0);
  const failing = failKindsFound(diff);
  const fails = [...report.failOn].filter((kind) => failing.has(kind));
  output +=
    (fails.length > 0 ? '✖ ' : '') + changes + ' ' + plural(changes, 'change') + ' in ' + diff.datasets.length + ' ' +
    plural(diff.datasets.length, 'dataset') + ', ' + diff.findings.length + ' new ' + plural(diff.findings.length, 'finding') +
    (fails.length > 0 ? ' (failing on ' + fails.map((kind) => '`' + kind + '`').join(', ') + ')' : '') + '\n';
  return output;
}
