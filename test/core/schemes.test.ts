/**
 * Version schemes, series, ranges and the layouts real product docs use,
 * read all the way to the checker's answer (README, "Version schemes" and
 * "Layouts"): the rules of `versions.ts` and `graph.ts`, on tables written
 * in the shapes the README quotes.
 */
import {describe, expect, test} from 'vitest';
import {datasetsFromTables} from '../../packages/core/src/export.js';
import {upgradeGraph} from '../../packages/core/src/graph.js';
import type {Dataset} from '../../packages/core/src/model.js';
import {findUpgradePath, type UpgradeAnswer} from '../../packages/core/src/path.js';
import {
  compareVersions,
  covers,
  inferScheme,
  newestFirst,
  parseVersion,
  readVersionCells,
  widestScheme,
} from '../../packages/core/src/versions.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

function datasetOf(markdown: string): Dataset {
  const datasets = datasetsFromTables(extractUpgradePaths(markdown, {file: 'docs/demo.md', docId: 'demo'}).tables);
  expect(datasets).toHaveLength(1);
  return datasets[0] as Dataset;
}

function route(answer: UpgradeAnswer): string {
  if (answer.kind !== 'direct' && answer.kind !== 'path') return answer.kind;
  return [answer.from, ...answer.hops.map((hop) => hop.to)].join(' -> ');
}

