import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {datasetsFromTables} from '../../packages/core/src/export.js';
import {canReach, reachableFrom, upgradeGraph, type RowCitation, type UpgradeGraph} from '../../packages/core/src/graph.js';
import type {Dataset} from '../../packages/core/src/model.js';
import {findUpgradePath} from '../../packages/core/src/path.js';
import {strandedVersions} from '../../packages/core/src/rules/strandedVersion.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

// `UpgradeGraph.edges` and `.refusals` are made as they are read (`hops.ts`);
// the queries work on the numbers beneath them. Seed 002, as in graph.test.ts.
const seedText = readFileSync(new URL('fixtures/palette-kubernetes.mdx', import.meta.url), 'utf8');
const seedDataset = datasetsFromTables(extractUpgradePaths(seedText, {file: 'docs/palette-kubernetes.mdx', docId: 'demo'}).tables)[0] as Dataset;

type Hops = ReadonlyMap<string, ReadonlyMap<string, RowCitation>>;

/** A plain copy: real `Map`s, inner maps in the order given by `order`. */
function plain(map: Hops, order: (targets: Array<[string, RowCitation]>) => Array<[string, RowCitation]> = (targets) => targets): Map<string, Map<string, RowCitation>> {
  return new Map([...map].map(([source, targets]) => [source, new Map(order([...targets]))]));
}

describe('the maps of an upgrade graph', () => {
  test('read as maps: get, has, size and every way of iterating agree, in newest-first order', () => {
    const graph = upgradeGraph(seedDataset);
    for (const map of [graph.edges, graph.refusals]) {
      const sources = [...map.keys()];
      expect(map.size).toBe(sources.length);
      expect(map.size).toBeGreaterThan(map === graph.edges ? 10 : 1);
      // Sources in node order, targets newest first.
      const places = sources.map((source) => graph.versions.indexOf(source));
      expect(places.every((place, index) => place >= 0 && (index === 0 || place > (places[index - 1] as number)))).toBe(true);
      for (const [source, targets] of map) {
        expect(map.get(source)).toBe(targets);
        expect(map.has(source)).toBe(true);
        expect(targets).toBeInstanceOf(Map);
        const order = [...targets.keys()].map((target) => graph.versions.indexOf(target));
        expect(order).toEqual([...order].sort((left, right) => left - right));
        expect(order.every((place) => place >= 0 && place < graph.versions.indexOf(source))).toBe(true);
      }
      expect([...map.values()]).toEqual(sources.map((source) => map.get(source)));
      expect([...map.entries()]).toEqual([...map]);
      const visited: Array<[string, unknown]> = [];
      const self = {};
      map.forEach(function (this: unknown, targets, source, whole) {
        expect(whole).toBe(map);
        expect(this).toBe(self);
        visited.push([source, targets]);
      }, self);
      expect(visited).toEqual([...map]);
    }
    // A version without hops, a series, a text that is no version.
    expect(graph.edges.has('4.6.43')).toBe(false);
    expect(graph.edges.get('4.6.43')).toBeUndefined();
    expect(graph.edges.get('4.1.x')).toBeUndefined();
    expect(graph.refusals.get('nope')).toBeUndefined();
  });

  test('a source read before any iteration is the same map iteration gives', () => {
    const graph = upgradeGraph(seedDataset);
    const early = graph.edges.get('4.4.20');
    expect(early?.size).toBeGreaterThan(0);
    expect(new Map(graph.edges).get('4.4.20')).toBe(early);
    // A wildcard row cited by several pairs is one object.
    const series = [
      '| Source Version | Target Version | Support |',
      '| --- | --- | --- |',
      '| 4.1.0 | 4.1.5 | ✅ |',
      '| 4.1.x | 4.2.0 | ✅ |',
      '| 4.1.5 | 4.1.9 | ✅ |',
    ].join('\n');
    const dataset = datasetsFromTables(extractUpgradePaths(series, {file: 'docs/series.md', docId: 'series'}).tables)[0] as Dataset;
    const citations = [...upgradeGraph(dataset).edges.values()].flatMap((targets) => [...targets.values()]);
    const byRow = new Map<string, RowCitation>();
    for (const citation of citations) {
      const key = citation.table + '#' + citation.row;
      expect(byRow.get(key) ?? citation).toBe(citation);
      byRow.set(key, citation);
    }
    expect(citations).toHaveLength(5);
    expect(byRow.size).toBe(3);
  });

  test('a graph of plain maps, targets in any order, gets the same answers', () => {
    const graph = upgradeGraph(seedDataset);
    const copies: UpgradeGraph[] = [
      {...graph, edges: plain(graph.edges), refusals: plain(graph.refusals)},
      {...graph, edges: plain(graph.edges, (targets) => targets.reverse()), refusals: plain(graph.refusals, (targets) => targets.reverse())},
    ];
    const newest = graph.versions[0] as string;
    let paths = 0;
    for (const copy of copies) {
      expect(strandedVersions(seedDataset, copy)).toEqual(strandedVersions(seedDataset, graph));
      for (const from of graph.versions) {
        expect(reachableFrom(copy, from)).toEqual(reachableFrom(graph, from));
        expect(canReach(copy, from, newest)).toBe(canReach(graph, from, newest));
        for (const to of graph.versions) {
          const answer = findUpgradePath(graph, from, to);
          if (answer.kind === 'path') paths++;
          expect(findUpgradePath(copy, from, to)).toEqual(answer);
        }
      }
    }
    expect(paths).toBeGreaterThan(100);
  });
});
