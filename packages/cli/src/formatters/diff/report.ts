import type {DiffChange, DiffPlace, UpgradePathsDiff} from '@upgrade-paths/core';

/** Kinds `--fail-on` takes: what makes `diff` exit with 1. */
export const failKinds = ['removed-path', 'stranded', 'finding'] as const;

/** One of {@link failKinds}. */
export type FailKind = (typeof failKinds)[number];

/** One side of a diff, as the formats name it. */
export interface DiffSide {
  /** The revision as given (`origin/main`), the export file, or `null` for the work tree. */
  readonly revision: string | null;
  /** Commit id read, `null` for the work tree and exports. */
  readonly commit: string | null;
}

/** What a diff formatter gets. */
export interface DiffReport {
  readonly diff: UpgradePathsDiff;
  readonly base: DiffSide;
  readonly head: DiffSide;
  /**
   * Path from the repository's top to the folder the `file` of places and
   * findings is relative to (`example-site/`), `''` when unknown (exports):
   * what GitHub's annotations and links need.
   */
  readonly prefix: string;
  /** URL of a head place (`--link-base` + path + `#L<line>`), `undefined` without a link base. */
  readonly link: (place: DiffPlace) => string | undefined;
  /** `--fail-on` kinds. */
  readonly failOn: ReadonlySet<FailKind>;
  /** Ids of the rules `--fix` repairs (for the findings of `stylish`). */
  readonly fixable: ReadonlySet<string>;
}

/** The `--fail-on` kind a change counts as, if any. */
export function failKindOf(change: DiffChange): FailKind | undefined {
  if (change.kind === 'removed-path') return 'removed-path';
  if (change.kind === 'stranded-version') return 'stranded';
  return undefined;
}

/** The `--fail-on` kinds that occur in a diff. */
export function failKindsFound(diff: UpgradePathsDiff): Set<FailKind> {
  const found = new Set<FailKind>();
  for (const dataset of diff.datasets) {
    for (const change of dataset.changes) {
      const kind = failKindOf(change);
      if (kind) found.add(kind);
    }
  }
  if (diff.findings.length > 0) found.add('finding');
  return found;
}

/** `✅`-free words for a support value. */
export function supportWords(supported: boolean | null): string {
  return supported === null ? 'support unread' : supported ? 'supported' : 'not supported';
}

/**
 * One sentence per change, the same in every format: code spans for
 * versions, the kind's meaning in words.
 */
export function describeChange(change: DiffChange): string {
  switch (change.kind) {
    case 'newest-version':
      return 'new newest version `' + change.version + '`' + (change.previous === null ? '' : ' (was `' + change.previous + '`)');
    case 'added-version':
      return 'version `' + change.version + '` added';
    case 'removed-version':
      return 'version `' + change.version + '` removed';
    case 'stranded-version':
      return 'version `' + change.version + '` newly stranded: no supported path from it reaches the newest version';
    case 'unreached-source':
      return 'source version `' + change.version + '` newly unreached: no supported row leads to it';
    case 'removed-path':
      return 'no supported path any more from `' + change.source + '` to ' + codeList(change.targets);
    case 'added-path':
      return 'new supported path from `' + change.source + '` to ' + codeList(change.targets);
    case 'added-row':
      return 'row ' + upgrade(change.row) + ' added, ' + supportWords(change.row.supported);
    case 'removed-row':
      return 'row ' + upgrade(change.row) + ' removed, was ' + supportWords(change.row.supported);
    case 'changed-row':
      return 'row ' + upgrade(change.row) + ' now ' + supportWords(change.row.supported) + ', was ' + supportWords(change.was);
  }
}

/** `file:line:column`, with ` in the base` for a place of the base. */
export function placeText(place: DiffPlace): string {
  return place.file + ':' + place.line + ':' + place.column + (place.revision === 'base' ? ' in the base' : '');
}

function upgrade(row: {readonly source: string; readonly target: string; readonly derived?: 'path' | undefined}): string {
  return '`' + row.source + '` → `' + row.target + '`' + (row.derived === 'path' ? ' (hop of a recommended path)' : '');
}

function codeList(values: readonly string[]): string {
  return values.map((value) => '`' + value + '`').join(', ');
}
