import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, readExport, readPage, root, temporaryDir} from './build.js';

const fixtures = path.join(root, 'test', 'site', 'fixtures');

describe('a site without remark-upgrade-paths', function () {
  it('builds, still exports its rows, and says which line to add', async function () {
    const result = await buildSite(path.join(fixtures, 'without-remark'), path.join(temporaryDir, 'without-remark'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('docs/upgrade.md');
    expect(result.output).toContain('`remark-upgrade-paths` did not run');
    expect(result.output).toContain('beforeDefaultRemarkPlugins: [remarkUpgradePaths]');
    const exported = readExport(result.outDir);
    expect(exported.datasets[0]?.tables[0]?.rows).toHaveLength(1);
  });
});

describe('a site with a broken upgrade table', function () {
  it('fails `docusaurus build`, naming the file, line, column and rule', async function () {
    const result = await buildSite(path.join(fixtures, 'broken-table'), path.join(temporaryDir, 'broken-table'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/docs\/upgrade\.md:14:\d+ +error +Unexpected `1\.2\.a` as target version, expected a semver version[^\n]* +invalid-version/);
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('data modules: no page imports one that was not written', function () {
  it('leaves the tables of a versioned doc and of a blog post as Markdown tables', async function () {
    const result = await buildSite(path.join(fixtures, 'data-modules'), path.join(temporaryDir, 'data-modules'));
    expect(result.status, result.output).toBe(0);
    expect(readExport(result.outDir).datasets.map((dataset) => [dataset.id, dataset.tables.map((table) => table.id)])).toEqual([
      ['betreiber/default', ['docs/aktualisierung.md:10']],
      ['demo/helm', ['docs/upgrade.md:10']],
      ['operator/default', ['docs/layouts.mdx:11', 'docs/layouts.mdx:18', 'docs/layouts.mdx:25']],
    ]);
    const current = readPage(result.outDir, 'next');
    expect(current.querySelector('[data-upgrade-paths-table="docs/upgrade.md:10"] #upgrade-2-0-0-to-2-1-0')).not.toBeNull();
    // A Notes column stays on the page, as authored: its link resolved by
    // Docusaurus, its emphasis kept.
    const replaced = current.querySelector('[data-upgrade-paths-table="docs/upgrade.md:10"]');
    expect([...(replaced?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Source Version',
      'Target Version',
      'Support',
      'Notes',
    ]);
    const note = replaced?.querySelector('#upgrade-2-0-0-to-2-1-0 td:nth-child(4)');
    expect(note?.textContent).toBe('Read the changelog first.');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/next/changelog');
    expect(note?.querySelector('em')?.textContent).toBe('first');
    expect(replaced?.querySelector('#upgrade-1-0-0-to-2-0-0 td:nth-child(4)')?.textContent).toBe('');
    for (const route of ['', 'blog/2026/01/01/release']) {
      const document = readPage(result.outDir, route);
      expect(document.querySelector('[data-upgrade-paths-table]'), route).toBeNull();
      expect(document.querySelector('article table tbody td')?.textContent, route).toMatch(/^(0\.9\.0|1\.9\.0)$/);
    }
    // Tables with upgrade-like headers that are no upgrade paths (the
    // confidence rule): no error, Markdown tables.
    const changelog = readPage(result.outDir, 'next/changelog');
    expect(changelog.querySelector('[data-upgrade-paths-table]')).toBeNull();
    expect([...changelog.querySelectorAll('article table tbody tr td:first-child')].map((cell) => cell.textContent)).toEqual([
      'react-select',
      'lodash',
      'WAITING',
      'RUNNING',
    ]);
    expect(result.output).not.toContain('docs/changelog.md');

    // A matrix, a recommended path and a multi-version cell keep the
    // author's layout: a Markdown table with an anchor per upgrade
    // statement, in the cell stating it.
    const layouts = readPage(result.outDir, 'next/layouts');
    const operator = readExport(result.outDir).datasets.find((dataset) => dataset.id === 'operator/default');
    const tables = [...layouts.querySelectorAll('article table')];
    expect(tables).toHaveLength(3);
    expect(operator?.tables.map((table) => table.layout ?? 'list')).toEqual(['matrix', 'list', 'list']);
    operator?.tables.forEach(function (table, index) {
      expect(tables[index]?.querySelector('[data-upgrade-paths-table]')?.getAttribute('data-upgrade-paths-table')).toBe(table.id);
      for (const row of table.rows) {
        const cell = tables[index]?.querySelector('#' + row.anchor)?.closest('td');
        expect(cell, row.anchor).not.toBeNull();
      }
    });
    const matrixCell = tables[0]?.querySelector('#upgrade-6-2-x-to-7-4-x')?.closest('td');
    expect(matrixCell?.textContent?.trim()).toBe('❌');
    // The plugin's client CSS highlights the cell a link lands on.
    expect(tables[0]?.querySelector('#upgrade-6-2-x-to-7-4-x')?.hasAttribute('data-upgrade-paths-anchor')).toBe(true);
    const css = fs
      .readdirSync(path.join(result.outDir, 'assets', 'css'))
      .map((name) => fs.readFileSync(path.join(result.outDir, 'assets', 'css', name), 'utf8'))
      .join('\n');
    expect(css).toMatch(/td:has\(>\s*\[data-upgrade-paths-anchor\]:target\)/);
    expect(operator?.tables[1]?.rows.map((row) => [row.source, row.target, row.derived ?? null])).toEqual([
      ['7.2.1', '7.2.9', 'path'],
      ['7.2.9', '7.4.2', 'path'],
      ['7.4.2', '7.4.3', null],
    ]);
    expect(operator?.tables[2]?.rows.map((row) => row.source)).toEqual(['7.2.1', '7.2.9']);
    expect(result.output).not.toContain('were not rendered');

    // Header names from the config file reach the build's remark plugin:
    // the table is replaced, its notes column kept.
    const german = readPage(result.outDir, 'next/aktualisierung');
    const table = german.querySelector('[data-upgrade-paths-table="docs/aktualisierung.md:10"]');
    expect(table?.querySelector('#upgrade-2-0-0-to-2-1-0 td:nth-child(4) em')?.textContent).toBe('sichern');
  });

  it('fails the build with messages at file:line for a dataset, a table or a page the lint run did not read', async function () {
    const result = await buildSite(path.join(fixtures, 'data-modules-broken'), path.join(temporaryDir, 'data-modules-broken'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).not.toMatch(/Module not found|Can't resolve/);
    expect(result.output).toContain(
      'docs/checker.mdx:5:1: Unexpected dataset `demo/hlem` in `<UpgradeChecker>`, expected one of `demo/helm`, `demo/shifted` (remark-upgrade-paths)',
    );
    expect(result.output).toContain('docs/table.mdx:3:1: Unexpected table `docs/upgrade.md:99` in `<UpgradePathTable>`');
    // The site's preprocessor adds two lines: the build sees the table at
    // line 11, lint at line 9.
    expect(result.output).toContain('docs/shifted.md:11:1: Unexpected upgrade table `docs/shifted.md:11` that `docusaurus-plugin-upgrade-paths` did not read');
  });

  it('without docusaurus-plugin-upgrade-paths, leaves tables alone and names the plugin to add for a checker', async function () {
    const result = await buildSite(path.join(fixtures, 'remark-without-plugin'), path.join(temporaryDir, 'remark-without-plugin'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).not.toMatch(/Module not found|Can't resolve/);
    expect(result.output).toContain(
      'docs/checker.mdx:3:1: Unexpected `<UpgradeChecker>` in a site whose upgrade tables were not read, expected `docusaurus-plugin-upgrade-paths` in the `plugins` of the site config',
    );
    expect(result.output).not.toContain('docs/upgrade.md');
  });
});

describe('a classic-preset site with its docs in content/ under /guide/, partials in shared/, and a CommonJS config', function () {
  const siteDir = path.join(fixtures, 'preset-content-path');
  let result: Awaited<ReturnType<typeof buildSite>>;

  beforeAll(async function () {
    result = await buildSite(siteDir, path.join(temporaryDir, 'preset-content-path'));
  });

  it('builds with working tables, checker and partials', function () {
    expect(result.status, result.output).toBe(0);
    const exported = readExport(result.outDir);
    // `plain` names its dataset by doc id: relative to `content/`, as the docs plugin reads it.
    expect(exported.datasets.map((dataset) => dataset.id)).toEqual(['demo/default', 'fenced/default', 'plain/default']);
    expect(readPage(result.outDir, 'guide/plain').querySelector('#upgrade-2-0-0-to-2-1-0')).not.toBeNull();
    // After an mdx-code-block fence, whose lines Docusaurus drops before
    // parsing, the page and the data agree on the file line of the table.
    expect(exported.datasets[1]?.tables.map((table) => [table.id, table.rows.map((row) => row.line)])).toEqual([['content/fenced.mdx:10', [12]]]);
    const fenced = readPage(result.outDir, 'guide/fenced');
    expect(fenced.querySelector('[data-upgrade-paths-table="content/fenced.mdx:10"] #upgrade-3-0-0-to-3-1-0')).not.toBeNull();
    expect(fenced.querySelector('article [role="alert"]')).toBeNull();
    const tables = exported.datasets[0]?.tables ?? [];
    expect(tables.map((table) => [table.id, table.permalink])).toEqual([
      ['content/upgrade.mdx:7', '/guide/upgrade'],
      ['shared/_older.mdx:6@content/upgrade.mdx:14', '/guide/upgrade'],
    ]);
    const upgrade = readPage(result.outDir, 'guide/upgrade');
    expect([...upgrade.querySelectorAll('[data-upgrade-paths-table]')].map((table) => table.getAttribute('data-upgrade-paths-table'))).toEqual([
      'content/upgrade.mdx:7',
      'shared/_older.mdx:6@content/upgrade.mdx:14',
    ]);
    expect(upgrade.querySelector('#upgrade-0-9-0-to-1-0-0')?.textContent).toContain('1.0.0');
    expect(upgrade.querySelector('[data-upgrade-checker="demo/default"]')).not.toBeNull();
    // An authored table on another page gets its dataset module too.
    const other = readPage(result.outDir, 'guide/other');
    expect([...other.querySelectorAll('tbody tr')].map((row) => row.id)).toEqual([
      'reused-upgrade-1-1-0-to-1-2-0',
      'reused-upgrade-1-0-0-to-1-1-0',
    ]);
  });

  it('gives the CLI, without paths in the site folder, the build’s datasets', function () {
    const cli = spawnSync(process.execPath, [path.join(root, 'packages', 'cli', 'bin', 'upgrade-paths.js'), 'extract'], {
      cwd: siteDir,
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const exported = readExport(result.outDir);
    expect(JSON.parse(cli.stdout)).toEqual({
      ...exported,
      datasets: exported.datasets.map((dataset) => ({...dataset, tables: dataset.tables.map((table) => ({...table, permalink: null}))})),
    });
  });
});

describe('a page using the components without remark-upgrade-paths', function () {
  it('fails `docusaurus build` with our message, naming the file and the line to add', async function () {
    const result = await buildSite(path.join(fixtures, 'components-without-remark'), path.join(temporaryDir, 'components-without-remark'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      'Unexpected `<UpgradeChecker>` in `docs/plan.mdx`, which `remark-upgrade-paths` did not process, expected the remark plugin',
    );
    expect(result.output).toContain('beforeDefaultRemarkPlugins: [remarkUpgradePaths]');
    expect(result.output).not.toContain('Expected component `UpgradeChecker` to be defined');
  });
});
