/**
 * The remark plugin gives the same tables on a plain parse as inside
 * Docusaurus's real MDX compilation, wherever it sits in Docusaurus's plugin
 * list: first (`beforeDefaultRemarkPlugins`: raw shortcodes, directives,
 * `<!-- -->` comments already dropped by the parser) or last
 * (`remarkPlugins`: after remark-emoji turned `:x:` into `❌`, after the
 * admonitions, headings, content title and details plugins).
 *
 * Cases: every folder of `fixtures/` here, the seed 002 page, and every
 * fixture of `test/extract/fixtures` (compared with `extractUpgradePaths`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import remarkComment from '@slorber/remark-comment';
import {compile} from '@mdx-js/mdx';
import {
  defaultDocsSettings,
  defaultMarkdownSettings,
  defaultPartialsPath,
  extractUpgradePaths,
  lintSite,
} from '@upgrade-paths/engine';
import type {UpgradePathsData} from 'remark-upgrade-paths';
import remarkUpgradePaths from 'remark-upgrade-paths';
import remarkEmoji from 'remark-emoji';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {fixtureCases, fixturesDir as extractFixturesDir, inputName} from '../extract/fixtures.js';
import {compileWithDocusaurus, createSite, runPlain, type Placement, type TestSite} from './pipelines.js';

const fixturesDir = fileURLToPath(new URL('fixtures/', import.meta.url));
const placements: Placement[] = ['before-defaults', 'after-defaults'];

/** Cases of the three-way comparison: name → absolute source path. */
const cases: Array<[string, string]> = [
  ...fs
    .readdirSync(fixturesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [entry.name, path.join(fixturesDir, entry.name, 'input.mdx')]),
  ['seed-002-kubernetes', path.join(extractFixturesDir, 'seed-002-kubernetes', 'input.mdx')],
];

let site: TestSite;
const sitePath = new Map<string, string>();

beforeAll(async () => {
  site = createSite();
  for (const [name, source] of cases) sitePath.set(name, site.add(name + '/input.mdx', fs.readFileSync(source, 'utf8')));
  for (const name of fixtureCases()) {
    const input = inputName(name);
    sitePath.set('extract:' + name, site.add('extract/' + name + '/' + input, fs.readFileSync(path.join(extractFixturesDir, name, input), 'utf8')));
  }
  // As `docusaurus-plugin-upgrade-paths` does before Docusaurus compiles the
  // pages: the engine reads the site and publishes where each page's lines
  // are on disk, which the remark plugin then gives out.
  await lintSite(
    {siteDir: site.siteDir, docs: defaultDocsSettings, markdown: defaultMarkdownSettings, partialsPath: defaultPartialsPath, pluginId: 'default'},
    {config: {}},
  );
});

afterAll(() => {
  site.remove();
});

function pathOf(name: string): string {
  const found = sitePath.get(name);
  if (!found) throw new Error('No site copy of ' + name);
  return found;
}

function plainData(file: VFile): UpgradePathsData {
  const data = file.data.upgradePaths;
  if (!data) throw new Error('remark-upgrade-paths did not run on ' + file.path);
  return data;
}

