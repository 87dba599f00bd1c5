/**
 * `UpgradeGraph` in real Chromium, on the built example-site: drawn (not
 * blank), every version of the dataset present, coloured with the Infima
 * colours of light and dark mode, refused upgrades on demand, the
 * checker's path highlighted, and no serious or critical axe violation.
 */
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradePathsExport} from '../../packages/core/src/index.js';
import {axeScan, launchBrowser, openPage, serveSite, waitForHydration, type ServedSite, type WatchedPage} from './harness.js';
import {readExport} from '../site/build.js';

const upgradePage = 'self-hosted/kubernetes/upgrade';
const planPage = 'self-hosted/kubernetes/plan-your-upgrade';
const graph = '[data-upgrade-graph="palette/kubernetes"]';

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

async function visit(pathAndQuery: string, colorScheme: 'light' | 'dark'): Promise<WatchedPage> {
  const watched = await openPage(browser, {colorScheme});
  opened.push(watched);
  await watched.page.goto(site.url + pathAndQuery);
  await waitForHydration(watched.page);
  return watched;
}

/** An Infima variable as the browser computes a colour from it (`rgb(…)`). */
function infima(page: Page, variable: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(' + name + ')';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}

/** Computed style property of every element matching `selector` inside the graph, without repeats. */
function computed(page: Page, selector: string, property: string): Promise<string[]> {
  return page.evaluate(
    ([within, wanted, name]) => [...new Set([...document.querySelectorAll(within + ' ' + wanted)].map((element) => getComputedStyle(element).getPropertyValue(name as string)))],
    [graph, selector, property],
  );
}

describe('UpgradeGraph in Chromium', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`draws every version with the Infima colours of ${mode} mode, and passes axe`, async function () {
      const {page, errors} = await visit(upgradePage, mode);
      expect(await page.getAttribute('html', 'data-theme')).toBe(mode);
      const svg = page.locator(graph + ' svg');
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(200);
      // Not blank: the drawing's pixels are not all one colour.
      const shot = await svg.screenshot();
      const distinct = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = 'data:image/png;base64,' + data;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        const colours = new Set<number>();
        for (let index = 0; index < pixels.length && colours.size < 50; index += 4 * 97) colours.add((pixels[index] as number) * 65536 + (pixels[index + 1] as number) * 256 + (pixels[index + 2] as number));
        return colours.size;
      }, shot.toString('base64'));
      expect(distinct).toBeGreaterThan(3);

      const dataset = exported.datasets.find((item) => item.id === 'palette/kubernetes');
      const drawn = await page.locator(graph + ' [data-node]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')));
      expect([...drawn].sort()).toEqual([...(dataset?.versions ?? [])].sort());

      const emphasis = await infima(page, '--ifm-color-emphasis-600');
      const primary = await infima(page, '--ifm-color-primary');
      const danger = await infima(page, '--ifm-color-danger');
      expect(await computed(page, 'a[data-edge] path', 'stroke')).toContain(emphasis);
      const nodeStrokes = await computed(page, 'a[data-node] rect', 'stroke');
      expect(nodeStrokes).toContain(primary);
      // 4.6.43 and others are stranded: a danger border.
      expect(nodeStrokes).toContain(danger);
      expect(await computed(page, 'a[data-node] text', 'fill')).toEqual([await infima(page, '--ifm-font-color-base')]);
      expect(emphasis).not.toBe(primary);

      // Refused upgrades are hidden until the checkbox is ticked.
      const refused = page.locator(graph + ' a[data-edge]').filter({has: page.locator('title', {hasText: 'not supported'})});
      expect(await refused.first().isVisible()).toBe(false);
      await page.locator(graph).getByLabel(/Show refused upgrades/).check();
      expect(await refused.first().isVisible()).toBe(true);
      expect(await computed(page, 'a[data-edge] path', 'stroke')).toContain(danger);

      expect(await axeScan(page, graph)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('under the checker, highlights the path of the answer in the primary colour', async function () {
    const {page, errors} = await visit(planPage + '?from=4.4.20&to=4.7.20', 'light');
    await page.locator('[data-upgrade-checker="palette/kubernetes"] [role="status"] ol').waitFor();
    const highlighted = page.locator(graph + ' a[data-edge]').filter({has: page.locator('title', {hasText: 'on your upgrade path'})});
    await highlighted.first().waitFor();
    const hops = await page.locator('[data-upgrade-checker="palette/kubernetes"] [role="status"] ol > li').count();
    expect(await highlighted.count()).toBe(hops);
    const primary = await infima(page, '--ifm-color-primary');
    const strokes = await highlighted.locator('path').evaluateAll((paths) => paths.map((path) => getComputedStyle(path).stroke));
    expect(new Set(strokes)).toEqual(new Set([primary]));
    expect(await axeScan(page, graph)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
