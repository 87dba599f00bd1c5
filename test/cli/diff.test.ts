/**
 * `upgrade-paths diff`, run as the real built binary over a git repository
 * built here: two commits of a Palette-shaped upgrade page (base on `main`,
 * head on `change`), read from a subfolder (`product/`) so paths and links
 * need the repository prefix. Every change kind in every format, exit
 * codes, `--fail-on`, unknown revisions, a shallow clone, `--export`.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../../packages/cli/bin/upgrade-paths.js', import.meta.url));
let root: string;
let repo: string;
let product: string;
let baseCommit: string;
let headCommit: string;

/** The environment without GitHub's variables (CI sets them), git identity and no user config. */
const env: Record<string, string> = Object.fromEntries(
  Object.entries({
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  }).filter((entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith('GITHUB_')),
);

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env, encoding: 'utf8'}).trim();
}

function run(cwd: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, 'diff', ...args], {cwd, env: {...env, ...extra}, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const frontMatter = '---\ntitle: Upgrade Palette\nupgrade_paths:\n  product: palette\n  install: kubernetes\n---\n\n# Upgrade\n\n';
const header = '| **Source Version** | **Target Version** | **Support**        |\n| ------------------ | ------------------ | ------------------ |\n';
const yes = ':white_check_mark:';
const no = ':x:                ';
const row = (source: string, target: string, support: string) => '| ' + source.padEnd(18) + ' | ' + target.padEnd(18) + ' | ' + support.padEnd(18) + ' |\n';

// Base, lines: 14-16 the 4.7.x rows, 22-23 the 4.6.x rows (header at 20).
const basePage =
  frontMatter +
  '**4.7.x**\n\n' + header + row('4.7.3', '4.7.15', yes) + row('4.6.41', '4.7.15', yes) + row('4.6.41', '4.7.3', yes) +
  '\n**4.6.x**\n\n' + header + row('4.6.32', '4.6.41', yes) + row('4.6.28', '4.6.41', yes);
// Head, lines: 14 4.7.27 (new newest), 15 4.7.20 (added), 16 4.7.3 → 4.7.15 now ❌
// (4.7.3 stranded, its path lost), 17-18; 4.6.x header at 22, rows 24-25
// (4.6.28's row removed; 4.6.10 → 4.6.20 added, both stranded).
const headPage =
  frontMatter +
  '**4.7.x**\n\n' + header + row('4.7.20', '4.7.27', yes) + row('4.7.15', '4.7.20', yes) + row('4.7.3', '4.7.15', no) +
  row('4.6.41', '4.7.15', yes) + row('4.6.41', '4.7.3', yes) +
  '\n**4.6.x**\n\n' + header + row('4.6.32', '4.6.41', yes) + row('4.6.10', '4.6.20', yes);

beforeAll(function () {
  expect(fs.existsSync(new URL('../../packages/cli/lib/index.js', import.meta.url)), 'build first: npm run build').toBe(true);
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-diff-cli-')));
  repo = path.join(root, 'repo');
  product = path.join(repo, 'product');
  fs.mkdirSync(path.join(product, 'docs'), {recursive: true});
  git(repo, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(product, 'docs/upgrade.md'), basePage);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'change');
  fs.writeFileSync(path.join(product, 'docs/upgrade.md'), headPage);
  git(repo, 'commit', '-q', '-am', 'head');
  baseCommit = git(repo, 'rev-parse', 'main');
  headCommit = git(repo, 'rev-parse', 'HEAD');
});

afterAll(function () {
  fs.rmSync(root, {recursive: true, force: true});
});

