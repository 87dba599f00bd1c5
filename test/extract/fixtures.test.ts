/**
 * Fixture-driven extraction tests.
 *
 * Every folder in `fixtures/` is one case: an `input.md` or `input.mdx` and
 * an `expected.json` holding the JSON export (`upgradePathsExport`) of the
 * tables found plus the findings as `{ruleId, line, column}`. Adding a case
 * means adding a folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import {upgradePathsExport} from '@upgrade-paths/core';
import {extractUpgradePaths} from '@upgrade-paths/engine';
import {describe, expect, test} from 'vitest';
import {extractFixture, fixtureCases, fixturesDir} from './fixtures.js';

describe('extractUpgradePaths on fixtures', () => {
  test('fixtures are found on disk', () => {
    // A broken discovery (wrong folder, wrong filter) must not pass as "no cases".
    expect(fixtureCases().length).toBeGreaterThanOrEqual(30);
  });

  test.each(fixtureCases().map((name) => [name]))('%s', (name) => {
    const folder = path.join(fixturesDir, name);
    const expected: unknown = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8'));
    expect(extractFixture(name)).toEqual(expected);
  });
});

describe('fixture files', () => {
  test('every fixture folder has exactly one input and an expected.json', () => {
    for (const name of fixtureCases()) {
      const files = fs.readdirSync(path.join(fixturesDir, name));
      expect(files.filter((file) => /^input\.mdx?$/.test(file)), name).toHaveLength(1);
      expect(files, name).toContain('expected.json');
    }
  });

  test('the CRLF fixture really has CRLF line endings', () => {
    const value = fs.readFileSync(path.join(fixturesDir, 'crlf', 'input.mdx'), 'utf8');
    expect(value.split('\n').length).toBeGreaterThan(10);
    expect(value.match(/\r\n/g)?.length).toBe(value.split('\n').length - 1);
  });

  test('extraction does not depend on `\\r\\n` vs `\\n`', () => {
    const value = fs.readFileSync(path.join(fixturesDir, 'crlf', 'input.mdx'), 'utf8');
    const options = {file: 'crlf/input.mdx', docId: 'crlf/input'};
    const crlf = extractUpgradePaths(value, options);
    const lf = extractUpgradePaths(value.replace(/\r\n/g, '\n'), options);
    expect(upgradePathsExport(crlf.tables)).toEqual(upgradePathsExport(lf.tables));
    const places = (findings: typeof crlf.findings) =>
      findings.map(({ruleId, position}) => [ruleId, position.start.line, position.start.column]);
    expect(places(crlf.findings)).toEqual(places(lf.findings));
  });
});
