import fs from 'node:fs';
import path from 'node:path';
import type {Browser, BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {axeScan, launchBrowser, serveSite, waitForHydration, type ServedSite} from './harness.js';

/**
 * Every page of the example-site build, discovered from its output: each
 * HTML file as the URL path a static host serves it at (`a/b/index.html` as
 * `a/b`, `404.html` as is), sorted.
 */
function builtPages(outDir: string): string[] {
  if (!fs.existsSync(outDir)) return [];
  return fs
    .readdirSync(outDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, ''))
    .sort();
}

const pages = builtPages(inject('exampleSiteOutDir'));
let browser: Browser;
let site: ServedSite;

beforeAll(async function () {
  browser = await launchBrowser();
  site = await serveSite(inject('exampleSiteOutDir'));
});

afterAll(async function () {
  await browser?.close();
  await site?.close();
});

it('finds the pages of the build: docs, tag pages and the 404 page', function () {
  expect(pages).toContain('');
  expect(pages).toContain('self-hosted/kubernetes/upgrade');
  expect(pages).toContain('tags');
  expect(pages).toContain('404.html');
  expect(pages.length).toBeGreaterThan(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  // Pages are scanned a few at a time: each scan waits mostly on Chromium.
  describe.concurrent('axe-core on every page of example-site in ' + colorScheme + ' mode', function () {
    // One context per mode; each page gets a fresh tab in it.
    let context: BrowserContext;

    beforeAll(async function () {
      context = await browser.newContext({colorScheme});
    });

    afterAll(async function () {
      await context?.close();
    });

    for (const permalink of pages) {
      it('has no serious or critical violation on /' + permalink, async function ({expect}) {
        const page = await context.newPage();
        try {
          await page.goto(site.url + permalink);
          await waitForHydration(page);
          expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          expect(await axeScan(page)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });
}
