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
