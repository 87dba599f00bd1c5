import fs from 'node:fs';
import path from 'node:path';
import {errors, type Browser, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {root, temporaryDir} from '../site/build.js';
import {launchBrowser, startDevServer, type DevServer} from './harness.js';

// `docusaurus start` on a copy of the broken-table fixture site: the dev
// server must keep running with lint errors (even on first start), show each
// table's findings above it, pick up a conflict caused by another page, and
// clear everything once the files are fixed.

const fixture = path.join(root, 'test', 'site', 'fixtures', 'broken-table');
const siteDir = path.join(temporaryDir, 'dev-broken-table');
const upgradePage = path.join(siteDir, 'docs', 'upgrade.md');
const otherPage = path.join(siteDir, 'docs', 'other.md');

let server: DevServer;
let browser: Browser;
let page: Page;

/**
 * How long to wait for the page to change after an edit: less than the
 * test's own timeout (120 s), so a failure prints what the dev server
 * printed.
 */
const untilEdited = 80_000;

/**
 * Text of the findings admonition above the upgrade table, or `''`; `null`
 * while the page shows no table within 20 s (the dev server is still
 * rebuilding after an edit: under load that can take longer, and
 * `server.until` asks again until its own deadline).
 */
async function findingsText(): Promise<string | null> {
  await page.goto(server.origin + '/', {waitUntil: 'load'});
  try {
    await page.locator('table[data-upgrade-paths-table]').first().waitFor({timeout: 20_000});
  } catch (error) {
    if (error instanceof errors.TimeoutError) return null;
    throw error;
  }
  const admonition = page.locator('.theme-upgrade-path-table .theme-admonition');
  return (await admonition.count()) === 0 ? '' : ((await admonition.first().textContent()) ?? '');
}

beforeAll(async function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(fixture, siteDir, {recursive: true});
  [server, browser] = await Promise.all([startDevServer(siteDir), launchBrowser()]);
  page = await browser.newPage();
});

afterAll(async function () {
  await browser?.close();
  server?.stop();
});

describe('docusaurus start with a broken upgrade table', function () {
  it('keeps serving, and prints the finding with file:line:column and rule id', function () {
    expect(server.exited()).toBe(false);
    expect(server.output()).toMatch(/docs\/upgrade\.md:14:\d+ +error +Unexpected `1\.2\.a` as target version[^\n]*invalid-version/);
  });

  it('shows the table its findings above it', async function () {
    let text = '';
    await server.until(async () => (text = (await findingsText()) ?? '').includes('invalid-version'), 'the admonition', untilEdited);
    expect(text).toContain('Unexpected `1.2.a` as target version');
  });

  it('shows a conflict caused by another page without touching this one', async function () {
    const before = fs.readFileSync(upgradePage, 'utf8');
    fs.appendFileSync(otherPage, '| 1.1.0          | 1.2.0          | ❌      |\n');
    let text = '';
    await server.until(async () => (text = (await findingsText()) ?? '').includes('conflicting-rows'), 'the conflict to appear', untilEdited);
    expect(text).toContain('docs/other.md');
    expect(fs.readFileSync(upgradePage, 'utf8')).toBe(before);
  });

  it('clears the findings after the fixes, and never stopped', async function () {
    fs.copyFileSync(path.join(fixture, 'docs', 'other.md'), otherPage);
    fs.writeFileSync(upgradePage, fs.readFileSync(upgradePage, 'utf8').replace('1.2.a', '1.2.1'));
    await server.until(async () => (await findingsText()) === '', 'the findings to clear', untilEdited);
    expect(await page.locator('#upgrade-1-2-0-to-1-2-1').count()).toBe(1);
    expect(server.exited()).toBe(false);
  });
});
