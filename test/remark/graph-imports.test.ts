import fs from 'node:fs';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import {afterAll, describe, expect, it} from 'vitest';
import {VFile} from 'vfile';
import {graphModuleName, datasetModuleName} from 'remark-upgrade-paths';
import {createSite, plainProcessor} from './pipelines.js';

const site = createSite();
afterAll(() => site.remove());

/** The page as MDX after the plugin ran (plain pipeline). */
async function transformed(value: string): Promise<string> {
  const filePath = site.add('graph.mdx', value);
  const processor = plainProcessor({siteDir: site.siteDir});
  const file = new VFile({path: filePath, value: fs.readFileSync(filePath, 'utf8')});
  const tree = await processor.run(processor.parse(file), file);
  return String(processor().use(remarkMdx).use(remarkStringify).stringify(tree));
}

// `<UpgradeGraph>` and `<UpgradeChecker graph>` get the graph module of the
// data-module contract: one node per version, or per series with `collapse`.
describe('remark-upgrade-paths and UpgradeGraph', () => {
  it('imports the component and the graph module, collapsed when asked', async () => {
    const output = await transformed(
      '<UpgradeGraph dataset="palette/kubernetes" />\n\n<UpgradeGraph dataset="palette/kubernetes" collapse />\n\n<UpgradeGraph dataset="palette/kubernetes" collapse={false} />\n',
    );
    expect(output).toContain("import UpgradeGraph from '@theme/UpgradeGraph'".replace(/'/g, '"'));
    const imports = [...output.matchAll(/import (__upgradePathsData\d+) from "([^"]+)"/g)].map((match) => [match[1], match[2]?.split('/').at(-1)]);
    expect(imports.map(([, module]) => module).sort()).toEqual([graphModuleName('palette/kubernetes', false), graphModuleName('palette/kubernetes', true)].sort());
    const byModule = new Map(imports.map(([name, module]) => [module, name]));
    const elements = output.match(/<UpgradeGraph [^>]*\/>/g) ?? [];
    expect(elements).toEqual([
      '<UpgradeGraph dataset="palette/kubernetes" graph={' + byModule.get(graphModuleName('palette/kubernetes', false)) + '} />',
      '<UpgradeGraph dataset="palette/kubernetes" collapse graph={' + byModule.get(graphModuleName('palette/kubernetes', true)) + '} />',
      '<UpgradeGraph dataset="palette/kubernetes" collapse={false} graph={' + byModule.get(graphModuleName('palette/kubernetes', false)) + '} />',
    ]);
  });

  it("replaces a checker's graph flag with the graph module, beside its dataset module", async () => {
    const output = await transformed('<UpgradeChecker dataset="palette/kubernetes" graph />\n\n<UpgradeChecker dataset="palette/kubernetes" />\n');
    const imports = new Map([...output.matchAll(/import (__upgradePathsData\d+) from "([^"]+)"/g)].map((match) => [match[2]?.split('/').at(-1), match[1]]));
    const data = imports.get(datasetModuleName('palette/kubernetes'));
    const graph = imports.get(graphModuleName('palette/kubernetes', false));
    expect(output.match(/<UpgradeChecker [^>]*\/>/g)).toEqual([
      '<UpgradeChecker dataset="palette/kubernetes" data={' + data + '} graph={' + graph + '} />',
      '<UpgradeChecker dataset="palette/kubernetes" data={' + data + '} />',
    ]);
  });
});
