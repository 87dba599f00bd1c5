// The one function of `semver` core reads versions with, from its own module
// (the package's index loads all 47 of its modules, in Node and in the
// reader's browser bundle; README of `semver`: "load the module for the
// function that you care about"). Core calls it only through `readSemver`.
import parseSemver from 'semver/functions/parse.js';
import type {ExactVersion} from './versions.js';

/** Shared by every version without a pre-release (frozen: nobody may push to it). */
const noPrerelease: readonly string[] = Object.freeze([]);

/**
 * The common case of a semver version, read without the `semver` package:
 * exactly `major.minor.patch`, each `0` or a digit 1-9 followed by at most
 * 14 digits (so every part is a safe integer and prints as written), no
 * `v`, white space, pre-release or build metadata. For such a text
 * `semver.parse` gives the same numbers and `version === text`; anything
 * else returns `undefined` and is left to `semver.parse`.
 *
 * @internal The fast path of `parseExact` (held to `semver.parse` by
 *   `test/core/versions.property.test.ts`); not part of the package API.
 */
export function readPlainSemver(text: string): ExactVersion | undefined {
  const match = plainSemverExpression.exec(text);
  if (match === null) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return {kind: 'exact', text, version: text, parts: [major, minor, Number(match[3])], prerelease: noPrerelease, major, minor};
}

/** Plain `major.minor.patch`, each part a semver number of at most 15 digits. */
const plainSemverExpression = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;

/**
 * A semver version (`parseExact` with the `semver` scheme): plain
 * `major.minor.patch` through {@link readPlainSemver}, anything else through
 * `semver.parse` (its `version` is the normalised text).
 *
 * @internal Part of `parseExact`; not part of the package API.
 */
export function readSemver(text: string): ExactVersion | undefined {
  const plain = readPlainSemver(text);
  if (plain !== undefined) return plain;
  const parsed = parseSemver(text);
  if (!parsed) return undefined;
  return {
    kind: 'exact',
    text,
    version: parsed.version,
    parts: [parsed.major, parsed.minor, parsed.patch],
    prerelease: parsed.prerelease.map(String),
    major: parsed.major,
    minor: parsed.minor,
  };
}
