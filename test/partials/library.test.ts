/**
 * The partial library read from disk: what a dev server relies on (edits,
 * additions, renames and removals are seen on the next call, unchanged
 * files are not parsed again), the version order, and option validation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {partialKey, resolvePartial} from '../../packages/core/src/partials/registry.js';
import {docsVersionOf} from '../../packages/engine/src/paths.js';
import remarkUpgradePaths from '../../packages/remark-upgrade-paths/src/index.js';
import {
  isPartialFile,
  loadPartialLibrary,
  resolvePartialsPath,
} from '../../packages/engine/src/index.js';

let siteDir = '';
let clock = Date.parse('2025-01-01T00:00:00Z') / 1000;

/** Write a partial and give it a new modification time (file systems with coarse clocks). */
function write(relative: string, category: string, name: string, body = 'Text.'): void {
  const file = path.join(siteDir, relative);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, '---\npartial_category: ' + category + '\npartial_name: ' + name + '\n---\n\n' + body + '\n');
  clock += 10;
  fs.utimesSync(file, clock, clock);
}

beforeEach(function () {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-partials-'));
});

afterEach(function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

describe('loadPartialLibrary', function () {
  it('reads `_*.md(x)` files under the partial folders, by front matter name', async function () {
    write('_partials/a/_one.mdx', 'demo', 'first');
    write('_partials/_two.md', 'demo', 'second');
    write('_partials/three.mdx', 'demo', 'third');
    const library = await loadPartialLibrary(siteDir);
    expect([...library.current.byKey.keys()].sort()).toEqual(['demo/first', 'demo/second']);
    expect(library.current.byKey.get('demo/first')?.file).toBe('_partials/a/_one.mdx');
  });

  it('sees an edited, an added, a renamed and a removed partial on the next call, and parses only those', async function () {
    write('_partials/_one.mdx', 'demo', 'one', 'Version {props.a}.');
    write('_partials/_two.mdx', 'demo', 'two');
    const before = await loadPartialLibrary(siteDir);
    const two = before.current.byKey.get('demo/two');
    expect(before.current.byKey.get('demo/one')?.reads.map((read) => read.name)).toEqual(['a']);

    write('_partials/_one.mdx', 'demo', 'one', 'Version {props.b}.');
    write('_partials/_three.mdx', 'demo', 'three');
    const edited = await loadPartialLibrary(siteDir);
    expect(edited.current.byKey.get('demo/one')?.reads.map((read) => read.name)).toEqual(['b']);
    expect(edited.current.byKey.get('demo/three')).toBeDefined();
    // Unchanged: the same object, not parsed again.
    expect(edited.current.byKey.get('demo/two')).toBe(two);

    write('_partials/_two.mdx', 'demo', 'renamed');
    fs.rmSync(path.join(siteDir, '_partials/_three.mdx'));
    const after = await loadPartialLibrary(siteDir);
    expect([...after.current.byKey.keys()].sort()).toEqual(['demo/one', 'demo/renamed']);
  });

  it('gives a missing partial folder no partials', async function () {
    expect((await loadPartialLibrary(siteDir, ['nothing-here'])).current.files).toEqual([]);
  });

  it('resolves a versioned doc against its version’s partials first, then the current ones', async function () {
    write('_partials/_intro.mdx', 'guide', 'intro');
    write('_partials/_outro.mdx', 'guide', 'outro');
    write('versioned_partials/version-1.0/_intro.mdx', 'guide', 'intro');
    const library = await loadPartialLibrary(siteDir);
    expect(resolvePartial(library, '1.0', 'guide', 'intro')?.file).toBe('versioned_partials/version-1.0/_intro.mdx');
    expect(resolvePartial(library, '1.0', 'guide', 'outro')?.file).toBe('_partials/_outro.mdx');
    expect(resolvePartial(library, null, 'guide', 'intro')?.file).toBe('_partials/_intro.mdx');
    expect(resolvePartial(library, '2.0', 'guide', 'intro')?.file).toBe('_partials/_intro.mdx');
    expect(library.versions.get('1.0')?.byKey.get(partialKey('guide', 'intro'))?.version).toBe('1.0');
  });
});

describe('partial paths', function () {
  it('finds the docs version of a file', async function () {
    expect(docsVersionOf('versioned_docs/version-1.0/a/b.mdx')).toBe('1.0');
    expect(docsVersionOf('community_versioned_docs/version-2.x/b.mdx')).toBe('2.x');
    expect(docsVersionOf('versioned_partials/version-1.0/_a.mdx')).toBe('1.0');
    expect(docsVersionOf('docs/versioned_docs/a.mdx')).toBeNull();
    expect(docsVersionOf('docs/a.mdx')).toBeNull();
  });

  it('tells partial files from documents', async function () {
    expect(isPartialFile('_partials/a/_b.mdx', ['_partials'])).toBe(true);
    expect(isPartialFile('versioned_partials/version-1.0/_b.mdx', ['_partials'])).toBe(true);
    expect(isPartialFile('docs/_partials/_b.mdx', ['_partials'])).toBe(false);
    expect(isPartialFile('docs/_partials/_b.mdx', ['docs/_partials'])).toBe(true);
  });

  it('validates `partialsPath`', async function () {
    expect(resolvePartialsPath(undefined)).toEqual(['_partials']);
    expect(resolvePartialsPath('content/partials/')).toEqual(['content/partials']);
    expect(resolvePartialsPath(['a', 'b'])).toEqual(['a', 'b']);
    expect(() => resolvePartialsPath(3)).toThrow(
      'Unexpected `3` as remark-upgrade-paths option `partialsPath`, expected a folder or a list of folders relative to the site, such as `_partials`',
    );
    expect(() => resolvePartialsPath([])).toThrow('Unexpected `[]` as remark-upgrade-paths option `partialsPath`');
    expect(() => remarkUpgradePaths({partialsPath: ['ok', 1 as unknown as string]})).toThrow(
      'Unexpected `["ok",1]` as remark-upgrade-paths option `partialsPath`',
    );
  });
});
