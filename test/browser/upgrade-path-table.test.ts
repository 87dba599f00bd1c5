import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradeTable} from '@upgrade-paths/core';
import {axeScan, launchBrowser, openPage, serveSite, waitForHydration, type ServedSite} from './harness.js';
import path from 'node:path';
import {buildSite, readExport, root, temporaryDir} from '../site/build.js';

/** Stable class of the component's root element (`rootClassName`). */
const component = '.theme-upgrade-path-table';
/** Stable class of the page filter's root element (`pageFilterClassName`). */
const pageFilter = '.theme-upgrade-path-page-filter';

const upgradePage = 'self-hosted/kubernetes/upgrade';
let browser: Browser;
let site: ServedSite;
let kubernetes: readonly UpgradeTable[];

beforeAll(async function () {
  const outDir = inject('exampleSiteOutDir');
  const exported = readExport(outDir);
  kubernetes = exported.datasets.find((dataset) => dataset.id === 'palette/kubernetes')?.tables ?? [];
  browser = await launchBrowser();
  site = await serveSite(outDir);
});

afterAll(async function () {
  await browser?.close();
  await site?.close();
});

function group(label: string): UpgradeTable {
  const found = kubernetes.find((table) => table.group === label);
  if (!found) throw new Error('No `' + label + '` table in dataset `palette/kubernetes`');
  return found;
}

/**
 * Console errors and uncaught exceptions of a page, except the 404 of
 * `/favicon.ico`, which example-site does not have and Chromium asks for.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', function (message) {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Ids of the body rows of the table with this id. */
