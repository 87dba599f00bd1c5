// In `docusaurus start`, the Docusaurus plugin publishes each table's findings
// with the reload's lint run, and the pages compiled after it carry their
// tables' own (`reloadFindings`): the page webpack compiles for an edit shows
// the edit's finding without waiting for the global data of a second compile.
import fs from 'node:fs';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {findingsByTable} from '@upgrade-paths/core';
import {defaultDocsSettings, defaultMarkdownSettings, defaultPartialsPath, lintSite, publishedFindings} from '@upgrade-paths/engine';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {compileWithDocusaurus, createSite, plainProcessor, type TestSite} from './pipelines.js';

const page = [
  '# Upgrades',
  '',
  '| Source Version | Target Version | Support |',
  '| --- | --- | --- |',
  '| 4.6.41 | 4.7.a | ✅ |',
  '',
  'Between the tables.',
  '',
  '| Source Version | Target Version | Support |',
  '| --- | --- | --- |',
  '| 4.6.41 | 4.7.20 | ✅ |',
  '',
].join('\n');

let site: TestSite;
let file: string;

beforeAll(() => {
  site = createSite();
  file = site.add('upgrades.mdx', page);
});

afterAll(() => {
  site.remove();
});

function lintTheSite() {
  return lintSite(
    {siteDir: site.siteDir, docs: defaultDocsSettings, markdown: defaultMarkdownSettings, partialsPath: defaultPartialsPath, pluginId: 'default'},
    {config: {}, publish: false},
  );
}

/** The `reloadFindings` of each `<UpgradePathTable>` of the plain pipeline's tree, by `table` prop. */
async function reloadProps(): Promise<Map<string, unknown>> {
  const processor = plainProcessor({replace: true});
  const vfile = new VFile({path: file, value: fs.readFileSync(file, 'utf8')});
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  const props = new Map<string, unknown>();
  visit(tree, 'mdxJsxFlowElement', function (node: MdxJsxFlowElement) {
    if (node.name !== 'UpgradePathTable') return;
    const attribute = (name: string) => node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
    const table = attribute('table')?.value;
    const reload = attribute('reloadFindings')?.value;
    if (typeof table !== 'string') throw new Error('Expected a table prop');
    props.set(table, reload === undefined ? undefined : JSON.parse((reload as {value: string}).value));
  });
  return props;
}

describe('reloadFindings', function () {
  it("puts each replaced table's published findings on it, with the run", async function () {
    const result = await lintTheSite();
    const [bad, good] = result.tables;
    expect(result.findings.map((finding) => finding.ruleId)).toContain('invalid-version');
    const byTable = findingsByTable(result.tables, result.findings);
    const run = result.publish(byTable);
    expect(publishedFindings(site.siteDir, 'default')).toEqual({run, byTable});
    const props = await reloadProps();
    expect([...props.keys()]).toEqual([bad!.id, good!.id]);
    expect(props.get(bad!.id)).toEqual({pluginId: 'default', run, findings: byTable[bad!.id]});
    expect(props.get(good!.id)).toEqual({pluginId: 'default', run, findings: []});
    expect(byTable[bad!.id]?.map((finding) => finding.ruleId)).toContain('invalid-version');
  });

  it('gives every publication a later run, even within one millisecond', async function () {
    const result = await lintTheSite();
    const runs = [result.publish({}), result.publish({}), result.publish({})];
    expect(runs[1]).toBeGreaterThan(runs[0]!);
    expect(runs[2]).toBeGreaterThan(runs[1]!);
  });

  it('puts none on a page when the run published no findings (a production build)', async function () {
    const result = await lintTheSite();
    result.publish(findingsByTable(result.tables, result.findings));
    result.publish();
    expect(publishedFindings(site.siteDir, 'default')).toBeUndefined();
    expect([...(await reloadProps()).values()]).toEqual([undefined, undefined]);
  });

  it("compiles in Docusaurus's MDX loader", async function () {
    const result = await lintTheSite();
    const run = result.publish(findingsByTable(result.tables, result.findings));
    const {content} = await compileWithDocusaurus(site.siteDir, file, 'after-defaults');
    expect(content).toContain('reloadFindings');
    expect(content).toContain(String(run));
    expect(content).toContain('"invalid-version"');
  });
});
