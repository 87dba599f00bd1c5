import {describe, expect, test} from 'vitest';
import {diffExports, newFindings} from '../../packages/core/src/diff/index.js';
import type {DiffChange} from '../../packages/core/src/diff/model.js';
import {upgradePathsExport} from '../../packages/core/src/export.js';
import type {Finding, UpgradePathsExport} from '../../packages/core/src/model.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

const frontMatter = '---\ntitle: Upgrade Palette\nupgrade_paths:\n  product: palette\n  install: kubernetes\n---\n\n';
const header = '| **Source Version** | **Target Version** | **Support**        |\n| ------------------ | ------------------ | ------------------ |\n';

/** A Palette-shaped page: one bold group label and table per group, rows `source target ✅|❌`. */
function page(groups: Record<string, string[]>): string {
  return (
    frontMatter +
    Object.entries(groups)
      .map(function ([group, rows]) {
        const body = rows.map(function (row) {
          const [source = '', target = '', support = ''] = row.split(' ');
          return '| ' + source.padEnd(18) + ' | ' + target.padEnd(18) + ' | ' + (support === '✅' ? ':white_check_mark:' : ':x:').padEnd(18) + ' |\n';
        });
        return '**' + group + '**\n\n' + header + body.join('');
      })
      .join('\n')
  );
}

function exportOf(...files: Array<[string, string]>): UpgradePathsExport {
  return upgradePathsExport(files.flatMap(([file, text]) => extractUpgradePaths(text, {file, docId: 'upgrade'}).tables));
}

/** `kind detail @ revision file:line`, one per change of the only dataset. */
function summary(changes: readonly DiffChange[]): string[] {
  return changes.map(function (change) {
    const detail =
      'row' in change
        ? change.row.source + '>' + change.row.target + ('was' in change ? ' was ' + String(change.was) : '')
        : 'targets' in change
          ? change.source + '>' + change.targets.join(',')
          : change.version + ('previous' in change ? ' was ' + String(change.previous) : '');
    const annotation = change.annotation ? change.annotation.file + ':' + change.annotation.line : 'none';
    return change.kind + ' ' + detail + ' @ ' + change.place.revision + ' ' + change.place.file + ':' + change.place.line + ' → ' + annotation;
  });
}

const base = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.15 ✅', '4.6.41 4.7.3 ✅'], '4.6.x': ['4.6.32 4.6.41 ✅', '4.6.28 4.6.41 ✅']});

