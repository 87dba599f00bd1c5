import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {rowCitation, upgradeGraph, type RowCitation, type UpgradeGraph} from '../../packages/core/src/graph.js';
import type {Dataset, UpgradeRow, UpgradeTable} from '../../packages/core/src/model.js';
import {
  compareExact,
  covers,
  parseExact,
  parseVersion,
  type ExactVersion,
  type Version,
  type VersionScheme,
} from '../../packages/core/src/versions.js';

// `upgradeGraph` indexes nodes and rows instead of comparing every pair.
// Here it is held to the rules of its TSDoc, applied by brute force over
// every pair of nodes and every row, for datasets that mix the schemes,
// exact versions of one value written twice (`2.13`, `2.13.0`), `v`
// prefixes, pre-releases, build metadata, series of one to three parts and
// ranges: the same nodes in the same order, the same edges and refusals in
// the same order, citing the same rows.

const cellTexts = [
  '1.0.0', '1.0.1', 'v1.0.1', '1.1.0-rc.1', '1.1.0-rc.2', '1.1.0', '1.1.0+build.5', '1.1.2', '1.2.0', '1.2.3', '2.0.0',
  '2.13', '2.13.0', '2.013', '2.13.1', '2.14', '2', 'v2', '1.2.3.4', '1.2.3.0', '2024.10', '2024.10.1', '24.04', '24.04.1',
  '1.x', '1.1.x', '1.1.X', '1.2.*', '2.13.x', '2.13.0.x', '2.x', '24.x',
  '1.0.1 - 1.1.2', '1.0.0 to 1.2.0', '2.13 - 2.14', '2.0.0 - 2.13.1', '24.04 - 2024.10', '1.2.0 - 1.0.0',
  '1.2.a', '', 'latest',
];
const schemes: readonly VersionScheme[] = ['semver', 'calver', 'loose'];

const rowArbitrary = fc.record({
  source: fc.constantFrom(...cellTexts),
  target: fc.constantFrom(...cellTexts),
  supported: fc.constantFrom<boolean | null>(true, true, false, null),
});

const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    scheme: fc.constantFrom<VersionScheme | undefined>(undefined, ...schemes),
    versions: fc.array(fc.constantFrom(...cellTexts), {maxLength: 6}),
    tables: fc.array(
      fc.record({
        scheme: fc.constantFrom<VersionScheme | undefined>(undefined, undefined, ...schemes),
        rows: fc.array(rowArbitrary, {maxLength: 8}),
      }),
      {minLength: 1, maxLength: 3},
    ),
  })
  .map(function (input): Dataset {
    const tables = input.tables.map(function (table, tableIndex): UpgradeTable {
      const line = 1 + tableIndex * 20;
      return {
        id: `docs/random.md:${line}`,
        file: 'docs/random.md',
        permalink: '/docs/random',
        line,
        column: 1,
        group: null,
        tab: null,
        includedFrom: null,
        ...(table.scheme === undefined ? {} : {scheme: table.scheme}),
        rows: table.rows.map((row, index): UpgradeRow => ({...row, anchor: `t${tableIndex}-r${index}`, line: line + 2 + index, column: 1})),
      };
    });
    return {id: 'random/default', title: 'Random', ...(input.scheme === undefined ? {} : {scheme: input.scheme}), versions: input.versions, tables};
  });

