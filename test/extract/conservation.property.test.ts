/**
 * Conservation of rows: whatever an upgrade table looks like, every Markdown
 * row comes out exactly once, in order, with its line, and every malformed
 * cell is a finding at its exact place.
 *
 * Documents are generated as text, together with what a reader of that text
 * knows about them (the rows, their cells, and the problems in them); the
 * expectations are computed from that knowledge, never from the code under
 * test.
 */
import * as fc from 'fast-check';
import {extractUpgradePaths} from '@upgrade-paths/engine';
import {document, render, sortFindings} from '../fuzz/documents.js';
import {describe, expect, test} from 'vitest';

// Properties ----------------------------------------------------------------

describe('row conservation (property)', () => {
  test('every row comes out exactly once, in order, at its line; every malformed cell, and only those, is a finding at its place', () => {
    fc.assert(
      fc.property(document, (spec) => {
        const rendered = render(spec);
        const {tables, findings} = extractUpgradePaths(rendered.value, {file: 'generated.mdx', docId: 'generated'});
        expect(tables).toHaveLength(spec.tables.length);
        const rows = tables.flatMap((table) =>
          table.rows.map(({source, target, supported, line}) => ({source, target, supported, line})),
        );
        expect(rows).toEqual(rendered.rows);
        const places = sortFindings(
          findings.map(({ruleId, position}) => ({ruleId, line: position.start.line, column: position.start.column})),
        );
        expect(places).toEqual(rendered.findings);
      }),
      {numRuns: 200},
    );
  });

  test('the generator does produce the cases it claims to', () => {
    // Guards the properties against a generator that silently stopped
    // producing malformed rows, CRLF documents or containers.
    const samples = fc.sample(document, {numRuns: 300, seed: 42});
    const rendered = samples.map(render);
    const ruleIds = new Set(rendered.flatMap((item) => item.findings.map((finding) => finding.ruleId)));
    expect([...ruleIds].sort()).toEqual(['invalid-version', 'table-shape', 'unknown-support']);
    expect(new Set(samples.map((sample) => sample.lineEnding))).toEqual(new Set(['\n', '\r\n', '\r']));
    expect(rendered.some((item) => item.value.includes('\\|'))).toBe(true);
    const all = samples.flatMap((sample) => sample.tables);
    expect(new Set(all.map((item) => item.container))).toEqual(new Set(['none', 'list', 'admonition']));
    expect(all.some((item) => item.rows.some((row) => row.change < 0))).toBe(true);
    expect(all.some((item) => item.rows.some((row) => row.change > 0))).toBe(true);
    expect(all.some((item) => !item.roles.includes('support'))).toBe(true);
  });
});
