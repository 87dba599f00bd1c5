/**
 * The JSON export depends only on the documents: not on the order files are
 * read in, nor on the working folder of the process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {upgradePathsExport, type ExtractedTable} from '@upgrade-paths/core';
import {extractUpgradePaths} from '@upgrade-paths/engine';
import {VFile} from 'vfile';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {plainProcessor} from '../remark/pipelines.js';
import {fixturesDir, inputName} from './fixtures.js';

// Several files, two of which feed the same dataset (`palette/kubernetes`)
// with different titles, so order decides nothing only if sorting is right.
const cases = [
  'front-matter-product-tabs',
  'in-tabs',
  'duplicate-rows',
  'front-matter-dataset',
  'crlf',
  'seed-002-kubernetes',
  'markers-html',
];

const startDir = process.cwd();
let siteDir = '';

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-determinism-'));
  fs.writeFileSync(path.join(siteDir, 'docusaurus.config.js'), 'export default {};\n');
  for (const name of cases) {
    fs.mkdirSync(path.join(siteDir, 'docs', name), {recursive: true});
    fs.copyFileSync(path.join(fixturesDir, name, inputName(name)), path.join(siteDir, 'docs', name, inputName(name)));
  }
});

afterEach(() => {
  process.chdir(startDir);
});

afterAll(() => {
  process.chdir(startDir);
  fs.rmSync(siteDir, {recursive: true, force: true});
});

function extractAll(names: readonly string[]): ExtractedTable[] {
  return names.flatMap((name) => {
    const input = inputName(name);
    const value = fs.readFileSync(path.join(fixturesDir, name, input), 'utf8');
    return extractUpgradePaths(value, {file: name + '/' + input, docId: name + '/input'}).tables;
  });
}

const processor = plainProcessor({replace: false});

/** Tables of the copied files through the remark plugin, paths as given. */
async function pluginAll(names: readonly string[], pathOf: (name: string) => string): Promise<ExtractedTable[]> {
  const tables: ExtractedTable[] = [];
  for (const name of names) {
    const filePath = pathOf(name);
    const file = new VFile({path: filePath, value: fs.readFileSync(path.resolve(filePath), 'utf8')});
    await processor.run(processor.parse(file), file);
    tables.push(...(file.data.upgradePaths?.tables ?? []));
  }
  return tables;
}

/** The same tables, shuffled deterministically (reverse, then rotate). */
function reorder<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.slice(3), ...reversed.slice(0, 3)];
}

describe('export determinism', () => {
  test('extractUpgradePaths: two file orders, two working folders, byte-identical JSON', () => {
    process.chdir(fixturesDir);
    const first = JSON.stringify(upgradePathsExport(extractAll(cases)));
    process.chdir(os.tmpdir());
    const second = JSON.stringify(upgradePathsExport(reorder(extractAll(reorder(cases)))));
    expect(second).toBe(first);

    // And the order is the contract's, not just any stable one.
    const parsed = JSON.parse(first) as ReturnType<typeof upgradePathsExport>;
    const ids = parsed.datasets.map((dataset) => dataset.id);
    expect(ids).toEqual([...ids].sort());
    const shared = parsed.datasets.find((dataset) => dataset.id === 'palette/kubernetes');
    expect(shared?.title).toBe('Palette on Kubernetes');
    expect(shared?.tables.map((table) => table.id)).toEqual([
      'front-matter-dataset/input.mdx:12',
      'front-matter-dataset/input.mdx:19',
      'front-matter-product-tabs/input.mdx:17',
    ]);
  });

  test('remark plugin: relative and absolute paths from different working folders, byte-identical JSON', async () => {
    const absolute = (name: string) => path.join(siteDir, 'docs', name, inputName(name));
    process.chdir(os.tmpdir());
    const first = JSON.stringify(upgradePathsExport(await pluginAll(cases, absolute)));
    process.chdir(siteDir);
    const relative = (name: string) => path.join('docs', name, inputName(name));
    const second = JSON.stringify(upgradePathsExport(reorder(await pluginAll(reorder(cases), relative))));
    expect(second).toBe(first);
    process.chdir(path.join(siteDir, 'docs'));
    const third = JSON.stringify(upgradePathsExport(await pluginAll(reorder(cases), (name) => path.join(name, inputName(name)))));
    expect(third).toBe(first);

    // Ids are site-relative, never absolute or cwd-relative.
    const parsed = JSON.parse(first) as ReturnType<typeof upgradePathsExport>;
    const files = parsed.datasets.flatMap((dataset) => dataset.tables.map((table) => table.file));
    expect(new Set(files)).toEqual(new Set(cases.map((name) => 'docs/' + name + '/' + inputName(name))));
  });
});
