/** @jsxRuntime automatic */
/** @jsxImportSource react */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ReactNode} from 'react';
import {cleanup, fireEvent, render} from '@testing-library/react';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {rowAnchor, upgradePathsExport, type Dataset, type UpgradeRow} from '@upgrade-paths/core';
import {lint} from '@upgrade-paths/engine';
import type {UpgradeGraphLayout} from '../../packages/docusaurus-plugin-upgrade-paths/src/client/graphLayout.js';
import {layoutUpgradeGraph} from '../../packages/docusaurus-plugin-upgrade-paths/src/graphLayout.js';
import UpgradeGraph from '../../packages/docusaurus-plugin-upgrade-paths/src/theme/UpgradeGraph/index.js';

// A jsdom page, set up before anything is imported (as UpgradeChecker.test.tsx).
await vi.hoisted(async () => {
  const {JSDOM} = await import('jsdom');
  const {populateGlobal} = await import('vitest/environments');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {url: 'http://localhost/'});
  populateGlobal(globalThis, dom.window, {bindFunctions: true});
  Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});
});

// Docusaurus client aliases, reduced to what the component relies on:
// translate() fills `{placeholders}` of the default message and records
// ids; <Interpolate> fills elements; <Link> is an <a href>.
const ids = vi.hoisted(() => new Set<string>());
vi.mock('@docusaurus/Translate', () => ({
  translate: ({id, message}: {id?: string; message: string}, values?: Record<string, string | number>) => {
    if (id !== undefined) ids.add(id);
    return message.replace(/\{(\w+)\}/g, (placeholder, key: string) => String(values?.[key] ?? placeholder));
  },
}));
vi.mock('@docusaurus/Interpolate', async () => {
  const {Fragment, createElement} = await import('react');
  return {
    default: ({children, values}: {children: string; values?: Record<string, ReactNode>}) =>
      createElement(Fragment, null, ...children.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? (values?.[part.slice(1, -1)] ?? part) : part))),
  };
});
// The client API the theme imports from also holds the checker's hooks.
vi.mock('@docusaurus/router', async () => {
  const router = await import('react-router-dom');
  return {useHistory: router.useHistory, useLocation: router.useLocation};
});
vi.mock('@docusaurus/Link', async () => {
  const {createElement} = await import('react');
  return {default: ({to, children, ...rest}: {to: string; children: ReactNode}) => createElement('a', {href: to, ...rest}, children)};
});

afterEach(cleanup);

const permalink = '/install/upgrade';

function row(source: string, target: string, supported: boolean, line: number): UpgradeRow {
  return {source, target, supported, anchor: rowAnchor(source, target), line, column: 1};
}

/**
 * 1.0.0 reaches the newest, 2.0.1, only through 1.1.0 (its direct upgrade
 * is refused, ❌); 1.0.5 leads only to 1.1.3, a dead end, so both are
 * stranded, and no row leads to 1.0.5 (unreached).
 */
const product: Dataset = {
  id: 'product/install',
  title: 'Upgrade Product',
  versions: ['2.0.1', '1.1.3', '1.1.0', '1.0.5', '1.0.0'],
  tables: [
    {
      id: 'docs/install/upgrade.mdx:10',
      file: 'docs/install/upgrade.mdx',
      permalink,
      line: 10,
      column: 1,
      group: '2.0.x',
      tab: null,
      includedFrom: null,
      rows: [row('1.1.0', '2.0.1', true, 12), row('1.0.0', '2.0.1', false, 13)],
    },
    {
      id: 'docs/install/upgrade.mdx:20',
      file: 'docs/install/upgrade.mdx',
      permalink,
      line: 20,
      column: 1,
      group: '1.1.x',
      tab: null,
      includedFrom: null,
      rows: [row('1.0.0', '1.1.0', true, 22), row('1.0.5', '1.1.3', true, 23)],
    },
  ],
};

let full: UpgradeGraphLayout;
let collapsed: UpgradeGraphLayout;
beforeAll(async () => {
  [full, collapsed] = await Promise.all([layoutUpgradeGraph(product, false), layoutUpgradeGraph(product, true)]);
});

/** The server-rendered markup, parsed. */
function serverDom(element: ReactNode): Document {
  return new DOMParser().parseFromString('<body>' + renderToStaticMarkup(element) + '</body>', 'text/html');
}

