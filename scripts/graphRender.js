// For `npm run bench`: the `@theme/UpgradeGraph` component as a function
// Node can call, bundled from the theme sources with esbuild (which Vite
// brings) into `.bench/`. Docusaurus's client modules are reduced to what
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
