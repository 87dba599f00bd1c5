import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, copySite, readPage, root, runDocusaurus, temporaryDir} from './build.js';
import {sourceFiles, themeComponentNames, themeSourceDir} from './theme.js';

const fixture = path.join(root, 'test', 'site', 'fixtures', 'theme-swizzle');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// The compiled swizzle config (`npm test` builds first), as `getSwizzleConfig()` returns it.
const {swizzleConfig} = (await import(
  path.join(root, 'packages', 'docusaurus-plugin-upgrade-paths', 'lib', 'swizzle.js')
)) as typeof import('../../packages/docusaurus-plugin-upgrade-paths/src/swizzle.js');

describe('swizzle config', function () {
  it('lists every component and part of the theme, each with a description', function () {
    expect(Object.keys(swizzleConfig.components).sort()).toEqual(themeComponentNames());
    for (const [name, config] of Object.entries(swizzleConfig.components)) {
      expect(config.description, name).toMatch(/\w/);
      expect(config.actions.wrap, name).toBe('safe');
    }
  });
});

describe('theme sources', function () {
  it('import parts through `@theme/…` aliases and helpers from the package, so that each part can be ejected alone', function () {
    const relative: string[] = [];
    for (const file of sourceFiles(themeSourceDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (specifier!.startsWith('.') && specifier !== './styles.module.css') {
          relative.push(path.relative(themeSourceDir, file) + ': ' + specifier);
        }
      }
    }
    expect(relative).toEqual([]);
  });
});

describe('a site with every theme component and part ejected in TypeScript', function () {
  let siteDir = '';

  beforeAll(async function () {
    siteDir = copySite(fixture, 'theme-swizzle-site');
    // Components first: ejecting one copies its parts too, and ejecting the
    // parts after them must work as well. `--danger`: no prompt for an
    // `unsafe` eject, there is no terminal here.
    const names = Object.keys(swizzleConfig.components).sort();
    for (const name of names) {
      const args = ['swizzle', 'docusaurus-plugin-upgrade-paths', name, '--eject', '--typescript', '--danger'];
      const result = await runDocusaurus(siteDir, args);
      expect(result.status, result.output).toBe(0);
    }
  });

  it('holds a copy of every theme source file, unchanged but for its licence header', function () {
    for (const file of [...sourceFiles(themeSourceDir), ...cssFiles(themeSourceDir)]) {
      const text = fs.readFileSync(file, 'utf8');
      // `swizzle --eject` drops the first block comment at the start of a
      // line: without a header, that would be the component's TSDoc.
      expect(text, file).toMatch(/^\/\*\n \* docusaurus-plugin-upgrade-paths theme \(MIT licence\)\. [^]*?\*\/\n\n/);
      const copy = path.join(siteDir, 'src', 'theme', path.relative(themeSourceDir, file));
      expect(fs.readFileSync(copy, 'utf8'), copy).toBe(text.replace(/^\/\*[^]*?\*\/\s*/, ''));
    }
  });

  it('builds, rendering the tables, the checkers and the unresolved partial', async function () {
    const result = await buildSite(siteDir, path.join(temporaryDir, 'theme-swizzle-build'));
    expect(result.status, result.output).toBe(0);

    const upgrade = readPage(result.outDir, 'upgrade');
    const rows = upgrade.querySelectorAll('table[data-upgrade-paths-table^="docs/upgrade.mdx:"] tbody tr');
    expect(rows).toHaveLength(12);
    expect(rows[0]?.id).toBe('upgrade-1-2-4-to-1-2-6');
    expect(upgrade.querySelector('input[type="search"]')).not.toBeNull();

    const plan = readPage(result.outDir, '');
    expect(plan.querySelectorAll('[data-upgrade-checker="demo/kubernetes"] input[role="combobox"]')).toHaveLength(2);
    expect(plan.querySelector('[data-upgrade-checker=""] select option[value="demo/kubernetes"]')).not.toBeNull();

    const partial = readPage(result.outDir, 'unresolved-partial');
    expect(partial.querySelector('[data-partial="demo/missing"][role="alert"]')).not.toBeNull();
  });

  it('type-checks with the site’s `tsconfig.json` (the theme types as the README says)', function () {
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', siteDir], {encoding: 'utf8'});
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

function cssFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.css'))
    .map((file) => path.join(dir, file));
}