describe('UpgradeGraph, server rendered', () => {
  it('draws every version as a node linking to the first row naming it, and titles the SVG', () => {
    const page = serverDom(<UpgradeGraph graph={full} />);
    const svg = page.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('group');
    expect(page.querySelector('svg > title')?.textContent).toBe('Upgrade paths of Upgrade Product');
    expect(page.querySelector('svg > desc')?.textContent).toContain('5 versions in 3 minor series');
    const nodes = [...page.querySelectorAll('a[data-node]')].map((link) => [link.getAttribute('data-node'), link.getAttribute('href')]);
    expect(nodes).toEqual([
      ['1.0.0', permalink + '#upgrade-1-0-0-to-2-0-1'],
      ['1.0.5', permalink + '#upgrade-1-0-5-to-1-1-3'],
      ['1.1.0', permalink + '#upgrade-1-1-0-to-2-0-1'],
      ['1.1.3', permalink + '#upgrade-1-0-5-to-1-1-3'],
      ['2.0.1', permalink + '#upgrade-1-1-0-to-2-0-1'],
    ]);
    // Every node box has a size and lies inside the drawing.
    const [, , width, height] = (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const rect of page.querySelectorAll('a[data-node] rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThan(20);
      expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width as number);
      expect(Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'))).toBeLessThanOrEqual(height as number);
    }
  });

  it('links each arrow to the row that states it; refused ones sit in the group the checkbox hides', () => {
    const page = serverDom(<UpgradeGraph graph={full} />);
    const edges = [...page.querySelectorAll('a[data-edge]')].map((link) => [link.getAttribute('data-edge'), link.getAttribute('href')]);
    expect(edges).toEqual([
      ['1.0.0 1.1.0', permalink + '#upgrade-1-0-0-to-1-1-0'],
      ['1.0.5 1.1.3', permalink + '#upgrade-1-0-5-to-1-1-3'],
      ['1.1.0 2.0.1', permalink + '#upgrade-1-1-0-to-2-0-1'],
      ['1.0.0 2.0.1', permalink + '#upgrade-1-0-0-to-2-0-1'],
    ]);
    for (const link of page.querySelectorAll('a[data-edge] path')) expect(link.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    const refused = page.querySelector('a[data-edge="1.0.0 2.0.1"]');
    expect(refused?.querySelector('title')?.textContent).toBe('1.0.0 to 2.0.1: not supported');
    const checkbox = page.querySelector('input[type="checkbox"]');
    expect(checkbox?.hasAttribute('checked')).toBe(false);
    expect(page.querySelector('label')?.textContent).toBe('Show refused upgrades (1)');
    expect(serverDom(<UpgradeGraph graph={full} refused />).querySelector('input[type="checkbox"]')?.hasAttribute('checked')).toBe(true);
  });

  it('marks stranded and unreached versions, in titles, the description and the legend', () => {
    const page = serverDom(<UpgradeGraph graph={full} />);
    const title = (version: string) => page.querySelector('a[data-node="' + version + '"] > title')?.textContent;
    expect(title('1.0.5')).toBe('1.0.5, stranded: no supported path to 2.0.1, no supported upgrade leads to it');
    expect(title('1.1.3')).toBe('1.1.3, stranded: no supported path to 2.0.1');
    expect(title('1.1.0')).toBe('1.1.0');
    expect(page.querySelector('svg > desc')?.textContent).toContain('Stranded, without a supported path to 2.0.1: 1.0.5, 1.1.3.');
    expect(page.querySelector('svg > desc')?.textContent).toContain('No supported upgrade leads to: 1.0.5.');
    expect([...page.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Supported upgrade (links to its table row)',
      'Not supported (❌ row)',
      'Stranded: no supported path to the newest version',
      'Unreached: no supported upgrade leads to it',
    ]);
    expect(page.querySelector('p a')?.getAttribute('href')).toBe(permalink);
  });

  it('keeps part of the graph with group, from and to, and says when a bound is no version', () => {
    const group = serverDom(<UpgradeGraph graph={full} group="2.0.x" />);
    expect([...group.querySelectorAll('a[data-node]')].map((link) => link.getAttribute('data-node'))).toEqual(['1.0.0', '1.1.0', '2.0.1']);
    const range = serverDom(<UpgradeGraph graph={full} from="1.0.5" to="1.1.3" />);
    expect([...range.querySelectorAll('a[data-node]')].map((link) => link.getAttribute('data-node'))).toEqual(['1.0.5', '1.1.0', '1.1.3']);
    expect([...range.querySelectorAll('a[data-edge]')].map((link) => link.getAttribute('data-edge'))).toEqual(['1.0.5 1.1.3']);
    expect(range.querySelector('svg')?.getAttribute('viewBox')).not.toBe(serverDom(<UpgradeGraph graph={full} />).querySelector('svg')?.getAttribute('viewBox'));
    const invalid = serverDom(<UpgradeGraph graph={full} from="1.x" />);
    expect(invalid.querySelector('.alert')?.textContent).toBe('Ignored from: 1.x is not a version.');
    expect(invalid.querySelectorAll('a[data-node]')).toHaveLength(5);
  });

  it('collapses each series into one node listing its versions, newest first', () => {
    const page = serverDom(<UpgradeGraph graph={collapsed} />);
    expect([...page.querySelectorAll('g[data-series]')].map((node) => node.getAttribute('data-series'))).toEqual(['1.0.x', '1.1.x', '2.0.x']);
    expect([...page.querySelectorAll('g[data-series="1.0.x"] a[data-node]')].map((link) => link.textContent)).toEqual(['1.0.5, stranded: no supported path to 2.0.1, no supported upgrade leads to it1.0.5', '1.0.01.0.0']);
    expect([...page.querySelectorAll('a[data-edge]')].map((link) => link.getAttribute('data-edge'))).toEqual(['1.0.x 1.1.x', '1.1.x 2.0.x', '1.0.x 2.0.x']);
  });

  it('highlights the hops of a path', () => {
    const page = serverDom(<UpgradeGraph graph={full} highlight={[{from: '1.0.0', to: '1.1.0'}, {from: '1.1.0', to: '2.0.1'}]} />);
    expect(page.querySelector('a[data-edge="1.0.0 1.1.0"] title')?.textContent).toBe('1.0.0 to 1.1.0: supported, on your upgrade path');
    expect(page.querySelector('a[data-edge="1.0.5 1.1.3"] title')?.textContent).toBe('1.0.5 to 1.1.3: supported');
    expect([...page.querySelectorAll('li')].map((item) => item.textContent)).toContain('Your upgrade path');
  });

  it('says so when the page got no graph', () => {
    expect(serverDom(<UpgradeGraph dataset="product/install" />).querySelector('[role="alert"]')?.textContent).toContain('The upgrade graph of product/install has no upgrade-paths data');
  });

  it('uses only theme.upgradePaths.graph.* ids', () => {
    expect([...ids].filter((id) => !id.startsWith('theme.upgradePaths.graph.'))).toEqual([]);
  });
});

describe('UpgradeGraph in the browser', () => {
  it('hydrates the server markup and keeps the refused toggle a plain checkbox', async () => {
    const {container} = render(<UpgradeGraph graph={full} />);
    const checkbox = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    fireEvent.click(checkbox);
    expect(checkbox.checked).toBe(true);
    expect(container.querySelectorAll('a[data-node]')).toHaveLength(5);
  });
});

describe('UpgradeGraph of the 190-row example', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const file = 'docs/self-hosted/kubernetes/upgrade.mdx';

  it('stays under 60 kB of SVG, one node per version and one per series', async () => {
    const value = fs.readFileSync(path.join(root, 'example-site', file), 'utf8');
    const {tables} = lint([{path: file, value, docId: 'self-hosted/kubernetes/upgrade'}]);
    const exported = upgradePathsExport(tables.map((table) => ({...table, permalink: '/self-hosted/kubernetes/upgrade'})));
    const dataset = exported.datasets.find((item) => item.id === 'palette/kubernetes') as Dataset;
    expect(dataset.tables.reduce((count, table) => count + table.rows.length, 0)).toBe(190);
    for (const collapse of [false, true]) {
      const markup = renderToStaticMarkup(<UpgradeGraph graph={await layoutUpgradeGraph(dataset, collapse)} />);
      const svg = markup.slice(markup.indexOf('<svg'), markup.indexOf('</svg>') + 6);
      expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
      for (const version of dataset.versions) expect(svg).toContain('data-node="' + version + '"');
    }
  }, 60_000);
});
