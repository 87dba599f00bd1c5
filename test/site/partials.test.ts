/**
 * Partials in real `docusaurus build`s: the example site (the seed pages'
 * `<PartialsComponent>` calls render real partials with their own props),
 * fixture sites that must fail (unknown name, duplicate, cycle: message at
 * `file:line:column` with its rule id), a site with upgrade tables inside
 * partials, and a versioned site.
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {buildSite, readExport, readPage, root, temporaryDir, type BuildResult} from './build.js';

const fixtures = path.join(root, 'test', 'site', 'fixtures');

const page = readPage;

/** Text of a page's article, white space collapsed. */
function articleText(outDir: string, permalink: string): string {
  return (page(outDir, permalink).querySelector('article')?.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * The JavaScript files a page's route loads besides the app's entry
 * chunks: read from the build's own chunk registry (`main.*.js` maps each
 * route module, named by its `@site/…` source, to the chunk ids it
 * imports; `runtime~main.*.js` maps chunk ids to file names). Entry
 * chunks, which every page loads, are left out: `allChunks` covers them.
 */
function pageChunks(outDir: string, source: string): string[] {
  const js = path.join(outDir, 'assets', 'js');
  const names = fs.readdirSync(js);
  const read = (prefix: string): string => {
    const name = names.find((item) => item.startsWith(prefix) && item.endsWith('.js'));
    if (!name) throw new Error('No `' + prefix + '*.js` in ' + js);
    return fs.readFileSync(path.join(js, name), 'utf8');
  };
  const runtime = read('runtime~main.');
  const files = /"assets\/js\/"\+\(\{([^}]*)\}\[e\]\|\|e\)\+"\."\+\{([^}]*)\}\[e\]\+"\.js"/.exec(runtime);
  if (!files) throw new Error('Unexpected webpack runtime, expected a chunk file name map');
  const map = (text: string) => new Map([...text.matchAll(/(\d+):"([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const chunkNames = map(files[1] ?? '');
  const chunkHashes = map(files[2] ?? '');
  // Registry entries read `"<chunk name>":[<loader>,"<source>",<module id>]`,
  // the loader a function or an arrow function, as the minifier writes it.
  const main = read('main.');
  const at = main.indexOf(',' + JSON.stringify(source) + ',');
  if (at < 0) throw new Error('No route module `' + source + '` in the chunk registry');
  const loader = main.slice(main.lastIndexOf('":[', at), at);
  // Chunks missing from the map are the entry chunks every page has (`main`).
  return [...loader.matchAll(/\.e\((\d+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => chunkHashes.has(id))
    .map((id) => path.join(js, (chunkNames.get(id) ?? id) + '.' + chunkHashes.get(id) + '.js'));
}

function chunksHolding(files: readonly string[], text: string): string[] {
  return files.filter((file) => fs.readFileSync(file, 'utf8').includes(text));
}

function allChunks(outDir: string): string[] {
  const js = path.join(outDir, 'assets', 'js');
  return fs.readdirSync(js).filter((name) => name.endsWith('.js')).map((name) => path.join(js, name));
}

/** The report line of the build output naming `place` (`file:line:column`). */
function reportLine(result: BuildResult, place: string): string {
  const line = result.output.split('\n').find((item) => item.includes(place + ' '));
  if (!line) throw new Error('No finding at `' + place + '` in the build output:\n' + result.output);
  return line;
}

describe('example-site build: partials', function () {
  let outDir = '';

  beforeAll(function () {
    outDir = inject('exampleSiteOutDir');
  });

  it('renders the seed page’s three calls with the VerteX props, and the Palette page’s with its own', function () {
    const vertex = articleText(outDir, 'vertex/management-appliance/upgrade');
    const palette = articleText(outDir, 'self-hosted/management-appliance/upgrade');
    expect(vertex).toContain('A Palette VerteX management cluster installed with the VerteX Management Appliance');
    expect(vertex).toContain('The content bundle of the VerteX edition for the Palette VerteX version');
    expect(vertex).toContain('Log in to the Palette VerteX system console as a system administrator.');
    expect(palette).toContain('A Palette management cluster installed with the Palette Management Appliance');
    expect(palette).toContain('The content bundle of the Enterprise edition for the Palette version');
    expect(palette).toContain('Log in to the Palette system console as a system administrator.');
    expect(palette).not.toContain('VerteX');
    for (const permalink of ['vertex/management-appliance/upgrade', 'self-hosted/management-appliance/upgrade']) {
      const document = page(outDir, permalink);
      // Nothing left unresolved: the error element of `@theme/PartialsComponent` is absent.
      expect(document.querySelector('[data-partial]')).toBeNull();
      // The partials' steps are real lists and admonitions of the page.
      expect(document.querySelectorAll('article ol').length).toBeGreaterThanOrEqual(2);
      expect(document.querySelector('article .theme-admonition-warning')?.textContent).toContain(
        'Do not power off or reboot the nodes',
      );
    }
  });

  it('puts the rows of the table partial in the including page’s dataset, with the usage as `includedFrom`', function () {
    const exported = readExport(outDir);
    const dataset = exported.datasets.find((item) => item.id === 'palette/management-appliance');
    expect(dataset?.title).toBe('Upgrade Palette with Management Appliance');
    expect(dataset?.tables).toEqual([
      expect.objectContaining({
        id: '_partials/self-hosted/_upgrade-appliance-paths.mdx:11@docs/self-hosted/management-appliance/upgrade.mdx:39',
        file: '_partials/self-hosted/_upgrade-appliance-paths.mdx',
        line: 11,
        permalink: '/self-hosted/management-appliance/upgrade',
        group: '4.7.x',
        includedFrom: {file: 'docs/self-hosted/management-appliance/upgrade.mdx', line: 39, column: 1},
        rows: [
          expect.objectContaining({source: '4.7.15', target: '4.7.27', supported: true, line: 13}),
          expect.objectContaining({source: '4.7.3', target: '4.7.27', supported: false, line: 14}),
        ],
      }),
    ]);
    const table = page(outDir, 'self-hosted/management-appliance/upgrade').querySelector(
      'article table[data-upgrade-paths-table="' + dataset?.tables[0]?.id + '"]',
    );
    expect(table?.querySelector('caption')?.textContent).toBe('4.7.x');
    expect([...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => row.id)).toEqual([
      'upgrade-4-7-15-to-4-7-27',
      'upgrade-4-7-3-to-4-7-27',
    ]);
  });

  it('bundles a partial with the pages that use it, and with no other page', function () {
    const palette = pageChunks(outDir, '@site/docs/self-hosted/management-appliance/upgrade.mdx');
    const vertex = pageChunks(outDir, '@site/docs/vertex/management-appliance/upgrade.mdx');
    const kubernetes = pageChunks(outDir, '@site/docs/self-hosted/kubernetes/upgrade.mdx');
    // Text of the table partial, used on the Palette page only.
    const onlyPalette = 'latest patch version of your minor version first.';
    expect(chunksHolding(palette, onlyPalette)).toHaveLength(1);
    expect(chunksHolding([...vertex, ...kubernetes], onlyPalette)).toEqual([]);
    expect(chunksHolding(allChunks(outDir), onlyPalette)).toEqual(chunksHolding(palette, onlyPalette));
    // Text of a partial both appliance pages use.
    const shared = 'Do not power off or reboot the nodes of the';
    expect(chunksHolding(palette, shared)).not.toEqual([]);
    expect(chunksHolding(vertex, shared)).not.toEqual([]);
    expect(chunksHolding(kubernetes, shared)).toEqual([]);
  });
});

describe('fixture sites with partial errors: the build fails at the usage', function () {
  it('unknown partial: `unknown-partial` at the usage, with the closest name', async function () {
    const result = await buildSite(path.join(fixtures, 'partials-unknown'), path.join(temporaryDir, 'partials-unknown'));
    expect(result.status, result.output).not.toBe(0);
    const line = reportLine(result, 'docs/index.mdx:7:1');
    expect(line).toContain('unknown-partial');
    expect(line).toContain(
      'Unexpected unknown partial `self-hosted/upgrade-palette-prereq`, expected the `partial_category` and `partial_name` of a partial: did you mean `self-hosted/upgrade-palette-prereqs`?',
    );
  });

  it('duplicate partial: `duplicate-partial` naming both files', async function () {
    const result = await buildSite(path.join(fixtures, 'partials-duplicate'), path.join(temporaryDir, 'partials-duplicate'));
    expect(result.status, result.output).not.toBe(0);
    const line = reportLine(result, '_partials/b/_prereqs.mdx:1:1');
    expect(line).toContain('duplicate-partial');
    expect(line).toContain(
      'Unexpected second partial `self-hosted/upgrade-palette-prereqs` in `_partials/b/_prereqs.mdx`, expected one partial per `partial_category` and `partial_name`: `_partials/a/_prereqs.mdx` has the same',
    );
  });

  it('cycle: `partial-cycle` showing the chain', async function () {
    const result = await buildSite(path.join(fixtures, 'partials-cycle'), path.join(temporaryDir, 'partials-cycle'));
    expect(result.status, result.output).not.toBe(0);
    const line = reportLine(result, '_partials/_a.mdx:8:1');
    expect(line).toContain('partial-cycle');
    expect(line).toContain(
      'Unexpected cycle of partials `cycle/a` → `cycle/b` → `cycle/a`, expected partials that never include themselves; the includes are at `_partials/_a.mdx:8:1`, `_partials/_b.mdx:6:15`',
    );
  });
});

describe('fixture site with upgrade tables in partials', function () {
  let result: BuildResult;
  let exported: UpgradePathsExport;

  beforeAll(async function () {
    result = await buildSite(path.join(fixtures, 'partials-tables'), path.join(temporaryDir, 'partials-tables'));
    if (result.status !== 0) throw new Error('`docusaurus build` of partials-tables failed:\n' + result.output);
    exported = readExport(result.outDir);
  });

  it('extracts a partial’s tables once per usage, props substituted, into each page’s dataset', function () {
    const summary = exported.datasets.map((dataset) => [
      dataset.id,
      dataset.tables.map((table) => [
        table.id,
        table.permalink,
        table.group,
        table.includedFrom,
        table.rows.map((row) => [row.source, row.target, row.supported, row.line, row.anchor]),
      ]),
    ]);
    const appliance = '_partials/paths/_appliance-paths.mdx';
    const footnote = '_partials/paths/_footnote.mdx';
    expect(summary).toEqual([
      [
        'palette-vertex/appliance',
        [
          [appliance + ':12@docs/vertex.mdx:8', '/vertex', '4.7.x', {file: 'docs/vertex.mdx', line: 8, column: 1}, [
            ['4.7.15', '4.7.27', true, 14, 'upgrade-4-7-15-to-4-7-27'],
            ['4.7.1', '4.7.27', false, 15, 'upgrade-4-7-1-to-4-7-27'],
          ]],
          [footnote + ':10@' + appliance + ':17@docs/vertex.mdx:8', '/vertex', '4.7.x', {file: 'docs/vertex.mdx', line: 8, column: 1}, [
            ['4.6.41', '4.7.15', true, 12, 'upgrade-4-6-41-to-4-7-15'],
          ]],
        ],
      ],
      [
        'palette/appliance',
        [
          [appliance + ':12@docs/palette.mdx:8', '/palette', '4.7.x', {file: 'docs/palette.mdx', line: 8, column: 1}, [
            ['4.7.15', '4.7.27', true, 14, 'upgrade-4-7-15-to-4-7-27'],
            ['4.7.3', '4.7.27', false, 15, 'upgrade-4-7-3-to-4-7-27'],
          ]],
          [appliance + ':12@docs/palette.mdx:12', '/palette', '4.7.x', {file: 'docs/palette.mdx', line: 12, column: 1}, [
            ['4.7.15', '4.7.30', true, 14, 'upgrade-4-7-15-to-4-7-30'],
            ['4.7.3', '4.7.30', false, 15, 'upgrade-4-7-3-to-4-7-30'],
          ]],
          [footnote + ':10@' + appliance + ':17@docs/palette.mdx:8', '/palette', '4.7.x', {file: 'docs/palette.mdx', line: 8, column: 1}, [
            ['4.6.41', '4.7.15', true, 12, 'upgrade-4-6-41-to-4-7-15'],
          ]],
          // The same row rendered a second time on the page: its anchor stays unique.
          [footnote + ':10@' + appliance + ':17@docs/palette.mdx:12', '/palette', '4.7.x', {file: 'docs/palette.mdx', line: 12, column: 1}, [
            ['4.6.41', '4.7.15', true, 12, 'upgrade-4-6-41-to-4-7-15-2'],
          ]],
        ],
      ],
    ]);
  });

  it('renders each usage’s tables on its page from that page’s data', function () {
    for (const dataset of exported.datasets) {
      for (const table of dataset.tables) {
        const document = page(result.outDir, table.permalink?.slice(1) ?? '');
        const rendered = document.querySelector('table[data-upgrade-paths-table="' + table.id + '"]');
        expect(rendered, table.id).not.toBeNull();
        expect([...(rendered?.querySelectorAll('tbody tr') ?? [])].map((row) => [row.id, row.querySelector('td:nth-child(2)')?.textContent])).toEqual(
          table.rows.map((row) => [row.anchor, row.target]),
        );
      }
    }
    for (const permalink of ['palette', 'vertex']) {
      expect(page(result.outDir, permalink).querySelector('article [role="alert"]'), permalink).toBeNull();
      const ids = [...page(result.outDir, permalink).querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  it('shows the same partial with each page’s own props', function () {
    expect(articleText(result.outDir, 'palette')).toContain('Read the release notes of Palette 4.7 first.');
    expect(articleText(result.outDir, 'vertex')).toContain('Read the release notes of VerteX first.');
    expect(articleText(result.outDir, 'vertex')).toContain('Upgrade paths of VerteX on the appliance.');
  });

  it('warns at the usage about a prop the partial reads and the usage does not pass, and still builds', function () {
    const line = reportLine(result, 'docs/vertex.mdx:10:1');
    expect(line).toContain('missing-partial-prop');
    expect(line).toContain('Unexpected missing prop `version` for partial `notes/release`');
  });

  it('bundles each partial only with the pages using it', function () {
    const palette = pageChunks(result.outDir, '@site/docs/palette.mdx');
    const vertex = pageChunks(result.outDir, '@site/docs/vertex.mdx');
    expect(chunksHolding(palette, 'PALETTE-ONLY-PARTIAL-TEXT')).toHaveLength(1);
    expect(chunksHolding(vertex, 'PALETTE-ONLY-PARTIAL-TEXT')).toEqual([]);
    expect(chunksHolding(allChunks(result.outDir), 'UNUSED-PARTIAL-TEXT')).toEqual([]);
    expect(chunksHolding(palette, 'older versions upgrade through the table below')).not.toEqual([]);
    expect(chunksHolding(vertex, 'older versions upgrade through the table below')).not.toEqual([]);
  });
});

describe('versioned fixture site', function () {
  let result: BuildResult;

  beforeAll(async function () {
    result = await buildSite(path.join(fixtures, 'partials-versioned'), path.join(temporaryDir, 'partials-versioned'));
    if (result.status !== 0) throw new Error('`docusaurus build` of partials-versioned failed:\n' + result.output);
  });

  it('gives a page of version 1.0 the partials of `versioned_partials/version-1.0/` first, else the current ones', function () {
    // Version 1.0 is the last version: served at the root; the current docs at `next/`.
    const released = articleText(result.outDir, '');
    expect(released).toContain('Version 1.0 intro of Palette.');
    expect(released).not.toContain('Current intro');
    expect(released).toContain('Current outro of Palette.');
    // A versioned partial includes the partial of its own version.
    expect(released).toContain('Legacy note, which includes: Version 1.0 intro of the legacy product.');
  });

  it('gives a current page the current partials', function () {
    const next = articleText(result.outDir, 'next');
    expect(next).toContain('Current intro of Palette.');
    expect(next).toContain('Current outro of Palette.');
    expect(next).not.toContain('Version 1.0');
  });
});
