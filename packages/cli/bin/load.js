// Loads the bundled command (`dist/upgrade-paths.cjs`, made by
// `scripts/bundle-cli.js` in `npm run build`) with V8's code cache for it.
// Committed beside the binary, as the binary is.
//
// Why: compiling the 1.6 MB bundle was about a fifth of lint's time on a tree
// of prose pages (30 ms of the 90 ms it takes to start on one empty file
// here, more as the functions a run needs compile lazily). Node 20 has no
// compile cache for modules (`module.enableCompileCache` came in Node 22),
// and `vm.Script` takes V8's cached data for a script, so the bundle is a
// CommonJS script run the way Node runs a CommonJS module: wrapped in a
// function given `exports`, `require`, `module`, `__filename` and
// `__dirname`. Its one dynamic `import()` (a lint config file, by file URL)
// goes through Node's own loader (`USE_MAIN_CONTEXT_DEFAULT_LOADER`).
//
// The cache (`dist/upgrade-paths.cache`) is written by the build after a
// warm-up run, so it holds the functions a lint compiles too. It starts with
// the build id the bundle ends with (`//# buildId=<sha1>`, the hash of the
// rest of the bundle): a cache of another build is not used. V8 itself
// refuses data made by another V8 version or with other flags
// (`script.cachedDataRejected`); either way the bundle compiles as it would
// without a cache, with the same results.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** Absolute path of the bundled command. */
export const bundleFile = path.join(distDir, 'upgrade-paths.cjs');

/** Absolute path of its code cache: the bundle's build id (UTF-8), a line feed, V8's cached data. */
export const codeCacheFile = path.join(distDir, 'upgrade-paths.cache');

/** How the bundle ends: its build id, the SHA-1 (hex) of everything before this line. */
const buildIdLine = /\n\/\/# buildId=([0-9a-f]{40})\n$/;

/**
 * The line the build ends the bundle with (see {@link buildIdLine}).
 *
 * @param {string} buildId SHA-1 (hex) of the bundle as esbuild wrote it.
 * @returns {string} The line, with the line feeds before and after it.
 */
export function buildIdComment(buildId) {
  return '\n//# buildId=' + buildId + '\n';
}

/**
 * Compile and run the bundle, with the code cache when it is this build's.
 *
 * @returns
 *   The bundle's exports (`main(args)`: the command, resolving to its exit
 *   code), the compiled `vm.Script` (for `writeCodeCache`), and the bundle's
 *   build id (`undefined` for a bundle without one: then no cache is read).
 * @throws {Error}
 *   When the bundle cannot be read (run `npm run build`).
 */
export function loadCommand() {
  const source = fs.readFileSync(bundleFile, 'utf8');
  const buildId = buildIdLine.exec(source.slice(-64))?.[1];
  const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\n})', {
    filename: bundleFile,
    cachedData: buildId === undefined ? undefined : readCodeCache(buildId),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = {exports: {}};
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, distDir);
  return {exports: module.exports, script, buildId};
}

/**
 * Write the code cache of a loaded bundle: V8's data for every function
 * compiled so far (call it after a warm-up run).
 *
 * @param {{script: vm.Script, buildId: string | undefined}} loaded
 *   What `loadCommand` gave.
 * @throws {Error}
 *   When the bundle has no build id.
 */
export function writeCodeCache(loaded) {
  if (loaded.buildId === undefined) throw new Error('Unexpected bundle without a build id, expected `npm run build` to add one');
  fs.writeFileSync(codeCacheFile, Buffer.concat([Buffer.from(loaded.buildId + '\n'), loaded.script.createCachedData()]));
}

/** V8's cached data for the build `buildId`, or `undefined` (no cache, or another build's). */
function readCodeCache(buildId) {
  let data;
  try {
    data = fs.readFileSync(codeCacheFile);
  } catch (error) {
    // No cache (a build without one, or removed): compile as without it.
    if (error?.code === 'ENOENT') return undefined;
    throw error;
  }
  return data.subarray(0, buildId.length + 1).toString() === buildId + '\n' ? data.subarray(buildId.length + 1) : undefined;
}
