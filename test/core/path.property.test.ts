import fc from 'fast-check';
import semver from 'semver';
import {describe, expect, test} from 'vitest';
import {canReach, reachableFrom, upgradeGraph, type UpgradeGraph} from '../../packages/core/src/graph.js';
import type {Dataset, UpgradeRow, UpgradeTable} from '../../packages/core/src/model.js';
import {findUpgradePath} from '../../packages/core/src/path.js';

// Random datasets built by hand (no Markdown), checked against an oracle
// written straight from the rules, independent of `graph.ts`/`path.ts`.

const exactTexts = ['1.0.0', '1.0.1', '1.0.5', '1.1.0-rc.1', '1.1.0', '1.1.2', '1.2.0', 'v1.2.0', '1.2.3', '1.3.0', '1.3.5'];
const queryTexts = [...exactTexts, '0.9.0', '1.1.1', '1.5.0', 'v1.3.5', '1.3.x', 'latest', ''];

interface RowInput {
  readonly source: string;
  readonly target: string;
  readonly supported: boolean | null;
}

/** Mostly forward rows (source older than target) so multi-hop paths are common. */
const rowArbitrary: fc.Arbitrary<RowInput> = fc
  .record({
    first: fc.constantFrom(...exactTexts),
    second: fc.constantFrom(...exactTexts),
    forward: fc.constantFrom(true, true, true, true, false),
    source: fc.constantFrom('exact', 'exact', 'exact', 'wildcard', 'invalid'),
    wildcard: fc.constantFrom('x', 'X', '*'),
    invalidTarget: fc.constantFrom<string | null>(null, null, null, null, null, null, null, null, null, '1.2.x', '1.3.a'),
    supported: fc.constantFrom<boolean | null>(true, true, true, false, null),
  })
  .map(function (input): RowInput {
    const ordered = semver.lte(input.first, input.second) === input.forward;
    const [older, newer] = ordered ? [input.first, input.second] : [input.second, input.first];
    const source =
      input.source === 'exact'
        ? older
        : input.source === 'wildcard'
          ? `${semver.major(older)}.${semver.minor(older)}.${input.wildcard}`
          : '1.2.a';
    return {source, target: input.invalidTarget ?? newer, supported: input.supported};
  });

const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(fc.array(rowArbitrary, {maxLength: 12}), {minLength: 1, maxLength: 3})
  .map(function (tables): Dataset {
    const built: UpgradeTable[] = tables.map(function (rows, tableIndex): UpgradeTable {
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
        rows: rows.map(
          (row, index): UpgradeRow => ({
            ...row,
            anchor: `t${tableIndex}-r${index}`,
            line: line + 2 + index,
            column: 1,
          }),
        ),
      };
    });
    const versions = new Set<string>();
    for (const table of built) {
      for (const row of table.rows) {
        for (const text of [row.source, row.target]) {
          const version = semver.parse(text);
          if (version) versions.add(version.version);
        }
      }
    }
    return {id: 'random/default', title: 'Random', versions: semver.rsort([...versions]), tables: built};
  });

/** A dataset with a query, mostly an upgrade between versions it documents. */
const caseArbitrary: fc.Arbitrary<[Dataset, string, string]> = datasetArbitrary.chain(function (dataset) {
  const query =
    dataset.versions.length === 0
      ? fc.constantFrom(...queryTexts)
      : fc.oneof(
          {weight: 4, arbitrary: fc.constantFrom(...dataset.versions)},
          {weight: 1, arbitrary: fc.constantFrom(...queryTexts)},
        );
  return fc
    .tuple(query, query, fc.constantFrom(true, true, true, false))
    .map(function ([first, second, upgrade]): [Dataset, string, string] {
      const swap = semver.valid(first) !== null && semver.valid(second) !== null && semver.gt(first, second) === upgrade;
      return swap ? [dataset, second, first] : [dataset, first, second];
    });
});

/** Where a row is: table index and row index, in document order. */
interface Located {
  readonly table: string;
  readonly index: number;
  readonly row: UpgradeRow;
}

/** What the rows say, computed without `graph.ts`. */
interface Oracle {
  /** Exact versions of the dataset. */
  readonly nodes: ReadonlySet<string>;
  /** Supported pairs `[from, to]`. */
  readonly edges: ReadonlyArray<[string, string]>;
  /** Refused pairs, `"from to"`. */
  readonly refused: ReadonlySet<string>;
  /** The row to cite for each supported pair, by `"from to"`. */
  readonly citation: ReadonlyMap<string, Located>;
}

