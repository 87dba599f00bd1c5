import {describe, expect, inject, it} from 'vitest';
import {readExport, readPage} from './build.js';

// The graph is in the static HTML of the built example-site: readable
// without JavaScript, every version drawn, each arrow a link to its row.
describe('UpgradeGraph in the built example-site', () => {
  it('serves the SVG of the Kubernetes graph in the page HTML, linking to rows of the page', () => {
    const outDir = inject('exampleSiteOutDir');
    const dataset = readExport(outDir).datasets.find((item) => item.id === 'palette/kubernetes');
    const page = readPage(outDir, '/self-hosted/kubernetes/upgrade');
    const svg = page.querySelector('[data-upgrade-graph="palette/kubernetes"] svg');
    expect(svg?.querySelector('title')?.textContent).toBe('Upgrade paths of Upgrade Palette on Kubernetes');
    const nodes = [...(svg?.querySelectorAll('[data-node]') ?? [])].map((node) => node.getAttribute('data-node'));
    expect(nodes.sort()).toEqual([...(dataset?.versions ?? [])].sort());
    const links = [...(svg?.querySelectorAll('a[data-edge]') ?? [])].map((link) => link.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(100);
    for (const href of links) {
      const anchor = href.split('#')[1] ?? '';
      expect(href.startsWith('/self-hosted/kubernetes/upgrade#')).toBe(true);
      expect(page.getElementById(anchor)).not.toBeNull();
    }
    expect(page.querySelector('[data-upgrade-graph] a[href="/self-hosted/kubernetes/upgrade"]')).not.toBeNull();
  });

  it('draws the graph under the checker of Plan your upgrade', () => {
    const page = readPage(inject('exampleSiteOutDir'), '/self-hosted/kubernetes/plan-your-upgrade');
    expect(page.querySelector('[data-upgrade-checker="palette/kubernetes"] [data-upgrade-graph="palette/kubernetes"] svg [data-node="4.7.20"]')).not.toBeNull();
  });
});