describe('diffExports', function () {
  test('nothing changes when the same rows are only reordered and moved down', function () {
    const moved = page({'4.7.x': ['4.6.41 4.7.3 ✅', '4.7.3 4.7.15 ✅', '4.6.41 4.7.15 ✅'], '4.6.x': ['4.6.28 4.6.41 ✅', '4.6.32 4.6.41 ✅']});
    const head = moved.replace('**4.7.x**', 'Read the prerequisites first.\n\n**4.7.x**');
    expect(diffExports(exportOf(['docs/upgrade.md', base]), exportOf(['docs/upgrade.md', head]))).toEqual({datasets: [], findings: []});
  });

  test('finds every kind of change, each version change once, at the row that states it', function () {
    const head = page({
      '4.7.x': ['4.7.20 4.8.0 ✅', '4.7.15 4.7.20 ✅', '4.7.3 4.7.15 ❌', '4.6.41 4.7.15 ✅', '4.6.41 4.7.3 ✅'],
      '4.6.x': ['4.6.32 4.6.41 ✅', '4.6.10 4.6.20 ✅'],
    });
    const {datasets} = diffExports(exportOf(['docs/upgrade.md', base]), exportOf(['docs/upgrade.md', head]));
    expect(datasets.map((dataset) => [dataset.id, dataset.status])).toEqual([['palette/kubernetes', 'changed']]);
    expect(summary(datasets[0]?.changes ?? [])).toEqual([
      'newest-version 4.8.0 was 4.7.15 @ head docs/upgrade.md:12 → docs/upgrade.md:12',
      'added-version 4.7.20 @ head docs/upgrade.md:12 → docs/upgrade.md:12',
      'added-version 4.6.20 @ head docs/upgrade.md:23 → docs/upgrade.md:23',
      'added-version 4.6.10 @ head docs/upgrade.md:23 → docs/upgrade.md:23',
      // The removed version's row was in the base's 4.6.x table, at line 21;
      // the head's 4.6.x table has its header at line 20.
      'removed-version 4.6.28 @ base docs/upgrade.md:21 → docs/upgrade.md:20',
      'stranded-version 4.7.3 @ head docs/upgrade.md:14 → docs/upgrade.md:14',
      // 4.6.10 and 4.6.20 lead nowhere near 4.8.0. 4.6.32 was an unreached
      // source in the base already: no unreached-source.
      'stranded-version 4.6.10 @ head docs/upgrade.md:23 → docs/upgrade.md:23',
      'stranded-version 4.6.20 @ head docs/upgrade.md:23 → docs/upgrade.md:23',
      'removed-path 4.7.3>4.7.15 @ head docs/upgrade.md:14 → docs/upgrade.md:14',
      'added-row 4.7.20>4.8.0 @ head docs/upgrade.md:12 → docs/upgrade.md:12',
      'added-row 4.7.15>4.7.20 @ head docs/upgrade.md:13 → docs/upgrade.md:13',
      'added-row 4.6.10>4.6.20 @ head docs/upgrade.md:23 → docs/upgrade.md:23',
      'removed-row 4.6.28>4.6.41 @ base docs/upgrade.md:21 → docs/upgrade.md:20',
      'changed-row 4.7.3>4.7.15 was true @ head docs/upgrade.md:14 → docs/upgrade.md:14',
    ]);
  });

  test('a path gained between versions of both revisions is an added-path; a lost hop of a chain loses every path through it', function () {
    const before = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.3 ✅']});
    const after = page({'4.7.x': ['4.7.3 4.7.15 ❌', '4.6.41 4.7.3 ✅', '4.6.41 4.7.15 ✅']});
    const changes = diffExports(exportOf(['docs/upgrade.md', before]), exportOf(['docs/upgrade.md', after])).datasets[0]?.changes ?? [];
    expect(summary(changes.filter((change) => change.kind.endsWith('-path')))).toEqual([
      'removed-path 4.7.3>4.7.15 @ head docs/upgrade.md:12 → docs/upgrade.md:12',
    ]);
    const lost = page({'4.7.x': ['4.6.41 4.7.3 ✅']});
    const regained = diffExports(exportOf(['docs/upgrade.md', lost]), exportOf(['docs/upgrade.md', after])).datasets[0]?.changes ?? [];
    expect(summary(regained.filter((change) => change.kind.endsWith('-path')))).toEqual([]);
    const chain = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.3 ✅', '4.6.32 4.6.41 ✅']});
    const broken = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.3 ❌', '4.6.32 4.6.41 ✅', '4.6.41 4.7.15 ✅']});
    const paths = diffExports(exportOf(['docs/upgrade.md', chain]), exportOf(['docs/upgrade.md', broken])).datasets[0]?.changes ?? [];
    expect(summary(paths.filter((change) => change.kind.endsWith('-path')))).toEqual([
      'removed-path 4.6.41>4.7.3 @ head docs/upgrade.md:13 → docs/upgrade.md:13',
      'removed-path 4.6.32>4.7.3 @ head docs/upgrade.md:14 → docs/upgrade.md:14',
    ]);
    const restored = diffExports(exportOf(['docs/upgrade.md', broken]), exportOf(['docs/upgrade.md', chain])).datasets[0]?.changes ?? [];
    expect(summary(restored.filter((change) => change.kind.endsWith('-path')))).toEqual([
      'added-path 4.6.41>4.7.3 @ head docs/upgrade.md:13 → docs/upgrade.md:13',
      'added-path 4.6.32>4.7.3 @ head docs/upgrade.md:14 → docs/upgrade.md:14',
    ]);
  });

  test('a source version no supported row leads to any more is newly unreached', function () {
    const before = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.3 ✅']});
    const after = page({'4.7.x': ['4.7.3 4.7.15 ✅', '4.6.41 4.7.3 ❌', '4.6.41 4.7.15 ✅']});
    const changes = diffExports(exportOf(['docs/upgrade.md', before]), exportOf(['docs/upgrade.md', after])).datasets[0]?.changes ?? [];
    expect(summary(changes)).toEqual([
      'unreached-source 4.7.3 @ head docs/upgrade.md:12 → docs/upgrade.md:12',
      'removed-path 4.6.41>4.7.3 @ head docs/upgrade.md:13 → docs/upgrade.md:13',
      'added-row 4.6.41>4.7.15 @ head docs/upgrade.md:14 → docs/upgrade.md:14',
      'changed-row 4.6.41>4.7.3 was true @ head docs/upgrade.md:13 → docs/upgrade.md:13',
    ]);
  });

  test('a table removed with its file is annotated nowhere; a dataset only in one revision is added or removed', function () {
    const other = '---\nupgrade_paths:\n  product: palette\n  install: airgap\n---\n\n' + header + '| 4.6.41 | 4.7.3 | :white_check_mark: |\n';
    const diff = diffExports(exportOf(['docs/upgrade.md', base], ['docs/airgap.md', other]), exportOf(['docs/upgrade.md', base]));
    expect(diff.datasets.map((dataset) => [dataset.id, dataset.status])).toEqual([['palette/airgap', 'removed']]);
    expect(summary(diff.datasets[0]?.changes ?? [])).toEqual([
      'removed-version 4.7.3 @ base docs/airgap.md:9 → none',
      'removed-version 4.6.41 @ base docs/airgap.md:9 → none',
      'removed-row 4.6.41>4.7.3 @ base docs/airgap.md:9 → none',
    ]);
    const back = diffExports(exportOf(['docs/upgrade.md', base]), exportOf(['docs/upgrade.md', base], ['docs/airgap.md', other]));
    expect(back.datasets.map((dataset) => [dataset.id, dataset.status, dataset.changes.map((change) => change.kind).join()])).toEqual([
      ['palette/airgap', 'added', 'newest-version,added-version,added-row'],
    ]);
  });

  test('a version known only as a range end points at the range row; ignored versions are not reported', function () {
    const before = page({'4.7.x': ['4.7.3 4.7.15 ✅']});
    const after = before + '\n' + '| Source Version | Target Version | Support |\n| --- | --- | --- |\n| 4.6.1 - 4.6.9 | 4.7.3 | ✅ |\n';
    const changes = diffExports(exportOf(['docs/upgrade.md', before]), exportOf(['docs/upgrade.md', after])).datasets[0]?.changes ?? [];
    expect(summary(changes.filter((change) => change.kind === 'added-version'))).toEqual([
      'added-version 4.6.9 @ head docs/upgrade.md:16 → docs/upgrade.md:16',
      'added-version 4.6.1 @ head docs/upgrade.md:16 → docs/upgrade.md:16',
    ]);
    const stranded = page({'4.7.x': ['4.7.3 4.7.15 ❌']});
    const quiet = diffExports(exportOf(['docs/upgrade.md', before]), exportOf(['docs/upgrade.md', stranded]), {ignore: {strandedVersion: ['4.7.3']}});
    expect(quiet.datasets[0]?.changes.map((change) => change.kind)).toEqual(['removed-path', 'changed-row']);
  });
});

