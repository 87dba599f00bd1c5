/**
 * Seed 002 ("Upgrade Palette on Kubernetes", copied verbatim to
 * `fixtures/seeds/`) as written: one `sort-order` warning on its 4.4.x table,
 * `stranded-version` for 4.6.34 and 4.6.43, `unreached-source` for nine
 * versions, and nothing else.
 */
import fs from 'node:fs';
import {expect, it} from 'vitest';
import {lint} from '../../packages/engine/src/lint.js';

const value = fs.readFileSync(new URL('fixtures/seeds/002_260a37deca183956.mdx', import.meta.url), 'utf8');
const {findings, tables} = lint([
  {path: 'docs/self-hosted/kubernetes/upgrade.mdx', value, docId: 'self-hosted/kubernetes/upgrade'},
]);

function versionOf(message: string): string {
  return /`([^`]+)`/.exec(message)?.[1] ?? '';
}

it('reads the five tables of seed 002', function () {
  expect(tables.map((table) => [table.group, table.rows.length])).toEqual([
    ['4.7.x', 7],
    ['4.6.x', 141],
    ['4.5.x', 22],
    ['4.4.x', 15],
    ['4.3.x and Prior', 5],
  ]);
});

it('gives no errors, only the expected warnings, exactly', function () {
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(
    findings.map((finding) => [
      finding.ruleId,
      finding.severity,
      finding.position.start.line + ':' + finding.position.start.column,
      finding.ruleId === 'sort-order' ? '' : versionOf(finding.message),
    ]),
  ).toEqual([
    ['unreached-source', 'warn', '60:1', '4.7.16'],
    ['stranded-version', 'warn', '72:22', '4.6.43'],
    ['unreached-source', 'warn', '73:1', '4.6.36'],
    ['stranded-version', 'warn', '77:22', '4.6.34'],
    ['unreached-source', 'warn', '82:1', '4.6.26'],
    ['unreached-source', 'warn', '86:1', '4.6.25'],
    ['unreached-source', 'warn', '206:1', '4.4.24'],
    ['unreached-source', 'warn', '224:1', '4.5.11'],
    ['unreached-source', 'warn', '228:1', '4.5.8'],
    ['unreached-source', 'warn', '232:1', '4.5.4'],
    ['sort-order', 'warn', '250:1', ''],
    ['unreached-source', 'warn', '268:1', '4.1.12'],
  ]);
});

it('reports sort-order once, on the 4.4.x table, at its first misplaced row', function () {
  const sortOrder = findings.filter((finding) => finding.ruleId === 'sort-order');
  const table = tables.find((item) => item.group === '4.4.x');
  expect(sortOrder).toHaveLength(1);
  expect(table).toBeDefined();
  expect(sortOrder[0]?.position.start.line).toBeGreaterThan(table?.line ?? Infinity);
  expect(sortOrder[0]?.position.end.line).toBeLessThanOrEqual(table?.position.end.line ?? 0);
  expect(sortOrder[0]?.message).toBe(
    'Unexpected row `4.4.14` to `4.4.18` after row `4.4.11` to `4.4.20` at `docs/self-hosted/kubernetes/upgrade.mdx:247`, expected rows sorted by source version, newest first, then by target version, newest first; run `upgrade-paths lint --fix` to sort the table',
  );
});

it('names the stranded and unreached versions', function () {
  const versions = (ruleId: string) =>
    findings
      .filter((finding) => finding.ruleId === ruleId)
      .map((finding) => versionOf(finding.message))
      .sort();
  expect(versions('stranded-version')).toEqual(['4.6.34', '4.6.43']);
  expect(versions('unreached-source')).toEqual(
    ['4.1.12', '4.4.24', '4.5.4', '4.5.8', '4.5.11', '4.6.25', '4.6.26', '4.6.36', '4.7.16'].sort(),
  );
});
