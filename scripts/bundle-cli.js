// Bundles the `upgrade-paths` command (`packages/cli/lib/index.js`, as `tsc`
// built it) and the engine's lint worker into `packages/cli/dist/`, one file
// each, with esbuild. Run by `npm run build` after `tsc -b`.
//
// Why: unbundled, every start of the command loads about 800 ES modules
// (the micromark/mdast parser stack, yaml, semver, the rules), and resolving,
// reading and compiling them one by one took about 0.4 s of a 0.5 s start
// on one empty file here. One file loads in a fraction of that, and the
// command's start is paid by every CI step and pre-commit hook. The command
// is a CommonJS script with a V8 code cache written here after a warm-up
// lint (see `packages/cli/bin/load.js`): compiling the one file was still
// a third of the start.
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
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {buildIdComment, bundleFile, codeCacheFile} from '../packages/cli/bin/load.js';

const rootDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Where the binary's loader looks: the bundle and its code cache are named there.
const distDir = path.dirname(bundleFile);
const loaderUrl = new URL('../packages/cli/bin/load.js', import.meta.url).href;

/** Options both bundles share. */
const common = {absWorkingDir: rootDir, bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning'};

// The command: a CommonJS script, so that `bin/load.js` can run it with V8's
// code cache (Node 20 caches no ES module). `import.meta.url` is the bundle's
// own file URL, as in `lib/`.
await esbuild.build({
  ...common,
  entryPoints: ['packages/cli/lib/index.js'],
  outfile: bundleFile,
  format: 'cjs',
  define: {'import.meta.url': '__upgradePathsUrl'},
  banner: {js: "const __upgradePathsUrl = require('node:url').pathToFileURL(__filename).href;"},
});

// The worker: an ES module, started by the engine as `new Worker(url)`.
// CommonJS dependencies bundled into it call `require` for Node's own
// modules, and `write-file-atomic` seeds its temporary names with
// `__filename`; give them both (the bundle's own file).
await esbuild.build({
  ...common,
  entryPoints: {lintWorker: 'packages/engine/lib/lintWorker.js'},
  outdir: distDir,
  format: 'esm',
  banner: {
    js: [
      "import {createRequire as __upgradePathsRequire} from 'node:module';",
      "import {fileURLToPath as __upgradePathsPath} from 'node:url';",
      'const require = __upgradePathsRequire(import.meta.url);',
      'const __filename = __upgradePathsPath(import.meta.url);',
    ].join('\n'),
  },
});
// The ES module bundle of the command earlier builds made.
fs.rmSync(path.join(distDir, 'upgrade-paths.js'), {force: true});

// A bundled module that finds files next to itself would look beside the
// bundle instead: refuse such a bundle rather than ship it.
for (const name of [path.basename(bundleFile), 'lintWorker.js']) {
  const text = fs.readFileSync(path.join(distDir, name), 'utf8');
  const found = /\b__dirname\b|\brequire\.resolve\b|\brequire\((?!["'])/.exec(text);
  if (found) {
    throw new Error('Unexpected `' + found[0] + '` in `packages/cli/dist/' + name + '`, expected bundled modules that do not locate files beside themselves');
  }
}

// The build id `bin/load.js` matches the code cache against, then the cache:
// made after a warm-up lint of a copy of example-site's docs outside the
// site (on one thread), so that it holds the functions a lint of a docs
// tree compiles (prefilter, parse, rules), not only the top level. Not in
// the site: loading a site's config compiles code a lint of plain files
// does not run, and a larger cache takes longer to read on every start.
const bundled = fs.readFileSync(bundleFile, 'utf8');
fs.writeFileSync(bundleFile, bundled + buildIdComment(createHash('sha1').update(bundled).digest('hex')));
// Without the cache of an earlier build: were it this build's, the warm-up
// would load it, and its functions would all be cached again.
fs.rmSync(codeCacheFile, {force: true});
const warmUpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-warm-up-'));
try {
  fs.cpSync(path.join(rootDir, 'example-site', 'docs'), path.join(warmUpDir, 'docs'), {recursive: true});
  const warmUp = [
    'import {loadCommand, writeCodeCache} from ' + JSON.stringify(loaderUrl) + ';',
    'const loaded = loadCommand();',
    "await loaded.exports.main(['lint', 'docs']);",
    'writeCodeCache(loaded);',
  ].join('\n');
  const warmed = spawnSync(process.execPath, ['--input-type=module', '-e', warmUp], {
    cwd: warmUpDir,
    env: {...process.env, UPGRADE_PATHS_THREADS: '1'},
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (warmed.status !== 0) throw new Error('Unexpected failure of the code cache warm-up (exit ' + warmed.status + '):\n' + warmed.stderr);
} finally {
  fs.rmSync(warmUpDir, {recursive: true, force: true});
}
