import {reachableFrom, upgradeGraph, type UpgradeGraph} from '../graph.js';
import type {Dataset, UpgradeTable} from '../model.js';
import {strandedVersions} from '../rules/strandedVersion.js';
import {unreachedSources} from '../rules/unreachedSource.js';
import type {DiffPlace, NewestVersionChange, PathChange, VersionChange} from './model.js';
import {placedRows, versionPlaces} from './places.js';

/** Versions not to report as newly stranded or unreached: the rules' `ignore` options. */
export interface DiffIgnore {
  /** Option `ignore` of rule `stranded-version`. @default [] */
  readonly strandedVersion?: readonly string[] | undefined;
  /** Option `ignore` of rule `unreached-source`. @default [] */
  readonly unreachedSource?: readonly string[] | undefined;
}

/**
 * What two revisions of a dataset say about its versions and paths: versions
 * added and removed, a new newest version, versions newly stranded or
 * unreached (as rules `stranded-version` and `unreached-source` find them),
 * and, for every pair of versions known in both, a chain of supported rows
 * lost or gained (each revision's `upgradeGraph`, searched with
 * `reachableFrom`).
 *
 * @param base
 *   The dataset in the base, `undefined` when it is new.
 * @param head
 *   The dataset in the head, `undefined` when it is gone.
 * @param ignore
 *   Versions the rules are told to ignore.
 * @param annotate
 *   Where the head shows a base row's table (`headTablePlace`).
 */
export function versionChanges(
  base: Dataset | undefined,
  head: Dataset | undefined,
  ignore: DiffIgnore,
  annotate: (table: UpgradeTable) => DiffPlace | null,
): Array<PathChange | VersionChange | NewestVersionChange> {
  const baseGraph = base ? upgradeGraph(base) : undefined;
  const headGraph = head ? upgradeGraph(head) : undefined;
  const baseVersions = new Set(baseGraph?.versions ?? []);
  const headVersions = new Set(headGraph?.versions ?? []);
  const basePlace = versionPlaces(placedRows(base));
  const headPlace = versionPlaces(placedRows(head));
  const changes: Array<PathChange | VersionChange | NewestVersionChange> = [];
  const atHead = (version: string): {place: DiffPlace; annotation: DiffPlace} | undefined => {
    const found = headPlace(version);
    if (found === undefined) return undefined;
    const place: DiffPlace = {revision: 'head', file: found.table.file, line: found.line, column: found.column};
    return {place, annotation: place};
  };

  const newest = headGraph?.versions[0];
  const previous = baseGraph?.versions[0] ?? null;
  if (newest !== undefined && newest !== previous) {
    const at = atHead(newest);
    if (at) changes.push({kind: 'newest-version', version: newest, previous, ...at});
  }
  for (const version of headGraph?.versions ?? []) {
    if (baseVersions.has(version) || version === newest) continue;
    const at = atHead(version);
    if (at) changes.push({kind: 'added-version', version, ...at});
  }
  for (const version of baseGraph?.versions ?? []) {
    const found = basePlace(version);
    if (headVersions.has(version) || found === undefined) continue;
    const place: DiffPlace = {revision: 'base', file: found.table.file, line: found.line, column: found.column};
    changes.push({kind: 'removed-version', version, place, annotation: annotate(found.table)});
  }

  const wasStranded = base ? strandedVersions(base, baseGraph).stranded : new Set<string>();
  const wasUnreached = base ? unreachedSources(base.tables).unreached : new Set<string>();
  const stranded = head ? strandedVersions(head, headGraph).stranded : new Set<string>();
  const unreached = head ? unreachedSources(head.tables).unreached : new Set<string>();
  const ignored = {stranded: new Set(ignore.strandedVersion), unreached: new Set(ignore.unreachedSource)};
  for (const version of stranded) {
    const at = atHead(version);
    if (!wasStranded.has(version) && !ignored.stranded.has(version) && at) changes.push({kind: 'stranded-version', version, ...at});
  }
  for (const version of unreached) {
    const at = atHead(version);
    if (!wasUnreached.has(version) && !ignored.unreached.has(version) && at) changes.push({kind: 'unreached-source', version, ...at});
  }

  if (baseGraph && headGraph) changes.push(...pathChanges(baseGraph, headGraph, atHead));
  return changes;
}

/** Paths lost and gained between versions both graphs know, one change per source version, oldest first. */
function pathChanges(
  base: UpgradeGraph,
  head: UpgradeGraph,
  atHead: (version: string) => {place: DiffPlace; annotation: DiffPlace} | undefined,
): PathChange[] {
  const known = new Set(base.versions);
  const common = head.versions.filter((version) => known.has(version));
  const changes: PathChange[] = [];
  for (const source of [...common].reverse()) {
    const before = reachableFrom(base, source);
    const after = reachableFrom(head, source);
    const lost = common.filter((target) => before.has(target) && !after.has(target));
    const gained = common.filter((target) => after.has(target) && !before.has(target));
    const at = atHead(source);
    if (at === undefined) continue;
    if (lost.length > 0) changes.push({kind: 'removed-path', source, targets: lost, ...at});
    if (gained.length > 0) changes.push({kind: 'added-path', source, targets: gained, ...at});
  }
  return changes;
}
