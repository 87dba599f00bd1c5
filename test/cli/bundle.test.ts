/**
 * The `upgrade-paths` binary runs a bundle of the built packages
 * (`packages/cli/dist/`, made by `scripts/bundle-cli.js` in `npm run build`).
 * These tests hold it to what it bundles: built after every `lib/` file it
 * holds, the same output as the unbundled command on example-site (on one
 * thread and with its bundled worker), the worker really used, and the code
 * cache used only with the build that made it.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'packages/cli/bin/upgrade-paths.js');
const bundle = path.join(root, 'packages/cli/dist/upgrade-paths.cjs');
const worker = path.join(root, 'packages/cli/dist/lintWorker.js');
const unbundled = path.join(root, 'packages/cli/lib/index.js');
const siteDir = path.join(root, 'example-site');

/** Run the binary, or with `lib: true` the unbundled `main` of `lib/`, in example-site, `node` options first. */
function run(args: readonly string[], options: {lib?: boolean; env?: Record<string, string>; node?: readonly string[]} = {}) {
  const script = 'import {main} from ' + JSON.stringify(unbundled) + ';\nprocess.exitCode = await main(' + JSON.stringify(args) + ');\n';
  const command = [...(options.node ?? []), ...(options.lib ? ['--input-type=module', '-e', script] : [bin, ...args])];
  const result = spawnSync(process.execPath, command, {cwd: siteDir, encoding: 'utf8', env: {...process.env, ...options.env}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('the bundled binary', function () {
  it('is built after every `lib/` file it bundles (`npm run build` makes both)', function () {
    const built = fs.statSync(bundle).mtimeMs;
    const stale: string[] = [];
    for (const name of ['cli', 'engine', 'core', 'mdast-util-upgrade-paths']) {
      const lib = path.join(root, 'packages', name, 'lib');
      for (const file of fs.readdirSync(lib, {recursive: true, encoding: 'utf8'})) {
        if (file.endsWith('.js') && fs.statSync(path.join(lib, file)).mtimeMs > built) stale.push(path.join(name, 'lib', file));
      }
    }
    expect(stale, 'stale `packages/cli/dist/`: run `npm run build`').toEqual([]);
    expect(fs.statSync(worker).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(root, 'packages/engine/lib/lintWorker.js')).mtimeMs);
  });

  it('prints what the unbundled command prints, findings and exit code', function () {
    for (const args of [['lint', 'docs', '--format', 'json'], ['lint', 'docs'], ['extract', '.'], ['--version']]) {
      const fromBundle = run(args);
      const fromLib = run(args, {lib: true});
      expect(fromBundle.stderr, args.join(' ')).toBe(fromLib.stderr);
      expect(fromBundle.status, args.join(' ')).toBe(fromLib.status);
      expect(fromBundle.stdout, args.join(' ')).toBe(fromLib.stdout);
      expect(fromBundle.stdout.length + fromBundle.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version);
  });

  it('parses on its bundled worker when threads are asked for, with the same output', function () {
    const profiles = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-bundle-'));
    try {
      const single = run(['lint', 'docs', '--format', 'json'], {env: {UPGRADE_PATHS_THREADS: '1'}});
      const threaded = run(['lint', 'docs', '--format', 'json'], {env: {UPGRADE_PATHS_THREADS: '2'}, node: ['--cpu-prof', '--cpu-prof-dir', profiles]});
      expect(threaded.stdout).toBe(single.stdout);
      expect(threaded.status).toBe(single.status);
      // `--cpu-prof` writes one profile per thread: the worker's names the script it ran.
      const scripts = fs.readdirSync(profiles).map(function (name) {
        const profile = JSON.parse(fs.readFileSync(path.join(profiles, name), 'utf8')) as {nodes: Array<{callFrame: {url: string}}>};
        return profile.nodes.map((node) => node.callFrame.url).find((url) => url.includes('/packages/cli/dist/'));
      });
      expect(scripts.sort()).toEqual(['file://' + bundle, 'file://' + worker].sort());
    } finally {
      fs.rmSync(profiles, {recursive: true, force: true});
    }
  });

  it('compiles from the code cache the build made, and not from a cache of another build', function () {
    // A copy of the loader and the bundle, so the cache can be swapped
    // (inside the repository: the bundle's dependencies resolve from it).
    fs.mkdirSync(path.join(root, 'test/.tmp'), {recursive: true});
    const copy = fs.mkdtempSync(path.join(root, 'test/.tmp/code-cache-'));
    try {
      fs.mkdirSync(path.join(copy, 'bin'));
      fs.cpSync(path.join(root, 'packages/cli/bin/load.js'), path.join(copy, 'bin/load.js'));
      fs.cpSync(path.join(root, 'packages/cli/dist'), path.join(copy, 'dist'), {recursive: true});
      const load = () => {
        const script = 'import {loadCommand} from ' + JSON.stringify(path.join(copy, 'bin/load.js')) + ';\n' +
          'const loaded = loadCommand();\nconsole.log(JSON.stringify({rejected: loaded.script.cachedDataRejected ?? null, main: typeof loaded.exports.main}));\n';
        const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: copy, encoding: 'utf8'});
        expect(result.stderr).toBe('');
        return JSON.parse(result.stdout) as {rejected: boolean | null; main: string};
      };
      // The build's cache, accepted by V8: `false` (`null`: none was given).
      expect(load()).toEqual({rejected: false, main: 'function'});
      const cacheFile = path.join(copy, 'dist/upgrade-paths.cache');
      const cache = fs.readFileSync(cacheFile);
      fs.writeFileSync(cacheFile, Buffer.concat([Buffer.from('0'.repeat(40) + '\n'), cache.subarray(41)]));
      expect(load()).toEqual({rejected: null, main: 'function'});
      fs.rmSync(cacheFile);
      expect(load()).toEqual({rejected: null, main: 'function'});
    } finally {
      fs.rmSync(copy, {recursive: true, force: true});
    }
  });
});
