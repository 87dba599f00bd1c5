import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';
import {readExport, readPage, root} from './build.js';

const siteDir = path.join(root, 'example-site');
let outDir: string;
let exported: UpgradePathsExport;

beforeAll(function () {
  outDir = inject('exampleSiteOutDir');
  exported = readExport(outDir);
});

function page(permalink: string): Document {
  return readPage(outDir, permalink);
}

function dataset(id: string) {
  const found = exported.datasets.find((item) => item.id === id);
  if (!found) throw new Error('No dataset `' + id + '` in the export');
  return found;
}

describe('example-site build: JSON export', function () {
  it('holds every upgrade row of the seed pages, as the Markdown has them', function () {
    expect(exported.schemaVersion).toBe(1);
    for (const file of ['docs/self-hosted/kubernetes/upgrade.mdx', 'docs/vertex/management-appliance/upgrade.mdx']) {
      const source = fs.readFileSync(path.join(siteDir, file), 'utf8');
      const expected = extractUpgradePaths(source, {file, docId: ''}).tables.flatMap((table) =>
        table.rows.map((row) => [row.source, row.target, row.supported, row.line]),
      );
      const actual = exported.datasets
        .flatMap((item) => item.tables)
        .filter((table) => table.file === file)
        .flatMap((table) => table.rows.map((row) => [row.source, row.target, row.supported, row.line]));
      expect(actual).toEqual(expected);
    }
  });

  it('gives seed 002 as dataset palette/kubernetes: 5 tables, 190 rows, one per group', function () {
    const kubernetes = dataset('palette/kubernetes');
    expect(kubernetes.tables.map((table) => [table.group, table.rows.length])).toEqual([
      ['4.7.x', 7],
      ['4.6.x', 141],
      ['4.5.x', 22],
      ['4.4.x', 15],
      ['4.3.x and Prior', 5],
    ]);
    expect(kubernetes.title).toBe('Upgrade Palette on Kubernetes');
    expect(kubernetes.versions[0]).toBe('4.7.20');
    expect(kubernetes.versions.at(-1)).toBe('4.1.7');
    const wildcard = kubernetes.tables[4]?.rows.find((row) => row.source === '4.1.x');
    expect(wildcard).toMatchObject({target: '4.3.6', supported: false, anchor: 'upgrade-4-1-x-to-4-3-6'});
    for (const table of kubernetes.tables) expect(table.permalink).toBe('/self-hosted/kubernetes/upgrade');
  });

  it('gives seed 000 as dataset palette-vertex/management-appliance with its one unsupported row', function () {
    const vertex = dataset('palette-vertex/management-appliance');
    expect(vertex.tables).toHaveLength(1);
    expect(vertex.tables[0]?.rows).toEqual([
      expect.objectContaining({source: '4.7.3', target: '4.7.15', supported: false}),
    ]);
    expect(vertex.tables[0]?.permalink).toBe('/vertex/management-appliance/upgrade');
  });
});

describe('example-site build: upgrade page HTML', function () {
  it('renders all 190 rows through UpgradePathTable, each <tr> with its anchor id', function () {
    const document = page('self-hosted/kubernetes/upgrade');
    const tables = [...document.querySelectorAll('article table')];
    expect(tables).toHaveLength(5);
    for (const table of tables) expect(table.getAttribute('data-upgrade-paths-table')).toMatch(/upgrade\.mdx:\d+$/);
    const rendered = [...document.querySelectorAll('article table tbody tr')].map((row) => row.id);
    const anchors = dataset('palette/kubernetes').tables.flatMap((table) => table.rows.map((row) => row.anchor));
    expect(rendered).toHaveLength(190);
    expect(rendered).toEqual(anchors);
    expect(new Set(rendered).size).toBe(190);
  });

  it('shows group labels as captions, header cells, and support as text', function () {
    const document = page('self-hosted/kubernetes/upgrade');
    expect([...document.querySelectorAll('article table caption')].map((node) => node.textContent)).toEqual([
      '4.7.x',
      '4.6.x',
      '4.5.x',
      '4.4.x',
      '4.3.x and Prior',
    ]);
    expect([...document.querySelectorAll('article table')[0]!.querySelectorAll('thead th')].map((node) => node.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const refused = document.getElementById('upgrade-4-1-x-to-4-3-6');
    expect(refused?.textContent).toContain('Not supported');
    expect(document.getElementById('upgrade-4-7-16-to-4-7-20')?.textContent).toContain('Supported');
  });

  it('keeps no raw Markdown table text on the page', function () {
    const html = fs.readFileSync(path.join(outDir, 'self-hosted/kubernetes/upgrade/index.html'), 'utf8');
    expect(html).not.toContain(':white_check_mark:');
    expect(html).not.toContain('**4.7.x**');
  });
});

describe('example-site build: other pages', function () {
  it('renders the seed page\'s <PartialsComponent> calls as the partials, with its props', function () {
    const document = page('vertex/management-appliance/upgrade');
    const text = document.querySelector('article')?.textContent ?? '';
    expect(document.querySelectorAll('[data-partial]')).toHaveLength(0);
    expect(text).toContain('A Palette VerteX management cluster installed with the VerteX Management Appliance');
    expect(text).not.toMatch(/props\.|undefined/);
  });

  it('builds the VMware guide and the PaletteAI page', function () {
    expect(page('self-hosted/vmware/upgrade-non-airgap').querySelector('h1')?.textContent).toBe(
      'Upgrade Palette Installed on VMware vSphere',
    );
    expect(page('paletteai/upgrade').querySelector('h1')?.textContent).toBe('Upgrade PaletteAI');
  });

  it('prints no warning about the remark plugin missing', function () {
    expect(inject('exampleSiteOutput')).not.toContain('did not run on these pages');
  });
});
