/**
 * The fuzz suite in CI: the properties of `properties.ts` on about 2,000
 * generated documents, with a fixed seed so that a failure is reproduced
 * by running the suite again (`npm run fuzz -- --runs 100000 --seed <n>`
 * runs the long version).
 */
import * as fc from 'fast-check';
import {extractUpgradePaths} from '@upgrade-paths/engine';
import {mayHoldUpgradeTable} from 'mdast-util-upgrade-paths';
import {describe, expect, test} from 'vitest';
import {document, headerCell, render} from './documents.js';
import {checkDocument, emptyCounts} from './properties.js';

/** The seed CI runs; change it only with a reason in the commit. */
export const ciSeed = 20261201;

describe('fuzz (fixed seed)', () => {
  test('nothing throws, every row is accounted for once, lint reads what extraction reads, --fix keeps rows and is idempotent', () => {
    const counts = emptyCounts();
    fc.assert(
      fc.property(document, (spec) => checkDocument(spec, counts)),
      {numRuns: 2000, seed: ciSeed},
    );
    // Each way a row can end up was met, so no property held vacuously.
    expect(counts.rowsWithFinding).toBeGreaterThan(0);
    expect(counts.rowsUnderParseError).toBeGreaterThan(0);
    expect(counts.rowsInOtherTables).toBeGreaterThan(0);
    expect(counts.fixesWritten).toBeGreaterThan(0);
    expect(counts.rowsInData + counts.rowsUnderParseError).toBeLessThanOrEqual(counts.rows + counts.rowsInOtherTables);
  }, 300_000);

  test('a table of words, bare integers and version specifiers is never an upgrade table without opt-in', () => {
    // Words in any script (no digits, no Markdown), bare integers, specifiers.
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}[A-Za-z]$/),
      fc.constantFrom('WAITING', 'Basic', 'Premium', 'Français', 'Ελληνικά', '日本語', 'n/a'),
      fc.integer({min: 0, max: 65535}).map(String),
      fc.tuple(fc.constantFrom('^', '~', '>='), fc.nat(9), fc.nat(20)).map(([sign, major, minor]) => sign + major + '.' + minor),
    );
    const table = fc.record({
      source: headerCell('source'),
      target: headerCell('target'),
      support: fc.option(headerCell('support'), {nil: undefined}),
      rows: fc.array(fc.tuple(word, word), {minLength: 1, maxLength: 6}),
    });
    fc.assert(
      fc.property(table, ({source, target, support, rows}) => {
        const header = [source, target, ...(support ? [support] : [])];
        const value = [
          '# Page',
          '',
          '| ' + header.join(' | ') + ' |',
          '|' + header.map(() => ' --- |').join(''),
          ...rows.map(([from, to]) => '| ' + from + ' | ' + to + (support ? ' | Yes' : '') + ' |'),
          '',
        ].join('\n');
        const options = {file: 'words.md', docId: 'words'};
        const extracted = extractUpgradePaths(value, options);
        expect(extracted.tables).toEqual([]);
        expect(extracted.findings).toEqual([]);
        // The same table, opted in, is read: the rule, not the header, said no.
        expect(extractUpgradePaths('---\nupgrade_paths: {}\n---\n' + value, options).tables).toHaveLength(1);
      }),
      {numRuns: 500, seed: ciSeed},
    );
  });

  test('the prefilter says no only where extraction finds nothing', () => {
    const prose = fc.constantFrom(
      '# Prose\n\nFrom here to there.\n',
      '| Parameter | Description |\n| --- | --- |\n| `from` | Copy from the source to the target |\n',
      'Source | Target\n',
      '| Source | Target |\n\nno delimiter row\n',
    );
    fc.assert(
      fc.property(prose, (value) => {
        const extracted = extractUpgradePaths(value, {file: 'prose.md', docId: 'prose'});
        if (!mayHoldUpgradeTable(value)) expect(extracted.tables).toEqual([]);
      }),
    );
  });

  test('the prefilter answers as reading the text line by line does', () => {
    // The prefilter walks from one `|` to the next; this is the reading it
    // must equal: every line ending (CRLF, CR, LF), every line but the last
    // a header candidate above the next line.
    const delimiterRow = /^[\s>]*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
    const byLines = (value: string) => {
      const lines = value.split(/\r\n|\r|\n/);
      return lines.some(
        (line, index) =>
          index < lines.length - 1 &&
          line.includes('|') &&
          delimiterRow.test(lines[index + 1] as string) &&
          mayHoldUpgradeTable(line + '\n' + (lines[index + 1] as string)),
      );
    };
    const piece = fc.constantFrom(
      '|', ' | ', '| Source | Target |', 'From | To', '| Version | Upgrade to |', '| Parameter | Description |',
      '| --- | --- |', '---|---', ':-:', '-', '> ', '- ', '1. ', '\n', '\r\n', '\r', '\n\n', 'text', ' ', '`|`',
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const value = pieces.join('');
        expect(mayHoldUpgradeTable(value)).toBe(byLines(value));
      }),
      {numRuns: 5000, seed: ciSeed},
    );
  });

  test('the prefilter answers a repeated header line by the header names asked with', () => {
    // It remembers the header lines of ordinary tables: per config, not once for all.
    const page = '| Release | Next release |\n| --- | --- |\n| 1.0.0 | 1.1.0 |\n';
    expect(mayHoldUpgradeTable(page)).toBe(false);
    expect(mayHoldUpgradeTable(page, {source: ['Release'], target: ['Next release']})).toBe(true);
    expect(mayHoldUpgradeTable(page)).toBe(false);
    expect(mayHoldUpgradeTable(page + '\n| Source | Target |\n| - | - |\n')).toBe(true);
  });

  test('the generator produces every case it claims to', () => {
    // Guards the properties against a generator that silently stopped
    // producing malformed rows, line endings, containers or markup.
    const samples = fc.sample(document, {numRuns: 400, seed: 42});
    const rendered = samples.map(render);
    const values = rendered.map((item) => item.value);
    const ruleIds = new Set(rendered.flatMap((item) => item.findings.map((finding) => finding.ruleId)));
    expect([...ruleIds].sort()).toEqual(['invalid-version', 'table-shape', 'unknown-support']);
    expect(new Set(samples.map((sample) => sample.lineEnding))).toEqual(new Set(['\n', '\r\n', '\r']));
    const all = samples.flatMap((sample) => sample.tables);
    expect(new Set(all.map((item) => item.container))).toEqual(new Set(['none', 'list', 'admonition', 'tabs', 'details']));
    expect(new Set(all.map((item) => item.prefix)).size).toBe(7);
    expect(all.some((item) => item.rows.some((row) => row.change < 0))).toBe(true);
    expect(all.some((item) => item.rows.some((row) => row.change > 0))).toBe(true);
    expect(all.some((item) => !item.roles.includes('support'))).toBe(true);
    expect(rendered.some((item) => item.broken)).toBe(true);
    // Layouts and cells beyond one version per cell: matrices (with cells
    // that state nothing) and several versions in one cell.
    expect(all.some((item) => item.matrix !== undefined)).toBe(true);
    expect(all.some((item) => item.matrix !== undefined && item.rows.some((row) => row.cells.some((cell) => cell.text === '–' || cell.text === 'n/a')))).toBe(true);
    expect(all.some((item) => item.rows.some((row) => row.cells.some((cell) => cell.versions !== undefined)))).toBe(true);
    expect(new Set(samples.map((sample) => sample.optIn))).toEqual(new Set(['none', 'front-matter', 'markers']));
    // Tables of words without opt-in, which the confidence rule does not take.
    expect(rendered.some((item, index) => item.tables < (samples[index]?.tables.length ?? 0))).toBe(true);
    for (const pattern of [
      /\\\|/, // escaped pipe
      /^\uFEFF/, // byte-order mark
      /```mdx-code-block/,
      /&(?:nbsp|#32|#160|ensp);/, // entity spaces in headers
      /\|\s*__[A-Za-z]/, // underscore bold header
      /\|\s*__\d/, // underscore bold cell
      /\|\s*\*\*\d/, // bold cell
      /-rc\.\d/, // pre-release
      /\.[xX]\b/, // wildcard
      /<!--/,
      /\{\/\*/,
      /[^\u0000-\u007f\u00fc\u2705\u274c\u2714\ufe0f\ufeff\u00a0]/u, // random Unicode beyond the markers
    ]) {
      expect(values.some((value) => pattern.test(value)), String(pattern)).toBe(true);
    }
    expect(values.some((value) => value.includes('\r') && !value.includes('\n'))).toBe(true);
  });
});
