import {beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradePathsExport, UpgradeTable} from '@upgrade-paths/core';
import {readExport, readPage} from './build.js';

/** Stable classes of the component's and the page filter's root elements. */
const component = '.theme-upgrade-path-table';
const pageFilter = '.theme-upgrade-path-page-filter';

let outDir: string;
let exported: UpgradePathsExport;

beforeAll(function () {
  outDir = inject('exampleSiteOutDir');
  exported = readExport(outDir);
});

function page(permalink: string): Document {
  return readPage(outDir, permalink);
}

function kubernetesTable(group: string): UpgradeTable {
  const found = exported.datasets
    .find((dataset) => dataset.id === 'palette/kubernetes')
    ?.tables.find((table) => table.group === group);
  if (!found) throw new Error('No `' + group + '` table in dataset `palette/kubernetes`');
  return found;
}

/** Text of a support cell (its icon is an SVG without text). */
function supportText(supported: boolean | null): string {
  return supported === null ? 'Unknown' : supported ? 'Supported' : 'Not supported';
}

describe('example-site build: UpgradePathTable reused by dataset', function () {
  it('shows the 4.7.x rows of palette/kubernetes on the VerteX appliance page, under its heading', function () {
    const document = page('vertex/management-appliance/upgrade');
    const source = kubernetesTable('4.7.x');
    const table = document.querySelector('article table[data-upgrade-paths-table="' + source.id + '"]');
    expect(table).not.toBeNull();
    expect(table!.querySelector('caption')?.textContent).toBe('4.7.x');

    const heading = document.getElementById('palette-on-kubernetes-paths');
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toContain('Palette on Kubernetes paths');
    const next = [...document.querySelectorAll('article h2, article table')];
    expect(next[next.indexOf(heading!) + 1]).toBe(table);

    const rows = [...table!.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim());
      return [tr.id, cells[0], cells[1], cells[2]];
    });
    expect(rows).toHaveLength(7);
    expect(rows).toEqual(
      source.rows.map((row) => [
        'reused-' + row.anchor,
        row.source,
        row.target,
        supportText(row.supported),
      ]),
    );
  });

  it('keeps the VerteX page own row anchor, and every id on the page unique', function () {
    const document = page('vertex/management-appliance/upgrade');
    const own = document.getElementById('upgrade-4-7-3-to-4-7-15');
    expect(own?.closest('table')?.getAttribute('data-upgrade-paths-table')).toBe(
      'docs/vertex/management-appliance/upgrade.mdx:39',
    );
    expect(own?.textContent).toContain('Not supported');
    expect(document.getElementById('reused-upgrade-4-7-3-to-4-7-15')?.textContent).toContain('Supported');
    const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('example-site build: UpgradePathTable without JavaScript', function () {
  it('has every row of the upgrade page in the HTML, with the filter rendered but disabled', function () {
    const document = page('self-hosted/kubernetes/upgrade');
    const rowCounts = [...document.querySelectorAll('article table')].map(
      (table) => table.querySelectorAll('tbody tr').length,
    );
    expect(rowCounts).toEqual([7, 141, 22, 15, 5]);
    expect([...document.querySelectorAll('article tbody tr[hidden]')]).toEqual([]);
    // Five tables: one filter for the page, disabled until hydrated, with
    // one live count over all their rows; none in the tables.
    const fields = [...document.querySelectorAll<HTMLInputElement>('article input[type="search"]')];
    expect(fields.map((field) => field.disabled)).toEqual([true]);
    expect(document.querySelector('label[for="' + fields[0]!.id + '"]')?.textContent).toBe('Filter by version');
    expect([...document.querySelectorAll('article [role="status"]')].map((node) => node.textContent)).toEqual([
      '190 of 190 rows',
    ]);
    expect(document.querySelectorAll(component + ' input[type="search"]')).toHaveLength(0);
  });
});

describe('example-site build: the page filter in the static HTML', function () {
  it('sits above the first of several tables, outside tabs, details and tables', function () {
    const permalink = 'self-hosted/kubernetes/upgrade';
    const tables = exported.datasets.flatMap((dataset) => dataset.tables).filter((table) => table.permalink === '/' + permalink);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    const document = page(permalink);
    const filters = document.querySelectorAll(pageFilter);
    expect(filters).toHaveLength(1);
    const filter = filters[0]!;
    expect(filter.closest('.tabs-container, details, table')).toBeNull();
    const first = document.querySelector('table[data-upgrade-paths-table="' + tables[0]!.id + '"]')!;
    expect(filter.compareDocumentPosition(first) & 4 /* DOCUMENT_POSITION_FOLLOWING */).toBe(4);
  });

  it('is not given to a page showing one table; an authored dataset component keeps its own field', function () {
    for (const permalink of ['vertex/management-appliance/upgrade', 'self-hosted/management-appliance/upgrade']) {
      const document = page(permalink);
      expect(document.querySelectorAll(component).length).toBeGreaterThan(0);
      expect(document.querySelectorAll(pageFilter)).toHaveLength(0);
    }
  });
});