/** The oracle: edges and refusals straight from the rows, by brute force over all pairs. */
function oracle(dataset: Dataset): Oracle {
  const located: Located[] = dataset.tables.flatMap((table) =>
    table.rows.map((row, index) => ({table: table.id, index, row})),
  );
  const nodes = new Set(dataset.versions);
  const exactOf = (text: string) => semver.parse(text)?.version;
  const series = (text: string) => /^(\d+)\.(\d+)\.[xX*]$/.exec(text);
  const edges: Array<[string, string]> = [];
  const refused = new Set<string>();
  const citation = new Map<string, Located>();
  for (const from of nodes) {
    for (const to of nodes) {
      if (!semver.lt(from, to)) continue;
      // A series stands for each of its versions, as source and as target.
      const inSeries = (text: string, version: string) => {
        const match = series(text);
        return match !== null && semver.major(version) === Number(match[1]) && semver.minor(version) === Number(match[2]);
      };
      const names = (text: string, version: string) => exactOf(text) === version || inSeries(text, version);
      const read = located.filter(
        (entry) => entry.row.supported !== null && names(entry.row.source, from) && names(entry.row.target, to),
      );
      const exactRows = read.filter((entry) => exactOf(entry.row.source) === from && exactOf(entry.row.target) === to);
      const wildcardRows = read.filter((entry) => !exactRows.includes(entry));
      const deciding = exactRows.length > 0 ? exactRows : wildcardRows;
      const allowing = deciding.find((entry) => entry.row.supported === true);
      if (allowing) {
        edges.push([from, to]);
        citation.set(from + ' ' + to, allowing);
      } else if (deciding.length > 0) refused.add(from + ' ' + to);
    }
  }
  return {nodes, edges, refused, citation};
}

