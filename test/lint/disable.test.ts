/**
 * Disable comments and origins: what the rule fixtures cannot show on their
 * own (partials rendered twice, comments that are not right before a table,
 * findings outside the table).
 */
import {describe, expect, it} from 'vitest';
import {parseDisableDirective} from '../../packages/core/src/disable.js';
import {lintTables} from '../../packages/core/src/lint.js';
import type {ExtractedTable} from '../../packages/core/src/model.js';
import {lint} from '../../packages/engine/src/lint.js';
import {extractUpgradePaths} from '../../packages/engine/src/extract.js';

const table = `| Source Version | Target Version | Support |
| -------------- | -------------- | ------- |
| 4.7.2          | 4.7.3          | ✅      |
| 4.7.2          | 4.7.3          | ✅      |
| 4.7.1          | 4.7.2          | ✅      |
`;

function run(value: string, path = 'upgrade.mdx') {
  return lint([{path, value, docId: 'upgrade'}]).findings.map(
    (finding) => finding.ruleId + ' ' + finding.position.start.line + ':' + finding.position.start.column,
  );
}

describe('parseDisableDirective', function () {
  it('reads rule ids separated by spaces or commas, and drops a reason', function () {
    expect(parseDisableDirective('upgrade-paths-disable duplicate-row, sort-order -- generated')).toEqual([
      'duplicate-row',
      'sort-order',
    ]);
    expect(parseDisableDirective('upgrade-paths-disable')).toEqual([]);
    expect(parseDisableDirective('upgrade-paths-disabled duplicate-row')).toBeUndefined();
    expect(parseDisableDirective('upgrade-paths:vmware-4.9:start')).toBeUndefined();
  });
});

describe('disable comments', function () {
  it('without a comment, the duplicate is reported', function () {
    expect(run('# Upgrade\n\n' + table)).toEqual(['duplicate-row 6:1']);
  });

  it('silences the listed rule in the table right after (HTML and MDX forms, .md and .mdx)', function () {
    expect(run('# Upgrade\n\n<!-- upgrade-paths-disable duplicate-row -->\n\n' + table)).toEqual([]);
    expect(run('# Upgrade\n\n{/* upgrade-paths-disable duplicate-row */}\n\n' + table)).toEqual([]);
    expect(run('# Upgrade\n\n<!-- upgrade-paths-disable duplicate-row -->\n\n' + table, 'upgrade.md')).toEqual([]);
  });

  it('applies stacked comments, other comments between them and the table allowed', function () {
    const value = [
      '# Upgrade',
      '',
      '<!-- upgrade-paths-disable duplicate-row -->',
      '<!-- upgrade-paths:k8s:start -->',
      '<!-- upgrade-paths-disable sort-order -->',
      '| Source Version | Target Version | Support |',
      '| -------------- | -------------- | ------- |',
      '| 4.7.2          | 4.7.3          | ✅      |',
      '| 4.7.2          | 4.7.3          | ✅      |',
      '| 4.7.1          | 4.7.2          | ✅      |',
      '| 4.7.1          | 4.7.3          | ✅      |',
      '',
      '<!-- upgrade-paths:k8s:end -->',
      '',
    ].join('\n');
    expect(run(value)).toEqual([]);
    expect(run(value.replace('| 4.7.2          | 4.7.3          | ✅      |\n', ''))).toEqual(['unused-disable 3:1']);
  });

  it('does not reach a table past a paragraph', function () {
    expect(run('# Upgrade\n\n<!-- upgrade-paths-disable duplicate-row -->\n\nSome text.\n\n' + table)).toEqual([
      'unused-disable 3:1',
      'duplicate-row 10:1',
    ]);
  });

  it('covers only its own table', function () {
    const value = '# Upgrade\n\n<!-- upgrade-paths-disable duplicate-row -->\n\n' + table + '\nText.\n\n' + table;
    expect(run(value)).toEqual(['duplicate-row 15:1', 'duplicate-row 16:1', 'duplicate-row 17:1']);
  });

  it('is not read inside a code block', function () {
    const value = '# Upgrade\n\n```md\n<!-- upgrade-paths-disable duplicate-row -->\n```\n\n' + table;
    expect(run(value)).toEqual(['duplicate-row 10:1']);
  });

  it('is reported unused when the rule is off', function () {
    const value = '# Upgrade\n\n<!-- upgrade-paths-disable duplicate-row -->\n\n' + table;
    const {findings} = lint([{path: 'upgrade.md', value, docId: 'upgrade'}], {
      config: {rules: {'duplicate-row': 'off'}},
    });
    expect(findings.map((finding) => finding.ruleId + ' ' + finding.severity)).toEqual(['unused-disable warn']);
    const quiet = lint([{path: 'upgrade.md', value, docId: 'upgrade'}], {
      config: {rules: {'duplicate-row': 'off', 'unused-disable': 'off'}},
    });
    expect(quiet.findings).toEqual([]);
  });
});

describe('origins', function () {
  const partial = extractUpgradePaths('# Partial\n\n' + table.replace(/\| 4\.7\.2 .*\n/, ''), {
    file: 'docs/_partials/_upgrade.mdx',
    docId: '_partials/_upgrade',
  }).tables[0] as ExtractedTable;
  const rendered = (page: string, line: number): ExtractedTable => ({
    ...partial,
    dataset: 'palette/kubernetes',
    includedFrom: {file: page, line, column: 1},
  });

  it('counts one partial rendered on two pages, or twice on one, as one origin', function () {
    expect(partial.rows).toHaveLength(2);
    expect(lintTables([rendered('docs/a.mdx', 5), rendered('docs/b.mdx', 5)])).toEqual([]);
    expect(lintTables([rendered('docs/a.mdx', 5), rendered('docs/a.mdx', 20)])).toEqual([]);
  });

  it('reports a row written twice in a partial once, however often it is rendered', function () {
    const twice = extractUpgradePaths('# Partial\n\n' + table, {
      file: 'docs/_partials/_upgrade.mdx',
      docId: '_partials/_upgrade',
    }).tables[0] as ExtractedTable;
    const findings = lintTables([
      {...twice, includedFrom: {file: 'docs/a.mdx', line: 3, column: 1}},
      {...twice, includedFrom: {file: 'docs/b.mdx', line: 3, column: 1}},
    ]);
    expect(findings.map((finding) => finding.ruleId + ' ' + finding.file + ':' + finding.position.start.line)).toEqual([
      'duplicate-row docs/_partials/_upgrade.mdx:6',
    ]);
  });
});
