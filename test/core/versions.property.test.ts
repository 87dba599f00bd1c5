import fc from 'fast-check';
import semver from 'semver';
import {describe, expect, test} from 'vitest';
import {parseExact, parseVersion} from '../../packages/core/src/versions.js';

// `parseExact` reads plain `major.minor.patch` without the `semver`
// package. Held here to what `semver.parse` makes of the same text, over
// texts near that form: leading zeros, 15 to 17 digits, a `v`/`V`/`=`
// prefix, white space, two or four parts, pre-releases, build metadata.

const digits = fc.oneof(
  {weight: 3, arbitrary: fc.nat({max: 99_999}).map(String)},
  {weight: 1, arbitrary: fc.constantFrom('0', '00', '01', '007')},
  {weight: 1, arbitrary: fc.constantFrom('999999999999999', '9007199254740991', '9007199254740992', '12345678901234567')},
);
const number = fc.oneof({weight: 9, arbitrary: digits}, {weight: 1, arbitrary: fc.constant('')});
/** Mostly nothing, else one of `others`. */
const maybe = (...others: string[]) => fc.oneof({weight: 4, arbitrary: fc.constant('')}, {weight: 1, arbitrary: fc.constantFrom(...others)});
const textArbitrary = fc
  .record({
    prefix: maybe('v', 'V', '=', ' ', 'v '),
    parts: fc.oneof(
      {weight: 4, arbitrary: fc.array(number, {minLength: 3, maxLength: 3})},
      {weight: 1, arbitrary: fc.array(number, {minLength: 1, maxLength: 4})},
    ),
    prerelease: maybe('-rc.1', '-0', '-01', '-alpha-beta', '-x.7.z', '-', '-rc..1'),
    build: maybe('+build.5', '+001', '+', '+a+b'),
    suffix: maybe(' ', '\n', '.', 'x', '.x'),
  })
  .map(({prefix, parts, prerelease, build, suffix}) => prefix + parts.join('.') + prerelease + build + suffix);

/** What `parseExact(text, 'semver')` is defined as: `semver.parse`, reshaped. */
function bySemver(text: string) {
  const parsed = semver.parse(text);
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

describe('parseExact (semver) against semver.parse', () => {
  test('same version or none, for texts near `major.minor.patch`', () => {
    let plain = 0;
    let read = 0;
    fc.assert(
      fc.property(textArbitrary, function (text) {
        const expected = bySemver(text);
        expect(parseExact(text, 'semver')).toEqual(expected);
        if (expected) read++;
        if (expected?.version === text) plain++;
      }),
      // Enough runs that both kinds of text are met well over the counts
      // below on any seed (5,000 once met 197 of the 200 non-plain ones).
      {numRuns: 10_000},
    );
    expect(plain).toBeGreaterThan(400);
    expect(read - plain).toBeGreaterThan(200);
  });

  test('any string', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 24}), function (text) {
        expect(parseExact(text, 'semver')).toEqual(bySemver(text));
      }),
      {numRuns: 2000},
    );
  });

  test('a series is never an exact version of any scheme (parseVersion reads it first)', () => {
    const series = fc
      .record({
        prefix: fc.constantFrom('', 'v', 'V'),
        parts: fc.array(digits, {minLength: 1, maxLength: 3}),
        wildcard: fc.constantFrom('x', 'X', '*'),
      })
      .map(({prefix, parts, wildcard}) => prefix + parts.join('.') + '.' + wildcard);
    fc.assert(
      fc.property(series, fc.constantFrom('semver' as const, 'calver' as const, 'loose' as const), function (text, scheme) {
        expect(parseExact(text, scheme)).toBeUndefined();
        expect(parseVersion(text, scheme)?.kind).toBe('wildcard');
      }),
      {numRuns: 1000},
    );
  });
});
