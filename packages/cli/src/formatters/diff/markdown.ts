import type {DiffPlace} from '@upgrade-paths/core';
import {plural} from '../counts.js';
import {describeChange, failKindsFound, type DiffReport} from './report.js';

/**
 * A pull-request comment (GitHub-flavoured Markdown): a heading naming the
 * revisions, one table per dataset (`change | what | where`), the source
 * line of each change linked (`--link-base`), and a table of the new lint
 * findings. A change of the base (a removed row or version) names its base
 * place and links the head table that showed it (the line its `github`
 * annotation is at), or nothing when the head has none.
 *
 * @returns
 *   Markdown ending in a newline.
 */
export function formatDiffMarkdown(report: DiffReport): string {
  const {diff} = report;
  const from = sideText(report.base.revision, report.base.commit);
  const to = report.head.revision === null ? 'the work tree' : sideText(report.head.revision, report.head.commit);
  let output = '### Upgrade paths: ' + from + ' → ' + to + '\n\n';
  if (diff.datasets.length === 0 && diff.findings.length === 0) return output + 'No change to the upgrade paths.\n';
  const changes = diff.datasets.reduce((sum, dataset) => sum + dataset.changes.length, 0);
  const failing = failKindsFound(diff);
  const fails = [...report.failOn].filter((kind) => failing.has(kind));
  output +=
    changes + ' ' + plural(changes, 'change') + ' in ' + diff.datasets.length + ' ' + plural(diff.datasets.length, 'dataset') + ', ' +
    diff.findings.length + ' new lint ' + plural(diff.findings.length, 'finding') +
    (fails.length > 0 ? '; :x: fails on ' + fails.map((kind) => '`' + kind + '`').join(', ') : '') + '.\n';
  for (const dataset of diff.datasets) {
    output += '\n#### `' + dataset.id + '` ' + cell(dataset.title) + (dataset.status === 'changed' ? '' : ' (' + dataset.status + ')') + '\n\n';
    output += '| change | what | where |\n| --- | --- | --- |\n';
    for (const change of dataset.changes) {
      const where =
        change.place.revision === 'head'
          ? linked(change.place, report)
          : cell(change.place.file + ':' + change.place.line) + ' in the base' +
            (change.annotation ? ', table now at ' + linked(change.annotation, report) : '');
      output += '| `' + change.kind + '` | ' + cell(describeChange(change)) + ' | ' + where + ' |\n';
    }
  }
  if (diff.findings.length > 0) {
    output += '\n#### New lint findings\n\n| rule | severity | message | where |\n| --- | --- | --- | --- |\n';
    for (const finding of diff.findings) {
      const place: DiffPlace = {revision: 'head', file: finding.file, line: finding.position.start.line, column: finding.position.start.column};
      output +=
        '| `' + finding.ruleId + '` | ' + (finding.severity === 'error' ? 'error' : 'warning') + ' | ' + cell(finding.message) + ' | ' +
        linked(place, report) + ' |\n';
    }
  }
  return output;
}

function sideText(revision: string | null, commit: string | null): string {
  return '`' + (revision ?? 'work tree') + '`' + (commit && commit !== revision ? ' (' + commit.slice(0, 12) + ')' : '');
}

/** `[file:line](url)`, or the text alone without a link base. */
function linked(place: DiffPlace, report: DiffReport): string {
  const text = cell(place.file + ':' + place.line);
  const url = report.link(place);
  return url === undefined ? text : '[' + text + '](' + url + ')';
}

/** Text safe in a table cell: pipes escaped (GFM reads `\|` as a pipe, in code spans too), line breaks as spaces. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