/** The graph by the rules, pair by pair and row by row. */
function oracle(dataset: Dataset): {versions: string[]; edges: Array<[string, string, RowCitation]>; refusals: Array<[string, string, RowCitation]>} {
  const scheme = dataset.scheme ?? 'semver';
  const values = new Map<string, ExactVersion>();
  const know = (version: ExactVersion | undefined) => {
    if (version !== undefined && !values.has(version.version)) values.set(version.version, version);
  };
  for (const text of dataset.versions) know(parseExact(text, scheme) ?? parseExact(text, 'loose'));
  const rows: Array<{source: Version; target: Version; row: UpgradeRow; citation: RowCitation}> = [];
  for (const table of dataset.tables) {
    table.rows.forEach(function (row, index) {
      const source = parseVersion(row.source, table.scheme ?? scheme);
      const target = parseVersion(row.target, table.scheme ?? scheme);
      for (const version of [source, target]) {
        if (version?.kind === 'exact') know(version);
        if (version?.kind === 'range') [version.from, version.to].forEach(know);
      }
      if (row.supported !== null && source && target) rows.push({source, target, row, citation: rowCitation(table, row, index)});
    });
  }
  const value = (version: string) => values.get(version) as ExactVersion;
  const versions = [...values.keys()].sort((left, right) => compareExact(value(right), value(left)) || (left < right ? -1 : 1));
  // An exact cell names its own node; a series or range every node it covers.
  const names = (pattern: Version, node: string) => (pattern.kind === 'exact' ? pattern.version === node : covers(pattern, node));
  const edges: Array<[string, string, RowCitation]> = [];
  const refusals: Array<[string, string, RowCitation]> = [];
  for (const from of versions) {
    for (const to of versions) {
      if (compareExact(value(from), value(to)) >= 0) continue;
      const naming = rows.filter((entry) => names(entry.source, from) && names(entry.target, to));
      const exact = naming.filter((entry) => entry.source.kind === 'exact' && entry.target.kind === 'exact');
      const deciding = exact.length > 0 ? exact : naming;
      const allowing = deciding.find((entry) => entry.row.supported === true);
      if (allowing) edges.push([from, to, allowing.citation]);
      else if (deciding[0]) refusals.push([from, to, deciding[0].citation]);
    }
  }
  return {versions, edges, refusals};
}

/** A graph's edges or refusals as a list, in map order. */
function listed(map: UpgradeGraph['edges']): Array<[string, string, RowCitation]> {
  return [...map].flatMap(([from, targets]) => [...targets].map(([to, citation]): [string, string, RowCitation] => [from, to, citation]));
}

describe('upgradeGraph against the rules by brute force', () => {
  test('same nodes, edges, refusals and citations, in the same order', () => {
    let edges = 0;
    let refusals = 0;
    let wildcardEdges = 0;
    fc.assert(
      fc.property(datasetArbitrary, function (dataset) {
        const graph = upgradeGraph(dataset);
        const truth = oracle(dataset);
        expect(graph.versions).toEqual(truth.versions);
        expect(listed(graph.edges)).toEqual(truth.edges);
        expect(listed(graph.refusals)).toEqual(truth.refusals);
        // No source without a target.
        for (const targets of [...graph.edges.values(), ...graph.refusals.values()]) expect(targets.size).toBeGreaterThan(0);
        edges += truth.edges.length;
        refusals += truth.refusals.length;
        wildcardEdges += truth.edges.filter(([, , citation]) => parseVersion(citation.source, 'loose')?.kind !== 'exact').length;
      }),
      {numRuns: 1500},
    );
    // The generator must reach every kind of statement.
    expect(edges).toBeGreaterThan(500);
    expect(refusals).toBeGreaterThan(100);
    expect(wildcardEdges).toBeGreaterThan(100);
  });

  test('many targets per source (the indexed path of the pair store)', () => {
    // `1.x -> 1.x` names every pair of 1.* versions (2,016 pairs: more than
    // the pair store first makes room for); exact rows override some.
    const versions = Array.from({length: 64}, (_, index) => `1.${Math.floor(index / 8)}.${index % 8}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({source: fc.constantFrom(...versions, '1.x', '1.2.x'), target: fc.constantFrom(...versions, '1.x', '1.3.x'), supported: fc.boolean()}), {
          minLength: 1,
          maxLength: 12,
        }),
        function (rows) {
          const table: UpgradeTable = {
            id: 'docs/many.md:1',
            file: 'docs/many.md',
            permalink: null,
            line: 1,
            column: 1,
            group: null,
            tab: null,
            includedFrom: null,
            rows: [{source: '1.x', target: '1.x', supported: true, anchor: 'all', line: 3, column: 1}, ...rows.map((row, index) => ({...row, anchor: `r${index}`, line: 4 + index, column: 1}))],
          };
          const dataset: Dataset = {id: 'many/default', title: 'Many', versions: [...versions].reverse(), tables: [table]};
          const graph = upgradeGraph(dataset);
          const truth = oracle(dataset);
          expect(graph.versions).toEqual(truth.versions);
          expect(listed(graph.edges)).toEqual(truth.edges);
          expect(listed(graph.refusals)).toEqual(truth.refusals);
        },
      ),
      {numRuns: 40},
    );
  });
});
