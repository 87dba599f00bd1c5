import {compareIdentifiers} from 'semver/internal/identifiers.js';
import {readSemver} from './plainSemver.js';

/**
 * How a dataset writes its versions (README, "Version schemes").
 *
 * - `semver`: semver 2.0.0 (<https://semver.org>, as the `semver` package
 *   parses it), a leading `v` allowed: `4.7.20`, `v1.1.0-rc.3`.
 * - `calver`: two to four numeric parts, leading zeros allowed and dropped
 *   for comparison: `2024.10`, `24.04.1`.
 * - `loose`: one to four numeric parts: `2.13`, `1.2.3.4`, `v4`; a fourth
 *   part compares after the patch.
 *
 * `calver` and `loose` also take a semver pre-release (`-rc.1`, compared as
 * semver compares pre-releases) and build metadata (ignored). Every scheme
 * compares numerically, part by part, a missing part counting as `0`:
 * comparison is never on text.
 */
export type VersionScheme = 'semver' | 'calver' | 'loose';

/** The schemes, narrowest first: each accepts every exact version the ones before it accept. */
export const versionSchemes: readonly VersionScheme[] = ['semver', 'calver', 'loose'];

/** An exact version, read. */
export interface ExactVersion {
  readonly kind: 'exact';
  /** The cell text as written (trimmed, emphasis removed). */
  readonly text: string;
  /**
   * Normalised form: for semver, the `semver` package's `version`; for
   * `calver` and `loose`, the numeric parts as written (`2025.04`: display
   * keeps the written text), then `-<pre-release>`; a leading `v` and build
   * metadata dropped. Two forms that compare equal (`24.04`, `24.4`) are
   * still two texts: write one.
   */
  readonly version: string;
  /** Numeric parts, one to four. */
  readonly parts: readonly number[];
  /** Pre-release identifiers (`['rc', '3']`), empty when none. */
  readonly prerelease: readonly string[];
  /** First part. */
  readonly major: number;
  /** Second part, `0` when the version has one part. */
  readonly minor: number;
}

/**
 * A series: every known version whose first parts are `prefix` (`4.1.x`,
 * `4.1.X`, `4.1.*`: prefix `[4, 1]`; `4.x`: `[4]`), pre-releases included.
 */
export interface SeriesVersion {
  readonly kind: 'wildcard';
  readonly text: string;
  /** Leading parts, one to three. */
  readonly prefix: readonly number[];
  /** First part. */
  readonly major: number;
  /** Second part, `undefined` for a one-part series such as `4.x`. */
  readonly minor: number | undefined;
}

/**
 * A range: every known version from `from` to `to`, both included
 * (`2.5 - 2.12`, `1.5.0 to 1.5.2`).
 */
export interface RangeVersion {
  readonly kind: 'range';
  readonly text: string;
  readonly from: ExactVersion;
  readonly to: ExactVersion;
  /** First part of `from`. */
  readonly major: number;
  /** Second part of `from`. */
  readonly minor: number;
}

/**
 * A version cell read as a value: an exact version, a series (`wildcard`)
 * or a range. `text` is always the cell text as written.
 */
export type Version = ExactVersion | SeriesVersion | RangeVersion;

/** Options of {@link parseVersion}. */
export interface ParseVersionOptions {
  /**
   * Also read `A-B` without spaces as a range (a matrix header's
   * `8.0.2-8.0.10`); elsewhere that is a semver pre-release. Default `false`.
   */
  readonly compactRange?: boolean | undefined;
}

const seriesExpression = /^[vV]?(\d+(?:\.\d+){0,2})\.[xX*]$/;
const numericExpression =
  /^[vV]?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const rangeExpression = /^(\S+)\s+(?:-|–|—|to)\s+(\S+)$/;

/**
 * Read a version cell.
 *
 * Forms: an exact version of `scheme` (see {@link VersionScheme}); a series
 * `4.1.x` / `4.x` / `4.1.*` (any scheme); a range of two exact versions of
 * `scheme` joined by ` - `, ` – ` or ` to ` (spaces required), the first
 * older than the second.
 *
 * @param text
 *   Cell text, already trimmed and without emphasis.
 * @param scheme
 *   The dataset's scheme. Default `semver`.
 * @param options
 *   See {@link ParseVersionOptions}.
 * @returns
 *   The version, or `undefined` when the text is none of the forms (such as
 *   `4.7.a`, `4.7` in `semver`, `3.0 - 2.0`, or the empty string).
 */
export function parseVersion(
  text: string,
  scheme: VersionScheme = 'semver',
  options?: ParseVersionOptions | null,
): Version | undefined {
  // A series is no exact version of any scheme: read it first, no semver.parse.
  const series = seriesExpression.exec(text);
  if (series) {
    const prefix = (series[1] as string).split('.').map(Number);
    return {kind: 'wildcard', text, prefix, major: prefix[0] as number, minor: prefix[1]};
  }
  const exact = parseExact(text, scheme);
  if (exact && !(options?.compactRange && /\d-\d/.test(text) && compactRange(text, scheme))) return exact;
  const spaced = rangeExpression.exec(text);
  const range = spaced ? rangeOf(text, spaced[1] as string, spaced[2] as string, scheme) : undefined;
  if (range) return range;
  if (options?.compactRange) return compactRange(text, scheme) ?? exact;
  return exact;
}

