import type {Dataset} from '@upgrade-paths/core';

/**
 * One entry of the dataset index module (`datasets.js`) the plugin writes
 * and `remark-upgrade-paths` passes to `<UpgradeChecker />` as `datasets`:
 * enough to offer the dataset, and a loader for its data.
 */
export interface DatasetEntry {
  /** Dataset id, `<product>/<install>`. */
  readonly id: string;
  /** Dataset title (the page title of its tables). */
  readonly title: string;
  /** Number of versions in the dataset. */
  readonly versions: number;
  /** Import the dataset's data module (a separate chunk); its default export is the dataset. */
  readonly load: () => Promise<{readonly default: Dataset}>;
}
