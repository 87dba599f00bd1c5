/**
 * `lint(files, options)`: sorting, prefiltering, tables, and the per-file
 * cache a dev server reuses between reloads.
 */
import {describe, expect, it} from 'vitest';
import type {LintCache} from '../../packages/engine/src/lint.js';
import {lint} from '../../packages/engine/src/lint.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

const upgrade = `# Upgrade

| Source Version | Target Version | Support |
| -------------- | -------------- | ------- |
| 4.7.2          | 4.7.3          | ✅      |
| 4.7.1          | 4.7.2          | ✅      |
`;
const duplicate = upgrade.replace('| 4.7.1 ', '| 4.7.2          | 4.7.3          | ✅      |\n| 4.7.1 ');

describe('lint', function () {
  it('gives tables and no findings for clean docs, skipping prose', function () {
    const result = lint([
      {path: 'docs/prose.md', value: '# Prose\n\nFrom here to there | nothing.\n', docId: 'prose'},
      {path: 'docs/upgrade.md', value: upgrade, docId: 'upgrade'},
    ]);
    expect(result.findings).toEqual([]);
    expect(result.tables.map((table) => table.id)).toEqual(['docs/upgrade.md:3']);
  });

  it('parses only documents whose `|` lines name upgrade table headers', function () {
    const broken = '# Prose\n\n<div>\n\n'; // parsed, this would be a parse-error
    const prose = broken + '| Parameter | Description |\n| --- | --- |\n| `from` | Copy from the source to the target |\n';
    expect(lint([{path: 'prose.mdx', value: prose, docId: 'prose'}]).findings).toEqual([]);
    const header = broken + '| **From** | [To](#to) | <b>Support</b> |\n| --- | --- | --- |\n| 4.7.1 | 4.7.2 | ✅ |\n';
    expect(lint([{path: 'upgrade.mdx', value: header, docId: 'upgrade'}]).findings.map((finding) => finding.ruleId)).toEqual([
      'parse-error',
    ]);
    const shape = broken + '| Source Version | Supported |\n| --- | --- |\n';
    expect(lint([{path: 'shape.mdx', value: shape, docId: 'shape'}]).findings.map((finding) => finding.ruleId)).toEqual([
      'parse-error',
    ]);
  });

  it('finds tables with CRLF line endings, in block quotes and list items, without leading pipes', function () {
    const rows = (value: string) => lint([{path: 'upgrade.md', value, docId: 'upgrade'}]).tables.map((table) => table.rows.length);
    expect(rows(duplicate.replace(/\n/g, '\r\n'))).toEqual([3]);
    expect(rows('> | From | To |\n> | :-: | :-: |\n> | 4.7.1 | 4.7.2 |\n')).toEqual([1]);
    expect(rows('- Paths:\n\n  Source | Target | Support\n  --- | --- | ---\n  4.7.1 | 4.7.2 | ✅\n')).toEqual([1]);
  });

  it('sorts findings by file, line and column', function () {
    const {findings} = lint([
      {path: 'docs/b.md', value: duplicate.replace('4.7.3          | ✅      |\n| 4.7.1', '4.7.a          | ✅      |\n| 4.7.1'), docId: 'b'},
      {path: 'docs/a.md', value: duplicate, docId: 'a'},
    ]);
    expect(findings.map((finding) => [finding.file, finding.position.start.line, finding.position.start.column, finding.ruleId])).toEqual([
      ['docs/a.md', 6, 1, 'duplicate-row'],
      ['docs/b.md', 6, 18, 'invalid-version'],
    ]);
  });

  it('reuses cached files whose content and config did not change, and drops files no longer given', function () {
    const cache: LintCache = new Map();
    const first = lint(
      [
        {path: 'a.md', value: upgrade, docId: 'a'},
        {path: 'b.md', value: upgrade, docId: 'b'},
      ],
      {cache},
    );
    expect([...cache.keys()]).toEqual(['a.md', 'b.md']);
    const second = lint(
      [
        {path: 'a.md', value: upgrade, docId: 'a'},
        {path: 'b.md', value: duplicate, docId: 'b'},
      ],
      {cache},
    );
    expect(second.tables[0]).toBe(first.tables[0]);
    expect(second.tables[1]).not.toBe(first.tables[1]);
    expect(second.findings.map((finding) => finding.file + ' ' + finding.ruleId)).toEqual(['b.md duplicate-row']);

    const other = lint([{path: 'a.md', value: upgrade, docId: 'a'}], {cache, config: {rules: {'sort-order': 'error'}}});
    expect(other.tables[0]).not.toBe(first.tables[0]);
    expect([...cache.keys()]).toEqual(['a.md']);
  });

  it('runs dataset rules across cached and fresh files alike', function () {
    const cache: LintCache = new Map();
    const page = (value: string) =>
      '---\nupgrade_paths:\n  product: palette\n  install: kubernetes\n---\n\n' + value;
    lint([{path: 'a.md', value: page(upgrade), docId: 'a'}], {cache});
    const {findings} = lint(
      [
        {path: 'a.md', value: page(upgrade), docId: 'a'},
        {path: 'b.md', value: page(upgrade.replace('| 4.7.2          | 4.7.3          | ✅', '| 4.7.2          | 4.7.3          | ❌')), docId: 'b'},
      ],
      {cache},
    );
    expect(findings.map((finding) => finding.file + ':' + finding.position.start.line + ' ' + finding.ruleId)).toEqual([
      'b.md:11 conflicting-rows',
    ]);
  });
});

