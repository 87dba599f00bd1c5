/**
 * Independent checks of the seed fixtures.
 *
 * Their `expected.json` files were generated once from the code under test;
 * these assertions are written from reading the seed pages and re-read the
 * rows with a plain line scan, so a wrong snapshot cannot pass unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {FixtureResult} from './fixtures.js';
import {extractFixture, fixturesDir} from './fixtures.js';
import {describe, expect, test} from 'vitest';

interface ScannedRow {
  readonly source: string;
  readonly target: string;
  readonly supported: boolean;
  readonly line: number;
}

/** Rows of the seeds' tables, read line by line: `| a | b | :marker: |`. */
function scanRows(name: string): ScannedRow[] {
  const value = fs.readFileSync(path.join(fixturesDir, name, 'input.mdx'), 'utf8');
  const rows: ScannedRow[] = [];
  value.split('\n').forEach((text, index) => {
    const cells = text.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length === 3 && /^\d/.test(cells[0] ?? '')) {
      const marker = cells[2];
      if (marker !== ':white_check_mark:' && marker !== ':x:') throw new Error('Unexpected seed marker ' + marker);
      rows.push({source: cells[0] ?? '', target: cells[1] ?? '', supported: marker === ':white_check_mark:', line: index + 1});
    }
  });
  return rows;
}

function readExpected(name: string): FixtureResult {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as FixtureResult;
}

describe.each([['extracted'], ['expected.json']])('seed 002 (Upgrade Palette on Kubernetes), %s', (kind) => {
  const result = kind === 'extracted' ? extractFixture('seed-002-kubernetes') : readExpected('seed-002-kubernetes');
  const tables = result.datasets.flatMap((dataset) => dataset.tables);
  const rows = tables.flatMap((table) => table.rows);

  test('one dataset, named by the doc id and titled by the page title', () => {
    expect(result.datasets.map(({id, title}) => ({id, title}))).toEqual([
      {id: 'seed-002-kubernetes/input/default', title: 'Upgrade Palette on Kubernetes'},
    ]);
  });

  test('five tables with 190 rows, grouped by their bold labels', () => {
    expect(tables.map((table) => [table.group, table.line, table.rows.length])).toEqual([
      ['4.7.x', 58, 7],
      ['4.6.x', 70, 141],
      ['4.5.x', 216, 22],
      ['4.4.x', 243, 15],
      ['4.3.x and Prior', 263, 5],
    ]);
    expect(rows).toHaveLength(190);
  });

  test('every Markdown row is one row, in document order', () => {
    expect(rows.map(({source, target, supported, line}) => ({source, target, supported, line}))).toEqual(
      scanRows('seed-002-kubernetes'),
    );
  });

  test('`4.1.x -> 4.3.6` is the only unsupported path, and keeps its wildcard text', () => {
    expect(rows.filter((row) => !row.supported)).toEqual([
      {source: '4.1.x', target: '4.3.6', supported: false, anchor: 'upgrade-4-1-x-to-4-3-6', line: 267, column: 1},
    ]);
  });

  test('the 4.4.x table keeps its own order', () => {
    expect(tables[3]?.rows.slice(0, 6).map((row) => row.source + '>' + row.target)).toEqual([
      '4.4.18>4.4.20',
      '4.4.14>4.4.20',
      '4.4.11>4.4.20',
      '4.4.6>4.4.20',
      '4.3.6>4.4.20',
      '4.4.14>4.4.18',
    ]);
  });

  test('anchors are unique in the page', () => {
    expect(new Set(rows.map((row) => row.anchor)).size).toBe(190);
  });

  test('versions are the exact versions, newest first, wildcards left out', () => {
    const versions = result.datasets[0]?.versions ?? [];
    expect(versions[0]).toBe('4.7.20');
    expect(versions.at(-1)).toBe('4.1.7');
    expect(versions).not.toContain('4.1.x');
    const distinct = new Set(rows.flatMap((row) => [row.source, row.target]).filter((text) => text !== '4.1.x'));
    expect(new Set(versions)).toEqual(distinct);
  });

  test('no findings', () => {
    expect(result.findings).toEqual([]);
  });
});

describe.each([['extracted'], ['expected.json']])('seed 000 (Upgrade Palette VerteX), %s', (kind) => {
  const result = kind === 'extracted' ? extractFixture('seed-000-vertex') : readExpected('seed-000-vertex');

  test('one table with `4.7.3 -> 4.7.15` not supported', () => {
    const tables = result.datasets.flatMap((dataset) => dataset.tables);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.group).toBeNull();
    expect(tables[0]?.rows.map(({source, target, supported, line}) => ({source, target, supported, line}))).toEqual(
      scanRows('seed-000-vertex'),
    );
    expect(tables[0]?.rows).toEqual([
      {source: '4.7.3', target: '4.7.15', supported: false, anchor: 'upgrade-4-7-3-to-4-7-15', line: 38, column: 1},
    ]);
    expect(result.datasets.map(({id, title}) => ({id, title}))).toEqual([
      {id: 'seed-000-vertex/input/default', title: 'Upgrade Palette VerteX with Management Appliance'},
    ]);
    expect(result.findings).toEqual([]);
  });
});
