import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {datasetsFromTables} from '../../packages/core/src/export.js';
import {canReach, reachableFrom, upgradeGraph, type RowCitation} from '../../packages/core/src/graph.js';
import type {Dataset} from '../../packages/core/src/model.js';
import {findUpgradePath, type UpgradeAnswer} from '../../packages/core/src/path.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

// `fixtures/palette-kubernetes.mdx` is seed 002 (Spectro Cloud's "Upgrade
// Palette on Kubernetes" page), copied verbatim.
const seedFile = 'docs/palette-kubernetes.mdx';
const seedText = readFileSync(new URL('fixtures/palette-kubernetes.mdx', import.meta.url), 'utf8');
const seedDataset = datasetOf(seedText, seedFile);
const seed = upgradeGraph(seedDataset);

/** The one dataset of a document. */
function datasetOf(markdown: string, file = 'docs/demo.md'): Dataset {
  const {tables} = extractUpgradePaths(markdown, {file, docId: 'demo'});
  const datasets = datasetsFromTables(tables);
  expect(datasets).toHaveLength(1);
  return datasets[0] as Dataset;
}

/** A document with one upgrade table per list of rows (`source | target | support`). */
function document(...tables: string[][]): string {
  return tables
    .map(
      (rows, index) =>
        `## Table ${index + 1}\n\n| Source Version | Target Version | Support |\n| --- | --- | --- |\n` +
        rows.map((row) => `| ${row.split(/\s+/).join(' | ')} |`).join('\n') +
        '\n',
    )
    .join('\n');
}

