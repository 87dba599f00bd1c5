/**
 * `UpgradeChecker` in real Chromium, on the built example-site: keyboard
 * use, answers, links to rows, shareable addresses, hostile addresses,
 * accessibility, the no-JavaScript fallback, copying, and which dataset
 * data each page loads.
 */
import type {Browser, Locator, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {findUpgradePath, upgradeGraph} from '../../packages/core/src/index.js';
import type {UpgradePathsExport} from '../../packages/core/src/index.js';
import {axeScan, launchBrowser, openPage, serveSite, tabTo, waitForHydration, type ServedSite, type WatchedPage} from './harness.js';
import {readExport} from '../site/build.js';

const planPage = 'self-hosted/kubernetes/plan-your-upgrade';
const upgradePage = '/self-hosted/kubernetes/upgrade';
const vertexPage = 'vertex/management-appliance/upgrade';
const vmwarePage = 'self-hosted/vmware/upgrade-non-airgap';

let browser: Browser;
let site: ServedSite;
let exported: UpgradePathsExport;
const opened: WatchedPage[] = [];

beforeAll(async function () {
  const outDir = inject('exampleSiteOutDir');
  exported = readExport(outDir);
  browser = await launchBrowser();
  site = await serveSite(outDir);
});

afterAll(async function () {
  await Promise.all(opened.map((item) => item.close()));
  await browser?.close();
  await site?.close();
});

/** Open `pathAndQuery` (relative to the site root), hydrated, in a fresh context. */
async function visit(pathAndQuery: string, options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
  const watched = await openPage(browser, options);
  opened.push(watched);
  await watched.page.goto(site.url + pathAndQuery);
  if (options.javaScriptEnabled !== false) await waitForHydration(watched.page);
  return watched;
}

/**
 * Axe scans cover the checker: the rest of each page is the site theme's
 * (its in-text links and breadcrumbs are not this component's to fix).
 */
const kubernetesChecker = '[data-upgrade-checker="palette/kubernetes"]';

function checker(page: Page, dataset = 'palette/kubernetes'): Locator {
  return page.locator(`[data-upgrade-checker="${dataset}"]`);
}

function dataset(id: string) {
  const found = exported.datasets.find((item) => item.id === id);
  if (!found) throw new Error('No dataset `' + id + '` in the export');
  return found;
}

/** Hop links the answer should show, from core over the exported data. */
function expectedHops(id: string, from: string, to: string): string[] {
  const answer = findUpgradePath(upgradeGraph(dataset(id)), from, to);
  if (answer.kind !== 'path' && answer.kind !== 'direct') throw new Error('Expected a path, got ' + answer.kind);
  return answer.hops.map((hop) => hop.citation.permalink + '#' + hop.citation.anchor);
}

async function hopLinks(region: Locator): Promise<string[]> {
  return region.locator('ol > li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('UpgradeChecker in Chromium', function () {
  it('is usable with the keyboard only: type-ahead, arrows, Enter; answers 4.4.20 -> 4.7.20 in 3 hops', async function () {
    const {page, errors} = await visit(planPage);
    const box = checker(page);
    const current = box.getByRole('combobox', {name: 'Current version'});
    const target = box.getByRole('combobox', {name: 'Target version'});
    expect(await target.inputValue()).toBe(dataset('palette/kubernetes').versions[0]);

    await tabTo(page, current);
    await page.keyboard.type('4.4.2');
    expect(await current.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator('#' + (await current.getAttribute('aria-controls')));
    expect(await listbox.getByRole('option').allInnerTexts()).toEqual(['4.4.24', '4.4.20']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await current.getAttribute('aria-activedescendant');
    expect(await page.locator('#' + active).innerText()).toBe('4.4.20');
    expect(await page.locator('#' + active).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await current.inputValue()).toBe('4.4.20');
    expect(await current.getAttribute('aria-expanded')).toBe('false');
    expect(await current.evaluate((element) => element === document.activeElement)).toBe(true);

    const status = box.getByRole('status');
    await status.getByText('Upgrade from 4.4.20 to 4.7.20 in 3 steps').waitFor();
    expect(await status.locator('ol > li').allInnerTexts()).toEqual([
      'Upgrade from 4.4.20 to 4.5.23',
      'Upgrade from 4.5.23 to 4.6.41',
      'Upgrade from 4.6.41 to 4.7.20',
    ]);
    expect(await hopLinks(status)).toEqual(expectedHops('palette/kubernetes', '4.4.20', '4.7.20'));
    expect(new URL(page.url()).search).toBe('?from=4.4.20&to=4.7.20');

    // Escape closes the list without committing; the answer stays.
    await tabTo(page, target);
    await page.keyboard.press('ArrowDown');
    expect(await target.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await target.getAttribute('aria-expanded')).toBe('false');
    expect(await target.inputValue()).toBe('4.7.20');
    expect(errors).toEqual([]);
  });

  it('follows a hop link to the row it cites', async function () {
    const {page, errors} = await visit(planPage + '?from=4.4.20&to=4.7.20');
    const status = checker(page).getByRole('status');
    const first = status.locator('ol > li a').first();
    await first.waitFor();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === upgradePage && url.hash === '#upgrade-4-4-20-to-4-5-23');
    const row = page.locator('#upgrade-4-4-20-to-4-5-23');
    await row.waitFor();
    expect(await row.evaluate((element) => element.tagName)).toBe('TR');
    expect(await row.innerText()).toMatch(/4\.4\.20\s+4\.5\.23\s+.*Supported/);
    expect(await row.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    })).toBe(true);

    // Loaded directly, the same address makes the row the :target.
    await page.goto(site.url + upgradePage.slice(1) + '#upgrade-4-4-20-to-4-5-23');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('upgrade-4-4-20-to-4-5-23');
    expect(errors).toEqual([]);
  });

  it('reads ?from=4.1.12&to=4.3.6: the direct upgrade is refused (linked), the path goes around it', async function () {
    const {page, errors} = await visit(planPage + '?from=4.1.12&to=4.3.6');
    const box = checker(page);
    const status = box.getByRole('status');
    await status.getByText('Upgrade from 4.1.12 to 4.3.6 in 3 steps').waitFor();
    expect(await box.getByRole('combobox', {name: 'Current version'}).inputValue()).toBe('4.1.12');
    expect(await box.getByRole('combobox', {name: 'Target version'}).inputValue()).toBe('4.3.6');
    expect(await hopLinks(status)).toEqual(expectedHops('palette/kubernetes', '4.1.12', '4.3.6'));
    const refused = status.getByRole('link', {name: 'explicitly not supported'});
    expect(await refused.getAttribute('href')).toBe(upgradePage + '#upgrade-4-1-x-to-4-3-6');
    expect(await status.innerText()).toContain('The direct upgrade from 4.1.12 to 4.3.6 is explicitly not supported.');
    // Reading the address does not rewrite it.
    expect(new URL(page.url()).search).toBe('?from=4.1.12&to=4.3.6');
    expect(errors).toEqual([]);
  });

  it('ignores a hostile query value: shown as text in a note, never as markup', async function () {
    const hostile = '<img src=x onerror=alert(1)>';
    const watched = await openPage(browser);
    opened.push(watched);
    const {page, errors} = watched;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(site.url + planPage + '?from=' + encodeURIComponent(hostile) + '&to=4.6.41');
    await waitForHydration(page);
    const box = checker(page);
    const note = box.locator('[data-ignored="from"]');
    await note.waitFor();
    expect(await note.innerText()).toBe('Ignored from in the address: ' + hostile + ' is not a version.');
    expect(await box.getByRole('combobox', {name: 'Current version'}).inputValue()).toBe('');
    expect(await box.getByRole('combobox', {name: 'Target version'}).inputValue()).toBe('4.6.41');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await box.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    // An <img src=x> would have asked the server for `x` (a 404 logged here).
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe violations: empty, answered with the list open, dark mode, VerteX page', async function () {
    const light = await visit(planPage);
    expect(await axeScan(light.page, kubernetesChecker)).toEqual([]);

    const answered = await visit(planPage + '?from=4.1.12&to=4.3.6');
    await checker(answered.page).getByRole('status').locator('ol').waitFor();
    const current = checker(answered.page).getByRole('combobox', {name: 'Current version'});
    await tabTo(answered.page, current);
    await answered.page.keyboard.press('ArrowDown');
    expect(await current.getAttribute('aria-expanded')).toBe('true');
    expect(await axeScan(answered.page, kubernetesChecker)).toEqual([]);

    const dark = await visit(planPage + '?from=4.6.34&to=4.7.20', {colorScheme: 'dark'});
    expect(await dark.page.getAttribute('html', 'data-theme')).toBe('dark');
    await checker(dark.page).getByRole('status').getByText('No supported upgrade path').waitFor();
    expect(await axeScan(dark.page, kubernetesChecker)).toEqual([]);

    const vertex = await visit(vertexPage + '?from=4.7.3');
    await checker(vertex.page, 'palette-vertex/management-appliance').getByRole('status').getByText('No supported upgrade path leads').waitFor();
    expect(await axeScan(vertex.page, '[data-upgrade-checker="palette-vertex/management-appliance"]')).toEqual([]);
  });

  it('is linked from the upgrade page, and works when reached by client-side navigation', async function () {
    const {page, errors} = await visit(upgradePage.slice(1));
    const link = page.getByRole('link', {name: 'Plan your upgrade'}).and(page.locator('article a'));
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/' + planPage);
    // Docusaurus shows the new route once its chunks are loaded.
    await page.locator('h1', {hasText: 'Plan your upgrade'}).waitFor();
    const box = checker(page);
    const current = box.getByRole('combobox', {name: 'Current version'});
    await page.waitForFunction(() => !document.querySelector('[data-upgrade-checker="palette/kubernetes"] input')?.hasAttribute('disabled'));
    await current.focus();
    await page.keyboard.type('4.7.15');
    await page.keyboard.press('Enter');
    await box.getByRole('status').getByText('Supported: upgrade directly from 4.7.15 to 4.7.20.').waitFor();
    expect(errors).toEqual([]);
  });

  it('without JavaScript shows a link to the upgrade tables', async function () {
    const {page} = await visit(planPage, {javaScriptEnabled: false});
    const box = checker(page);
    const link = box.getByRole('link', {name: 'the supported upgrade paths tables'});
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(upgradePage);
    // Playwright's text and role engines skip <noscript>: read it as the reader sees it.
    expect(await box.locator('noscript p').innerText()).toBe(
      'The upgrade checker needs JavaScript. Find your upgrade in the supported upgrade paths tables.',
    );
    // The answer region, useless without JavaScript, is hidden.
    expect(await box.getByRole('status').isVisible()).toBe(false);
    // The fields are there (server-rendered) but inert.
    expect(await box.getByRole('combobox', {name: 'Current version'}).isDisabled()).toBe(true);
  });

  it('copies the path and confirms it', async function () {
    const {page, errors} = await visit(planPage + '?from=4.4.20&to=4.7.20', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const box = checker(page);
    const button = box.getByRole('button', {name: 'Copy path'});
    await button.waitFor();
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await box.getByText('Copied 4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20');
    expect(errors).toEqual([]);
  });

  it('answers on the VerteX appliance page from its own dataset (one unsupported row)', async function () {
    const {page, errors} = await visit(vertexPage);
    const box = checker(page, 'palette-vertex/management-appliance');
    const current = box.getByRole('combobox', {name: 'Current version'});
    expect(await box.getByRole('combobox', {name: 'Target version'}).inputValue()).toBe('4.7.15');
    await tabTo(page, current);
    await page.keyboard.type('4.7.3');
    await page.keyboard.press('Enter');
    const status = box.getByRole('status');
    await status.getByText('No supported upgrade path leads from 4.7.3 to 4.7.15.').waitFor();
    expect(await status.getByRole('link', {name: 'explicitly not supported'}).getAttribute('href')).toBe(
      '/vertex/management-appliance/upgrade#upgrade-4-7-3-to-4-7-15',
    );
    expect(await status.innerText()).toContain('The upgrade tables list no supported upgrade from 4.7.3.');
    expect(await box.getByRole('button', {name: 'Copy path'}).count()).toBe(0);

    // A version no row mentions: typed and entered, the answer names its neighbours.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4.7.9');
    await page.keyboard.press('Enter');
    await status.getByText('Your current version 4.7.9 is not in the upgrade tables.').waitFor();
    expect(await status.innerText()).toContain('The documented versions nearest to 4.7.9 are 4.7.3 (older) and 4.7.15 (newer).');
    expect(new URL(page.url()).search).toBe('?from=4.7.9&to=4.7.15');
    expect(errors).toEqual([]);
  });
});

describe('UpgradeChecker data loading', function () {
  /**
   * Bodies of the JavaScript files a page runs, by URL: `script` requests
   * only, so Docusaurus's `<link rel="prefetch">` of linked pages does not
   * count (prefetched is not loaded).
   */
  function recordScripts(page: Page): Promise<readonly [string, string]>[] {
    const scripts: Promise<readonly [string, string]>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(response.text().then((body) => [response.url(), body] as const));
    });
    return scripts;
  }

  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
  }

  /** URLs of the scripts loaded so far whose text holds `marker`. */
  async function loaded(scripts: Promise<readonly [string, string]>[], marker: string): Promise<string[]> {
    const bodies = await Promise.all(scripts);
    return bodies.filter(([, body]) => body.includes(marker)).map(([url]) => url);
  }

  const kubernetesRow = '"upgrade-4-6-41-to-4-7-20"';

  function vertexTable(): string {
    const table = dataset('palette-vertex/management-appliance').tables[0];
    if (!table) throw new Error('VerteX dataset without a table');
    return JSON.stringify(table.id);
  }

  it('a page without a checker loads no dataset data', async function () {
    const watched = await openPage(browser);
    opened.push(watched);
    const scripts = recordScripts(watched.page);
    await watched.page.goto(site.url + vmwarePage);
    await waitForHydration(watched.page);
    await settle(watched.page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(await loaded(scripts, kubernetesRow)).toEqual([]);
    expect(await loaded(scripts, vertexTable())).toEqual([]);
    expect(await loaded(scripts, '"anchor":"upgrade-')).toEqual([]);
  });

  it('the plan page loads its dataset, and another only when the reader picks it', async function () {
    const watched = await openPage(browser);
    opened.push(watched);
    const {page, errors} = watched;
    const scripts = recordScripts(page);
    await page.goto(site.url + planPage);
    await waitForHydration(page);
    await settle(page);
    expect(await loaded(scripts, kubernetesRow)).not.toEqual([]);
    expect(await loaded(scripts, vertexTable())).toEqual([]);

    // The picker sits in a closed <details>: open it, choose by keyboard.
    await page.getByText('Check another installation').click();
    const picker = page.locator('[data-upgrade-checker=""]');
    const installation = picker.getByRole('combobox', {name: 'Installation'});
    await installation.waitFor();
    expect(await picker.getByRole('status').innerText()).toBe('Choose an installation to check its upgrade paths.');
    await installation.selectOption({label: 'Upgrade Palette VerteX with Management Appliance'});
    const vertex = page.locator('[data-upgrade-checker="palette-vertex/management-appliance"]');
    const target = vertex.getByRole('combobox', {name: 'Target version'});
    await vertex.getByRole('status').getByText('Choose your current version').waitFor();
    expect(await target.inputValue()).toBe('4.7.15');
    await settle(page);
    expect(await loaded(scripts, vertexTable())).not.toEqual([]);
    expect(new URL(page.url()).search).toBe('?dataset=palette-vertex/management-appliance');
    expect(errors).toEqual([]);
  });

  it('an address naming a dataset opens the picker on it and answers', async function () {
    const {page, errors} = await visit(planPage + '?dataset=palette-vertex/management-appliance&from=4.7.3&to=4.7.15');
    const vertex = page.locator('[data-upgrade-checker="palette-vertex/management-appliance"]');
    const status = vertex.getByRole('status');
    await status.getByText('No supported upgrade path leads from 4.7.3 to 4.7.15.').waitFor();
    expect(await status.isVisible()).toBe(true);
    expect(await vertex.getByRole('combobox', {name: 'Installation'}).inputValue()).toBe('palette-vertex/management-appliance');
    // The Kubernetes checker does not take a question addressed to another dataset.
    expect(await checker(page).getByRole('combobox', {name: 'Current version'}).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
