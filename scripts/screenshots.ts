// README screenshots (run with `npm run screenshots`, which builds first):
// builds example-site (`--locale en`) into test/.tmp/screenshots-site, serves
// it, and writes one PNG per theme component to docs/images/, cropped to
// what the component renders, in light mode, in headless Chromium
// (/usr/bin/chromium or UPGRADE_PATHS_CHROMIUM, as the browser tests).
//
// Usage: npm run screenshots -- [--site <build folder>]
//   --site  an example-site build to use instead of building one
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {launchBrowser, serveSite, waitForHydration} from '../test/browser/harness.js';
import {buildSite, root, temporaryDir} from '../test/site/build.js';

/** Where the README's images live. */
const imagesDir = path.join(root, 'docs', 'images');

/** Above this, an image is too heavy for a README: crop tighter. */
const maxBytes = 150 * 1024;

/** Space around the component in the picture, in CSS pixels. */
const margin = 16;

/** One README picture: a page, what to wait for, and the part of it to keep. */
interface Shot {
  readonly file: string;
  readonly url: string;
  /** Selectors of the elements the picture holds (their union, plus a margin). */
  readonly selectors: readonly string[];
  /** Wait until the page shows what the picture is for. */
  readonly ready?: (page: Page) => Promise<void>;
  /** Keep at most this height from the top, in CSS pixels (default: all of it). */
  readonly maxHeight?: number;
}

const shots: readonly Shot[] = [
  {
    // The 4.7.x table of seed 002: a real table, caption, support as text and icon.
    file: 'upgrade-path-table.png',
    url: 'self-hosted/kubernetes/upgrade',
    selectors: ['article .theme-upgrade-path-table:has(caption)'],
  },
  {
    // An answered question: the verdict and the hops, each linking to its row.
    file: 'upgrade-checker.png',
    url: 'self-hosted/kubernetes/plan-your-upgrade?from=4.4.20&to=4.7.20',
    // The fields, the answer and its Copy path button; not the graph below.
    selectors: [
      '[data-upgrade-checker="palette/kubernetes"] label',
      '[data-upgrade-checker="palette/kubernetes"] [role="status"]',
      '[data-upgrade-checker="palette/kubernetes"] button:has-text("Copy path")',
    ],
    ready: (page) => page.locator('[data-upgrade-checker="palette/kubernetes"] [role="status"] ol li').first().waitFor(),
  },
  {
    // The graph under the checker's answer, its path highlighted: the top
    // lanes (the whole 190-row graph is taller than a README page).
    file: 'upgrade-graph.png',
    url: 'self-hosted/kubernetes/plan-your-upgrade?from=4.4.20&to=4.7.20',
    selectors: ['[data-upgrade-checker="palette/kubernetes"] [data-upgrade-graph]'],
    maxHeight: 640,
    ready: (page) => page.locator('[data-upgrade-checker="palette/kubernetes"] [role="status"] ol li').first().waitFor(),
  },
  {
    // The partial `self-hosted/upgrade-appliance-paths` with its props filled
    // in: its paragraph and its upgrade table.
    file: 'partials-component.png',
    url: 'self-hosted/management-appliance/upgrade',
    selectors: [
      'article p:has-text("The following table lists the upgrade paths of Palette installed with the Palette Management Appliance")',
      'article h2#supported-upgrade-paths ~ .theme-upgrade-path-table',
    ],
  },
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error('Unexpected `' + name + '` without a value, expected a folder, such as `' + name + ' test/.tmp/example-site-build`.');
    process.exit(2);
  }
  return path.resolve(value);
}

/** The union of the first match of each selector, in page coordinates, with the margin. */
async function clipOf(page: Page, selectors: readonly string[]) {
  const boxes = [];
  for (const selector of selectors) {
    const element = page.locator(selector).first();
    await element.waitFor();
    boxes.push(
      await element.evaluate((node) => {
        const box = node.getBoundingClientRect();
        return {left: box.left + window.scrollX, top: box.top + window.scrollY, right: box.right + window.scrollX, bottom: box.bottom + window.scrollY};
      }),
    );
  }
  const left = Math.max(0, Math.min(...boxes.map((box) => box.left)) - margin);
  const top = Math.max(0, Math.min(...boxes.map((box) => box.top)) - margin);
  return {
    x: left,
    y: top,
    width: Math.max(...boxes.map((box) => box.right)) + margin - left,
    height: Math.max(...boxes.map((box) => box.bottom)) + margin - top,
  };
}

let outDir = option('--site');
if (outDir === undefined) {
  outDir = path.join(temporaryDir, 'screenshots-site');
  console.log('Building example-site into ' + path.relative(root, outDir) + ' …');
  const result = await buildSite(path.join(root, 'example-site'), outDir, ['--locale', 'en']);
  if (result.status !== 0) {
    console.error(result.output);
    process.exit(1);
  }
}

fs.mkdirSync(imagesDir, {recursive: true});
const site = await serveSite(outDir);
const browser = await launchBrowser();
let tooLarge = 0;
try {
  const context = await browser.newContext({colorScheme: 'light', viewport: {width: 1100, height: 900}, deviceScaleFactor: 1});
  for (const shot of shots) {
    const page = await context.newPage();
    await page.goto(site.url + shot.url);
    await waitForHydration(page);
    await shot.ready?.(page);
    const file = path.join(imagesDir, shot.file);
    const clip = await clipOf(page, shot.selectors);
    if (shot.maxHeight !== undefined) clip.height = Math.min(clip.height, shot.maxHeight);
    await page.screenshot({path: file, fullPage: true, clip, animations: 'disabled'});
    const bytes = fs.statSync(file).size;
    if (bytes > maxBytes) tooLarge++;
    console.log(path.relative(root, file) + '  ' + Math.round(bytes / 1024) + ' kB' + (bytes > maxBytes ? '  (over ' + maxBytes / 1024 + ' kB: crop tighter)' : ''));
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
process.exitCode = tooLarge === 0 ? 0 : 1;
