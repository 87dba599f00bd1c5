import type {Finding} from '../model.js';

/** Which side of a comparison a place is in: the revision before the change, or after it. */
export type DiffRevision = 'base' | 'head';

/** A place in a file of one revision: 1-based line and column, as the export gives them. */
export interface DiffPlace {
  readonly revision: DiffRevision;
  /** The `file` of the table (as the export has it). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A row named by a change: what it states, and the table it is in. */
export interface DiffRow {
  /** Source version cell as written. */
  readonly source: string;
  /** Target version cell as written. */
  readonly target: string;
  /** `true` supported, `false` not supported, `null` unread (see `UpgradeRow.supported`). */
  readonly supported: boolean | null;
  /** `path` for a hop of a recommended path (see `UpgradeRow.derived`). */
  readonly derived?: 'path' | undefined;
  /** Id of the table holding the row (`<file>:<line>`) in its revision. */
  readonly table: string;
  /** The table's group (`4.7.x`), `null` when none. */
  readonly group: string | null;
}

/**
 * What every change says about where it is.
 *
 * - `place`: where the fact is written, in the revision it holds in (a
 *   removed row or version: the base; everything else: the head).
 * - `annotation`: where in the head a reviewer should see it: `place` when
 *   it is in the head; for a removed row, the header line of the head
 *   table that took the place of the row's table (same file and dataset,
 *   same group and tab when there is one, the nearest line); `null` when
 *   the head has no such table (the table or its file is gone).
 */
interface ChangeBase {
  readonly place: DiffPlace;
  readonly annotation: DiffPlace | null;
}

/** A row the head states that the base did not (matched by upgrade, not by line: a moved row is no change). */
export interface AddedRowChange extends ChangeBase {
  readonly kind: 'added-row';
  /** The head row. */
  readonly row: DiffRow;
}

/** A row the base stated that the head does not. */
export interface RemovedRowChange extends ChangeBase {
  readonly kind: 'removed-row';
  /** The base row. */
  readonly row: DiffRow;
}

/** A row whose support flipped (`✅` → `❌`, or a support cell no longer read). */
export interface ChangedRowChange extends ChangeBase {
  readonly kind: 'changed-row';
  /** The head row. */
  readonly row: DiffRow;
  /** Its support in the base. */
  readonly was: boolean | null;
}

/**
 * Versions known in both revisions between which a chain of supported rows
 * existed in the base and exists no more (`removed-path`), or exists now
 * and did not (`added-path`), searched in each revision's upgrade graph
 * (`reachableFrom`). One change per source version; `place` is the first
 * head row naming it.
 */
export interface PathChange extends ChangeBase {
  readonly kind: 'removed-path' | 'added-path';
  /** Normalised source version. */
  readonly source: string;
  /** Normalised target versions, newest first. */
  readonly targets: readonly string[];
}

/**
 * A version about which the head says something new:
 *
 * - `stranded-version`: rule `stranded-version` reports it in the head and
 *   not in the base (`strandedVersions`);
 * - `unreached-source`: the same for rule `unreached-source`
 *   (`unreachedSources`);
 * - `added-version`: in the head's versions, not the base's (the head's new
 *   newest version is a `newest-version` instead);
 * - `removed-version`: in the base's versions, not the head's (`place` in
 *   the base).
 *
 * `place` is the first row naming the version.
 */
export interface VersionChange extends ChangeBase {
  readonly kind: 'stranded-version' | 'unreached-source' | 'added-version' | 'removed-version';
  /** Normalised version. */
  readonly version: string;
}

/** The head's newest version is another than the base's. */
export interface NewestVersionChange extends ChangeBase {
  readonly kind: 'newest-version';
  /** The head's newest version. */
  readonly version: string;
  /** The base's, `null` when the base has no version (a new dataset). */
  readonly previous: string | null;
}

/** One change a diff finds in a dataset. */
export type DiffChange =
  | AddedRowChange
  | RemovedRowChange
  | ChangedRowChange
  | PathChange
  | VersionChange
  | NewestVersionChange;

/** The `kind` of a {@link DiffChange}. */
export type DiffChangeKind = DiffChange['kind'];

/**
 * Every change kind, in the order a dataset's changes are listed: versions
 * first (what a reader sees first), then paths, then rows.
 */
export const diffChangeKinds: readonly DiffChangeKind[] = [
  'newest-version',
  'added-version',
  'removed-version',
  'stranded-version',
  'unreached-source',
  'removed-path',
  'added-path',
  'added-row',
  'removed-row',
  'changed-row',
];

/** The changes of one dataset. */
export interface DatasetDiff {
  /** Dataset id, `<product>/<install>`. */
  readonly id: string;
  /** Title in the head (the base's for a removed dataset). */
  readonly title: string;
  /** `added`: only in the head; `removed`: only in the base; else `changed`. */
  readonly status: 'added' | 'removed' | 'changed';
  /** Changes, by kind ({@link diffChangeKinds}), then place. Never empty. */
  readonly changes: readonly DiffChange[];
}

/** What `diffExports` gives. */
export interface UpgradePathsDiff {
  /** Datasets with at least one change, by id. */
  readonly datasets: readonly DatasetDiff[];
  /** Findings of the head that the base did not have (see `newFindings`); empty when none were given. */
  readonly findings: readonly Finding[];
}
