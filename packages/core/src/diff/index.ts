import type {Finding, UpgradePathsExport, UpgradeTable} from '../model.js';
import {compareText} from '../text.js';
import {newFindings} from './findings.js';
import {diffChangeKinds, type DatasetDiff, type DiffChange, type UpgradePathsDiff} from './model.js';
import {headTablePlace} from './places.js';
import {rowChanges} from './rows.js';
import {versionChanges, type DiffIgnore} from './versions.js';

/** Options of {@link diffExports}. */
export interface DiffOptions {
  /**
   * The lint findings of each revision, for {@link UpgradePathsDiff.findings}
   * (see `newFindings`). Absent: no findings are compared (an export holds
   * none).
   */
  readonly findings?: {readonly base: readonly Finding[]; readonly head: readonly Finding[]} | undefined;
  /** Versions not reported as newly stranded or unreached (the rules' `ignore` options). @default {} */
  readonly ignore?: DiffIgnore | undefined;
}

/**
 * What a change does to the upgrade paths: compare two JSON exports (schema
 * version 1, such as `upgradePathsExport` of two revisions of the docs) and
 * list, per dataset (matched by id), its changes:
 *
 * - rows added, removed, and changed (support flipped), matched by the
 *   upgrade they state, not by line (`rowChanges`);
 * - a new newest version, versions added and removed, each once;
 * - versions newly reported by rules `stranded-version` and
 *   `unreached-source` (the rules' own `strandedVersions` and
 *   `unreachedSources`);
 * - for every pair of versions in both revisions, a supported path lost
 *   (`removed-path`) or gained (`added-path`), searched in each revision's
 *   upgrade graph (`upgradeGraph`, `reachableFrom`).
 *
 * A dataset only in one revision is compared with an empty one (status
 * `added` or `removed`). Pure: nothing is read or changed; never throws.
 *
 * @param base
 *   The export before the change.
 * @param head
 *   The export after it.
 * @param options
 *   The findings of both revisions, versions to ignore.
 * @returns
 *   Datasets with changes, by id, each's changes by kind
 *   (`diffChangeKinds`), then file, line and column; and the new findings.
 */
export function diffExports(
  base: UpgradePathsExport,
  head: UpgradePathsExport,
  options?: Readonly<DiffOptions> | null,
): UpgradePathsDiff {
  const before = new Map(base.datasets.map((dataset) => [dataset.id, dataset]));
  const after = new Map(head.datasets.map((dataset) => [dataset.id, dataset]));
  const headTables = head.datasets.flatMap((dataset) => dataset.tables.map((table) => ({table, dataset: dataset.id})));
  const datasets: DatasetDiff[] = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort(compareText)) {
    const old = before.get(id);
    const now = after.get(id);
    const annotate = (table: UpgradeTable) => headTablePlace(table, id, headTables);
    const changes: DiffChange[] = [
      ...versionChanges(old, now, options?.ignore ?? {}, annotate),
      ...rowChanges(old, now, annotate),
    ].sort(compareChanges);
    if (changes.length === 0) continue;
    datasets.push({
      id,
      title: now?.title ?? old?.title ?? id,
      status: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
      changes,
    });
  }
  const findings = options?.findings ? newFindings(options.findings.base, options.findings.head) : [];
  return {datasets, findings};
}

function compareChanges(left: DiffChange, right: DiffChange): number {
  return (
    diffChangeKinds.indexOf(left.kind) - diffChangeKinds.indexOf(right.kind) ||
    compareText(left.place.file, right.place.file) ||
    left.place.line - right.place.line ||
    left.place.column - right.place.column
  );
}

export {newFindings} from './findings.js';
export {diffChangeKinds} from './model.js';
export type {DiffIgnore} from './versions.js';
export type {
  AddedRowChange,
  ChangedRowChange,
  DatasetDiff,
  DiffChange,
  DiffChangeKind,
  DiffPlace,
  DiffRevision,
  DiffRow,
  NewestVersionChange,
  PathChange,
  RemovedRowChange,
  UpgradePathsDiff,
  VersionChange,
} from './model.js';
