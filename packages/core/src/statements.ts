/**
 * What the rows of a dataset say about each pair of nodes (from, to), kept
 * in flat arrays: per pair the first exact row supporting it, the first
 * exact row refusing it, and the same for wildcard rows (series and
 * ranges). Nodes and rows are numbers (see `nodes.ts`).
 *
 * @internal Used by `graph.ts`; not part of the package API.
 */
export class Statements {
  /**
   * Six numbers per pair: target node, offset of the source's next pair
   * (`-1` at the end), then the four rows (row number + 1; `0` when no row
   * of that kind names the pair).
   */
  private pairs: Int32Array;
  /** How much of `pairs` is used. */
  private used = 0;
  /**
   * Per source node: offset of its first pair, `-1` when none. A source's
   * pairs are linked by target, newest (lowest node number) first, until it
   * has many; then they are linked in the order named and `byTarget` finds
   * them.
   */
  private readonly first: Int32Array;
  /** Per source node: how many pairs it has. */
  private readonly count: Int32Array;
  /** Per source node with many pairs: the offset of each target's pair. */
  private readonly byTarget: Array<Map<number, number> | undefined> = [];

  /**
   * @param nodes
   *   How many nodes there are.
   * @param rows
   *   How many rows will be said (room is made for two pairs each).
   */
  constructor(nodes: number, rows: number) {
    this.pairs = new Int32Array(6 * Math.max(1024, 2 * rows));
    this.first = new Int32Array(nodes).fill(-1);
    this.count = new Int32Array(nodes);
  }

  /**
   * Record that row `row` names the pair `from` → `to`; the first row of
   * each kind is kept.
   */
  say(from: number, to: number, exact: boolean, supported: boolean, row: number): void {
    let pairs = this.pairs;
    const index = this.byTarget[from];
    let offset = -1;
    let before = -1;
    let after = this.first[from] as number;
    if (index !== undefined) offset = index.get(to) ?? -1;
    else {
      // Walk the sorted list to the target or to where it goes.
      while (after !== -1 && (pairs[after] as number) < to) {
        before = after;
        after = pairs[after + 1] as number;
      }
      if (after !== -1 && pairs[after] === to) offset = after;
    }
    if (offset === -1) {
      offset = this.used;
      this.used += 6;
      if (this.used > pairs.length) {
        const grown = new Int32Array(pairs.length * 2);
        grown.set(pairs);
        this.pairs = pairs = grown;
      }
      pairs[offset] = to;
      const count = ++(this.count[from] as number);
      if (index !== undefined) {
        // Many pairs: linked first, sorted in `edges`.
        pairs[offset + 1] = this.first[from] as number;
        this.first[from] = offset;
        index.set(to, offset);
      } else {
        pairs[offset + 1] = after;
        if (before === -1) this.first[from] = offset;
        else pairs[before + 1] = offset;
        if (count > 8) {
          const built = new Map<number, number>();
          for (let pair = this.first[from] as number; pair !== -1; pair = pairs[pair + 1] as number) {
            built.set(pairs[pair] as number, pair);
          }
          this.byTarget[from] = built;
        }
      }
    }
    const kind = offset + (exact ? 2 : 4) + (supported ? 0 : 1);
    if (pairs[kind] === 0) pairs[kind] = row + 1;
  }

  /**
   * The edges and refusals: for each pair, exact rows decide when any
   * names it, else wildcard rows; within them support wins, citing the
   * first supporting row, else the first refusing row. Sources in node
   * order, targets newest first (see `UpgradeGraph`).
   *
   * @returns
   *   Per kind, the pairs as compressed rows: the targets of node `n` are
   *   `targets[start[n]]` … `targets[start[n + 1] - 1]`, ascending (newest
   *   first), `rows` the deciding row of each.
   */
  lists(): {edges: PairLists; refusals: PairLists} {
    const pairs = this.pairs;
    const nodes = this.first.length;
    const total = this.used / 6;
    const edges: PairLists = {start: new Int32Array(nodes + 1), targets: new Int32Array(total), rows: new Int32Array(total)};
    const refusals: PairLists = {start: new Int32Array(nodes + 1), targets: new Int32Array(total), rows: new Int32Array(total)};
    let edgeCount = 0;
    let refusalCount = 0;
    const sorted: number[] = [];
    for (let from = 0; from < nodes; from++) {
      edges.start[from] = edgeCount;
      refusals.start[from] = refusalCount;
      let offset = this.first[from] as number;
      if (offset === -1) continue;
      let list: readonly number[] | undefined;
      let next = 0;
      if (this.byTarget[from] !== undefined) {
        // Many pairs, linked as named: sort their offsets by target.
        sorted.length = 0;
        for (let pair = offset; pair !== -1; pair = pairs[pair + 1] as number) sorted.push(pair);
        sorted.sort((left, right) => (pairs[left] as number) - (pairs[right] as number));
        list = sorted;
        offset = sorted[next++] as number;
      }
      while (offset !== -1) {
        const exact = pairs[offset + 2] !== 0 || pairs[offset + 3] !== 0;
        const supportedBy = pairs[offset + (exact ? 2 : 4)] as number;
        if (supportedBy !== 0) {
          edges.targets[edgeCount] = pairs[offset] as number;
          edges.rows[edgeCount++] = supportedBy - 1;
        } else {
          refusals.targets[refusalCount] = pairs[offset] as number;
          refusals.rows[refusalCount++] = (pairs[offset + (exact ? 3 : 5)] as number) - 1;
        }
        if (list === undefined) offset = pairs[offset + 1] as number;
        else offset = next < list.length ? (list[next++] as number) : -1;
      }
    }
    edges.start[nodes] = edgeCount;
    refusals.start[nodes] = refusalCount;
    return {edges, refusals};
  }
}

/**
 * Pairs of one kind (edges or refusals) by node, as compressed rows.
 *
 * @internal
 */
export interface PairLists {
  /** Per node, where its targets begin; one more entry at the end (the total). */
  readonly start: Int32Array;
  /** Target nodes, per source ascending (newest first). */
  readonly targets: Int32Array;
  /** Per target, the row (number among the rows said) deciding the pair. */
  readonly rows: Int32Array;
}
