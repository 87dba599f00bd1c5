import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {createCoverIndex} from '../../packages/core/src/covering.js';
import {unreachedSources} from '../../packages/core/src/rules/unreachedSource.js';
import {covers, parseExact, parseVersion, type Version, type VersionScheme} from '../../packages/core/src/versions.js';

// `createCoverIndex` only narrows which patterns `covers` is asked about:
// held here to asking every pattern, for series of one to three parts,
// ranges (reversed ones too), exact patterns, and versions of one to four
// parts with pre-releases, under every scheme.

const part = fc.integer({min: 0, max: 3});
const exactText = fc
  .tuple(fc.array(part, {minLength: 1, maxLength: 4}), fc.constantFrom('', '', '-rc.1', '-rc.2', '-beta'))
  .map(([parts, prerelease]) => parts.join('.') + prerelease);
const patternText = fc.oneof(
  fc.array(part, {minLength: 1, maxLength: 3}).chain((prefix) => fc.constantFrom(...['x', 'X', '*'].map((wildcard) => prefix.join('.') + '.' + wildcard))),
  fc.tuple(exactText, exactText, fc.constantFrom(' - ', ' to ')).map(([from, to, separator]) => from + separator + to),
  exactText,
);
const scheme = fc.constantFrom<VersionScheme>('semver', 'calver', 'loose');

describe('createCoverIndex', () => {
  test('answers what asking `covers` of every pattern answers, in item order', () => {
    fc.assert(
      fc.property(fc.array(patternText, {maxLength: 12}), fc.array(exactText, {minLength: 1, maxLength: 12}), scheme, (texts, versions, chosen) => {
        const patterns = texts.map((text) => parseVersion(text, chosen)).filter((version): version is Version => version !== undefined);
        const items = patterns.map((version, index) => ({version, index}));
        const coveredBy = createCoverIndex(items, (item) => item.version);
        for (const text of versions) {
          const version = parseExact(text, 'loose')?.version ?? text;
          expect(coveredBy(version)).toEqual(items.filter((item) => covers(item.version, version)));
        }
      }),
      {numRuns: 500},
    );
  });

  test('gives the same unreached sources as the definition, with many series targets', () => {
    const rows = [];
    for (let minor = 0; minor < 40; minor++) {
      for (let patch = 0; patch < 25; patch++) rows.push({source: `4.${minor}.${patch}`, target: `4.${minor}.${patch + 1}`, supported: patch % 3 !== 0});
      rows.push({source: `4.${minor}.0`, target: `4.${minor + 1}.x`, supported: minor % 2 === 0});
    }
    const table = {rows: rows.map((row, index) => ({...row, line: index + 3, column: 1})), scheme: 'semver'} as unknown as Parameters<typeof unreachedSources>[0][number];
    const {unreached} = unreachedSources([table]);
    // By the definition: an exact source with no supported row leading to it (exact or by a pattern), the oldest excepted.
    const expected = new Set<string>();
    for (const {source} of rows) {
      if (source === '4.0.0') continue;
      const reached = rows.some((row) => row.supported && covers(parseVersion(row.target, 'semver') as Version, source));
      if (!reached) expected.add(source);
    }
    expect(unreached).toEqual(expected);
    expect(unreached.size).toBeGreaterThan(0);
  });
});
