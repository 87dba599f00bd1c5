/**
 * Rule fixtures, discovered from disk: `fixtures/<rule-id>/{ok,not-ok}[-N]/`
 * holds one or more `*.md`/`*.mdx` documents (linted together, paths
 * relative to the case folder, doc id = path without extension), optional
 * partials in `_partials/`, an optional `upgrade-paths.config.json` (loaded
 * with `loadConfig`, as the CLI does), and `expected.json`: every finding of
 * the run, exactly, as `{ruleId, severity, line, column, message}` (plus
 * `file` when the case has more than one document, or partials). An `ok`
 * case has no finding of its rule; a `not-ok` case has at least one.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lintRules} from '../../packages/core/src/config.js';
import {loadConfig} from '../../packages/engine/src/config.js';
import {lint} from '../../packages/engine/src/lint.js';
import {loadPartialLibrary} from '../../packages/engine/src/partials.js';
import {readCase} from './cases.js';

const root = fileURLToPath(new URL('fixtures/', import.meta.url));
/** Folders of `fixtures/` that are not rules. */
const notRules = new Set(['seeds', 'fix']);
const ruleFolders = fs
  .readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !notRules.has(entry.name))
  .map((entry) => entry.name)
  .sort();

it('has ok and not-ok fixtures for every rule, and no folder for an unknown rule', function () {
  expect(ruleFolders).toEqual(lintRules.map((rule) => rule.id).sort());
  for (const rule of ruleFolders) {
    const cases = fs.readdirSync(path.join(root, rule));
    expect(cases.some((name) => /^ok(?:-\d+)?$/.test(name)), rule + ' ok').toBe(true);
    expect(cases.some((name) => /^not-ok(?:-\d+)?$/.test(name)), rule + ' not-ok').toBe(true);
  }
});

for (const rule of ruleFolders) {
  describe(rule, function () {
    for (const name of fs.readdirSync(path.join(root, rule)).sort()) {
      it(name, async function () {
        const folder = path.join(root, rule, name);
        const {files, expected} = readCase(folder);
        const {config} = await loadConfig(folder);
        const partials = await loadPartialLibrary(folder);
        const {findings} = lint(files, {config, partials});
        const several = files.length > 1 || partials.documents.length > 0;
        expect(
          findings.map((finding) => ({
            ...(several ? {file: finding.file} : {}),
            ruleId: finding.ruleId,
            severity: finding.severity,
            line: finding.position.start.line,
            column: finding.position.start.column,
            message: finding.message,
          })),
        ).toEqual(expected);
        const own = findings.filter((finding) => finding.ruleId === rule);
        if (name.startsWith('ok')) expect(own).toEqual([]);
        else expect(own.length).toBeGreaterThan(0);
      });
    }
  });
}

it('every document rule reports nothing on a document without tables, candidates or disable comments', async function () {
  // The contract that lets a run skip the rules for files the prefilter
  // skips (`createEntryReader`): checked here for every rule in the
  // registry, each on at `error`, on each kind of document.
  const {lintDocumentFacts, resolveLintConfig, rules} = await import('../../packages/core/src/index.js');
  const documentRules = rules.filter((rule) => rule.meta.scope === 'document');
  expect(documentRules.length).toBeGreaterThan(0);
  for (const rule of documentRules) {
    const config = resolveLintConfig({rules: {[rule.meta.id]: 'error'}});
    for (const kind of ['page', 'partial', 'usage'] as const) {
      for (const file of ['docs/intro.md', '_partials/_table.mdx', 'versioned_docs/version-4.6/upgrade.md']) {
        const document = {file, kind, tables: [], candidates: [], strayDisables: []};
        expect(lintDocumentFacts(document, config), rule.meta.id + ' on an empty ' + kind).toEqual([]);
      }
    }
  }
});