function compactRange(text: string, scheme: VersionScheme): RangeVersion | undefined {
  const index = text.search(/(?<=\d)-(?=[vV]?\d)/);
  if (index < 0) return undefined;
  return rangeOf(text, text.slice(0, index), text.slice(index + 1), scheme);
}

function rangeOf(text: string, left: string, right: string, scheme: VersionScheme): RangeVersion | undefined {
  const from = parseExact(left, scheme);
  const to = parseExact(right, scheme);
  if (!from || !to || compareExact(from, to) >= 0) return undefined;
  return {kind: 'range', text, from, to, major: from.major, minor: from.minor};
}

/**
 * Read an exact version of a scheme.
 *
 * @returns
 *   The version, or `undefined` when `text` is no exact version of `scheme`.
 */
export function parseExact(text: string, scheme: VersionScheme = 'semver'): ExactVersion | undefined {
  if (scheme === 'semver') return readSemver(text);
  const match = numericExpression.exec(text);
  if (!match) return undefined;
  const parts = (match[1] as string).split('.').map(Number);
  if (scheme === 'calver' && parts.length < 2) return undefined;
  if (parts.some((part) => !Number.isSafeInteger(part))) return undefined;
  const prerelease = match[2] === undefined ? [] : match[2].split('.');
  return {
    kind: 'exact',
    text,
    version: (match[1] as string) + (prerelease.length > 0 ? '-' + prerelease.join('.') : ''),
    parts,
    prerelease,
    major: parts[0] as number,
    minor: parts[1] ?? 0,
  };
}

/** Normalised versions read back, for comparison (normalised forms are `loose` versions). */
const normalised = new Map<string, ExactVersion | undefined>();

function readNormalised(text: string): ExactVersion | undefined {
  let version = normalised.get(text);
  if (version === undefined && !normalised.has(text)) {
    version = parseExact(text, 'loose');
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(text, version);
  }
  return version;
}

/**
 * Compare two exact versions: numeric parts in order (a missing part is
 * `0`), then a version with a pre-release before the same without one,
 * pre-releases compared as semver compares them.
 *
 * @returns
 *   Negative when `left` is older, positive when newer, `0` when equal.
 */