function rowIds(page: Page, tableId: string): Promise<string[]> {
  return page
    .locator('table[data-upgrade-paths-table="' + tableId + '"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.id));
}

/**
 * Where a row and the header of its table are on screen, in CSS pixels, with
 * the navbar's bottom edge and the viewport height.
 */
function geometry(page: Page, id: string) {
  return page.evaluate(function (id) {
    const row = document.getElementById(id)!;
    const header = row.closest('table')!.querySelector('thead th')!;
    const navbar = document.querySelector('.navbar')!;
    return {
      target: document.querySelector(':target')?.id,
      row: row.getBoundingClientRect().toJSON() as DOMRect,
      header: header.getBoundingClientRect().toJSON() as DOMRect,
      navbarBottom: navbar.getBoundingClientRect().bottom,
      viewport: window.innerHeight,
      outline: getComputedStyle(row).outlineStyle,
      otherOutline: getComputedStyle(row.parentElement!.querySelector('tr:not(:target)')!).outlineStyle,
    };
  }, id);
}

describe('UpgradePathTable in Chromium', function () {
  it('gives the page one filter: every table narrows as the reader types, the address keeps it', async function () {
    const {page, close} = await openPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(site.url + upgradePage);
      await waitForHydration(page);
      // Five tables on the page: no field of their own, one above the first.
      expect(await page.locator(component + ' input[type="search"]').count()).toBe(0);
      const filter = page.locator(pageFilter);
      expect(await filter.count()).toBe(1);
      expect(await filter.evaluate((element) => element.closest('.tabs-container, details') === null)).toBe(true);
      const first = page.locator(component).first();
      expect(await filter.evaluate((element, table) => Boolean(element.compareDocumentPosition(table!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);
      const field = filter.getByRole('searchbox', {name: 'Filter by version'});
      const status = filter.getByRole('status');
      const total = kubernetes.reduce((sum, table) => sum + table.rows.length, 0);
      expect(total).toBe(190);
      await expect.poll(() => status.textContent()).toBe('190 of 190 rows');

      await field.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => window.scrollY);
      const entries = await page.evaluate(() => window.history.length);
      await field.fill('4.6.4');
      const matching = (table: UpgradeTable) =>
        table.rows.filter((row) => row.source.startsWith('4.6.4') || row.target.startsWith('4.6.4')).map((row) => row.anchor);
      const count = kubernetes.reduce((sum, table) => sum + matching(table).length, 0);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(190);
      await expect.poll(() => status.textContent()).toBe(count + ' of 190 rows');
      for (const table of kubernetes) {
        const expected = matching(table);
        if (expected.length > 0) expect(await rowIds(page, table.id)).toEqual(expected);
        else {
          // Collapsed to its caption.
          const element = page.locator('table[data-upgrade-paths-table="' + table.id + '"]');
          expect(await element.locator('caption').textContent()).toBe(table.group);
          expect(await element.locator('tbody').textContent()).toBe('No matching rows');
          expect(await element.locator('thead').count()).toBe(0);
        }
      }
      expect(kubernetes.some((table) => matching(table).length === 0)).toBe(true);
      // Kept in the address, without a new history entry or a jump to the top.
      await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe('4.6.4');
      expect(await page.evaluate(() => window.history.length)).toBe(entries);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

      await field.fill('');
      await expect.poll(() => status.textContent()).toBe('190 of 190 rows');
      expect(await rowIds(page, group('4.6.x').id)).toHaveLength(141);
      await expect.poll(() => new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('applies a filter given in the address after hydration, beside the checker parameters', async function () {
    const {page, close} = await openPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(site.url + upgradePage + '?filter=4.6.41&from=4.5.20');
      await waitForHydration(page);
      const filter = page.locator(pageFilter);
      const expected = (table: UpgradeTable) =>
        table.rows.filter((row) => row.source.startsWith('4.6.41') || row.target.startsWith('4.6.41')).map((row) => row.anchor);
      const count = kubernetes.reduce((sum, table) => sum + expected(table).length, 0);
      await expect.poll(() => filter.getByRole('status').textContent()).toBe(count + ' of 190 rows');
      expect(await filter.getByRole('searchbox').inputValue()).toBe('4.6.41');
      expect(await rowIds(page, group('4.6.x').id)).toEqual(expected(group('4.6.x')));
      expect(new URL(page.url()).searchParams.get('from')).toBe('4.5.20');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('targets a row anchor: the row is :target, highlighted, and below the header', async function () {
    const {page, close} = await openPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(site.url + upgradePage + '#upgrade-4-6-41-to-4-7-20');
      await waitForHydration(page);
      const place = await geometry(page, 'upgrade-4-6-41-to-4-7-20');
      expect(place.target).toBe('upgrade-4-6-41-to-4-7-20');
      expect(place.outline).toBe('solid');
      expect(place.otherOutline).toBe('none');
      expect(place.row.top).toBeGreaterThanOrEqual(place.header.bottom - 1);
      expect(place.header.top).toBeGreaterThanOrEqual(place.navbarBottom - 1);
      expect(place.row.bottom).toBeLessThanOrEqual(place.viewport);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the header row stuck below the navbar deep in a long table', async function () {
    const {page, close} = await openPage(browser);
    try {
      const deep = group('4.6.x').rows[100]!.anchor;
      await page.goto(site.url + upgradePage + '#' + deep);
      await waitForHydration(page);
      const place = await geometry(page, deep);
      expect(place.target).toBe(deep);
      // Scrolled far past the table's top, the header sits at the navbar's bottom edge.
      expect(Math.abs(place.header.top - place.navbarBottom)).toBeLessThanOrEqual(1);
      expect(place.row.top).toBeGreaterThanOrEqual(place.header.bottom - 1);
      expect(place.row.bottom).toBeLessThanOrEqual(place.viewport);
    } finally {
      await close();
    }
  });

  it('shows every row without JavaScript', async function () {
    const {page, close} = await openPage(browser, {javaScriptEnabled: false});
    try {
      await page.goto(site.url + upgradePage);
      expect(await page.locator('article table tbody tr').count()).toBe(190);
      expect(await page.locator('article table tbody tr:visible').count()).toBe(190);
    } finally {
      await close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const permalink of [upgradePage, 'vertex/management-appliance/upgrade']) {
      it('passes axe-core (no serious or critical violation) in its tables on /' + permalink + ' in ' + colorScheme + ' mode', async function () {
        const {page, close} = await openPage(browser, {colorScheme});
        try {
          await page.goto(site.url + permalink);
          await waitForHydration(page);
          expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          expect(await page.locator(component).count()).toBeGreaterThan(0);
          // Scoped to the component: example-site keeps Docusaurus's default
          // colours, whose links and navbar items fail color-contrast.
          expect(await axeScan(page, component)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});

/**
 * The page filter on a fixture site (`test/site/fixtures/page-filter`): a
 * page with tables in `<Tabs>`, a small table, a partial's table and a
 * matrix kept in the author's layout; and a page with one long table.
 */
describe('the page filter in Chromium (fixture site page-filter)', function () {
  let fixture: ServedSite;
  let tables: readonly UpgradeTable[];

  beforeAll(async function () {
    const outDir = path.join(temporaryDir, 'page-filter-build');
    const result = await buildSite(path.join(root, 'test/site/fixtures/page-filter'), outDir);
    if (result.status !== 0) throw new Error('`docusaurus build` of page-filter failed:\n' + result.output);
    tables = readExport(outDir).datasets.flatMap((dataset) => dataset.tables).filter((table) => table.permalink === '/upgrade');
    fixture = await serveSite(outDir);
  });

  afterAll(async function () {
    await fixture?.close();
  });

  /** The table elements of the page and, per dataset table, the visible rows and header cells. */
  function visible(page: Page, tableId: string) {
    return page.evaluate(function (id) {
      const marker = document.querySelector('[data-upgrade-paths-table="' + id + '"]')!;
      const table = marker.closest('table')!;
      const shown = (element: Element) => !(element as HTMLElement).closest('[hidden]');
      return {
        rows: Array.from(table.querySelectorAll('tbody tr')).filter(shown).map((row) => (row as HTMLTableRowElement).cells[0]!.textContent!.trim()),
        headers: Array.from(table.querySelectorAll('thead th')).filter(shown).map((cell) => cell.textContent!.trim()),
        caption: table.querySelector('caption')?.textContent ?? null,
      };
    }, tableId);
  }

  function byTab(value: string | null): UpgradeTable {
    const found = tables.find((table) => (table.tab?.value ?? null) === value && table.layout === undefined && !table.id.startsWith('_partials'));
    if (!found) throw new Error('No table in tab ' + String(value));
    return found;
  }

  it('narrows tables in hidden tabs, small tables, partials and matrices, with one count', async function () {
    const {page, close} = await openPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(fixture.url + 'upgrade');
      await waitForHydration(page);
      const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
      const layouts = tables.map((table) => table.layout ?? 'list').sort();
      expect(layouts).toEqual(['list', 'list', 'list', 'list', 'matrix']);
      expect(await page.locator(component + ' input[type="search"]').count()).toBe(0);
      const filter = page.locator(pageFilter);
      const field = filter.getByRole('searchbox', {name: 'Filter by version'});
      const status = filter.getByRole('status');
      await expect.poll(() => status.textContent()).toBe(total + ' of ' + total + ' rows');
      expect(await filter.evaluate((element) => element.closest('.tabs-container') === null)).toBe(true);

      const kubernetes = byTab('kubernetes');
      const vmware = byTab('vmware');
      const older = tables.find((table) => table.group === null && table.tab === null && table.layout === undefined && !table.id.startsWith('_partials'))!;
      const partial = tables.find((table) => table.id.startsWith('_partials'))!;
      const matrix = tables.find((table) => table.layout === 'matrix')!;
      expect(new Set([kubernetes, vmware, older, partial, matrix]).size).toBe(5);

      // 4.7.2: a prefix of 4.7.20, and in the matrix's 4.7.x series.
      await field.fill('4.7.2');
      const count = (await Promise.all(tables.map(async (table) => (await visible(page, table.id)).rows.length))).reduce((a, b) => a + b, 0);
      await expect.poll(() => status.textContent()).toBe(
        tables.reduce((sum, table) => sum + table.rows.filter((row) => row.target.startsWith('4.7.2') || row.source.startsWith('4.7.2') || row.target === '4.7.x').length, 0) + ' of ' + total + ' rows',
      );
      expect(count).toBeGreaterThan(0);
      expect((await visible(page, kubernetes.id)).rows).toHaveLength(12);
      // The hidden tab's table narrowed too: 4.7.15 is no prefix match.
      expect(await page.locator('[role="tabpanel"][hidden] table[data-upgrade-paths-table="' + vmware.id + '"]').count()).toBe(1);
      expect((await visible(page, vmware.id)).caption).toBe('Supported upgrade paths');
      expect(await page.locator('table[data-upgrade-paths-table="' + vmware.id + '"] tbody').textContent()).toBe('No matching rows');
      expect((await visible(page, partial.id)).rows).toEqual(['4.6.41', '4.6.32']);
      // The matrix keeps both source rows and drops the 4.6.x target column.
      expect(await visible(page, matrix.id)).toEqual({rows: ['4.5.x', '4.6.x'], headers: ['Current version', 'Upgrade to 4.7.x'], caption: null});

      await field.fill('4.4');
      expect((await visible(page, older.id)).rows).toEqual(['4.4.20', '4.4.11']);
      expect(await visible(page, matrix.id)).toEqual({rows: [], headers: [], caption: 'No matching rows'});
      expect((await visible(page, partial.id)).rows).toEqual(['No matching rows']);

      await field.fill('');
      await expect.poll(() => status.textContent()).toBe(total + ' of ' + total + ' rows');
      expect(await visible(page, matrix.id)).toEqual({
        rows: ['4.5.x', '4.6.x'],
        headers: ['Current version', 'Upgrade to 4.6.x', 'Upgrade to 4.7.x'],
        caption: null,
      });
      expect((await visible(page, partial.id)).rows).toHaveLength(2);
      expect(errors).toEqual([]);
      expect(await axeScan(page, pageFilter)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps its own field on a page with one table', async function () {
    const {page, close} = await openPage(browser);
    try {
      await page.goto(fixture.url + 'single');
      await waitForHydration(page);
      expect(await page.locator(pageFilter).count()).toBe(0);
      const field = page.locator(component).getByRole('searchbox', {name: 'Filter by version'});
      await field.fill('4.6.3');
      await expect.poll(() => page.locator(component).getByRole('status').textContent()).toBe('5 of 12 rows');
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await close();
    }
  });
});
