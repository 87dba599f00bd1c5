// `upgrade-paths extract`, run as users run it: the built binary in a child
// process. `npm test` builds first; after editing `packages/cli/src`, run
// `npm run build` (or `npx tsc -b packages/cli`) before `npx vitest run test/cli`.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'packages', 'cli', 'bin', 'upgrade-paths.js');
const cliTests = fileURLToPath(new URL('.', import.meta.url));
const fixtures = path.join(cliTests, 'fixtures');
const seedGroups = ['4.7.x', '4.6.x', '4.5.x', '4.4.x', '4.3.x and Prior'];

/** A small upgrade table page. */
function page(title: string, source: string, target: string): string {
  return [
    '---',
    'title: ' + title,
    '---',
    '',
    '| Source Version | Target Version | Support |',
    '| --- | --- | --- |',
    '| ' + source + ' | ' + target + ' | :white_check_mark: |',
    '',
  ].join('\n');
}

let scratch = '';

beforeAll(function () {
  if (!fs.existsSync(path.join(root, 'packages', 'cli', 'lib', 'index.js'))) {
    throw new Error(
      'Unexpected missing `packages/cli/lib/index.js`, expected a built CLI: run `npm run build` first (or `npx tsc -b packages/cli`)',
    );
  }
  // Built at run time: `node_modules/` and dot folders are not committed.
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-cli-'));
  const files: Record<string, string> = {
    'docs/page.md': page('Page', '1.0.0', '1.1.0'),
    'docs/guide/install.mdx': page('Install', '2.0.0', '2.1.0'),
    'docs/no-table.md': '# Nothing here\n\nJust text.\n',
    'docs/_partial.mdx': page('Partial', '9.0.0', '9.1.0'),
    'docs/_partials/inner.md': page('Inner partial', '9.2.0', '9.3.0'),
    'docs/node_modules/x.md': page('Dependency', '9.4.0', '9.5.0'),
    'docs/guide/node_modules/y.mdx': page('Nested dependency', '9.6.0', '9.7.0'),
    'docs/.hidden/z.md': page('Hidden', '9.8.0', '9.9.0'),
    'docs/notes.txt': page('Not Markdown', '9.10.0', '9.11.0'),
    'kubernetes/upgrade.mdx': fs.readFileSync(path.join(fixtures, 'kubernetes', 'upgrade.mdx'), 'utf8'),
  };
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(scratch, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, value);
  }
});

afterAll(function () {
  if (scratch) fs.rmSync(scratch, {recursive: true, force: true});
});