describe('parseVersion by scheme', () => {
  test('semver takes three parts only; loose one to four; calver two to four with leading zeros', () => {
    expect(parseVersion('4.7', 'semver')).toBeUndefined();
    expect(parseVersion('4.7', 'loose')).toMatchObject({kind: 'exact', version: '4.7', parts: [4, 7]});
    expect(parseVersion('v4', 'loose')).toMatchObject({kind: 'exact', version: '4'});
    expect(parseVersion('v4', 'calver')).toBeUndefined();
    expect(parseVersion('1.2.3.4', 'loose')).toMatchObject({parts: [1, 2, 3, 4]});
    expect(parseVersion('1.2.3.4', 'semver')).toBeUndefined();
    expect(parseVersion('24.04.1', 'semver')).toBeUndefined();
    expect(parseVersion('24.04.1', 'calver')).toMatchObject({kind: 'exact', parts: [24, 4, 1], version: '24.04.1'});
    expect(parseVersion('4.7.a', 'loose')).toBeUndefined();
  });

  test('series of one to three parts, ranges with spaces, never a reversed range', () => {
    expect(parseVersion('4.x')).toMatchObject({kind: 'wildcard', prefix: [4], minor: undefined});
    expect(parseVersion('4.1.*')).toMatchObject({kind: 'wildcard', prefix: [4, 1]});
    expect(parseVersion('2.5 - 2.12', 'loose')).toMatchObject({kind: 'range', from: {version: '2.5'}, to: {version: '2.12'}});
    expect(parseVersion('1.5.0 to 1.5.2')).toMatchObject({kind: 'range'});
    expect(parseVersion('3.0.0 - 2.0.0')).toBeUndefined();
    // Without spaces it is a semver pre-release, except where a matrix header asks.
    expect(parseVersion('8.0.2-8.0.10')).toMatchObject({kind: 'exact', prerelease: ['8', '0', '10']});
    expect(parseVersion('8.0.2-8.0.10', 'semver', {compactRange: true})).toMatchObject({kind: 'range'});
  });

  test('comparison is numeric, never on text; a fourth part compares after the patch', () => {
    expect(compareVersions('2.12', '2.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2.3.4', '1.2.3')).toBeGreaterThan(0);
    expect(compareVersions('1.2.3.4', '1.2.4')).toBeLessThan(0);
    expect(compareVersions('2025.04', '2024.10')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(newestFirst(['2.9', '2.12', '2.10.1', '10.0'])).toEqual(['10.0', '2.12', '2.10.1', '2.9']);
  });

  test('covers: series prefix, range ends included', () => {
    const range = parseVersion('2.5 - 2.12', 'loose');
    if (!range) throw new Error('no range');
    expect(['2.4', '2.5', '2.9', '2.12', '2.13'].filter((version) => covers(range, version))).toEqual(['2.5', '2.9', '2.12']);
    const series = parseVersion('4.x');
    if (!series) throw new Error('no series');
    expect(covers(series, '4.11.0')).toBe(true);
    expect(covers(series, '5.0.0')).toBe(false);
  });

  test('inference: semver unless a quarter of the readable cells are not; calver by year or YY.MM', () => {
    const semverCells = ['4.7.1', '4.7.2', '4.7.3', '4.7.4', '4.7.5', '4.7.6', '4.7'];
    expect(inferScheme(semverCells)).toBe('semver');
    expect(inferScheme(['2.13', '2.14', '2.12', '4.7.1'])).toBe('loose');
    expect(inferScheme(['2024.10', '2025.04'])).toBe('calver');
    expect(inferScheme(['24.04.1', '23.10'])).toBe('calver');
    expect(inferScheme(['24.04.1', '2.13'])).toBe('loose');
    expect(inferScheme([])).toBe('semver');
    expect(widestScheme(['semver', 'calver'])).toBe('calver');
    expect(widestScheme(['semver', 'loose', 'calver'])).toBe('loose');
  });

  test('several versions in one cell, split only when every part is a version', () => {
    expect(readVersionCells('v1.1.0, v1.1.1').map((part) => part.version)).toEqual(['v1.1.0', 'v1.1.1']);
    expect(readVersionCells('4.6.41 and 4.6.43').map((part) => part.version)).toEqual(['4.6.41', '4.6.43']);
    expect(readVersionCells('Yes, 4.7').map((part) => part.version)).toEqual(['Yes, 4.7']);
  });
});

describe('the checker follows what the tables say, in every layout', () => {
  test('a loose dataset: two- and four-part versions, a stray semver cell', () => {
    const dataset = datasetOf(
      '| From | To | Supported |\n| --- | --- | --- |\n| 2.13 | 2.14 | Yes |\n| 2.12 | 2.13 | Yes |\n| 2.11.0.3 | 2.12 | Yes |\n| 2.10 | 2.11.0.3 | No |\n',
    );
    expect(dataset.scheme).toBe('loose');
    const graph = upgradeGraph(dataset);
    expect(route(findUpgradePath(graph, '2.11.0.3', '2.14'))).toBe('2.11.0.3 -> 2.12 -> 2.13 -> 2.14');
    expect(findUpgradePath(graph, '2.10', '2.14').kind).toBe('no-path');
  });

  test('a semver dataset keeps rejecting two-part input', () => {
    const graph = upgradeGraph(datasetOf('| Source | Target | Support |\n| --- | --- | --- |\n| 4.7.1 | 4.7.2 | ✅ |\n'));
    expect(findUpgradePath(graph, '4.7', '4.7.2')).toMatchObject({kind: 'invalid-version', invalid: ['from']});
  });

  test('series targets, same-series rows and ranges expand to the known versions; the newest is named', () => {
    const graph = upgradeGraph(
      datasetOf(
        [
          '| Source | Target | Support |',
          '| --- | --- | --- |',
          '| 6.0.x | 6.0.x | ✅ |',
          '| 5.1.0 - 5.1.4 | 6.0.x | ✅ |',
          '| 5.1.x | 6.0.0 | ❌ |',
          '| 6.0.0 | 6.0.3 | ✅ |',
          '| 6.0.1 | 6.0.3 | ✅ |',
          '| 5.1.4 | 5.1.6 | ✅ |',
        ].join('\n') + '\n',
      ),
    );
    // 6.0.x -> 6.0.x: every version of the series to every newer one.
    expect(route(findUpgradePath(graph, '6.0.0', '6.0.1'))).toBe('6.0.0 -> 6.0.1');
    // The range 5.1.0 - 5.1.4 goes to any 6.0 version; against the ❌ series
    // row (the same level, both not exact) support wins, citing the range.
    expect(route(findUpgradePath(graph, '5.1.4', '6.0.3'))).toBe('5.1.4 -> 6.0.3');
    expect(findUpgradePath(graph, '5.1.4', '6.0.0')).toMatchObject({kind: 'direct', hops: [{citation: {source: '5.1.0 - 5.1.4'}}]});
    // 5.1.6 is outside the range: only the series row speaks for it, and refuses 6.0.0.
    expect(findUpgradePath(graph, '5.1.6', '6.0.3').kind).toBe('no-path');
  });

  test('a recommended-path column: each hop is an edge citing the path cell', () => {
    const markdown = [
      '| Target version | Your version | Recommended upgrade path |',
      '| --- | --- | --- |',
      '| 12.0.12 | 11.5.0 | 11.5.0 -> 11.11.8 -> 12.0.12 |',
      '| 12.1.0 |  | 12.0.12 -> 12.1.0 |',
    ].join('\n');
    const dataset = datasetOf(markdown + '\n');
    const answer = findUpgradePath(upgradeGraph(dataset), '11.5.0', '12.1.0');
    expect(route(answer)).toBe('11.5.0 -> 11.11.8 -> 12.0.12 -> 12.1.0');
    expect(answer.kind === 'path' && answer.hops.map((hop) => [hop.citation.line, hop.citation.source, hop.citation.target])).toEqual([
      [3, '11.5.0', '11.11.8'],
      [3, '11.11.8', '12.0.12'],
      [4, '12.0.12', '12.1.0'],
    ]);
    expect(dataset.tables[0]?.rows.map((row) => row.derived ?? 'stated')).toEqual(['path', 'path', 'stated']);
  });

  test('a matrix: one row per cell that states support, none for `–` or `n/a`', () => {
    const dataset = datasetOf(
      [
        '| From | 1.1.0 | 1.2.0 | 2.0.0 |',
        '| --- | --- | --- | --- |',
        '| 1.0.0 | ✅ | ✅ | ❌ |',
        '| 1.1.0 | – | ✅ | n/a |',
        '| 1.2.0 | - | - | Yes |',
      ].join('\n') + '\n',
    );
    expect(dataset.tables[0]?.layout).toBe('matrix');
    expect(dataset.tables[0]?.rows.map((row) => [row.source, row.target, row.supported, row.line, row.column])).toEqual([
      // At each cell (a GFM cell starts at its opening pipe).
      ['1.0.0', '1.1.0', true, 3, 9],
      ['1.0.0', '1.2.0', true, 3, 13],
      ['1.0.0', '2.0.0', false, 3, 17],
      ['1.1.0', '1.2.0', true, 4, 13],
      ['1.2.0', '2.0.0', true, 5, 17],
    ]);
    expect(route(findUpgradePath(upgradeGraph(dataset), '1.0.0', '2.0.0'))).toBe('1.0.0 -> 1.2.0 -> 2.0.0');
  });

  test('a combined cell, with arrows or `to`', () => {
    const dataset = datasetOf('| Upgrade | Supported |\n| --- | --- |\n| v0.16.0 -> v0.17.0 | Yes |\n| v0.15.2 to v0.16.0 | Yes |\n');
    expect(dataset.tables[0]?.layout).toBe('combined');
    expect(route(findUpgradePath(upgradeGraph(dataset), '0.15.2', '0.17.0'))).toBe('0.15.2 -> 0.16.0 -> 0.17.0');
  });
});
