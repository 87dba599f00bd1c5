/**
 * The CLI gives the build's answer: in `example-site/`, `upgrade-paths lint`
 * (no paths) reports the findings `docusaurus build` printed, and
 * `upgrade-paths extract` prints the datasets, tables and rows of the
 * build's export (`permalink` excepted: `null` from the CLI). README's
 * "Findings on example-site" lists the same findings.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import type {UpgradePathsExport} from '@upgrade-paths/core';
import {readExport, root} from './build.js';

const siteDir = path.join(root, 'example-site');
const bin = path.join(root, 'packages', 'cli', 'bin', 'upgrade-paths.js');

/** `file:line:column severity rule-id` of each finding. */
type Place = string;

let built: Place[];
let exported: UpgradePathsExport;

beforeAll(function () {
  exported = readExport(inject('exampleSiteOutDir'));
  // Docusaurus prints `  file:line:column  severity  message  rule-id`.
  built = inject('exampleSiteOutput')
    .split('\n')
    .flatMap(function (line) {
      const match = /^ {2}(\S+:\d+:\d+) {2}(error|warn) {2}.* {2}([a-z-]+)$/.exec(line);
      return match ? [match[1] + ' ' + match[2] + ' ' + match[3]] : [];
    })
    .sort();
});

function cli(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: siteDir, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('upgrade-paths in example-site, and docusaurus build of it', function () {
  it('report the same findings', function () {
    expect(built).toHaveLength(15);
    const result = cli('lint', '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    const files = JSON.parse(result.stdout) as Array<{
      filePath: string;
      messages: Array<{line: number; column: number; severity: number; ruleId: string}>;
    }>;
    const linted = files
      .flatMap((file) =>
        file.messages.map(
          (message) =>
            path.relative(siteDir, file.filePath).split(path.sep).join('/') + ':' + message.line + ':' + message.column + ' ' +
            (message.severity === 2 ? 'error' : 'warn') + ' ' + message.ruleId,
        ),
      )
      .sort();
    expect(linted).toEqual(built);
  });

  it('report the same findings from another folder with `--site`, paths relative to the site', function () {
    const result = spawnSync(process.execPath, [bin, 'lint', '--site', 'example-site', '--format', 'github'], {cwd: root, encoding: 'utf8'});
    expect(result.status, result.stderr).toBe(0);
    const places = result.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const match = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+)::.* \(([a-z-]+)\)$/.exec(line);
        return match ? match[2] + ':' + match[3] + ':' + match[4] + ' ' + (match[1] === 'error' ? 'error' : 'warn') + ' ' + match[5] : line;
      })
      .sort();
    expect(places).toEqual(built);
    const mixed = spawnSync(process.execPath, [bin, 'lint', '--site', 'example-site', 'docs'], {cwd: root, encoding: 'utf8'});
    expect(mixed.status).toBe(2);
    expect(mixed.stdout).toBe('');
    expect(mixed.stderr).toMatch(/^upgrade-paths: Unexpected paths with `--site`, expected either a site folder or files and folders\n/);
  });

  it('give the same datasets, tables and rows', function () {
    const result = cli('extract');
    expect(result.status, result.stderr).toBe(0);
    const extracted = JSON.parse(result.stdout) as UpgradePathsExport;
    expect(extracted.datasets.map((dataset) => dataset.id)).toContain('palette/management-appliance');
    const withoutPermalinks: UpgradePathsExport = {
      ...exported,
      datasets: exported.datasets.map((dataset) => ({
        ...dataset,
        tables: dataset.tables.map((table) => ({...table, permalink: null})),
      })),
    };
    expect(extracted).toEqual(withoutPermalinks);
  });

  it('are the findings README lists', function () {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Findings on example-site'), readme.indexOf('\n## Lint'));
    const listed: string[] = [];
    let file = '';
    for (const line of section.split('\n').filter((row) => row.startsWith('| `'))) {
      const rule = /\| `([a-z-]+)` \|/.exec(line)?.[1];
      for (const match of line.matchAll(/`(…|[^`]+?):(\d+):(\d+)`/g)) {
        if (match[1] !== '…') file = match[1] ?? '';
        listed.push(file + ':' + match[2] + ':' + match[3] + ' ' + rule);
      }
    }
    expect(listed.sort()).toEqual(built.map((place) => place.replace(/ (?:warn|error) /, ' ')).sort());
  });
});
