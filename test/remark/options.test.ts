/**
 * Options of `remark-upgrade-paths`: bad values fail fast with a sentence
 * naming the value, and each option does what it says.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkUpgradePaths, {type Options} from 'remark-upgrade-paths';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {plainProcessor} from './pipelines.js';

const page = [
  '---',
  'title: Options page',
  '---',
  '',
  '**4.7.x**',
  '',
  '| Source Version | Target Version | Support |',
  '| --- | --- | --- |',
  '| 4.7.3 | 4.7.15 | :white_check_mark: |',
  '',
].join('\n');

let root = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-options-'));
  fs.mkdirSync(path.join(root, 'site', 'docs', 'guides'), {recursive: true});
  fs.mkdirSync(path.join(root, 'site', 'content', 'guides'), {recursive: true});
  fs.writeFileSync(path.join(root, 'site', 'docusaurus.config.js'), 'export default {};\n');
});

afterAll(() => {
  fs.rmSync(root, {recursive: true, force: true});
});

async function run(options: Options | null | undefined, filePath: string): Promise<{tree: Root; file: VFile}> {
  const processor = plainProcessor(options);
  const file = new VFile({path: filePath, value: page});
  const tree = await processor.run(processor.parse(file), file);
  return {tree: tree as Root, file};
}

function types(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    found.push(node.type === 'mdxJsxFlowElement' ? 'mdxJsxFlowElement:' + (node as MdxJsxFlowElement).name : node.type);
  });
  return found;
}

describe('bad options', () => {
  test.each<[string, unknown, RegExp]>([
    ['a string as options', 'yes', /^Unexpected `yes` as remark-upgrade-paths options, expected an object/],
    ['a number as options', 1, /^Unexpected `1` as remark-upgrade-paths options, expected an object/],
    ['a string for `replace`', {replace: 'no'}, /^Unexpected `no` as remark-upgrade-paths option `replace`, expected a boolean/],
    ['a number for `siteDir`', {siteDir: 42}, /^Unexpected `42` as remark-upgrade-paths option `siteDir`, expected a string/],
    ['a boolean for `docsPath`', {docsPath: false}, /^Unexpected `false` as remark-upgrade-paths option `docsPath`, expected a string/],
    ['a number for `pluginId`', {pluginId: 7}, /^Unexpected `7` as remark-upgrade-paths option `pluginId`, expected a string/],
  ])('%s throws a TypeError naming the value', (_, options, message) => {
    expect(() => remarkUpgradePaths(options as Options)).toThrow(TypeError);
    expect(() => remarkUpgradePaths(options as Options)).toThrow(message);
  });

  test('they fail when the processor is frozen, before any file is read', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkUpgradePaths, {replace: 'no'} as unknown as Options);
    expect(() => processor.freeze()).toThrow(TypeError);
  });

  test.each<[string, Options | null | undefined]>([
    ['no options', undefined],
    ['`null`', null],
    ['every option `null`', {replace: null, siteDir: null, docsPath: null, pluginId: null}],
  ])('%s means the defaults', async (_, options) => {
    const {tree, file} = await run(options, path.join(root, 'site', 'docs', 'guides', 'page.mdx'));
    expect(file.data.upgradePaths?.file).toBe('docs/guides/page.mdx');
    expect(file.data.upgradePaths?.tables[0]?.dataset).toBe('guides/page/default');
    expect(types(tree)).toContain('mdxJsxFlowElement:UpgradePathTable');
  });
});

describe('`replace`', () => {
  test('`false` keeps the table node (and its label) and adds no import', async () => {
    const {tree, file} = await run({replace: false}, path.join(root, 'site', 'docs', 'guides', 'page.mdx'));
    expect(types(tree)).toContain('table');
    expect(types(tree)).toContain('strong');
    expect(types(tree)).not.toContain('mdxJsxFlowElement:UpgradePathTable');
    expect(types(tree)).not.toContain('mdxjsEsm');
    expect(file.data.upgradePaths?.tables).toHaveLength(1);
  });

  test('the default replaces the table in place and imports the component and the dataset', async () => {
    const {tree} = await run({}, path.join(root, 'site', 'docs', 'guides', 'page.mdx'));
    expect(types(tree)).not.toContain('table');
    const element = tree.children.find(
      (node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'UpgradePathTable',
    );
    expect(element?.attributes.find((attribute) => 'name' in attribute && attribute.name === 'table')).toMatchObject({
      value: 'docs/guides/page.mdx:7',
    });
    const imports = tree.children.filter((node: RootContent) => node.type === 'mdxjsEsm').map((node) => ('value' in node ? node.value : ''));
    expect(imports).toEqual([
      'import UpgradePathTable from "@theme/UpgradePathTable"',
      expect.stringMatching(/^import __upgradePathsDataset0 from "@generated\/docusaurus-plugin-upgrade-paths\/default\/guides-page-default-[0-9a-f]{8}\.json"$/),
    ]);
    // The imports come after the front matter, before the content.
    expect(tree.children[0]?.type).toBe('yaml');
  });
});

describe('`siteDir`, `docsPath`, `pluginId`', () => {
  test('`siteDir` overrides the folder found by `docusaurus.config.*`', async () => {
    const {file} = await run({siteDir: path.join(root, 'site', 'docs')}, path.join(root, 'site', 'docs', 'guides', 'page.mdx'));
    expect(file.data.upgradePaths?.file).toBe('guides/page.mdx');
    expect(file.data.upgradePaths?.tables[0]?.id).toBe('guides/page.mdx:7');
  });

  test('`docsPath` sets the folder doc ids are relative to', async () => {
    const {file} = await run({docsPath: 'content'}, path.join(root, 'site', 'content', 'guides', 'page.mdx'));
    expect(file.data.upgradePaths?.file).toBe('content/guides/page.mdx');
    expect(file.data.upgradePaths?.tables[0]?.dataset).toBe('guides/page/default');
  });

  test('`pluginId` picks the data modules of that plugin instance', async () => {
    const {tree} = await run({pluginId: 'palette'}, path.join(root, 'site', 'docs', 'guides', 'page.mdx'));
    const imports = tree.children.filter((node) => node.type === 'mdxjsEsm').map((node) => ('value' in node ? node.value : ''));
    expect(imports[1]).toMatch(/^import __upgradePathsDataset0 from "@generated\/docusaurus-plugin-upgrade-paths\/palette\//);
  });
});

describe('parseDocument', function () {
  test('parses a text once and gives the same (read-only) tree again, so loadContent parses each document once', async function () {
    const {parseDocument} = await import('../../packages/engine/src/parse.js');
    const text = '# Title\n\n| Source Version | Target Version |\n| --- | --- |\n| 1.0.0 | 1.1.0 |\n';
    const first = parseDocument(text, {mdx: true, comments: true});
    expect('tree' in first && first.tree.children.map((node) => node.type)).toEqual(['heading', 'table']);
    expect(parseDocument(text, {mdx: true, comments: true})).toBe(first);
    expect(parseDocument(text, {mdx: false, comments: true})).not.toBe(first);
    expect(parseDocument(text + '\n', {mdx: true, comments: true})).not.toBe(first);
  });
});
