/**
 * The packages as users install them: each imports in plain Node ESM (no
 * bundler, no jiti), ships no build leftovers, declares the Node and
 * Docusaurus versions it needs, and `upgrade-paths` is the binary npm
 * linked at install (`npm test` builds first).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['core', 'mdast-util-upgrade-paths', 'engine', 'remark-upgrade-paths', 'docusaurus-plugin-upgrade-paths', 'cli'];

interface Manifest {
  name: string;
  engines?: {node?: string};
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin?: Record<string, string>;
}

function manifest(folder: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(root, 'packages', folder, 'package.json'), 'utf8')) as Manifest;
}

describe('packages', function () {
  it.each(packages)('%s imports in plain Node ESM', function (folder) {
    const {name} = manifest(folder);
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'const module = await import(' + JSON.stringify(name) + '); console.log(Object.keys(module).length)'],
      {cwd: root, encoding: 'utf8'},
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Number(result.stdout)).toBeGreaterThan(0);
  });

  it('default-exports the plugins so that CommonJS configs can `require(…).default`', function () {
    const result = spawnSync(
      process.execPath,
      ['-e', "console.log(typeof require('remark-upgrade-paths').default, typeof require('docusaurus-plugin-upgrade-paths').default)"],
      {cwd: root, encoding: 'utf8'},
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('function function\n');
  });

  it.each(packages)('%s needs Node.js 20.19 (require() of ES modules) and ships no .tsbuildinfo', function (folder) {
    expect(manifest(folder).engines?.node).toBe('>=20.19');
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], {cwd: path.join(root, 'packages', folder), encoding: 'utf8'});
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as Array<{files: Array<{path: string}>}>)[0]?.files.map((file) => file.path) ?? [];
    expect(files).toContain('lib/index.js');
    expect(files.filter((file) => file.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('asks for the Docusaurus it depends on', function () {
    const plugin = manifest('docusaurus-plugin-upgrade-paths');
    const ranges = new Set(
      Object.entries(plugin.dependencies ?? {})
        .filter(([name]) => name.startsWith('@docusaurus/'))
        .map(([, range]) => range),
    );
    expect([...ranges]).toEqual([plugin.peerDependencies?.['@docusaurus/core']]);
  });

  it('links `upgrade-paths` to a committed file, so npm links it before lib/ is built', function () {
    const bin = manifest('cli').bin?.['upgrade-paths'];
    expect(bin).toBe('./bin/upgrade-paths.js');
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'packages/cli/bin/upgrade-paths.js'], {cwd: root, encoding: 'utf8'});
    expect(tracked.status, tracked.stderr).toBe(0);
    expect(fs.realpathSync(path.join(root, 'node_modules', '.bin', 'upgrade-paths'))).toBe(
      path.join(root, 'packages', 'cli', 'bin', 'upgrade-paths.js'),
    );
  });

  it.each(['lint docs', 'lint'])('runs `npx upgrade-paths %s` in example-site/ as README says: our CLI, the build’s findings', function (command) {
    // `--no-install`: npx must find the linked binary, never fall back to the registry.
    const result = spawnSync('npx', ['--no-install', 'upgrade-paths', ...command.split(' ')], {
      cwd: path.join(root, 'example-site'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✖ 15 problems (0 errors, 15 warnings)');
  });
});
