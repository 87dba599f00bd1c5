// For `npm run bench` (S5): the elkjs layout and the SVG render of
// `<UpgradeGraph>`, timed. The component is bundled from the theme sources
// with esbuild (a devDependency) into `.bench/graph`, as a function Node
// can call. Docusaurus's client modules are reduced to what
// the component needs on the server: `<Link>` is an `<a href>`,
// `translate()` fills the default message, `<Interpolate>` fills values.
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

const shims = {
  Link: "import {createElement} from 'react';\nexport default function Link({to, ...rest}) { return createElement('a', {href: to, ...rest}); }\n",
  Translate: "export function translate({message}, values) { return message.replace(/\\{(\\w+)\\}/g, (whole, key) => String(values?.[key] ?? whole)); }\n",
  Interpolate:
    "import {createElement, Fragment} from 'react';\nexport default function Interpolate({children, values}) {\n  return createElement(Fragment, null, ...children.split(/(\\{\\w+\\})/).map((part) => (/^\\{\\w+\\}$/.test(part) ? (values?.[part.slice(1, -1)] ?? part) : part)));\n}\n",
  router: 'export function useHistory() { return {}; }\nexport function useLocation() { return {}; }\n',
};

/**
 * Bundle the component and return `render(layout)`, which gives the
 * server-rendered markup of `<UpgradeGraph graph={layout} />`.
 *
 * @param rootDir Repository root.
 * @param outDir Folder for the bundle.
 */
export async function graphRenderer(rootDir, outDir) {
  const plugin = path.join(rootDir, 'packages', 'docusaurus-plugin-upgrade-paths', 'src');
  fs.mkdirSync(outDir, {recursive: true});
  const client = {};
  for (const [name, text] of Object.entries(shims)) {
    client['@docusaurus/' + name] = path.join(outDir, 'docusaurus-' + name + '.js');
    fs.writeFileSync(client['@docusaurus/' + name], text);
  }
  const entry = path.join(outDir, 'graph-entry.jsx');
  fs.writeFileSync(
    entry,
    "import {renderToStaticMarkup} from 'react-dom/server';\n" +
      "import UpgradeGraph from '@theme/UpgradeGraph';\n" +
      'export const render = (graph) => renderToStaticMarkup(<UpgradeGraph graph={graph} />);\n',
  );
  const outfile = path.join(outDir, 'graph-render.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'error',
    external: ['react', 'react-dom', 'react-dom/server', 'semver'],
    loader: {'.css': 'local-css'},
    alias: {
      '@upgrade-paths/core/client': path.join(rootDir, 'packages', 'core', 'src', 'client.ts'),
      '@upgrade-paths/core': path.join(rootDir, 'packages', 'core', 'src', 'index.ts'),
      'docusaurus-plugin-upgrade-paths/client': path.join(plugin, 'client', 'index.ts'),
      ...client,
    },
    plugins: [
      {
        name: 'theme',
        setup(context) {
          context.onResolve({filter: /^@theme\//}, (args) => ({path: path.join(plugin, 'theme', args.path.slice('@theme/'.length), 'index.tsx')}));
        },
      },
    ],
  });
  const {render} = await import(outfile);
  return render;
}

/**
 * Time the layout (`layoutUpgradeGraph`) and the render of seed 002 (one
 * node per version, and collapsed) and of the 10,000-version dataset;
 * print a table of the medians and SVG sizes.
 */
export async function benchUpgradeGraph({rootDir, benchDir, runs, median, lint, core, seedText, graphDataset}) {
  const {layoutUpgradeGraph, graphVersionLimit} = await import(path.join(rootDir, 'packages', 'docusaurus-plugin-upgrade-paths', 'lib', 'graphLayout.js'));
  const renderGraph = await graphRenderer(rootDir, path.join(benchDir, 'graph'));
  const seedTables = lint([{path: 'docs/seed.mdx', value: seedText, docId: 'seed'}]).tables.map((table) => ({...table, permalink: '/self-hosted/kubernetes/upgrade'}));
  const seedDataset = core.upgradePathsExport(seedTables).datasets.reduce((largest, item) => (item.versions.length > largest.versions.length ? item : largest));

  async function timeAsync(task) {
    const times = [];
    let result;
    for (let run = -1; run < runs; run++) {
      const start = process.hrtime.bigint();
      result = await task();
      if (run >= 0) times.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    return {seconds: median(times), result};
  }

  const rows = [['dataset', 'nodes', 'layout (elkjs)', 'render (SVG)', 'SVG size']];
  for (const item of [
    {name: 'seed 002 (190 rows), one node per version', dataset: seedDataset, collapsed: false},
    {name: 'seed 002 (190 rows), collapse', dataset: seedDataset, collapsed: true},
    {name: '10,000 versions (over ' + graphVersionLimit + ': one node per series)', dataset: graphDataset, collapsed: false},
  ]) {
    const layout = await timeAsync(() => layoutUpgradeGraph(item.dataset, item.collapsed));
    const render = await timeAsync(() => renderGraph(layout.result));
    const svg = render.result.slice(render.result.indexOf('<svg'), render.result.indexOf('</svg>') + 6);
    rows.push([item.name, String(layout.result.nodes.length), (layout.seconds * 1000).toFixed(0) + ' ms', (render.seconds * 1000).toFixed(0) + ' ms', (Buffer.byteLength(svg) / 1024).toFixed(1) + ' kB']);
  }
  console.log('\nUpgrade graph, laid out and drawn (S5), in one process:');
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}
