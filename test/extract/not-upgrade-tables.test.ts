/**
 * Tables with upgrade-like headers that are no upgrade paths (README, "What
 * counts as an upgrade table", the confidence rule): each folder in
 * `not-upgrade-tables/` holds an `input.md` and an `expected.json` listing
 * the tables `lint --verbose` names as not read, with the reason. None may
 * give a finding, with every rule on; opting in with front matter makes
 * the tables rejected for their cells upgrade tables again.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {extractUpgradePaths, lint} from '@upgrade-paths/engine';
import {describe, expect, test} from 'vitest';

const folder = fileURLToPath(new URL('not-upgrade-tables/', import.meta.url));
const cases = fs
  .readdirSync(folder, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Expected {
  readonly notRead: ReadonlyArray<{readonly line: number; readonly rows: number; readonly reason: string}>;
}

function read(name: string): {value: string; expected: Expected; file: string} {
  return {
    value: fs.readFileSync(path.join(folder, name, 'input.md'), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(folder, name, 'expected.json'), 'utf8')) as Expected,
    file: name + '/input.md',
  };
}

describe('tables that are no upgrade paths', () => {
  test('at least 12 cases are found on disk', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases.map((name) => [name]))('%s: no table, no finding with every rule on, listed by --verbose with the reason', (name) => {
    const {value, expected, file} = read(name);
    const extracted = extractUpgradePaths(value, {file, docId: name});
    expect(extracted.tables).toEqual([]);
    expect(extracted.findings).toEqual([]);
    const linted = lint([{path: file, value, docId: name}], {verbose: true});
    expect(linted.findings).toEqual([]);
    expect(linted.otherTables.map((table) => ({line: table.position.start.line, rows: table.rows, reason: table.reason}))).toEqual(
      expected.notRead,
    );
  });

  test.each(cases.map((name) => [name]))('%s: with `upgrade_paths` front matter, the tables rejected for their cells are read', (name) => {
    const {value, expected, file} = read(name);
    const optedIn = '---\nupgrade_paths: {}\n---\n' + value;
    const extracted = extractUpgradePaths(optedIn, {file, docId: name});
    const byCells = expected.notRead.filter((table) => !table.reason.startsWith('its header ('));
    const candidates = extracted.findings.filter((finding) => finding.ruleId === 'table-shape' && /without a `(?:Source|Target) Version` column/.test(finding.message));
    expect(extracted.tables.length + candidates.length).toBe(byCells.length);
    expect(byCells.length).toBeGreaterThan(0);
  });
});