describe('newFindings', function () {
  const finding = (line: number, message: string, ruleId = 'duplicate-row'): Finding => ({
    ruleId,
    severity: 'warn',
    message,
    file: 'docs/upgrade.md',
    position: {start: {line, column: 1}, end: {line, column: 9}},
  });

  test('matches findings without their lines, also those named in the message, and counts repeats', function () {
    const before = [finding(12, 'Unexpected row, same as `docs/upgrade.md:10`'), finding(20, 'Unexpected `4.7.a`', 'invalid-version')];
    const after = [
      finding(14, 'Unexpected row, same as `docs/upgrade.md:12`'),
      finding(30, 'Unexpected `4.7.a`', 'invalid-version'),
      finding(31, 'Unexpected `4.7.a`', 'invalid-version'),
      finding(40, 'Unexpected `4.7.b`', 'invalid-version'),
    ];
    expect(newFindings(before, after).map((item) => item.position.start.line + ' ' + item.message)).toEqual([
      '31 Unexpected `4.7.a`',
      '40 Unexpected `4.7.b`',
    ]);
  });

  test('diffExports carries them', function () {
    const exported = exportOf(['docs/upgrade.md', base]);
    expect(diffExports(exported, exported, {findings: {base: [], head: [finding(3, 'x')]}}).findings).toHaveLength(1);
  });
});
