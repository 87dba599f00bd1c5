import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSite, readExport, root, temporaryDir} from './build.js';

const fixtures = path.join(root, 'test', 'site', 'fixtures');

describe('a site without remark-upgrade-paths', function () {
  it('builds, still exports its rows, and says which line to add', async function () {
    const result = await buildSite(path.join(fixtures, 'without-remark'), path.join(temporaryDir, 'without-remark'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('docs/upgrade.md');
    expect(result.output).toContain('`remark-upgrade-paths` did not run');
    expect(result.output).toContain('beforeDefaultRemarkPlugins: [remarkUpgradePaths]');
    const exported = readExport(result.outDir);
    expect(exported.datasets[0]?.tables[0]?.rows).toHaveLength(1);
  });
});

describe('a site with a broken upgrade table', function () {
  it('fails `docusaurus build`, naming the file, line, column and rule', async function () {
    const result = await buildSite(path.join(fixtures, 'broken-table'), path.join(temporaryDir, 'broken-table'));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/docs\/upgrade\.md:14:\d+ +error +Unexpected `1\.2\.a` as target version, expected a semver version[^\n]* +invalid-version/);
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });
});