/** 1-based line of the only table row of `text` with these cells. */
function lineOf(text: string, source: string, target: string, support?: string): number {
  const cells = [source, target, ...(support === undefined ? [] : [support])];
  const expression = new RegExp(
    '^\\|' + cells.map((cell) => '\\s*' + cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*\\|').join(''),
  );
  const lines = text
    .split('\n')
    .flatMap((line, index) => (expression.test(line) ? [index + 1] : []));
  expect(lines, `rows ${cells.join(' | ')}`).toHaveLength(1);
  return lines[0] as number;
}

/** `from -> … -> to` of a direct or path answer. */
function route(answer: UpgradeAnswer): string {
  if (answer.kind !== 'direct' && answer.kind !== 'path') return answer.kind;
  return [answer.from, ...answer.hops.map((hop) => hop.to)].join(' -> ');
}

describe('upgradeGraph on the Palette seed', () => {
  test('nodes are the dataset versions, newest first', () => {
    expect(seed.dataset).toBe('demo/default');
    expect(seed.versions).toEqual(seedDataset.versions);
    expect(seed.versions[0]).toBe('4.7.20');
    expect(seed.versions.at(-1)).toBe('4.1.7');
  });

  test('`4.4.20 -> 4.7.20` goes through the newest intermediates', () => {
    const answer = findUpgradePath(seed, '4.4.20', '4.7.20');
    expect(answer.kind).toBe('path');
    expect(route(answer)).toBe('4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20');
    if (answer.kind !== 'path') return;
    expect(answer.refusedBy).toBeNull();
    expect(answer.hops.map((hop) => hop.citation.line)).toEqual([
      lineOf(seedText, '4.4.20', '4.5.23'),
      lineOf(seedText, '4.5.23', '4.6.41'),
      lineOf(seedText, '4.6.41', '4.7.20'),
    ]);
    expect(answer.hops[2]?.citation).toEqual({
      table: `${seedFile}:58`,
      row: 4,
      anchor: 'upgrade-4-6-41-to-4-7-20',
      permalink: null,
      file: seedFile,
      line: lineOf(seedText, '4.6.41', '4.7.20'),
      source: '4.6.41',
      target: '4.7.20',
    } satisfies RowCitation);
  });

  test('`4.6.43 -> 4.7.20` has no path, and 4.6.43 reaches nothing', () => {
    expect(findUpgradePath(seed, '4.6.43', '4.7.20')).toEqual({
      kind: 'no-path',
      from: '4.6.43',
      to: '4.7.20',
      newestReachable: null,
      refusedBy: null,
    });
  });

  test('no path: `newestReachable` is the newest version reachable, even past the target', () => {
    // No row has 4.7.16 as target; 4.7.3 reaches 4.7.15 and 4.7.20.
    expect(findUpgradePath(seed, '4.7.3', '4.7.16')).toEqual({
      kind: 'no-path',
      from: '4.7.3',
      to: '4.7.16',
      newestReachable: '4.7.20',
      refusedBy: null,
    });
  });

  test('`4.1.12 -> 4.3.6` is refused directly by the `4.1.x` row and goes through 4.2.x', () => {
    const answer = findUpgradePath(seed, '4.1.12', '4.3.6');
    expect(route(answer)).toBe('4.1.12 -> 4.2.7 -> 4.2.13 -> 4.3.6');
    expect(answer.kind === 'path' && answer.refusedBy).toEqual({
      table: `${seedFile}:263`,
      row: 2,
      anchor: 'upgrade-4-1-x-to-4-3-6',
      permalink: null,
      file: seedFile,
      line: 267,
      source: '4.1.x',
      target: '4.3.6',
    } satisfies RowCitation);
    expect(lineOf(seedText, '4.1.x', '4.3.6', ':x:')).toBe(267);
    // The wildcard covers every 4.1 version.
    const other = findUpgradePath(seed, '4.1.7', '4.3.6');
    expect(route(other)).toBe('4.1.7 -> 4.2.7 -> 4.2.13 -> 4.3.6');
    expect(other.kind === 'path' && other.refusedBy?.line).toBe(267);
    expect(seed.refusals.get('4.1.12')?.get('4.3.6')?.line).toBe(267);
    expect(seed.edges.get('4.1.12')?.has('4.3.6')).toBe(false);
  });

  test('an undocumented version gives its documented neighbours', () => {
    expect(findUpgradePath(seed, '4.6.40', '4.7.20')).toEqual({
      kind: 'unknown-version',
      from: '4.6.40',
      to: '4.7.20',
      unknown: ['from'],
      nearest: {from: {below: '4.6.36', above: '4.6.41'}},
    });
    expect(findUpgradePath(seed, '4.0.0', 'v4.8.0')).toEqual({
      kind: 'unknown-version',
      from: '4.0.0',
      to: '4.8.0',
      unknown: ['from', 'to'],
      nearest: {from: {below: null, above: '4.1.7'}, to: {below: '4.7.20', above: null}},
    });
  });

  test('downgrade, same version, invalid input', () => {
    expect(findUpgradePath(seed, '4.7.20', '4.6.41')).toEqual({kind: 'downgrade', from: '4.7.20', to: '4.6.41'});
    expect(findUpgradePath(seed, 'v4.7.20', '4.7.20')).toEqual({kind: 'same', from: '4.7.20', to: '4.7.20'});
    expect(findUpgradePath(seed, '4.7', '4.7.20')).toEqual({
      kind: 'invalid-version',
      from: '4.7',
      to: '4.7.20',
      invalid: ['from'],
    });
    expect(findUpgradePath(seed, '4.1.x', 'latest')).toEqual({
      kind: 'invalid-version',
      from: '4.1.x',
      to: 'latest',
      invalid: ['from', 'to'],
    });
  });

  test('direct `4.7.15 -> 4.7.20` cites its row', () => {
    const answer = findUpgradePath(seed, ' 4.7.15 ', 'v4.7.20');
    expect(answer.kind).toBe('direct');
    expect(route(answer)).toBe('4.7.15 -> 4.7.20');
    expect(answer.kind === 'direct' && answer.hops[0]?.citation).toMatchObject({
      table: `${seedFile}:58`,
      row: 1,
      anchor: 'upgrade-4-7-15-to-4-7-20',
      line: lineOf(seedText, '4.7.15', '4.7.20'),
    });
  });

  test('reachability to the newest version', () => {
    const newest = seed.versions[0] as string;
    const stuck = seed.versions.filter((version) => !canReach(seed, version, newest));
    expect(stuck).toEqual(['4.6.43', '4.6.34']);
    expect(canReach(seed, newest, newest)).toBe(true);
    expect(canReach(seed, '4.1.7', newest)).toBe(true);
    expect(canReach(seed, '4.6.40', newest)).toBe(false);
    expect(canReach(seed, 'nope', newest)).toBe(false);
    expect(reachableFrom(seed, '4.6.43')).toEqual(new Set());
    expect(reachableFrom(seed, 'v4.7.3')).toEqual(new Set(['4.7.15', '4.7.20']));
    // Exact sources no supported row leads to.
    const targets = new Set([...seed.edges.values()].flatMap((targets) => [...targets.keys()]));
    expect(seed.versions.filter((version) => !targets.has(version))).toEqual([
      '4.7.16',
      '4.6.36',
      '4.6.26',
      '4.6.25',
      '4.5.11',
      '4.5.8',
      '4.5.4',
      '4.4.24',
      '4.1.12',
      '4.1.7',
    ]);
  });
});

describe('path choice', () => {
  test('fewest hops, then the newest first intermediate (not document order)', () => {
    for (const rows of [
      ['1.0.0 1.1.0 ✅', '1.0.0 1.2.0 ✅', '1.1.0 2.0.0 ✅', '1.2.0 2.0.0 ✅'],
      ['1.2.0 2.0.0 ✅', '1.1.0 2.0.0 ✅', '1.0.0 1.2.0 ✅', '1.0.0 1.1.0 ✅'],
    ]) {
      const graph = upgradeGraph(datasetOf(document(rows)));
      expect(route(findUpgradePath(graph, '1.0.0', '2.0.0'))).toBe('1.0.0 -> 1.2.0 -> 2.0.0');
    }
  });

  test('first intermediates tie, the second decides; longer paths through newer versions lose', () => {
    const markdown = document(
      ['1.0.0 1.1.0 ✅', '1.1.0 1.3.0 ✅', '1.1.0 1.4.0 ✅', '1.3.0 2.0.0 ✅', '1.4.0 2.0.0 ✅'],
      // Newer first hop, but four hops to 2.0.0.
      ['1.0.0 1.9.0 ✅', '1.9.0 1.9.5 ✅', '1.9.5 1.9.8 ✅', '1.9.8 2.0.0 ✅'],
      // Newer first hop on a three-hop path whose second step is older.
      ['1.0.0 1.0.9 ✅', '1.0.9 1.2.0 ✅', '1.2.0 2.0.0 ✅'],
    );
    const graph = upgradeGraph(datasetOf(markdown));
    const answer = findUpgradePath(graph, '1.0.0', '2.0.0');
    // 1.1 beats 1.0.9 at the first step, 1.4.0 beats 1.3.0 at the second.
    expect(route(answer)).toBe('1.0.0 -> 1.1.0 -> 1.4.0 -> 2.0.0');
    expect(answer.kind === 'path' && answer.hops.map((hop) => hop.citation.line)).toEqual([
      lineOf(markdown, '1.0.0', '1.1.0'),
      lineOf(markdown, '1.1.0', '1.4.0'),
      lineOf(markdown, '1.4.0', '2.0.0'),
    ]);
    expect(answer.kind === 'path' && answer.refusedBy).toBeNull();
  });
});

describe('exact rows and wildcard rows', () => {
  test('an exact ✅ row beats a wildcard ❌ row, in either order', () => {
    for (const rows of [
      ['4.1.x 4.3.6 ❌', '4.1.7 4.3.6 ✅', '4.1.12 4.2.0 ✅'],
      ['4.1.7 4.3.6 ✅', '4.1.12 4.2.0 ✅', '4.1.x 4.3.6 ❌'],
    ]) {
      const markdown = document(rows);
      const graph = upgradeGraph(datasetOf(markdown));
      const allowed = findUpgradePath(graph, '4.1.7', '4.3.6');
      expect(allowed.kind).toBe('direct');
      expect(allowed.kind === 'direct' && allowed.hops[0]?.citation.line).toBe(lineOf(markdown, '4.1.7', '4.3.6'));
      expect(graph.refusals.get('4.1.7')).toBeUndefined();
      // The wildcard still refuses the other 4.1 version.
      const refused = findUpgradePath(graph, '4.1.12', '4.3.6');
      expect(refused.kind).toBe('no-path');
      expect(refused.kind === 'no-path' && refused.refusedBy?.line).toBe(lineOf(markdown, '4.1.x', '4.3.6'));
      expect(refused.kind === 'no-path' && refused.newestReachable).toBe('4.2.0');
    }
  });

  test('an exact ❌ row beats a wildcard ✅ row, in either order', () => {
    for (const rows of [
      ['4.1.x 4.3.6 ✅', '4.1.12 4.3.6 ❌'],
      ['4.1.12 4.3.6 ❌', '4.1.x 4.3.6 ✅', '4.1.7 4.2.0 ✅'],
    ]) {
      const markdown = document(rows);
      const graph = upgradeGraph(datasetOf(markdown));
      expect(graph.edges.get('4.1.12')?.has('4.3.6') ?? false).toBe(false);
      expect(graph.refusals.get('4.1.12')?.get('4.3.6')?.line).toBe(lineOf(markdown, '4.1.12', '4.3.6'));
      const refused = findUpgradePath(graph, '4.1.12', '4.3.6');
      expect(refused).toMatchObject({kind: 'no-path', newestReachable: null});
      expect(refused.kind === 'no-path' && refused.refusedBy?.source).toBe('4.1.12');
    }
    const markdown = document(['4.1.x 4.3.6 ✅', '4.1.12 4.3.6 ❌', '4.1.7 4.2.0 ✅']);
    const allowed = findUpgradePath(upgradeGraph(datasetOf(markdown)), '4.1.7', '4.3.6');
    expect(allowed.kind === 'direct' && allowed.hops[0]?.citation.line).toBe(lineOf(markdown, '4.1.x', '4.3.6'));
  });

  test('a wildcard covers pre-releases and only versions older than the target', () => {
    const graph = upgradeGraph(
      datasetOf(document(['1.1.x 1.1.5 ✅', '1.1.0-rc.1 1.1.0 ✅', '1.1.9 1.2.0 ✅', '1.1.x 1.2.0 ❌'])),
    );
    expect([...(graph.edges.get('1.1.0-rc.1')?.keys() ?? [])]).toEqual(['1.1.5', '1.1.0']);
    expect([...(graph.edges.get('1.1.0')?.keys() ?? [])]).toEqual(['1.1.5']);
    expect(graph.edges.get('1.1.9')?.has('1.1.5')).toBe(false);
    expect(graph.edges.has('1.1.5')).toBe(false);
    expect(graph.edges.get('1.1.9')?.get('1.2.0')?.source).toBe('1.1.9');
    expect([...(graph.refusals.get('1.1.5')?.keys() ?? [])]).toEqual(['1.2.0']);
    expect(route(findUpgradePath(graph, '1.1.0-rc.1', '1.2.0'))).toBe('no-path');
  });

  test('rows that cannot be read are ignored; `v` prefixes are normalised', () => {
    const markdown = document([
      '1.0.x 1.2.0 ✅',
      '1.0.0 1.2.0 maybe',
      '1.0.a 1.3.0 ✅',
      '1.0.0 1.3.x ✅',
      'v1.2.0 v1.3.0 ✅',
    ]);
    const graph = upgradeGraph(datasetOf(markdown));
    expect(graph.versions).toEqual(['1.3.0', '1.2.0', '1.0.0']);
    // The unread support cell neither allows nor shadows the wildcard row.
    const answer = findUpgradePath(graph, '1.0.0', '1.2.0');
    expect(answer.kind === 'direct' && answer.hops[0]?.citation.source).toBe('1.0.x');
    // A series target is an edge to each known version of the series.
    expect(route(findUpgradePath(graph, '1.0.0', '1.3.0'))).toBe('1.0.0 -> 1.3.0');
    expect(findUpgradePath(graph, '1.0.0', '1.3.0')).toMatchObject({hops: [{citation: {source: '1.0.0', target: '1.3.x'}}]});
  });
});

describe('citations', () => {
  test('the first row in document order, across tables', () => {
    const markdown = document(['1.0.0 1.1.0 ✅'], ['1.0.0 1.1.0 ✅', '1.0.0 1.2.0 ❌'], ['1.0.0 1.2.0 ❌']);
    const dataset = datasetOf(markdown);
    const graph = upgradeGraph(dataset);
    expect(graph.edges.get('1.0.0')?.get('1.1.0')).toMatchObject({table: dataset.tables[0]?.id, row: 0});
    expect(graph.refusals.get('1.0.0')?.get('1.2.0')).toMatchObject({table: dataset.tables[1]?.id, row: 1});
  });

  test('an exact row before a wildcard row, whatever the document order', () => {
    const markdown = document(['1.0.x 1.1.0 ✅'], ['1.0.0 1.1.0 ✅', '1.0.5 1.1.0 ✅']);
    const dataset = datasetOf(markdown);
    const graph = upgradeGraph(dataset);
    expect(graph.edges.get('1.0.0')?.get('1.1.0')).toMatchObject({table: dataset.tables[1]?.id, row: 0, source: '1.0.0'});
    expect(graph.edges.get('1.0.5')?.get('1.1.0')).toMatchObject({table: dataset.tables[1]?.id, row: 1, source: '1.0.5'});
  });

  test('a supported and a refusing row of the same kind: support wins', () => {
    const markdown = document(['1.0.0 1.1.0 ❌', '1.0.0 1.1.0 ✅']);
    const graph = upgradeGraph(datasetOf(markdown));
    expect(graph.edges.get('1.0.0')?.get('1.1.0')?.line).toBe(lineOf(markdown, '1.0.0', '1.1.0', '✅'));
    expect(graph.refusals.size).toBe(0);
  });
});