export function compareExact(left: ExactVersion, right: ExactVersion): number {
  const length = Math.max(left.parts.length, right.parts.length);
  for (let index = 0; index < length; index++) {
    const order = (left.parts[index] ?? 0) - (right.parts[index] ?? 0);
    if (order !== 0) return Math.sign(order);
  }
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return right.prerelease.length - left.prerelease.length === 0 ? 0 : left.prerelease.length === 0 ? 1 : -1;
  }
  const identifiers = Math.max(left.prerelease.length, right.prerelease.length);
  for (let index = 0; index < identifiers; index++) {
    const a = left.prerelease[index];
    const b = right.prerelease[index];
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    const order = compareIdentifiers(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Compare two normalised exact versions (`ExactVersion.version` of any
 * scheme) as {@link compareExact} does: by value, so two texts of one
 * value (`2.13`, `2.13.0`) compare `0` (they are still two texts in the
 * data: write one). A text that is no version sorts before every version.
 *
 * @returns
 *   Negative when `left` is older, positive when newer, `0` when equal.
 */
export function compareVersions(left: string, right: string): number {
  if (left === right) return 0;
  const a = readNormalised(left);
  const b = readNormalised(right);
  if (!a || !b) return a ? 1 : b ? -1 : left < right ? -1 : 1;
  return compareExact(a, b);
}

/**
 * Sort normalised exact versions newest first, without duplicates; two
 * texts of one value keep a fixed order (by text), so the result depends
 * only on the set given.
 *
 * @param versions
 *   Normalised versions (`ExactVersion.version`).
 * @returns
 *   A new array.
 */
export function newestFirst(versions: Iterable<string>): string[] {
  return Array.from(new Set(versions)).sort(
    (left, right) => compareVersions(right, left) || (left < right ? -1 : left > right ? 1 : 0),
  );
}

/**
 * Whether a normalised exact version belongs to the series `major.minor`.
 */
export function inSeries(version: string, major: number, minor: number): boolean {
  const parsed = readNormalised(version);
  return parsed !== undefined && parsed.major === major && parsed.minor === minor;
}

/**
 * Whether a series, range or exact version stands for an exact version:
 * the same version, a version of the series (its first parts are the
 * prefix), or a version of the range (both ends included).
 *
 * @param pattern
 *   A version read with {@link parseVersion}.
 * @param version
 *   A normalised exact version.
 */
export function covers(pattern: Version, version: string): boolean {
  const exact = readNormalised(version);
  if (!exact) return false;
  if (pattern.kind === 'exact') return compareExact(pattern, exact) === 0;
  if (pattern.kind === 'wildcard') return pattern.prefix.every((part, index) => exact.parts[index] === part);
  return compareExact(pattern.from, exact) <= 0 && compareExact(exact, pattern.to) <= 0;
}

/**
 * Infer the version scheme of a table from its exact version cells.
 *
 * Rule (README, "Version schemes"): `semver` when at least three quarters
 * of the cells that read as `loose` versions are semver (so a stray `4.7`
 * among semver versions stays an `invalid-version` error, as does `4.7.a`
 * under every scheme); else `calver` when every such cell has two to four
 * parts and a first part of at least 1000 (`2024.10`) or the `YY.MM` form
 * (two-digit year, two-digit month `01`–`12`: `24.04.1`); else `loose`.
 * No readable cell: `semver`.
 *
 * @param texts
 *   Version cell texts (series, ranges and unreadable cells are passed too:
 *   ranges count by their ends, the rest is not counted).
 */
export function inferScheme(texts: Iterable<string>): VersionScheme {
  let readable = 0;
  let semverCells = 0;
  let calverCells = 0;
  for (const text of texts) {
    const ends = rangeExpression.exec(text);
    for (const part of ends ? [ends[1] as string, ends[2] as string] : [text]) {
      const loose = parseExact(part, 'loose');
      if (!loose) continue;
      readable++;
      if (readSemver(part) !== undefined) semverCells++;
      const written = /^[vV]?(\d+)\.(\d+)/.exec(part);
      if (
        loose.parts.length >= 2 &&
        written &&
        (loose.major >= 1000 || (/^\d\d$/.test(written[1] as string) && /^(0[1-9]|1[0-2])$/.test(written[2] as string)))
      ) {
        calverCells++;
      }
    }
  }
  if (readable === 0 || semverCells * 4 >= readable * 3) return 'semver';
  if (calverCells === readable) return 'calver';
  return 'loose';
}

/**
 * The widest of some schemes (`semver` < `calver` < `loose`, see
 * {@link versionSchemes}): the scheme of a dataset whose tables were
 * inferred differently. `semver` when none is given.
 */
export function widestScheme(schemes: Iterable<VersionScheme>): VersionScheme {
  let widest = 0;
  for (const scheme of schemes) widest = Math.max(widest, versionSchemes.indexOf(scheme));
  return versionSchemes[widest] as VersionScheme;
}

/** Whether a value is a {@link VersionScheme} name. */
export function isVersionScheme(value: unknown): value is VersionScheme {
  return typeof value === 'string' && (versionSchemes as readonly string[]).includes(value);
}

/**
 * Read a source or target cell written as real docs do: a product name
 * before the version (`Redis Software 7.2.x`, `OpenSearch 2.11.0`) and a
 * parenthesised remark after it (`v1.1.1 (recommended)`) are not part of
 * the version; they are the cell's note.
 *
 * Only a version-looking remainder is taken apart (words then a `v` or a
 * digit, followed by a `.` or nothing: `Debian 12`; a final `(…)` after
 * something with a digit and a `.`): anything else is returned as is. A
 * malformed version stays an `invalid-version` error (`Redis Software
 * 7.2.a` reads as `7.2.a`).
 *
 * @param text
 *   Cell text, trimmed, emphasis removed.
 * @returns
 *   The version as written, and the rest of the text (`''` when none):
 *   product name and remark joined by a space.
 */
export function readVersionCell(text: string): {readonly version: string; readonly note: string} {
  let version = text.trim();
  let remark = '';
  const parenthesised = /^(.*?\S)\s+\(([^()]+)\)$/u.exec(version);
  if (parenthesised && /\d\./.test(parenthesised[1] ?? '')) {
    version = parenthesised[1] ?? version;
    remark = (parenthesised[2] ?? '').trim();
  }
  let product = '';
  const named = /^((?:\p{L}[\p{L}\p{N}_-]*\s+)+)(v?\d+(?:\.\S*)?)$/u.exec(version);
  if (named) {
    product = (named[1] ?? '').trim();
    version = named[2] ?? version;
  }
  return {version, note: [product, remark].filter((part) => part !== '').join(' ')};
}

/**
 * Read a source or target cell that may name several versions
 * (`v1.1.0, v1.1.1`, `4.6.41 and 4.6.43`, `2.11; 2.12`): one version per
 * part, each read with {@link readVersionCell}. A cell is split only when
 * every part reads as a version (starts with a digit or `v` and a digit),
 * so `Redis Software 7.2, 7.4` splits and `Yes, 4.7` does not.
 *
 * @param text
 *   Cell text, trimmed, emphasis removed.
 * @returns
 *   One entry per version, in order; one entry (`readVersionCell(text)`)
 *   when the cell names one version, or none, or is empty.
 */
export function readVersionCells(text: string): Array<{readonly version: string; readonly note: string}> {
  const parts = text.split(/\s*(?:,|;|&|\band\b|\bor\b)\s*/).filter((part) => part !== '');
  if (parts.length > 1) {
    const read = parts.map((part) => readVersionCell(part));
    if (read.every((part) => /^[vV]?\d/.test(part.version))) return read;
  }
  return [readVersionCell(text)];
}