/** Plain BFS over an edge list: hop counts from `from`. */
function hopsFrom(edges: ReadonlyArray<[string, string]>, from: string): Map<string, number> {
  const distance = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const [source, target] of edges) {
      if (frontier.includes(source) && !distance.has(target)) {
        distance.set(target, (distance.get(source) ?? 0) + 1);
        next.push(target);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Every shortest path from `from` to `to`, by enumeration. */
function shortestPaths(edges: ReadonlyArray<[string, string]>, from: string, to: string, length: number): string[][] {
  if (length === 0) return from === to ? [[from]] : [];
  return edges
    .filter(([source]) => source === from)
    .flatMap(([, target]) => shortestPaths(edges, target, to, length - 1).map((rest) => [from, ...rest]));
}

/** Newest-first lexicographic order of version sequences. */
function compareNewestFirst(left: string[], right: string[]): number {
  for (let index = 0; index < left.length; index++) {
    const order = semver.rcompare(left[index] as string, right[index] as string);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Check one answer against the oracle; returns a label of what was checked
 * (`kind`, with the hop count for paths).
 */
function check(graph: UpgradeGraph, truth: Oracle, fromText: string, toText: string): string {
  const answer = findUpgradePath(graph, fromText, toText);
  const from = semver.parse(fromText.trim())?.version;
  const to = semver.parse(toText.trim())?.version;

  if (from === undefined || to === undefined) {
    expect(answer.kind).toBe('invalid-version');
    return answer.kind;
  }
  if (!truth.nodes.has(from) || !truth.nodes.has(to)) {
    expect(answer.kind).toBe('unknown-version');
    return answer.kind;
  }
  if (from === to) {
    expect(answer.kind).toBe('same');
    return answer.kind;
  }
  if (semver.gt(from, to)) {
    expect(answer.kind).toBe('downgrade');
    return answer.kind;
  }

  const distances = hopsFrom(truth.edges, from);
  const distance = distances.get(to);
  const refusal = truth.refused.has(from + ' ' + to);
  if (distance === undefined) {
    expect(answer.kind).toBe('no-path');
    if (answer.kind !== 'no-path') return answer.kind;
    const reachable = [...distances.keys()].filter((version) => version !== from);
    expect(answer.newestReachable).toBe(semver.rsort(reachable)[0] ?? null);
    expect(answer.refusedBy !== null).toBe(refusal);
    return answer.kind;
  }
  expect(answer.kind).toBe(distance === 1 ? 'direct' : 'path');
  if (answer.kind !== 'direct' && answer.kind !== 'path') return answer.kind;
  if (answer.kind === 'path') expect(answer.refusedBy !== null).toBe(refusal);

  // Every hop is a supported row (after wildcard expansion, exact rows
  // first), cited by the first deciding row; the chain has BFS length and no
  // repeated version; it is the newest-first-intermediates shortest path.
  const sequence = [from, ...answer.hops.map((hop) => hop.to)];
  expect(answer.hops).toHaveLength(distance);
  expect(new Set(sequence).size).toBe(sequence.length);
  expect(sequence.at(-1)).toBe(to);
  answer.hops.forEach(function (hop, index) {
    expect(hop.from).toBe(sequence[index]);
    expect(truth.edges).toContainEqual([hop.from, hop.to]);
    const cited = truth.citation.get(hop.from + ' ' + hop.to);
    expect([hop.citation.table, hop.citation.row]).toEqual([cited?.table, cited?.index]);
    expect(hop.citation.anchor).toBe(cited?.row.anchor);
    expect(hop.citation.line).toBe(cited?.row.line);
    expect(hop.citation.permalink).toBe('/docs/random');
  });
  const best = shortestPaths(truth.edges, from, to, distance).sort(compareNewestFirst)[0];
  expect(sequence).toEqual(best);
  return answer.kind + (answer.kind === 'path' ? answer.hops.length : '');
}

describe('findUpgradePath against a brute-force oracle', () => {
  test('hops are supported rows, counts match BFS, the newest shortest path wins', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(caseArbitrary, function ([dataset, fromText, toText]) {
        const graph = upgradeGraph(dataset);
        const truth = oracle(dataset);
        expect(graph.versions).toEqual(dataset.versions);
        // Every pair of documented versions, and one arbitrary query.
        const pairs = dataset.versions.flatMap((from) => dataset.versions.map((to) => [from, to] as const));
        for (const [from, to] of [...pairs, [fromText, toText] as const]) {
          const label = check(graph, truth, from, to);
          seen.set(label, (seen.get(label) ?? 0) + 1);
        }
      }),
      {numRuns: 300},
    );
    // The generator must exercise every kind, and paths of several lengths.
    for (const label of ['direct', 'path2', 'path3', 'no-path', 'same', 'downgrade', 'unknown-version', 'invalid-version']) {
      expect(seen.get(label) ?? 0, label).toBeGreaterThan(0);
    }
  });

  test('refusals are exactly the refused pairs', () => {
    fc.assert(
      fc.property(datasetArbitrary, function (dataset) {
        const graph = upgradeGraph(dataset);
        const truth = oracle(dataset);
        const refusals = [...graph.refusals].flatMap(([from, targets]) => [...targets.keys()].map((to) => from + ' ' + to));
        expect(refusals.sort()).toEqual([...truth.refused].sort());
        const edges = [...graph.edges].flatMap(([from, targets]) => [...targets.keys()].map((to): [string, string] => [from, to]));
        expect(edges.sort()).toEqual([...truth.edges].sort());
      }),
      {numRuns: 500},
    );
  });

  test('reachability agrees with BFS', () => {
    fc.assert(
      fc.property(caseArbitrary, function ([dataset, fromText, toText]) {
        const graph = upgradeGraph(dataset);
        const truth = oracle(dataset);
        const from = semver.parse(fromText.trim())?.version;
        const to = semver.parse(toText.trim())?.version;
        const known = from !== undefined && truth.nodes.has(from);
        const reached = known ? new Set([...hopsFrom(truth.edges, from).keys()].filter((version) => version !== from)) : new Set();
        expect(reachableFrom(graph, fromText)).toEqual(reached);
        const expected = known && to !== undefined && (to === from || reached.has(to));
        expect(canReach(graph, fromText, toText)).toBe(expected);
      }),
      {numRuns: 500},
    );
  });

  test('deterministic: the same input gives deep-equal answers', () => {
    fc.assert(
      fc.property(caseArbitrary, function ([dataset, from, to]) {
        const first = findUpgradePath(upgradeGraph(dataset), from, to);
        const again = findUpgradePath(upgradeGraph(structuredClone(dataset)), from, to);
        expect(again).toEqual(first);
        expect(findUpgradePath(upgradeGraph(dataset), from, to)).toEqual(first);
      }),
      {numRuns: 300},
    );
  });
});
