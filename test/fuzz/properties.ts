/**
 * The fuzz suite's properties, checked on one generated document at a time
 * (`documents.ts`): shared by `fuzz.test.ts` (a fixed seed, in CI) and
 * `npm run fuzz` (`scripts/fuzz.ts`, many runs, printing the counts).
 *
 * - Nothing throws.
 * - Every generated row appears exactly once: as a row of the data (with a
 *   finding at its disk line when it is malformed), under its document's
 *   `parse-error`, or, for a table not taken as an upgrade table, in the
 *   list `lint --verbose` prints (`otherTables`), with a reason.
 * - Lint checks exactly the tables extraction reads (its prefilter skips no
 *   document that holds one), and reports what extraction reports.
 * - `--fix` (`checkedSortOrderFix`) keeps every row and every line, and a
 *   second fix changes nothing; a refused fix leaves the text as it was.
 *
 * Assertions use `node:assert`, so the script runs them outside vitest.
 */
import assert from 'node:assert/strict';
import {checkedSortOrderFix} from '@upgrade-paths/core';
import {extractUpgradePaths, lint} from '@upgrade-paths/engine';
import {mayHoldUpgradeTable} from 'mdast-util-upgrade-paths';
import {render, sortFindings, type DocumentSpec} from './documents.js';

/** What the documents checked so far held and what became of it. */
export interface FuzzCounts {
  documents: number;
  /** Rows generated in upgrade tables. */
  rows: number;
  /** Of those, rows in the data. */
  rowsInData: number;
  /** Of those, rows in the data with a finding at their line. */
  rowsWithFinding: number;
  /** Rows of documents that do not parse, under their `parse-error`. */
  rowsUnderParseError: number;
  /** Rows of tables not taken as upgrade tables, in `lint --verbose`'s list. */
  rowsInOtherTables: number;
  /** Documents whose fix moved rows (and kept them all). */
  fixesWritten: number;
  /** Documents whose fix was refused. */
  fixesRefused: number;
}

/** Counts at zero. */
export function emptyCounts(): FuzzCounts {
  return {
    documents: 0,
    rows: 0,
    rowsInData: 0,
    rowsWithFinding: 0,
    rowsUnderParseError: 0,
    rowsInOtherTables: 0,
    fixesWritten: 0,
    fixesRefused: 0,
  };
}

/** Rules that read one document only as extraction does: the rest depend on the rows' values. */
const extractionOnly = {
  rules: {
    'sort-order': 'off',
    'unreached-source': 'off',
    'stranded-version': 'off',
    'no-downgrade': 'off',
    'duplicate-row': 'off',
    'conflicting-rows': 'off',
    'group-mismatch': 'off',
  },
} as const;

const file = 'generated.mdx';
const docId = 'generated';

function extract(value: string) {
  return extractUpgradePaths(value, {file, docId});
}

/** A row's cells as a reader compares them, for multisets. */
function rowKeys(value: string): string[] {
  return extract(value)
    .tables.flatMap((table) => table.rows.map((row) => [table.dataset, table.group, table.tab?.value, row.source, row.target, row.supported].join('\u0000')))
    .sort();
}

/**
 * Check every property on one document and add what it held to `counts`.
 *
 * @throws {AssertionError}
 *   When a property does not hold, naming it.
 */
export function checkDocument(spec: DocumentSpec, counts: FuzzCounts): void {
  const rendered = render(spec);
  const {value} = rendered;
  const extracted = extract(value);
  const generatedRows = rendered.rows.length;
  const otherRows = rendered.others.reduce((sum, table) => sum + table.rows, 0);
  counts.documents++;
  counts.rows += generatedRows;

  if (rendered.broken) {
    assert.deepEqual(extracted.tables, [], 'a document that does not parse has no tables');
    assert.deepEqual(
      extracted.findings.map((finding) => finding.ruleId),
      ['parse-error'],
      'a document that does not parse has one parse-error and nothing else',
    );
    counts.rowsUnderParseError += generatedRows + otherRows;
    return;
  }

  // Every row of every upgrade table once, in order, at its disk line.
  assert.equal(extracted.tables.length, rendered.tables, 'one upgrade table per upgrade table generated');
  const rows = extracted.tables.flatMap((table) => table.rows.map(({source, target, supported, line}) => ({source, target, supported, line})));
  assert.deepEqual(rows, rendered.rows, 'every row once, in order, at its line');
  const places = sortFindings(extracted.findings.map(({ruleId, position}) => ({ruleId, line: position.start.line, column: position.start.column})));
  assert.deepEqual(places, rendered.findings, 'every malformed cell, and only those, is a finding at its place');
  counts.rowsInData += rows.length;
  const findingLines = new Set(places.map((place) => place.line));
  counts.rowsWithFinding += rows.filter((row) => findingLines.has(row.line)).length;

  // Lint reads what extraction reads, prefilter or not; verbose lists the rest.
  if (rendered.tables > 0) assert.equal(mayHoldUpgradeTable(value), true, 'the prefilter passes a document holding an upgrade table');
  const files = [{path: file, value, docId}];
  const linted = lint(files, {config: extractionOnly});
  assert.deepEqual(linted.tables, extracted.tables, 'lint reads exactly the tables extraction reads');
  assert.deepEqual(linted.findings, extracted.findings, 'lint reports what extraction reports');
  const verbose = lint(files, {config: extractionOnly, verbose: true});
  assert.deepEqual(verbose.tables, extracted.tables, 'lint --verbose reads the same tables');
  assert.deepEqual(
    verbose.otherTables.map((table) => ({line: table.position.start.line, rows: table.rows})),
    rendered.others,
    'lint --verbose lists every other table with its rows',
  );
  for (const table of verbose.otherTables) assert.match(table.reason, /^its header \(`.*`\) names |cells/, 'each with its reason');
  counts.rowsInOtherTables += otherRows;

  // --fix keeps every row and line, and is idempotent.
  const fixed = checkedSortOrderFix(value, extracted.tables, (text) => extract(text).tables);
  if (fixed.notFixed.length > 0) {
    assert.equal(fixed.value, value, 'a refused fix leaves the text as it was');
    counts.fixesRefused++;
  } else if (fixed.value !== value) {
    assert.deepEqual(rowKeys(fixed.value), rowKeys(value), 'the fix keeps every row');
    const lines = (text: string) => text.split(/\r\n|\r|\n/).sort();
    assert.deepEqual(lines(fixed.value), lines(value), 'the fix only moves whole lines');
    const again = checkedSortOrderFix(fixed.value, extract(fixed.value).tables, (text) => extract(text).tables);
    assert.equal(again.value, fixed.value, 'a second fix changes nothing');
    counts.fixesWritten++;
  }
}
