/**
 * Lint never skips a table that extraction reads: the prefilter that spares
 * lint the parse of documents without upgrade tables asks the same header
 * recognition as extraction, so on generated documents (LF, CRLF and CR
 * line endings; emphasis and character references in headers; decoy and
 * candidate tables) lint gives exactly extraction's tables.
 */
import * as fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {extractUpgradePaths, lint} from '../../packages/engine/src/index.js';
import {mayHoldUpgradeTable} from '../../packages/mdast-util-upgrade-paths/src/index.js';
import {document, render} from '../fuzz/documents.js';

describe('lint and extraction (property)', () => {
  test('lint reads every table extraction reads, and reports what extraction reports', () => {
    fc.assert(
      fc.property(document, (spec) => {
        const {value} = render(spec);
        const options = {file: 'generated.mdx', docId: 'generated'};
        const extracted = extractUpgradePaths(value, options);
        expect(mayHoldUpgradeTable(value)).toBe(true);
        const linted = lint([{path: options.file, value, docId: options.docId}], {
          config: {rules: {'sort-order': 'off', 'unreached-source': 'off', 'stranded-version': 'off', 'no-downgrade': 'off', 'duplicate-row': 'off', 'conflicting-rows': 'off', 'group-mismatch': 'off'}},
        });
        expect(linted.tables).toEqual(extracted.tables);
        expect(linted.findings).toEqual(extracted.findings);
      }),
      {numRuns: 150},
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

  test('the generator does produce headers with character references, underscore emphasis and CR line endings', () => {
    const values = fc.sample(document, {numRuns: 300, seed: 7}).map((spec) => render(spec).value);
    expect(values.some((value) => /&(?:nbsp|#32|#160|ensp);/.test(value))).toBe(true);
    expect(values.some((value) => /\|\s*__[A-Za-z]/.test(value))).toBe(true);
    expect(values.some((value) => value.includes('\r') && !value.includes('\n'))).toBe(true);
    expect(values.some((value) => value.includes('| Parameter |'))).toBe(true);
  });
});
