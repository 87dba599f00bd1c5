/**
 * `fixDocuments`: the `--fix` of files on disk. Checked before writing,
 * written atomically through symlinks with the file's mode, and refused
 * (file untouched, `sort-order` error) when the fix would change rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fixDocuments} from '../../packages/engine/src/fix.js';
import {lintPaths} from '../../packages/engine/src/folder.js';
import {defaultMarkdownSettings} from '../../packages/engine/src/markdown.js';

const unsorted = [
  '# Upgrade',
  '',
  '| Source Version | Target Version | Support |',
  '| -------------- | -------------- | ------- |',
  '| 4.4.2          | 4.5.0          | ✅      |',
  '| 4.5.1          | 4.5.2          | ✅      |',
  '',
].join('\n');
const sorted = unsorted.replace(/(\| 4\.4\.2 .*\n)(\| 4\.5\.1 .*\n)/, '$2$1');

const folders: string[] = [];
afterEach(function () {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true});
});

function tree(files: Record<string, string>): string {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-fix-'));
  folders.push(cwd);
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(cwd, name)), {recursive: true});
    fs.writeFileSync(path.join(cwd, name), value);
  }
  return cwd;
}

async function lintAndFix(cwd: string, paths: string[] = ['docs']) {
  const result = await lintPaths(paths, {cwd, config: {}, markdown: defaultMarkdownSettings});
  return {result, fixed: await fixDocuments(result.documents, result, {markdown: defaultMarkdownSettings})};
}

describe('fixDocuments', function () {
  it('sorts the rows, keeping the mode of the file, and leaves no temporary file', async function () {
    const cwd = tree({'docs/a.md': unsorted});
    const file = path.join(cwd, 'docs/a.md');
    fs.chmodSync(file, 0o640);
    const {fixed} = await lintAndFix(cwd);
    expect(fixed).toEqual({written: ['docs/a.md'], notFixed: []});
    expect(fs.readFileSync(file, 'utf8')).toBe(sorted);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.join(cwd, 'docs'))).toEqual(['a.md']);
  });

  it('writes through a symlink to its target, keeping the link', async function () {
    const cwd = tree({'shared/a.md': unsorted});
    fs.mkdirSync(path.join(cwd, 'docs'));
    fs.symlinkSync(path.join(cwd, 'shared/a.md'), path.join(cwd, 'docs/a.md'));
    const {fixed} = await lintAndFix(cwd);
    expect(fixed.written).toEqual(['docs/a.md']);
    expect(fs.lstatSync(path.join(cwd, 'docs/a.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(cwd, 'shared/a.md'), 'utf8')).toBe(sorted);
    expect(fs.readdirSync(path.join(cwd, 'shared'))).toEqual(['a.md']);
  });

  it('refuses a fix that would change rows: file untouched, an error at the table, other files fixed', async function () {
    const cwd = tree({'docs/a.md': unsorted, 'docs/b.md': unsorted});
    const result = await lintPaths(['docs'], {cwd, config: {}, markdown: defaultMarkdownSettings});
    // Tables of `a.md` read two lines off: what a wrong line count gives.
    const shifted = await lintPaths(['docs'], {cwd: tree({'docs/a.md': unsorted.replace('# Upgrade\n\n', '')}), config: {}, markdown: defaultMarkdownSettings});
    const stale = {...result, tables: [...shifted.tables, ...result.tables.filter((table) => table.file === 'docs/b.md')]};
    const fixed = await fixDocuments(result.documents, stale, {markdown: defaultMarkdownSettings});
    expect(fixed.written).toEqual(['docs/b.md']);
    expect(fixed.notFixed).toEqual([
      expect.objectContaining({ruleId: 'sort-order', severity: 'error', file: 'docs/a.md', position: shifted.tables[0]?.position}),
    ]);
    expect(fs.readFileSync(path.join(cwd, 'docs/a.md'), 'utf8')).toBe(unsorted);
    expect(fs.readFileSync(path.join(cwd, 'docs/b.md'), 'utf8')).toBe(sorted);
  });

  it('reads a file changed since it was linted again, and fixes what is on disk now', async function () {
    const cwd = tree({'docs/a.md': unsorted});
    const result = await lintPaths(['docs'], {cwd, config: {}, markdown: defaultMarkdownSettings});
    const edited = '# Upgrade\n\nA new paragraph.\n\n' + unsorted.slice('# Upgrade\n\n'.length);
    fs.writeFileSync(path.join(cwd, 'docs/a.md'), edited);
    const fixed = await fixDocuments(result.documents, result, {markdown: defaultMarkdownSettings});
    expect(fixed).toEqual({written: ['docs/a.md'], notFixed: []});
    expect(fs.readFileSync(path.join(cwd, 'docs/a.md'), 'utf8')).toBe(edited.replace(/(\| 4\.4\.2 .*\n)(\| 4\.5\.1 .*\n)/, '$2$1'));
  });
});
