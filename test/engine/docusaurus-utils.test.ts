/**
 * The engine loads the few `@docusaurus/utils` functions it needs from the
 * modules of the package's `lib/` that define them, not through its index
 * (which loads every module). They must be the index's own functions: when a
 * Docusaurus release moves one, this fails (and the engine falls back to the
 * index, so sites keep working).
 */
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import * as utils from '../../packages/engine/src/docusaurusUtils.js';

const require = createRequire(import.meta.url);
const index = require('@docusaurus/utils') as Record<string, unknown>;

describe('docusaurusUtils', () => {
  it.each(Object.entries(utils.docusaurusUtilsModules))('reads %s from lib/%s.js, the index export itself', (name, module) => {
    const deep = require('@docusaurus/utils/lib/' + module + '.js') as Record<string, unknown>;
    expect(deep[name]).toBeDefined();
    expect(deep[name]).toBe(index[name]);
  });

  it('gives the index values for the constants and functions', () => {
    expect(utils.globExcludeDefault()).toBe(index.GlobExcludeDefault);
    expect(utils.posixPath).toBe(index.posixPath);
    expect(utils.DEFAULT_PLUGIN_ID).toBe(index.DEFAULT_PLUGIN_ID);
    expect(utils.DEFAULT_CONFIG_FILE_NAME).toBe(index.DEFAULT_CONFIG_FILE_NAME);
  });

  it('matches and globs as the index functions do, loading them on the first call', () => {
    const createMatcher = index.createMatcher as (patterns: string[]) => (path: string) => boolean;
    const paths = ['a.md', 'docs/b.mdx', 'docs/_c.md', 'docs/d.txt', '.e.md'];
    const patterns = ['**/*.{md,mdx}', '!**/_*'];
    expect(paths.filter(utils.createMatcher(patterns))).toEqual(paths.filter(createMatcher(patterns)));
    expect(paths.filter(utils.createMatcher(['**/_*']))).toEqual(['docs/_c.md']);
    const Globby = index.Globby as {sync: typeof utils.globbySync};
    const options = {cwd: fileURLToPath(new URL('.', import.meta.url))};
    const found = utils.globbySync(['*.test.ts'], options);
    expect(found).toEqual(Globby.sync(['*.test.ts'], options));
    expect(found).toContain('docusaurus-utils.test.ts');
  });

  it('does not load `globUtils` (micromatch, globby) for a lint of paths outside a site', () => {
    const engine = fileURLToPath(new URL('../../packages/engine/lib/index.js', import.meta.url));
    const folder = fileURLToPath(new URL('../cli/fixtures', import.meta.url));
    const script =
      "import {createRequire} from 'node:module';\n" +
      'import {lintPaths} from ' + JSON.stringify(engine) + ';\n' +
      'const result = await lintPaths(["."], {cwd: ' + JSON.stringify(folder) + ", config: {}, markdown: 'auto'});\n" +
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('@docusaurus/utils/lib/'));\n" +
      'console.log(JSON.stringify({documents: result.documents.length, loaded: loaded.map((file) => file.replace(/^.*@docusaurus\\/utils\\/lib\\//, ""))}));\n';
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'});
    expect(child.stderr).toBe('');
    const {documents, loaded} = JSON.parse(child.stdout) as {documents: number; loaded: string[]};
    expect(documents).toBeGreaterThan(0);
    expect(loaded).toContain('constants.js');
    expect(loaded).not.toContain('globUtils.js');
  });

  it('preprocesses as the index functions do', () => {
    const text = '## Title {#custom-id}\n\n:::note My title\n\nBody\n\n:::\n\n```mdx-code-block\n<Tabs>\n```\n';
    const call = (name: string, ...args: unknown[]) => (index[name] as (...values: unknown[]) => string)(...args);
    expect(utils.escapeMarkdownHeadingIds(text)).toBe(call('escapeMarkdownHeadingIds', text));
    expect(utils.unwrapMdxCodeBlocks(text)).toBe(call('unwrapMdxCodeBlocks', text));
    expect(utils.admonitionTitleToDirectiveLabel(text, ['note'])).toBe(call('admonitionTitleToDirectiveLabel', text, ['note']));
    expect(utils.admonitionTitleToDirectiveLabel(text, ['note'])).not.toBe(text);
  });
});
