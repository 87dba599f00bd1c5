/**
 * The remark plugin's fast path for pages without anything it reads: when
 * one walk finds no table and no theme component element (partial usages
 * included) and the text has no disable comment, it takes the page as
 * holding nothing instead of running the extraction. Held here to the
 * extraction itself on generated pages: whenever the fast path is taken,
 * the extraction finds no table, candidate, partial usage or stray disable
 * comment, and the reading rules report nothing.
 */
import * as fc from 'fast-check';
import type {Root} from 'mdast';
import {lintDocumentFacts, resolveLintConfig} from '@upgrade-paths/core';
import {upgradeTablesFromMdast} from 'mdast-util-upgrade-paths';
import {describe, expect, test} from 'vitest';
import {treeHolds} from '../../packages/remark-upgrade-paths/src/components.js';
import {plainProcessor} from './pipelines.js';

const fragments = [
  'A paragraph with `code`, a [link](../other.md) and **bold** text.',
  '## A heading',
  '- one\n- two\n- three',
  ':::note\n\nAn admonition.\n\n:::',
  '```md\n| Source Version | Target Version | Support |\n| --- | --- | --- |\n| 1.0.0 | 1.1.0 | ✅ |\n```',
  '| Parameter | Description |\n| --- | --- |\n| `from` | Where to upgrade from. |',
  '| Source Version | Target Version | Support |\n| --- | --- | --- |\n| 1.0.0 | 1.1.0 | ✅ |',
  '| From | To | Supported |\n| --- | --- | --- |\n| 1.0.0 | 1.1.0 | yes |',
  '<PartialsComponent category="upgrade" name="palette" />',
  '<UpgradeChecker dataset="demo/helm" />',
  '<UpgradeGraph dataset="demo/helm" collapse />',
  '{/* upgrade-paths-disable sort-order */}',
  '{/* an ordinary comment */}',
  '<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>',
  'Text that names upgrade-paths-disable in passing.',
  '<Tabs>\n<TabItem value="a">\n\nInside a tab.\n\n</TabItem>\n</Tabs>',
];

const page = fc.record({
  frontMatter: fc.constantFrom('', '---\ntitle: A page\n---\n\n', '---\nupgrade_paths:\n  product: demo\n  install: helm\n---\n\n'),
  parts: fc.array(fc.constantFrom(...fragments), {maxLength: 6}),
});

describe('remark plugin fast path', function () {
  test('is taken only where the extraction finds nothing', function () {
    const processor = plainProcessor();
    const config = resolveLintConfig();
    const taken = {fast: 0, full: 0};
    fc.assert(
      fc.property(page, function ({frontMatter, parts}) {
        const source = frontMatter + parts.join('\n\n') + '\n';
        const tree = processor.parse(source) as Root;
        const holds = treeHolds(tree);
        if (holds.table || holds.themeComponent || source.includes('upgrade-paths-disable')) {
          taken.full++;
          return;
        }
        taken.fast++;
        const read = upgradeTablesFromMdast(tree, {source, file: 'docs/page.mdx', docId: 'page'});
        expect(read.document.tables).toEqual([]);
        expect(read.document.candidates).toEqual([]);
        expect(read.document.strayDisables).toEqual([]);
        expect(read.document.otherTables ?? []).toEqual([]);
        expect(read.usages).toEqual([]);
        expect(lintDocumentFacts(read.document, config, {readingOnly: true})).toEqual([]);
        expect(lintDocumentFacts(read.document, config)).toEqual([]);
      }),
      {numRuns: 400, seed: 20261201},
    );
    // Both ways were met, so the property did not hold vacuously.
    expect(taken.fast).toBeGreaterThan(20);
    expect(taken.full).toBeGreaterThan(20);
  });
});