describe('plain parse vs Docusaurus MDX compilation', () => {
  test('cases are found on disk', () => {
    expect(cases.map(([name]) => name)).toEqual(expect.arrayContaining(['containers', 'messages', 'seed-002-kubernetes']));
  });

  describe.each(cases.map(([name]) => [name]))('%s', (name) => {
    test.each(placements.map((placement) => [placement]))('same tables and findings with the plugin %s', async (placement) => {
      const plain = plainData(await runPlain(pathOf(name)));
      expect(plain.file).toBe('docs/' + name + '/input.mdx');
      expect(plain.tables.length).toBeGreaterThan(0);
      const {data} = await compileWithDocusaurus(site.siteDir, pathOf(name), placement);
      expect(data.file).toBe(plain.file);
      expect(data.tables).toEqual(plain.tables);
      expect(data.findings).toEqual(plain.findings);
    });
  });

  test('containers: every pipeline finds the tables in admonitions, tabs, marker comments, details and lists', async () => {
    const plain = plainData(await runPlain(pathOf('containers')));
    const compiled = await Promise.all(
      placements.map(async (placement) => (await compileWithDocusaurus(site.siteDir, pathOf('containers'), placement)).data),
    );
    for (const data of [plain, ...compiled]) {
      expect(
        data.tables.map((table) => ({
          group: table.group,
          tab: table.tab,
          dataset: table.dataset,
          title: table.datasetTitle,
          rows: table.rows.map((row) => [row.source, row.target, row.supported, row.anchor]),
        })),
      ).toEqual([
        {
          group: '4.8',
          tab: null,
          dataset: 'containers/input/default',
          title: 'Upgrade Palette',
          rows: [
            ['4.7.20', '4.8.0', true, 'upgrade-4-7-20-to-4-8-0'],
            ['4.7.15', '4.8.0', false, 'upgrade-4-7-15-to-4-8-0'],
          ],
        },
        {
          group: '4.7.x',
          tab: null,
          dataset: 'containers/input/default',
          title: 'Upgrade Palette',
          rows: [
            ['4.7.3', '4.7.15', true, 'upgrade-4-7-3-to-4-7-15'],
            ['4.6.41', '4.7.15', false, 'upgrade-4-6-41-to-4-7-15'],
          ],
        },
        {
          group: 'kubernetes-4.9',
          tab: {value: 'kubernetes', label: 'Kubernetes'},
          dataset: 'containers/input/kubernetes',
          title: 'Upgrade Palette (Kubernetes)',
          rows: [['4.8.0', '4.9.0', true, 'upgrade-4-8-0-to-4-9-0']],
        },
        {
          group: 'vmware-4.9',
          tab: {value: 'VMware vSphere', label: 'VMware'},
          dataset: 'containers/input/vmware-vsphere',
          title: 'Upgrade Palette (VMware)',
          rows: [['4.8.0', '4.9.0', false, 'upgrade-4-8-0-to-4-9-0-2']],
        },
        {
          group: '4.5.x',
          tab: null,
          dataset: 'containers/input/default',
          title: 'Upgrade Palette',
          rows: [['4.4.20', '4.5.4', true, 'upgrade-4-4-20-to-4-5-4']],
        },
        {
          group: '4.3.x and Prior',
          tab: null,
          dataset: 'containers/input/default',
          title: 'Upgrade Palette',
          rows: [['4.1.x', '4.3.6', false, 'upgrade-4-1-x-to-4-3-6']],
        },
      ]);
      expect(data.findings).toEqual([]);
    }
  });

  test('seed 002 gives its five groups and 190 rows in every pipeline', async () => {
    const plain = plainData(await runPlain(pathOf('seed-002-kubernetes')));
    for (const data of [
      plain,
      ...(await Promise.all(placements.map(async (placement) => (await compileWithDocusaurus(site.siteDir, pathOf('seed-002-kubernetes'), placement)).data))),
    ]) {
      expect(data.tables.map((table) => table.group)).toEqual(['4.7.x', '4.6.x', '4.5.x', '4.4.x', '4.3.x and Prior']);
      expect(data.tables.flatMap((table) => table.rows)).toHaveLength(190);
      expect(data.tables[4]?.rows[2]).toMatchObject({source: '4.1.x', target: '4.3.6', supported: false});
    }
  });
});

describe('extractUpgradePaths vs Docusaurus MDX compilation, on every extraction fixture', () => {
  describe.each(fixtureCases().map((name) => [name]))('%s', (name) => {
    test.each(placements.map((placement) => [placement]))('same tables and findings with the plugin %s', async (placement) => {
      const filePath = pathOf('extract:' + name);
      const file = path.relative(site.siteDir, filePath).split(path.sep).join('/');
      const expected = extractUpgradePaths(fs.readFileSync(filePath, 'utf8'), {file, docId: 'extract/' + name + '/input'});
      const {data} = await compileWithDocusaurus(site.siteDir, filePath, placement);
      expect(data.tables).toEqual(expected.tables);
      expect(data.findings).toEqual(expected.findings);
    });
  });
});

