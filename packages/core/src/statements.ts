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
  private pairs = new Int32Array(6 * 1024);
  /** How much of `pairs` is used. */
  private used = 0;
  /** Per source node: offset of its last pair named, `-1` when none. */
  private readonly last: Int32Array;
  /** Per source node: how many pairs it has. */
  private readonly count: Int32Array;
  /** Per source node with many pairs: the offset of each target's pair. */
  private readonly byTarget: Array<Map<number, number> | undefined> = [];
  /** Offsets of one source's pairs, reused by `decide`. */
  private readonly scratch: number[] = [];

  constructor(nodes: number) {
    this.last = new Int32Array(nodes).fill(-1);
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
    if (index !== undefined) offset = index.get(to) ?? -1;
    else {
      for (let candidate = this.last[from] as number; candidate !== -1; candidate = pairs[candidate + 1] as number) {
        if (pairs[candidate] === to) {
          offset = candidate;
          break;
        }
      }
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
      pairs[offset + 1] = this.last[from] as number;
      this.last[from] = offset;
      const count = ++(this.count[from] as number);
      // A short list is searched; a long one gets an index.
      if (index !== undefined) index.set(to, offset);
      else if (count > 8) {
        const built = new Map<number, number>();
        for (let candidate = offset; candidate !== -1; candidate = pairs[candidate + 1] as number) {
          built.set(pairs[candidate] as number, candidate);
        }
        this.byTarget[from] = built;
      }
    }
    const kind = offset + (exact ? 2 : 4) + (supported ? 0 : 1);
    if (pairs[kind] === 0) pairs[kind] = row + 1;
  }

  /**
   * What decides each pair from `from`, targets by node number (newest
   * first): exact rows when any names the pair, else wildcard rows; within
   * them support wins, citing the first supporting row, else the first
   * refusing row.
   *
   * @param decided
   *   Called once per pair, with the target node, whether the pair is an
   *   edge (else a refusal) and the row to cite.
   */
  decide(from: number, decided: (to: number, supported: boolean, row: number) => void): void {
    const pairs = this.pairs;
    const offsets = this.scratch;
    offsets.length = 0;
    for (let offset = this.last[from] as number; offset !== -1; offset = pairs[offset + 1] as number) {
      offsets.push(offset);
    }
    // By target: insertion sort while few (no comparator to allocate).
    if (offsets.length > 16) offsets.sort((left, right) => (pairs[left] as number) - (pairs[right] as number));
    else for (let index = 1; index < offsets.length; index++) {
      const offset = offsets[index] as number;
      const target = pairs[offset] as number;
      let place = index;
      for (; place > 0 && (pairs[offsets[place - 1] as number] as number) > target; place--) {
        offsets[place] = offsets[place - 1] as number;
      }
      offsets[place] = offset;
    }
    for (const offset of offsets) {
      const exact = pairs[offset + 2] !== 0 || pairs[offset + 3] !== 0;
      const supportedBy = pairs[offset + (exact ? 2 : 4)] as number;
      const refusedBy = pairs[offset + (exact ? 3 : 5)] as number;
      decided(pairs[offset] as number, supportedBy !== 0, (supportedBy !== 0 ? supportedBy : refusedBy) - 1);
    }
  }
}