function run(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'});
  if (result.error) throw result.error;
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Run `extract`, expect success, and return the parsed export and raw output. */
function extract(args: readonly string[], cwd: string): {data: UpgradePathsExport; stdout: string} {
  const result = run(['extract', ...args], cwd);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return {data: JSON.parse(result.stdout) as UpgradePathsExport, stdout: result.stdout};
}

function allTables(data: UpgradePathsExport) {
  return data.datasets.flatMap((dataset) => dataset.tables);
}

describe('upgrade-paths extract', function () {
  it('extracts the five tables and 190 rows of the Kubernetes upgrade page (seed 002)', function () {
    const {data} = extract(['kubernetes'], fixtures);
    const tables = allTables(data);
    expect(tables.map((table) => table.group)).toEqual(seedGroups);
    expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBe(190);
    for (const table of tables) {
      expect(table.file).toBe('kubernetes/upgrade.mdx');
      expect(table.id).toBe('kubernetes/upgrade.mdx:' + table.line);
      expect(table.permalink).toBeNull();
    }
  });

  it('writes valid JSON, schema version 1, two-space indented with a final newline', function () {
    const {data, stdout} = extract(['kubernetes'], fixtures);
    expect(data.schemaVersion).toBe(1);
    expect(stdout).toBe(JSON.stringify(data, null, 2) + '\n');
  });

  it('makes file paths relative to the working folder, and nothing else changes', function () {
    const fromFixtures = extract(['kubernetes'], fixtures).data;
    const fromTests = extract([path.join('fixtures', 'kubernetes')], cliTests).data;
    const tablesA = allTables(fromFixtures);
    const tablesB = allTables(fromTests);
    expect(tablesA.map((table) => table.file)).toEqual(Array(5).fill('kubernetes/upgrade.mdx'));
    expect(tablesB.map((table) => table.file)).toEqual(Array(5).fill('fixtures/kubernetes/upgrade.mdx'));
    expect(tablesB.map((table) => table.id)).toEqual(tablesA.map((table) => 'fixtures/' + table.id));
    expect(tablesB.map((table) => table.rows)).toEqual(tablesA.map((table) => table.rows));
    // The doc id is relative to the folder argument, so the datasets match.
    expect(fromTests.datasets.map((dataset) => dataset.id)).toEqual(fromFixtures.datasets.map((dataset) => dataset.id));
  });

  it('takes the doc id of a file given directly relative to the working folder', function () {
    const viaFolder = extract(['kubernetes'], fixtures).data;
    const direct = extract([path.join('kubernetes', 'upgrade.mdx')], fixtures).data;
    expect(allTables(direct)).toEqual(allTables(viaFolder));
    expect(direct.datasets.map((dataset) => dataset.id)).not.toEqual(viaFolder.datasets.map((dataset) => dataset.id));
  });

  it('gives byte-identical output whatever the order of the arguments', function () {
    const forward = extract(['docs/page.md', 'docs/guide', 'kubernetes'], scratch).stdout;
    const backward = extract(['kubernetes', 'docs/guide', 'docs/page.md'], scratch).stdout;
    expect(backward).toBe(forward);
    expect(allTables(JSON.parse(forward) as UpgradePathsExport)).toHaveLength(7);
  });

  it('lists a file reached through several arguments once', function () {
    const once = extract(['docs'], scratch).stdout;
    const twice = extract(['docs/page.md', 'docs', './docs/', 'docs/guide/install.mdx'], scratch).stdout;
    expect(twice).toBe(once);
  });

  it('takes the doc id of a file found through several folders from the nearest one', function () {
    const datasetOf = (data: UpgradePathsExport) =>
      data.datasets.find((dataset) => dataset.tables.some((table) => table.file === 'docs/guide/install.mdx'))?.id;
    const nearest = datasetOf(extract(['docs/guide'], scratch).data);
    const outer = datasetOf(extract(['docs'], scratch).data);
    expect(nearest).not.toBe(outer);
    expect(datasetOf(extract(['docs', 'docs/guide'], scratch).data)).toBe(nearest);
    expect(datasetOf(extract(['docs/guide', 'docs'], scratch).data)).toBe(nearest);
  });

  it('skips `_` files and folders, node_modules, dot folders and other extensions below a folder', function () {
    const {data} = extract(['docs'], scratch);
    expect(allTables(data).map((table) => table.file).sort()).toEqual(['docs/guide/install.mdx', 'docs/page.md']);
  });

  it('reads a file given directly whatever its name', function () {
    const {data} = extract(['docs/_partial.mdx'], scratch);
    expect(allTables(data).map((table) => table.file)).toEqual(['docs/_partial.mdx']);
  });

  it('gives an empty export for docs without tables', function () {
    const {stdout} = extract(['docs/no-table.md'], scratch);
    expect(stdout).toBe('{\n  "schemaVersion": 1,\n  "datasets": []\n}\n');
  });

  it('exits with 2 and names each missing path, printing no JSON', function () {
    const result = run(['extract', 'kubernetes', 'no-such-folder', 'missing.mdx'], fixtures);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'upgrade-paths: Unexpected missing path `no-such-folder`, expected a file or folder\n' +
        'upgrade-paths: Unexpected missing path `missing.mdx`, expected a file or folder\n',
    );
  });

  it('exits with 2 and the usage when no path is given', function () {
    const result = run(['extract'], fixtures);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^upgrade-paths: Unexpected missing path, expected at least one file or folder/);
    expect(result.stderr).toContain('Usage: upgrade-paths extract');
  });

  it('exits with 2 for an unknown option or a bad `--markdown-format`', function () {
    const unknown = run(['extract', '--bogus', 'kubernetes'], fixtures);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^upgrade-paths: Unexpected option `--bogus`, expected one of `--markdown-format`, `--include-hidden`, `--help`\n/);

    const format = run(['extract', '--markdown-format', 'xml', 'kubernetes'], fixtures);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(
      /^upgrade-paths: Unexpected `xml` for `--markdown-format`, expected `auto`, `mdx`, `md` or `detect`\n/,
    );
  });

  it('parses as CommonMark with `--markdown-format md`', function () {
    const {data} = extract(['--markdown-format', 'md', 'kubernetes'], fixtures);
    expect(allTables(data).map((table) => table.group)).toEqual(seedGroups);
  });

  it('prints its help on standard output with `--help`', function () {
    const result = run(['extract', '--help'], fixtures);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: upgrade-paths extract \[options\] <file or folder>\.\.\.\n/);
  });
});

describe('upgrade-paths', function () {
  it('exits with 2 and prints the usage on standard error without arguments', function () {
    const result = run([], fixtures);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: upgrade-paths <command> \[options\]\n/);
    expect(result.stderr).toContain('  extract  ');
  });

  it('exits with 2 for an unknown command', function () {
    const result = run(['extrac', 'kubernetes'], fixtures);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^upgrade-paths: Unexpected command `extrac`, expected `extract`, `lint` or `diff`\n\nUsage: upgrade-paths <command>/);
  });

  it('exits with 2 for an unknown global option', function () {
    const result = run(['--bogus'], fixtures);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^upgrade-paths: Unexpected option `--bogus`, expected one of `--help`, `--version`\n/);
  });

  it('prints the usage on standard output with `--help`', function () {
    const result = run(['--help'], fixtures);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: upgrade-paths <command> \[options\]\n/);
  });

  it('prints the package version with `--version`', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages', 'cli', 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = run(['--version'], fixtures);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(manifest.version + '\n');
  });

  it('starts with a node shebang, so that npm can link it as a binary', function () {
    expect(fs.readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});
