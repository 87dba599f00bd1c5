/**
 * The plugin's webpack loader of graph data modules (`graphLoader`): what
 * `allContentLoaded` writes is what to lay out; the loader lays it out when
 * webpack loads the module (only modules a page imports), once per text.
 */
import {describe, expect, it, vi} from 'vitest';
import type {Dataset} from '@upgrade-paths/core';

const calls = vi.hoisted(() => ({count: 0}));
vi.mock('../../packages/docusaurus-plugin-upgrade-paths/src/graphLayout.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../packages/docusaurus-plugin-upgrade-paths/src/graphLayout.js')>();
  return {
    ...original,
    layoutUpgradeGraph: (...args: Parameters<typeof original.layoutUpgradeGraph>) => {
      calls.count++;
      return original.layoutUpgradeGraph(...args);
    },
  };
});

const {default: graphLoader} = await import('../../packages/docusaurus-plugin-upgrade-paths/src/graphLoader.js');
const {layoutUpgradeGraph} = await import('../../packages/docusaurus-plugin-upgrade-paths/src/graphLayout.js');

function dataset(newest: string): Dataset {
  const rows = [
    {source: '1.0.0', target: '1.1.0', supported: true, anchor: 'upgrade-1-0-0-to-1-1-0', line: 3, column: 1},
    {source: '1.1.0', target: newest, supported: true, anchor: 'upgrade-1-1-0-to-' + newest.replace(/\./g, '-'), line: 4, column: 1},
  ];
  return {
    id: 'product/install',
    title: 'Upgrade Product',
    versions: [newest, '1.1.0', '1.0.0'],
    tables: [{id: 'docs/upgrade.md:1', file: 'docs/upgrade.md', permalink: '/upgrade', line: 1, column: 1, group: null, tab: null, includedFrom: null, rows}],
  };
}

/** Run the loader as webpack does (asynchronous result) on a module text. */
function load(resourcePath: string, source: string): Promise<string> {
  return new Promise(function (resolve, reject) {
    graphLoader.call(
      {
        resourcePath,
        async: () => (error: Error | null, result?: string) => (error ? reject(error) : resolve(result ?? '')),
      },
      source,
    );
  });
}

describe('graphLoader', function () {
  it('turns the module written by allContentLoaded into the laid-out graph', async function () {
    const data = dataset('2.0.0');
    for (const collapsed of [false, true]) {
      const output = await load('/site/.docusaurus/p/default/product-install-00000000.graph.json', JSON.stringify({collapsed, dataset: data}));
      expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(await layoutUpgradeGraph(data, collapsed))));
    }
  });

  it('lays a module out once while its text is unchanged (client and server compilers, reloads), again when it changes', async function () {
    const file = '/site/.docusaurus/p/default/product-install-11111111.graph.json';
    const first = JSON.stringify({collapsed: false, dataset: dataset('2.0.0')});
    const before = calls.count;
    const [a, b] = await Promise.all([load(file, first), load(file, first)]);
    expect(b).toBe(a);
    expect(calls.count - before).toBe(1);
    const changed = await load(file, JSON.stringify({collapsed: false, dataset: dataset('2.1.0')}));
    expect(calls.count - before).toBe(2);
    expect(changed).toContain('2.1.0');
    expect(changed).not.toBe(a);
  });
});