describe('upgrade-paths diff (stylish)', function () {
  it('prints each change of the work tree against the base, once, at its line, and the new findings', function () {
    const result = run(product, ['main']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const change = (kind: string) => lines.filter((line) => line.includes('  ' + kind + ' ')).map((line) => line.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toContain('palette/kubernetes  Upgrade Palette');
    expect(change('newest-version')).toEqual(['docs/upgrade.md:14:1 | newest-version | new newest version `4.7.27` (was `4.7.15`)']);
    expect(change('added-version')).toEqual([
      'docs/upgrade.md:14:1 | added-version | version `4.7.20` added',
      'docs/upgrade.md:25:1 | added-version | version `4.6.20` added',
      'docs/upgrade.md:25:1 | added-version | version `4.6.10` added',
    ]);
    expect(change('removed-version')).toEqual(['docs/upgrade.md:23:1 in the base → docs/upgrade.md:22 | removed-version | version `4.6.28` removed']);
    expect(change('stranded-version').map((line) => line.split(' | ')[0])).toEqual(['docs/upgrade.md:16:1', 'docs/upgrade.md:25:1', 'docs/upgrade.md:25:1']);
    expect(change('removed-path')).toEqual(['docs/upgrade.md:16:1 | removed-path | no supported path any more from `4.7.3` to `4.7.15`']);
    expect(change('added-row').length).toBe(3);
    expect(change('removed-row')).toEqual([
      'docs/upgrade.md:23:1 in the base → docs/upgrade.md:22 | removed-row | row `4.6.28` → `4.6.41` removed, was supported',
    ]);
    expect(change('changed-row')).toEqual(['docs/upgrade.md:16:1 | changed-row | row `4.7.3` → `4.7.15` now not supported, was supported']);
    expect(result.stdout).toContain('New lint findings:');
    expect(result.stdout).toMatch(/16:1 +warning +Unexpected version `4\.7\.3` without a supported upgrade path to `4\.7\.27`.* stranded-version/);
    expect(result.stdout).toContain('14 changes in 1 dataset, 4 new findings');
  });

  it('reads a head revision instead of the work tree, either way round', function () {
    fs.writeFileSync(path.join(product, 'docs/upgrade.md'), basePage);
    try {
      const forward = run(product, ['main', 'change']);
      expect(forward.status).toBe(0);
      expect(forward.stdout).toContain('14 changes in 1 dataset');
      const back = run(product, ['change', 'main']);
      expect(back.stdout).toContain('removed-row');
      expect(back.stdout).toMatch(/docs\/upgrade\.md:14:1 in the base → docs\/upgrade\.md:12 +removed-row +row `4\.7\.20` → `4\.7\.27` removed/);
      expect(back.stdout).toContain('new newest version `4.7.15` (was `4.7.27`)');
      expect(run(product, ['main']).stdout).toBe('No change to the upgrade paths.\n');
    } finally {
      fs.writeFileSync(path.join(product, 'docs/upgrade.md'), headPage);
    }
  });
});

describe('upgrade-paths diff formats', function () {
  it('markdown: one table per dataset, each place linked from --link-base with the repository prefix', function () {
    const result = run(product, ['main', '--format', 'markdown', '--link-base', 'https://example.com/o/r/blob/abc/']);
    expect(result.status).toBe(0);
    const url = 'https://example.com/o/r/blob/abc/product/docs/upgrade.md';
    expect(result.stdout).toContain('### Upgrade paths: `main` (' + baseCommit.slice(0, 12) + ') → the work tree\n');
    expect(result.stdout).toContain('#### `palette/kubernetes` Upgrade Palette\n\n| change | what | where |\n| --- | --- | --- |\n');
    expect(result.stdout).toContain('| `removed-path` | no supported path any more from `4.7.3` to `4.7.15` | [docs/upgrade.md:16](' + url + '#L16) |');
    expect(result.stdout).toContain(
      '| `removed-row` | row `4.6.28` → `4.6.41` removed, was supported | docs/upgrade.md:23 in the base, table now at [docs/upgrade.md:22](' + url + '#L22) |',
    );
    expect(result.stdout).toContain('#### New lint findings');
    expect(result.stdout.match(/^\| `[a-z-]+` \|/gm)?.length).toBe(14 + 4);
  });

  it('markdown: links default to GITHUB_SERVER_URL/GITHUB_REPOSITORY and GITHUB_SHA, else the head commit; none without them', function () {
    const github = {GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/docs'};
    const withSha = run(product, ['main', '-f', 'markdown'], {...github, GITHUB_SHA: 'f00'});
    expect(withSha.stdout).toContain('(https://github.com/owner/docs/blob/f00/product/docs/upgrade.md#L14)');
    const resolved = run(product, ['main', 'change', '-f', 'markdown'], github);
    expect(resolved.stdout).toContain('(https://github.com/owner/docs/blob/' + headCommit + '/product/docs/upgrade.md#L14)');
    expect(run(product, ['main', '-f', 'markdown']).stdout).not.toContain('](');
  });

  it('json: the changes and findings as data, with both commits', function () {
    const result = run(product, ['main', 'change', '--format', 'json', '--fail-on', 'stranded']);
    expect(result.status).toBe(1);
    const value = JSON.parse(result.stdout) as {
      base: unknown;
      head: unknown;
      failed: string[];
      datasets: Array<{id: string; changes: Array<{kind: string}>}>;
      findings: Array<{ruleId: string}>;
    };
    expect(value.base).toEqual({revision: 'main', commit: baseCommit});
    expect(value.head).toEqual({revision: 'change', commit: headCommit});
    expect(value.failed).toEqual(['stranded']);
    expect(value.datasets[0]?.changes.map((change) => change.kind)).toEqual([
      'newest-version',
      'added-version',
      'added-version',
      'added-version',
      'removed-version',
      'stranded-version',
      'stranded-version',
      'stranded-version',
      'removed-path',
      'added-row',
      'added-row',
      'added-row',
      'removed-row',
      'changed-row',
    ]);
    // The unreached-source finding of 4.6.32 names another oldest version than the base's: a new finding.
    expect(value.findings.map((finding) => finding.ruleId)).toEqual(['stranded-version', 'unreached-source', 'stranded-version', 'stranded-version']);
  });

  it('github: annotations on the changed lines, paths from the repository top; a removed row at its head table header', function () {
    const result = run(product, ['main', '--format', 'github', '--fail-on', 'removed-path']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=product/docs/upgrade.md,line=16,col=1,title=upgrade-paths diff%3A removed-path::palette/kubernetes: no supported path any more from `4.7.3` to `4.7.15`',
    );
    expect(lines).toContain(
      '::warning file=product/docs/upgrade.md,line=22,col=1,title=upgrade-paths diff%3A removed-row::palette/kubernetes: row `4.6.28` → `4.6.41` removed, was supported (docs/upgrade.md:23:1 in the base)',
    );
    expect(lines).toContain('::notice file=product/docs/upgrade.md,line=14,col=1,title=upgrade-paths diff%3A newest-version::palette/kubernetes: new newest version `4.7.27` (was `4.7.15`)');
    expect(lines.filter((line) => line.startsWith('::warning file=product/docs/upgrade.md,line=16,col=1::Unexpected version `4.7.3`'))).toHaveLength(1);
    expect(lines).toHaveLength(14 + 4);
  });
});

describe('upgrade-paths diff exit codes', function () {
  it('exits with 1 for each --fail-on kind that occurs, 0 when none does', function () {
    expect(run(product, ['main', '--fail-on', 'removed-path']).status).toBe(1);
    expect(run(product, ['main', '--fail-on', 'stranded']).status).toBe(1);
    expect(run(product, ['main', '--fail-on', 'finding']).status).toBe(1);
    expect(run(product, ['change', '--fail-on', 'removed-path,stranded,finding']).status).toBe(0);
    // Back to the base: paths come back and nothing is stranded (the one new
    // finding is 4.6.32's unreached-source, whose message names the base's oldest version).
    expect(run(product, ['change', 'main', '--fail-on', 'removed-path,stranded']).status).toBe(0);
    expect(run(product, ['change', 'main', '--fail-on', 'finding']).status).toBe(1);
  });

  it('exits with 2 for usage errors, an unknown revision and a folder outside git', function () {
    const unknown = run(product, ['nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Unexpected revision `nope` that names no commit of the repository');
    expect(run(product, ['main', 'nope']).status).toBe(2);
    expect(run(product, []).stderr).toContain('Unexpected 0 revisions');
    expect(run(product, ['main', '--fail-on', 'removed-row']).stderr).toContain('Unexpected `removed-row` in `--fail-on`');
    expect(run(product, ['main', '--format', 'html']).status).toBe(2);
    expect(run(product, ['main', '--link-base', 'not a url']).status).toBe(2);
    const outside = path.join(root, 'outside');
    fs.mkdirSync(path.join(outside, 'docs'), {recursive: true});
    const result = run(outside, ['main'], {GIT_CEILING_DIRECTORIES: root});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('outside a git work tree');
  });
});

describe('upgrade-paths diff in a shallow clone', function () {
  it('needs the base fetched, then says what the full repository says', function () {
    const clone = path.join(root, 'clone');
    git(root, 'clone', '-q', '--depth', '1', '--branch', 'change', 'file://' + repo, clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const before = run(path.join(clone, 'product'), ['origin/main']);
    expect(before.status).toBe(2);
    expect(before.stderr).toContain('git fetch --depth=1 origin');
    git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main');
    const after = run(path.join(clone, 'product'), ['FETCH_HEAD']);
    expect(after.status).toBe(0);
    expect(after.stdout).toBe(run(product, ['main']).stdout);
  });
});

describe('upgrade-paths diff --export', function () {
  it('compares two JSON exports: changes without findings, links without a prefix', function () {
    const exports = path.join(root, 'exports');
    fs.mkdirSync(exports, {recursive: true});
    const extract = (cwd: string) => spawnSync(process.execPath, [bin, 'extract', 'docs'], {cwd, env, encoding: 'utf8'}).stdout;
    git(repo, 'worktree', 'add', '-q', path.join(root, 'base-tree'), 'main');
    fs.writeFileSync(path.join(exports, 'base.json'), extract(path.join(root, 'base-tree', 'product')));
    fs.writeFileSync(path.join(exports, 'head.json'), extract(product));
    const result = run(exports, ['--export', 'base.json', 'head.json', '-f', 'markdown', '--link-base', 'https://example.com/t']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### Upgrade paths: `base.json` → `head.json`');
    expect(result.stdout).toContain('| `changed-row` | row `4.7.3` → `4.7.15` now not supported, was supported | [docs/upgrade.md:16](https://example.com/t/docs/upgrade.md#L16) |');
    expect(result.stdout).toContain('14 changes in 1 dataset, 0 new lint findings.');
    expect(run(exports, ['--export', 'base.json', 'head.json', '--fail-on', 'stranded']).status).toBe(1);
    expect(run(exports, ['--export', 'base.json', 'head.json', '--fail-on', 'finding']).status).toBe(0);
  });

  it('exits with 2 for a missing file, a file that is no export, or not two files', function () {
    const exports = path.join(root, 'bad-exports');
    fs.mkdirSync(exports, {recursive: true});
    fs.writeFileSync(path.join(exports, 'other.json'), '{"schemaVersion": 2, "datasets": []}');
    fs.writeFileSync(path.join(exports, 'ok.json'), '{"schemaVersion": 1, "datasets": []}');
    expect(run(exports, ['--export', 'ok.json', 'missing.json']).stderr).toContain('Unexpected missing path `missing.json`');
    const other = run(exports, ['--export', 'ok.json', 'other.json']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('Unexpected content of `other.json`, expected a JSON export');
    expect(run(exports, ['--export', 'ok.json']).status).toBe(2);
    expect(run(exports, ['--export', 'ok.json', 'ok.json'])).toEqual({status: 0, stdout: 'No change to the upgrade paths.\n', stderr: ''});
  });
});
