/**
 * `fixSortOrder`: cases discovered from `fixtures/fix/<case>/` (`input.*`
 * and the expected `output.*`). Each is checked as written, with CRLF line
 * endings, and for idempotence and byte preservation.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {checkedSortOrderFix, fixSortOrder} from '../../packages/core/src/rules/sortOrder.js';
import {lint} from '../../packages/engine/src/lint.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

const root = fileURLToPath(new URL('fixtures/fix/', import.meta.url));

function fix(value: string, file: string): string {
  return fixSortOrder(value, extractUpgradePaths(value, {file, docId: 'upgrade'}).tables);
}

/** Row lines of the tables of a document (line indexes), from extraction. */
function rowLines(value: string, file: string): Set<number> {
  const {tables} = extractUpgradePaths(value, {file, docId: 'upgrade'});
  return new Set(tables.flatMap((table) => table.rows.map((row) => row.line - 1)));
}

for (const name of fs.readdirSync(root).sort()) {
  describe(name, function () {
    const folder = path.join(root, name);
    const entries = fs.readdirSync(folder);
    const inputName = entries.find((entry) => entry.startsWith('input.')) ?? 'input.md';
    const outputName = entries.find((entry) => entry.startsWith('output.')) ?? 'output.md';
    const input = fs.readFileSync(path.join(folder, inputName), 'utf8');
    const output = fs.readFileSync(path.join(folder, outputName), 'utf8');

    it('gives the expected output', function () {
      expect(fix(input, inputName)).toBe(output);
    });

    it('changes nothing the second time', function () {
      expect(fix(output, inputName)).toBe(output);
    });

    it('keeps CRLF line endings and gives the same result', function () {
      const crlf = input.replace(/\n/g, '\r\n');
      const fixed = fix(crlf, inputName);
      expect(fixed).toBe(output.replace(/\n/g, '\r\n'));
      expect(fix(fixed, inputName)).toBe(fixed);
    });

    it('only moves whole row lines within their table', function () {
      const before = input.split('\n');
      const after = fix(input, inputName).split('\n');
      expect(after).toHaveLength(before.length);
      const rows = rowLines(input, inputName);
      before.forEach(function (line, index) {
        if (!rows.has(index)) expect(after[index]).toBe(line);
      });
      const moved = (lines: string[]) => [...rows].map((index) => lines[index]).sort();
      expect(moved(after)).toEqual(moved(before));
    });

    it('leaves no sort-order finding when it sorts', function () {
      const fixed = fix(input, inputName);
      if (fixed === input) {
        expect(output).toBe(input);
        return;
      }
      const {findings} = lint([{path: inputName, value: fixed, docId: 'upgrade'}]);
      expect(findings.filter((finding) => finding.ruleId === 'sort-order')).toEqual([]);
    });
  });
}

it('sorts the 4.4.x table of seed 002 and nothing else', function () {
  const seed = fs.readFileSync(new URL('fixtures/seeds/002_260a37deca183956.mdx', import.meta.url), 'utf8');
  const fixed = fix(seed, 'upgrade.mdx');
  const before = seed.split('\n');
  const after = fixed.split('\n');
  const changed = after.flatMap((line, index) => (line === before[index] ? [] : [index + 1]));
  expect(changed[0]).toBeGreaterThanOrEqual(245);
  expect(changed.at(-1)).toBeLessThanOrEqual(259);
  expect(after.slice(244, 259).map((line) => line.replace(/\s+/g, ' '))).toEqual([
    '| 4.4.18 | 4.4.20 | :white_check_mark: |',
    '| 4.4.14 | 4.4.20 | :white_check_mark: |',
    '| 4.4.14 | 4.4.18 | :white_check_mark: |',
    '| 4.4.11 | 4.4.20 | :white_check_mark: |',
    '| 4.4.11 | 4.4.18 | :white_check_mark: |',
    '| 4.4.11 | 4.4.14 | :white_check_mark: |',
    '| 4.4.6 | 4.4.20 | :white_check_mark: |',
    '| 4.4.6 | 4.4.18 | :white_check_mark: |',
    '| 4.4.6 | 4.4.14 | :white_check_mark: |',
    '| 4.4.6 | 4.4.11 | :white_check_mark: |',
    '| 4.3.6 | 4.4.20 | :white_check_mark: |',
    '| 4.3.6 | 4.4.18 | :white_check_mark: |',
    '| 4.3.6 | 4.4.14 | :white_check_mark: |',
    '| 4.3.6 | 4.4.11 | :white_check_mark: |',
    '| 4.3.6 | 4.4.6 | :white_check_mark: |',
  ]);
  const {findings} = lint([{path: 'upgrade.mdx', value: fixed, docId: 'upgrade'}]);
  expect(findings.filter((finding) => finding.ruleId === 'sort-order')).toEqual([]);
  expect(fix(fixed, 'upgrade.mdx')).toBe(fixed);
});

describe('checkedSortOrderFix', function () {
  const value = [
    '# Upgrade',
    '',
    '```mdx-code-block',
    '<div>',
    '```',
    '',
    '| Source Version | Target Version | Support |',
    '| -------------- | -------------- | ------- |',
    '| 4.4.2          | 4.5.0          | ✅      |',
    '| 4.5.1          | 4.5.2          | ✅      |',
    '',
    '```mdx-code-block',
    '</div>',
    '```',
    '',
  ].join('\n');
  const extract = (text: string) => extractUpgradePaths(text, {file: 'upgrade.mdx', docId: 'upgrade'}).tables;

  it('writes a fix that keeps the rows and is stable', function () {
    const fixed = checkedSortOrderFix(value, extract(value), extract);
    expect(fixed.notFixed).toEqual([]);
    const lines = value.split('\n');
    expect(fixed.value).toBe([...lines.slice(0, 8), lines[9], lines[8], ...lines.slice(10)].join('\n'));
  });

  it('refuses a fix made with positions of another text, and says where', function () {
    // Positions two lines off (as when fence lines were not counted): the
    // fix would swap the header and the delimiter row.
    const stale = extract(value.replace('# Upgrade\n\n', ''));
    expect(fixSortOrder(value, stale)).not.toBe(value);
    const fixed = checkedSortOrderFix(value, stale, extract);
    expect(fixed.value).toBe(value);
    expect(fixed.notFixed).toEqual([
      {
        ruleId: 'sort-order',
        severity: 'error',
        message: expect.stringMatching(/^Not fixed: unexpected rows \(\d+ rows differ\) after sorting the rows of this table/),
        file: 'upgrade.mdx',
        position: stale[0]?.position,
      },
    ]);
  });
});
