import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradeTable} from '@upgrade-paths/core';
import {axeScan, launchBrowser, openPage, serveSite, waitForHydration, type ServedSite} from './harness.js';
import {readExport} from '../site/build.js';

/** Stable class of the component's root element (`rootClassName`). */
const component = '.theme-upgrade-path-table';

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
  it('narrows rows as the reader types in the filter, and updates the live count', async function () {
    const {page, close} = await openPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(site.url + upgradePage);
      await waitForHydration(page);
      const table = group('4.6.x');
      const section = page.locator('div:has(> section > table[data-upgrade-paths-table="' + table.id + '"])');
      const field = section.getByRole('searchbox', {name: 'Filter by version'});
      const status = section.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('141 of 141 rows');

      await field.fill('4.6.4');
      const expected = table.rows
        .filter((row) => row.source.startsWith('4.6.4') || row.target.startsWith('4.6.4'))
        .map((row) => row.anchor);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(141);
      await expect.poll(() => status.textContent()).toBe(expected.length + ' of 141 rows');
      expect(await rowIds(page, table.id)).toEqual(expected);
      // The other tables of the page are not filtered.
      expect(await rowIds(page, group('4.7.x').id)).toHaveLength(7);

      await field.fill('4.6.41');
      await expect.poll(() => status.textContent()).not.toBe(expected.length + ' of 141 rows');
      expect(await rowIds(page, table.id)).toEqual(
        table.rows.filter((row) => row.source === '4.6.41' || row.target === '4.6.41').map((row) => row.anchor),
      );

      await field.fill('');
      await expect.poll(() => status.textContent()).toBe('141 of 141 rows');
      expect(await rowIds(page, table.id)).toHaveLength(141);
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
