import semver from 'semver';

/**
 * A version cell read as a value.
 *
 * - `exact`: a semver version such as `4.7.20` or `1.1.0-rc.3`; `version` is
 *   the normalised semver string (a leading `v` dropped).
 * - `wildcard`: a series such as `4.1.x` (also `4.1.X`, `4.1.*`), meaning
 *   every known version of that major.minor, pre-releases included.
 *
 * `text` is always the cell text as written (trimmed, emphasis removed).
 */
export type Version =
  | {
      readonly kind: 'exact';
      readonly text: string;
      readonly version: string;
      readonly major: number;
      readonly minor: number;
    }
  | {
      readonly kind: 'wildcard';
      readonly text: string;
      readonly major: number;
      readonly minor: number;
    };

const wildcardExpression = /^v?(\d+)\.(\d+)\.[xX*]$/;

/**
 * Read a version cell.
 *
 * Format: a semver 2.0.0 version (<https://semver.org>, as parsed by the
 * `semver` package, an optional leading `v` allowed), or a wildcard source
 * `MAJOR.MINOR.x`.
 *
 * @param text
 *   Cell text, already trimmed and without emphasis.
 * @returns
 *   The version, or `undefined` when the text is neither form (such as
 *   `4.7.a` or the empty string).
 */
export function parseVersion(text: string): Version | undefined {
  const exact = semver.parse(text);
  if (exact) {
    return {
      kind: 'exact',
      text,
      version: exact.version,
      major: exact.major,
      minor: exact.minor,
    };
  }
  const wildcard = wildcardExpression.exec(text);
  if (wildcard) {
    return {
      kind: 'wildcard',
      text,
      major: Number(wildcard[1]),
      minor: Number(wildcard[2]),
    };
  }
  return undefined;
}

/**
 * Compare two exact versions by semver precedence.
 *
 * @returns
 *   A negative number when `left` is older, positive when newer, `0` when
 *   equal.
 */
export function compareVersions(left: string, right: string): number {
  return semver.compare(left, right);
}

/**
 * Sort exact semver versions newest first, without duplicates (compared by
 * semver value).
 *
 * @param versions
 *   Normalised semver strings.
 * @returns
 *   A new array.
 */
export function newestFirst(versions: Iterable<string>): string[] {
  return Array.from(new Set(versions)).sort((left, right) => semver.rcompare(left, right));
}

/**
 * Whether an exact version belongs to the series `major.minor`.
 */
export function inSeries(version: string, major: number, minor: number): boolean {
  const parsed = semver.parse(version);
  return parsed !== null && parsed.major === major && parsed.minor === minor;
}

/**
 * Read a source or target cell written as real docs do: a product name
 * before the version (`Redis Software 7.2.x`, `OpenSearch 2.11.0`) and a
 * parenthesised remark after it (`v1.1.1 (recommended)`) are not part of
 * the version; they are the cell's note.
 *
 * Only a version-looking remainder is taken apart (words then a `v` or a
 * digit followed by a `.`; a final `(…)` after something with a digit and
 * a `.`): anything else is returned as is. A malformed version stays an
 * `invalid-version` error (`Redis Software 7.2.a` reads as `7.2.a`).
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
  const named = /^((?:\p{L}[\p{L}\p{N}_-]*\s+)+)(v?\d+\.\S*)$/u.exec(version);
  if (named) {
    product = (named[1] ?? '').trim();
    version = named[2] ?? version;
  }
  return {version, note: [product, remark].filter((part) => part !== '').join(' ')};
}
