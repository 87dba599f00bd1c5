/** Files read at the same time: enough to keep the disk busy, few enough for any `ulimit -n`. */
const concurrency = 16;

/**
 * `Promise.all(items.map(map))`, with at most 16 calls running at once.
 *
 * @returns
 *   Results in the order of `items`.
 */
export async function mapConcurrently<Item, Result>(
  items: readonly Item[],
  map: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  async function work(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as Item);
    }
  }
  await Promise.all(Array.from({length: Math.min(concurrency, items.length)}, work));
  return results;
}
