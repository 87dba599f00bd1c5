// Bundles the `upgrade-paths` command (`packages/cli/lib/index.js`, as `tsc`
// built it) and the engine's lint worker into `packages/cli/dist/`, one file
// each, with esbuild. Run by `npm run build` after `tsc -b`.
//
// Why: unbundled, every start of the command loads about 800 ES modules
// (the micromark/mdast parser stack, yaml, semver, the rules), and resolving,
// reading and compiling them one by one took about 0.4 s of a 0.5 s start
// on one empty file here. One file loads in a fraction of that, and the
// command's start is paid by every CI step and pre-commit hook.
//
// What stays outside the bundle, loaded at run time as before:
// - the modules the engine loads through `createRequire` (Docusaurus's
//   admonition options from `@docusaurus/mdx-loader`, the `@docusaurus/utils`
//   functions of `docusaurusUtils.ts`): resolved from `dist/`, so they are
//   dependencies of `@upgrade-paths/cli` too;
// - a site's own Docusaurus and config (loaded from the site, `site.ts`),
//   and a lint config file (imported by path).
// `import.meta.url` keeps working: `dist/` sits one folder below the
// package, as `lib/` does (`version.ts` reads `../package.json`), and the
// worker is bundled beside the command as `lintWorker.js`, the name
// `threads.ts` looks for next to itself.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

const rootDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await esbuild.build({
  absWorkingDir: rootDir,
  entryPoints: {
    'upgrade-paths': 'packages/cli/lib/index.js',
    lintWorker: 'packages/engine/lib/lintWorker.js',
  },
  outdir: 'packages/cli/dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies bundled into ES modules call `require` for Node's
  // own modules, and `write-file-atomic` seeds its temporary names with
  // `__filename`; give them both (the bundle's own file).
  banner: {
    js: [
      "import {createRequire as __upgradePathsRequire} from 'node:module';",
      "import {fileURLToPath as __upgradePathsPath} from 'node:url';",
      'const require = __upgradePathsRequire(import.meta.url);',
      'const __filename = __upgradePathsPath(import.meta.url);',
    ].join('\n'),
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// A bundled module that finds files next to itself would look beside the
// bundle instead: refuse such a bundle rather than ship it.
for (const name of ['upgrade-paths.js', 'lintWorker.js']) {
  const text = fs.readFileSync(path.join(rootDir, 'packages/cli/dist', name), 'utf8');
  const found = /\b__dirname\b|\brequire\.resolve\b|\brequire\((?!["'])/.exec(text);
  if (found) {
    throw new Error('Unexpected `' + found[0] + '` in `packages/cli/dist/' + name + '`, expected bundled modules that do not locate files beside themselves');
  }
}
