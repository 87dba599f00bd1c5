import type {RowCitation} from './graph.js';

/**
 * The hops (or the refusals) of an upgrade graph by node number, a node's
 * number being its place in `UpgradeGraph.versions` (0 = newest): the
 * targets of node `n` are `targets[start[n]]` … `targets[start[n + 1] - 1]`,
 * ascending, so newest first. Path search works on these numbers; the maps
 * of `UpgradeGraph` are made from them only when read.
 *
 * @internal Used by `graph.ts` and `path.ts`; not part of the package API.
 */
export interface HopLists {
  /** Normalised version of each node (`UpgradeGraph.versions`). */
  readonly versions: readonly string[];
  /** Per node, where its targets begin in `targets`; one more entry at the end (the total). */
  readonly start: Int32Array;
  /** Target nodes, per source ascending (newest first). */
  readonly targets: Int32Array;
  /** Citation of the row deciding the pair at `at` (a place in `targets`). */
  citation(at: number): RowCitation;
}

/**
 * `UpgradeGraph.edges` or `.refusals`: a read-only map of source version →
 * (target version → citation), made from {@link HopLists} as it is read.
 * `get`, `has` and `size` make the inner map of one source at most (a real
 * `Map`, made once and then returned again); iterating makes all of them,
 * once. Sources in node order (newest first), targets newest first; a
 * source without targets has no entry.
 *
 * @internal Built by `upgradeGraph`; typed as `ReadonlyMap` in the API.
 */
export class HopMap implements ReadonlyMap<string, ReadonlyMap<string, RowCitation>> {
  /** The numbers this map is made from. */
  readonly lists: HopLists;
  /** How many sources have at least one target. */
  readonly size: number;
  /** Inner maps made so far, by source node. */
  private readonly made: Array<Map<string, RowCitation> | undefined>;
  /** Every entry, made on the first iteration. */
  private all: Map<string, ReadonlyMap<string, RowCitation>> | undefined;

  constructor(lists: HopLists) {
    this.lists = lists;
    const {start, versions} = lists;
    let size = 0;
    for (let node = 0; node < versions.length; node++) if ((start[node + 1] as number) > (start[node] as number)) size++;
    this.size = size;
    this.made = new Array<Map<string, RowCitation> | undefined>(versions.length);
  }

  get(version: string): ReadonlyMap<string, RowCitation> | undefined {
    const node = nodesOf(this.lists.versions).get(version);
    return node === undefined ? undefined : this.targetsOf(node);
  }

  has(version: string): boolean {
    return this.get(version) !== undefined;
  }

  entries(): MapIterator<[string, ReadonlyMap<string, RowCitation>]> {
    return this.everything().entries();
  }

  keys(): MapIterator<string> {
    return this.everything().keys();
  }

  values(): MapIterator<ReadonlyMap<string, RowCitation>> {
    return this.everything().values();
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlyMap<string, RowCitation>]> {
    return this.entries();
  }

  forEach(
    callback: (value: ReadonlyMap<string, RowCitation>, key: string, map: ReadonlyMap<string, ReadonlyMap<string, RowCitation>>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.everything()) callback.call(thisArg, value, key, this);
  }

  /** The inner map of a node, `undefined` when it has no targets. */
  private targetsOf(node: number): Map<string, RowCitation> | undefined {
    let targets = this.made[node];
    if (targets !== undefined) return targets;
    const {start, versions} = this.lists;
    const end = start[node + 1] as number;
    let at = start[node] as number;
    if (at === end) return undefined;
    targets = new Map();
    for (; at < end; at++) targets.set(versions[this.lists.targets[at] as number] as string, this.lists.citation(at));
    this.made[node] = targets;
    return targets;
  }

  private everything(): Map<string, ReadonlyMap<string, RowCitation>> {
    if (this.all === undefined) {
      this.all = new Map();
      const {versions} = this.lists;
      for (let node = 0; node < versions.length; node++) {
        const targets = this.targetsOf(node);
        if (targets !== undefined) this.all.set(versions[node] as string, targets);
      }
    }
    return this.all;
  }
}

/** Node of each version, by `UpgradeGraph.versions` array: made on the first lookup by text, shared by `edges` and `refusals`. */
const nodeIndexes = new WeakMap<readonly string[], Map<string, number>>();

/** The node of each version of a graph (its first place in `versions`). */
function nodesOf(versions: readonly string[]): Map<string, number> {
  let nodes = nodeIndexes.get(versions);
  if (nodes === undefined) {
    nodes = new Map();
    for (let node = 0; node < versions.length; node++) if (!nodes.has(versions[node] as string)) nodes.set(versions[node] as string, node);
    nodeIndexes.set(versions, nodes);
  }
  return nodes;
}

/** Lists made from maps not built by `upgradeGraph`, by map. */
const fromMaps = new WeakMap<ReadonlyMap<string, ReadonlyMap<string, RowCitation>>, HopLists>();

/**
 * The {@link HopLists} of `UpgradeGraph.edges` or `.refusals`: the map's
 * own when `upgradeGraph` built it, else read from the maps (once per map;
 * a target that is no node is left out, targets sorted newest first).
 *
 * @param map
 *   `graph.edges` or `graph.refusals`.
 * @param versions
 *   `graph.versions`.
 * @internal
 */
export function hopListsOf(map: ReadonlyMap<string, ReadonlyMap<string, RowCitation>>, versions: readonly string[]): HopLists {
  if (map instanceof HopMap && map.lists.versions === versions) return map.lists;
  let lists = fromMaps.get(map);
  if (lists === undefined || lists.versions !== versions) {
    const nodes = nodesOf(versions);
    const start = new Int32Array(versions.length + 1);
    const targets: number[] = [];
    const citations: RowCitation[] = [];
    for (let node = 0; node < versions.length; node++) {
      start[node] = targets.length;
      const pairs: Array<[number, RowCitation]> = [];
      for (const [target, citation] of map.get(versions[node] as string) ?? []) {
        const to = nodes.get(target);
        if (to !== undefined) pairs.push([to, citation]);
      }
      pairs.sort((left, right) => left[0] - right[0]);
      for (const [to, citation] of pairs) {
        targets.push(to);
        citations.push(citation);
      }
    }
    start[versions.length] = targets.length;
    lists = {versions, start, targets: Int32Array.from(targets), citation: (at) => citations[at] as RowCitation};
    fromMaps.set(map, lists);
  }
  return lists;
}
