/**
 * The layers of the toolkit (README, "Packages and how data flows"): what
 * each package may depend on, and how large a source file may grow.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

function manifest(name: string): {dependencies?: Record<string, string>; peerDependencies?: Record<string, string>} {
  return JSON.parse(fs.readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8')) as never;
}

function sources(name: string): Array<{file: string; text: string}> {
  const root = path.join(packagesDir, name, 'src');
  return (fs.readdirSync(root, {recursive: true}) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({file: path.join(name, 'src', file), text: fs.readFileSync(path.join(root, file), 'utf8')}));
}

/**
 * Module specifiers a source file imports (static and dynamic; with
 * `runtimeOnly`, not `import type` statements).
 */
function imports(text: string, runtimeOnly = false): string[] {
  const statics = [...text.matchAll(/^(import|export)\b([^;'"]*?)\bfrom\s*'([^']+)'/gms)]
    .filter((match) => !runtimeOnly || !/^\s*type\b/.test(match[2] ?? ''))
    .map((match) => match[3] ?? '');
  const bare = [...text.matchAll(/^import\s*'([^']+)'/gm), ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? '');
  return [...statics, ...bare];
}

/** The package a module specifier names (`@scope/name` or `name`). */
function packageOf(specifier: string): string {
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
}

/** Packages a manifest declares; type packages (`@types/x`) count for `x`. */
function declaredBy(name: string): Set<string> {
  const {dependencies = {}, peerDependencies = {}} = manifest(name);
  const declared = new Set([...Object.keys(dependencies), ...Object.keys(peerDependencies)]);
  for (const item of [...declared]) if (item.startsWith('@types/')) declared.add(item.slice('@types/'.length));
  return declared;
}

const packages = fs.readdirSync(packagesDir).filter((name) => fs.existsSync(path.join(packagesDir, name, 'package.json')));

describe('layers', function () {
  it('keeps core free of syntax trees, YAML, unified and the file system (unist types only)', function () {
    const dependencies = Object.keys(manifest('core').dependencies ?? {});
    expect(dependencies.filter((name) => /^(?:mdast-|unist-|yaml$|unified$|micromark|estree-|remark-|@docusaurus\/)/.test(name))).toEqual([]);
    for (const {file, text} of sources('core')) {
      const runtime = imports(text, true);
      expect(runtime.filter((specifier) => specifier.startsWith('node:') || /^(?:mdast|unist|estree|yaml|unified|micromark)/.test(specifier)), file).toEqual([]);
      expect(imports(text).filter((specifier) => /^(?:mdast|estree|yaml|unist-)/.test(specifier)), file).toEqual([]);
    }
  });

  it('keeps the tree utility off the file system and plugin APIs', function () {
    for (const {file, text} of sources('mdast-util-upgrade-paths')) {
      expect(imports(text).filter((specifier) => /^node:|^@docusaurus\/|unified|remark-/.test(specifier)), file).toEqual([]);
    }
  });

  it('keeps the remark plugin off the file system: files on disk are the engine’s', function () {
    for (const {file, text} of sources('remark-upgrade-paths')) {
      expect(imports(text).filter((specifier) => /^node:fs|^fs/.test(specifier)), file).toEqual([]);
      expect(text, file).not.toMatch(/readFileSync|readdirSync|existsSync|statSync/);
    }
  });

  it('keeps every source file under 400 lines', function () {
    for (const name of packages) {
      for (const {file, text} of sources(name)) expect(text.split('\n').length, file).toBeLessThanOrEqual(400);
    }
  });

  it('declares every package a source file imports at run time', function () {
    const provided = /^node:|^@theme\/|^@docusaurus\/(?:Link|Translate|Interpolate|router|useGlobalData|useBrokenLinks|useIsBrowser|useDocusaurusContext|BrowserOnly|ExecutionEnvironment|Head)$|^\./;
    for (const name of packages) {
      const declared = declaredBy(name);
      declared.add((manifest(name) as {name?: string}).name ?? name);
      for (const {file, text} of sources(name)) {
        for (const specifier of imports(text, true)) {
          if (provided.test(specifier) || specifier.endsWith('.css')) continue;
          expect(declared.has(packageOf(specifier)) || specifier === 'react', file + ' imports ' + specifier).toBe(true);
        }
      }
    }
  });

  it('declares every package its type declarations import, as a dependency', function () {
    for (const name of packages) {
      const lib = path.join(packagesDir, name, 'lib');
      expect(fs.existsSync(lib), name + ': build first (npm run build)').toBe(true);
      const declared = declaredBy(name);
      declared.add((manifest(name) as {name?: string}).name ?? name);
      for (const file of (fs.readdirSync(lib, {recursive: true}) as string[]).filter((item) => item.endsWith('.d.ts'))) {
        for (const specifier of imports(fs.readFileSync(path.join(lib, file), 'utf8'))) {
          if (/^node:|^@theme\/|^@docusaurus\/(?:Link|Translate|router)$|^\./.test(specifier)) continue;
          expect(declared.has(packageOf(specifier)) || specifier === 'react', name + '/lib/' + file + ' imports ' + specifier).toBe(true);
        }
      }
    }
  });
});