describe('compiled output (replace: true, the default)', () => {
  test.each(placements.map((placement) => [placement]))('seed 002, plugin %s: tables become <UpgradePathTable>, imported once', async (placement) => {
    const {content} = await compileWithDocusaurus(site.siteDir, pathOf('seed-002-kubernetes'), placement);
    expect(count(content, 'import UpgradePathTable from "@theme/UpgradePathTable"')).toBe(1);
    expect(count(content, '"@theme/UpgradePathTable"')).toBe(1);
    expect(count(content, '_jsx(UpgradePathTable, {')).toBe(5);
    // Five tables on the page: one page filter for them, and none of their own.
    expect(count(content, 'import __UpgradePathsPageFilter from "@theme/UpgradePathTable/PageFilter"')).toBe(1);
    expect(count(content, '_jsx(__UpgradePathsPageFilter, {')).toBe(1);
    expect(count(content, 'pageFilter: true')).toBe(5);
    for (const line of [58, 70, 216, 243, 263]) {
      expect(content).toContain('table: "docs/seed-002-kubernetes/input.mdx:' + line + '"');
    }
    expect(content).toMatch(/^import __upgradePathsDataset0 from "@generated\/docusaurus-plugin-upgrade-paths\/default\/seed-002-kubernetes-input-default-[0-9a-f]{8}\.json";$/m);
    // No raw table is left: no table elements, no support markers, no row-only versions.
    expect(content).not.toMatch(/_components\.(table|thead|tbody|tr|td|th)\b/);
    expect(content).not.toContain('<td');
    expect(content).not.toContain('white_check_mark');
    expect(content).not.toContain('✅');
    expect(content).not.toContain('4.6.43');
    // The bold group labels are the tables' captions now, not paragraphs.
    expect(content).not.toContain('4.3.x and Prior');
  });

  test.each(placements.map((placement) => [placement]))('a page that already imports the component, plugin %s: imported once', async (placement) => {
    const {content} = await compileWithDocusaurus(site.siteDir, pathOf('imports-component'), placement);
    expect(count(content, '@theme/UpgradePathTable')).toBe(1);
    expect(count(content, '_jsx(UpgradePathTable, {')).toBe(1);
  });

  test('a page without upgrade tables is left alone', async () => {
    const filePath = site.add('no-table/input.mdx', '# Nothing here\n\n| Name | Value |\n| --- | --- |\n| a | b |\n');
    const {content, data} = await compileWithDocusaurus(site.siteDir, filePath, 'after-defaults');
    expect(data.tables).toEqual([]);
    expect(content).not.toContain('UpgradePathTable');
    expect(content).toContain('_components.td');
  });
});

describe('vfile messages', () => {
  const expected = [
    {ruleId: 'invalid-version', line: 9, column: 1},
    {ruleId: 'unknown-support', line: 10, column: 18},
  ];

  function summary(file: VFile) {
    return file.messages.map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      line: message.line,
      column: message.column,
      fatal: message.fatal,
      mentions: message.reason.includes('`4.7.a`') || message.reason.includes('`Maybe`'),
    }));
  }

  const withMeta = expected.map((item) => ({...item, source: 'remark-upgrade-paths', fatal: true, mentions: true}));

  test('plain parse: rule id, source, line and column of each problem', async () => {
    const file = await runPlain(pathOf('messages'));
    expect(summary(file)).toEqual(withMeta);
  });

  test('an MDX compilation with Docusaurus’s emoji and GFM plugins carries the same messages and does not throw', async () => {
    const filePath = pathOf('messages');
    const file = new VFile({path: filePath, value: fs.readFileSync(filePath, 'utf8')});
    const result = await compile(file, {
      remarkPlugins: [remarkFrontmatter, remarkEmoji, remarkGfm, remarkComment, remarkUpgradePaths],
    });
    expect(summary(result)).toEqual(withMeta);
    expect(String(result)).toContain('UpgradePathTable');
  });
});

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}