describe('lint() with includedTables', function () {
  const page = [
    '---',
    'upgrade_paths: {product: demo, install: helm}',
    '---',
    '',
    '| Source Version | Target Version | Support |',
    '| --- | --- | --- |',
    '| 1.1.0 | 1.2.0 | ✅ |',
    '',
  ].join('\n');
  // A table as a partial gives it at a usage on the page: the partial's file
  // and lines, the page's dataset, the usage in `includedFrom`.
  const fromPartial = extractUpgradePaths(
    [
      '---',
      'upgrade_paths: {product: demo, install: helm}',
      '---',
      '',
      '| Source Version | Target Version | Support |',
      '| --- | --- | --- |',
      '| 1.0.0 | 1.1.0 | ✅ |',
      '| 1.1.0 | 1.2.0 | ❌ |',
      '',
    ].join('\n'),
    {file: '_partials/_paths.mdx', docId: 'ignored'},
  ).tables.map((table) => ({...table, includedFrom: {file: 'docs/upgrade.md', line: 9, column: 1}}));

  it('checks them with the files\' tables, table-level and dataset-level, and returns them', function () {
    const result = lint([{path: 'docs/upgrade.md', value: page, docId: 'upgrade'}], {includedTables: fromPartial});
    expect(result.tables.map((table) => table.file)).toEqual(['docs/upgrade.md', '_partials/_paths.mdx']);
    const rules = result.findings.map((finding) => [finding.ruleId, finding.file, finding.position.start.line]);
    // Table level: the partial's rows are oldest first.
    expect(rules).toContainEqual(['sort-order', '_partials/_paths.mdx', 8]);
    // Findings in the partial name the usage.
    const sortOrder = result.findings.find((finding) => finding.ruleId === 'sort-order');
    expect(sortOrder?.message).toMatch(/\(in the partial used at docs\/upgrade\.md:9:1\)$/);
    // Dataset level: the partial's ❌ row disagrees with the page's ✅ row.
    expect(rules.filter(([rule]) => rule === 'conflicting-rows')).toHaveLength(1);
    expect(lint([{path: 'docs/upgrade.md', value: page, docId: 'upgrade'}]).findings.map((finding) => finding.ruleId)).not.toContain('conflicting-rows');
  });
});

describe('errors', function () {
  it('reports a document the parser cannot read as `parse-error`, but throws a bug of the parser, with its cause', async function () {
    const {unified} = await import('unified');
    const {vi} = await import('vitest');
    const parse = vi.spyOn(Object.getPrototypeOf(unified()) as {parse: () => never}, 'parse').mockImplementation(function () {
      throw new TypeError('a bug, not the document');
    });
    try {
      expect(() => extractUpgradePaths('| Source | Target |\n| - | - |\n| 1.0.0 | 1.1.0 |\n<!-- a -->\n', {file: 'a.md', docId: 'a'})).toThrow(
        new TypeError('a bug, not the document'),
      );
    } finally {
      parse.mockRestore();
    }
    const read = extractUpgradePaths('| Source | Target |\n| - | - |\n\n<div>\n', {file: 'b.md', docId: 'b'});
    expect(read.findings.map((finding) => finding.ruleId)).toEqual(['parse-error']);
  });
});
