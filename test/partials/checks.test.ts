/**
 * Partial checks and partial tables, fixture-driven: each folder of
 * `fixtures/checks/` is a small site (`_partials/`, `docs/`, maybe
 * `versioned_partials/` and `versioned_docs/`); `findings.txt` holds the
 * expected findings (`file:line:column  severity  rule-id  message`, one a
 * line) and, when present, `tables.json` the upgrade tables partials render
 * into the docs. Adding a case means adding a folder. `UPDATE=1` rewrites
 * the expectations (review the diff).
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lintRules} from '../../packages/core/src/config.js';
import type {ExtractedTable, Finding} from '../../packages/core/src/model.js';
import {docsVersionOf, lint, loadPartialLibrary, type LintFile} from '../../packages/engine/src/index.js';

const fixtures = fileURLToPath(new URL('fixtures/checks/', import.meta.url));
const update = process.env['UPDATE'] === '1';

/** Rules about tables rather than partials: off here, so each case shows its partial checks alone. */
const tableRules = new Set(['duplicate-row', 'conflicting-rows', 'no-downgrade', 'group-mismatch', 'sort-order', 'unreached-source', 'stranded-version', 'skip-minor', 'dataset-mirror', 'unused-disable', 'dataset-front-matter']);

/**
 * The partial checks of a site and the tables its partials render into the
 * docs: the engine's lint of the docs with the site's partials, table rules
 * off; tables by partial file and line, then usage.
 */
async function checkPartials(siteDir: string, documents: readonly LintFile[]): Promise<{findings: Finding[]; tables: ExtractedTable[]}> {
  const partials = await loadPartialLibrary(siteDir);
  const rules = Object.fromEntries(lintRules.filter((rule) => tableRules.has(rule.id)).map((rule) => [rule.id, 'off' as const]));
  const result = lint(
    documents.filter((document) => docsVersionOf(document.path) === null),
    {partials, versionedFiles: documents.filter((document) => docsVersionOf(document.path) !== null), config: {rules}},
  );
  const tables = result.tables
    .filter((table) => table.includedFrom !== null)
    .sort(
      (left, right) =>
        compare(left.file, right.file) ||
        left.line - right.line ||
        compare(left.includedFrom?.file ?? '', right.includedFrom?.file ?? '') ||
        (left.includedFrom?.line ?? 0) - (right.includedFrom?.line ?? 0) ||
        (left.includedFrom?.column ?? 0) - (right.includedFrom?.column ?? 0) ||
        compare(left.id, right.id),
    );
  return {findings: result.findings, tables};
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Every `.md`/`.mdx` of `docs/` and `versioned_docs/version-*`, but `_` files (as Docusaurus). */
function documentsOf(siteDir: string): LintFile[] {
  const roots = [path.join(siteDir, 'docs')];
  const versioned = path.join(siteDir, 'versioned_docs');
  if (fs.existsSync(versioned)) {
    for (const name of fs.readdirSync(versioned).sort()) roots.push(path.join(versioned, name));
  }
  const documents: LintFile[] = [];
  for (const root of roots) {
    for (const relative of (fs.readdirSync(root, {recursive: true}) as string[]).sort()) {
      if (!/\.mdx?$/.test(relative) || path.basename(relative).startsWith('_')) continue;
      documents.push({
        path: path.relative(siteDir, path.join(root, relative)).split(path.sep).join('/'),
        value: fs.readFileSync(path.join(root, relative), 'utf8'),
        docId: relative.split(path.sep).join('/').replace(/\.mdx?$/, ''),
      });
    }
  }
  return documents;
}

/** A finding as one line of `findings.txt`. */
export function findingLine(finding: Finding): string {
  const {line, column} = finding.position.start;
  return finding.file + ':' + line + ':' + column + '  ' + finding.severity + '  ' + finding.ruleId + '  ' + finding.message;
}

function tableSummary(table: ExtractedTable) {
  return {
    id: table.id,
    file: table.file,
    line: table.line,
    group: table.group,
    tab: table.tab,
    includedFrom: table.includedFrom,
    dataset: table.dataset,
    datasetTitle: table.datasetTitle,
    rows: table.rows.map((row) => [row.source, row.target, row.supported, row.line]),
  };
}

function expectFile(file: string, actual: string): void {
  if (update) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('partial checks (fixtures/checks)', function () {
  for (const name of fs.readdirSync(fixtures).sort()) {
    const siteDir = path.join(fixtures, name);
    it(name, async function () {
      const result = await checkPartials(siteDir, documentsOf(siteDir));
      expectFile(path.join(siteDir, 'findings.txt'), result.findings.map((finding) => findingLine(finding) + '\n').join(''));
      const tablesFile = path.join(siteDir, 'tables.json');
      if (result.tables.length > 0 || fs.existsSync(tablesFile)) {
        expectFile(tablesFile, JSON.stringify(result.tables.map(tableSummary), null, 2) + '\n');
      }
      for (const finding of result.findings) {
        expect(finding.message, findingLine(finding)).toMatch(/^Unexpected /);
      }
    });
  }
});
