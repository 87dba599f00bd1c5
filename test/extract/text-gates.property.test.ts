/**
 * The extraction skips work the text parsed rules out: no walk for comments
 * without a `{` or `<!--`, paragraphs, headings and tables not entered
 * without the text `PartialsComponent`, cells not searched for expressions
 * without a `{`. Held here to the same extraction with every one of those
 * forced open (the same text with `{PartialsComponent}` appended, past the
 * end of everything the tree holds, which adds no comment), on generated
 * pages that hold partial usages in paragraphs and cells, expressions in
 * cells, and group markers; and the usages and comments found are counted
 * against the fragments the page was made of.
 */
import * as fc from 'fast-check';
import type {Root} from 'mdast';
import {commentsFromMdast, upgradeTablesFromMdast} from 'mdast-util-upgrade-paths';
import {describe, expect, test} from 'vitest';
import {plainProcessor} from '../remark/pipelines.js';

const header = '| Source Version | Target Version | Support |\n| --- | --- | --- |\n';
const fragments = [
  'A paragraph with `code`, a [link](../other.md) and **bold** text.',
  '## A heading',
  header + '| 1.0.0 | 1.1.0 | ✅ |\n| 1.0.0 | 1.2.0 | ❌ |',
  header + '| 1.0.0 <PartialsComponent category="upgrade" name="cell" /> | 1.1.0 | ✅ |',
  header + '| 1.0.0 | {props.to} | ✅ |',
  header + '| {"1.0.0"} | 1.3.0 | ✅ |',
  'Text with <PartialsComponent category="upgrade" name="inline" /> in it.',
  '<PartialsComponent category="upgrade" name="flow" />',
  '<!-- upgrade-paths:gen:start -->',
  '<!-- upgrade-paths:gen:end -->',
  '<!-- upgrade-paths-disable-next-line duplicate-row -->',
  '{/* upgrade-paths-disable sort-order */}',
  '- a list\n- with ' + 'items',
  '<Tabs>\n<TabItem value="a">\n\n' + header + '| 2.0.0 | 2.1.0 | ✅ |\n\n</TabItem>\n</Tabs>',
];

const page = fc.array(fc.constantFrom(...fragments), {maxLength: 7});

describe('extraction text gates', function () {
  test('give what the extraction with every gate open gives', function () {
    const processor = plainProcessor();
    let gated = 0;
    fc.assert(
      fc.property(page, function (parts) {
        const source = parts.join('\n\n') + '\n';
        const options = {file: 'docs/page.mdx', docId: 'page'};
        const read = (text: string) => upgradeTablesFromMdast(processor.parse(source) as Root, {...options, source: text});
        if (!source.includes('{') || !source.includes('PartialsComponent')) gated++;
        expect(read(source)).toEqual(read(source + '{PartialsComponent}'));
        // And what the gates guard, counted from the fragments themselves.
        const tree = processor.parse(source) as Root;
        expect(upgradeTablesFromMdast(tree, {...options, source}).usages).toHaveLength(parts.filter((part) => part.includes('<PartialsComponent')).length);
        expect(commentsFromMdast(tree, source)).toHaveLength(parts.filter((part) => part.startsWith('<!--') || part.startsWith('{/*')).length);
      }),
      {numRuns: 300, seed: 20261202},
    );
    // Pages where a gate was shut were met, so the property did not hold vacuously.
    expect(gated).toBeGreaterThan(30);
  });
});
