/**
 * `upgrade-paths lint`, run as the real built binary
 * (`packages/cli/bin/upgrade-paths.js` over the built `lib/`; `npm test` builds first): output formats, exit
 * codes, `--max-warnings`, `--fix`, the config file.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../../packages/cli/bin/upgrade-paths.js', import.meta.url));
let root: string;
let count = 0;

beforeAll(function () {
  expect(fs.existsSync(new URL('../../packages/cli/lib/index.js', import.meta.url)), 'build first: npm run build').toBe(true);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-lint-cli-'));
});

afterAll(function () {
  fs.rmSync(root, {recursive: true, force: true});
});

/** A new working folder holding the files given (paths relative to it). */
function site(files: Record<string, string>): string {
  const dir = path.join(root, String(count++));
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), value);
  }
  fs.mkdirSync(dir, {recursive: true});
  return dir;
}

function run(cwd: string, ...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, 'lint', ...args], {cwd, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

const header = '| Source Version | Target Version | Support |\n| -------------- | -------------- | ------- |\n';
const clean = '# Upgrade\n\n' + header + '| 4.7.2          | 4.7.3          | ✅      |\n| 4.7.1          | 4.7.2          | ✅      |\n';
/** Two warnings at 6:1: sort-order and unreached-source (of `4.7.2`). */
const warnings =
  '# Upgrade\n\n' +
  header +
  '| 4.7.1          | 4.7.3          | ✅      |\n| 4.7.2          | 4.7.3          | ✅      |\n| 4.6.9          | 4.7.1          | ✅      |\n';
/** One error: invalid-version at 5:18. */
const errors = '# Upgrade\n\n' + header + '| 4.7.2          | 4.7.a          | ✅      |\n';

describe('upgrade-paths lint --verbose', function () {
  const decoy = '| Parameter | Description |\n| --- | --- |\n| `from` | Copy from the source |\n| To | Where it goes |\n';
  const candidate = '| Source Version | Support |\n| --- | --- |\n| 4.7.1 | ✅ |\n';

  it('lists every table not read as an upgrade table, with its rows and reason, also in files the prefilter skips', function () {
    const cwd = site({'docs/upgrade.md': clean + '\n' + candidate, 'docs/prose.md': '# Prose\n\n' + decoy});
    const quiet = run(cwd);
    expect(quiet.stdout).not.toContain('Tables not read');
    const result = run(cwd, '--verbose');
    expect(result.status).toBe(1); // The candidate is a table-shape error.
    expect(result.stdout).toContain('Tables not read as upgrade tables (2):');
    expect(result.stdout).toContain(
      '  docs/prose.md:3:1  2 rows  not read: its header (`Parameter | Description`) names no source and no target version column',
    );
    expect(result.stdout).toContain(
      '  docs/upgrade.md:8:1  1 row  not read: its header (`Source Version | Support`) names a support column but no target version column (rule `table-shape`)',
    );
  });

  it('names the folders skipped by convention on standard error; --include-hidden reads them, never .git', function () {
    const cwd = site({
      'docs/upgrade.md': clean,
      'docs/_drafts/bad.md': errors,
      'docs/.notes/bad.md': errors,
      'docs/.git/bad.md': errors,
      'docs/node_modules/pkg/bad.md': errors,
    });
    const verbose = run(cwd, '--verbose');
    expect(verbose.status).toBe(0);
    expect(verbose.stderr).toBe(
      'Skipped by convention (names starting with _ or .; --include-hidden reads them):\n  docs/.notes/  1 document\n  docs/_drafts/  1 document\n',
    );
    const hidden = run(cwd, '--include-hidden', '--format', 'json');
    expect(hidden.status).toBe(1);
    const files = (JSON.parse(hidden.stdout) as Array<{filePath: string; errorCount: number}>).filter((file) => file.errorCount > 0);
    expect(files.map((file) => path.relative(cwd, file.filePath).split(path.sep).join('/')).sort()).toEqual(['docs/.notes/bad.md', 'docs/_drafts/bad.md']);
  });

  it('says there are none, and keeps standard output to the JSON format', function () {
    const cwd = site({'docs/upgrade.md': clean});
    expect(run(cwd, '--verbose').stdout).toBe('Tables not read as upgrade tables: none.\n');
    const json = run(cwd, '--verbose', '--format', 'json');
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    expect(json.stderr).toBe('Tables not read as upgrade tables: none.\n');
  });
});

describe('upgrade-paths lint --markdown-format auto (the default)', function () {
  const hugo = '# Upgrade\n\nSee {{< ref "install" >}} and {{ .Site.Title }}.<br>\n{: .note}\n\n' + header + '| 4.7.2          | 4.7.a          | ✅      |\n';

  it('reads a .md outside a Docusaurus site as CommonMark: Hugo and Jekyll syntax is no parse error', function () {
    const cwd = site({'docs/upgrade.md': hugo});
    const result = run(cwd, '--format', 'json');
    const messages = (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((file) => file.messages);
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-version']);
    const mdx = run(cwd, '--format', 'json', '--markdown-format', 'mdx');
    expect(mdx.stdout).toContain('"ruleId":"parse-error"');
  });

  it('reads a .mdx outside a site as MDX, and a .md inside a site as the site builds it', function () {
    const outside = site({'docs/upgrade.mdx': hugo});
    expect(run(outside, '--format', 'json').stdout).toContain('"ruleId":"parse-error"');
    // A site (its config under the repository, so that it resolves
    // @docusaurus/core) with Docusaurus's default `markdown.format: 'mdx'`:
    // its .md pages are MDX, as in its build.
    const parent = fileURLToPath(new URL('../.tmp/', import.meta.url));
    fs.mkdirSync(parent, {recursive: true});
    const siteDir = fs.mkdtempSync(path.join(parent, 'cli-auto-site-'));
    try {
      fs.writeFileSync(path.join(siteDir, 'docusaurus.config.mjs'), "export default {title: 'Auto', url: 'http://localhost', baseUrl: '/'};\n");
      fs.mkdirSync(path.join(siteDir, 'docs'));
      fs.writeFileSync(path.join(siteDir, 'docs', 'upgrade.md'), hugo);
      const inSite = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', 'docs'], {cwd: siteDir, encoding: 'utf8'});
      expect(inSite.stdout).toContain('"ruleId":"parse-error"');
    } finally {
      fs.rmSync(siteDir, {recursive: true, force: true});
    }
  });
});

describe('upgrade-paths lint', function () {
  it('exits 0 and prints nothing for clean docs, linting ./docs by default', function () {
    const cwd = site({'docs/upgrade.md': clean, 'other/bad.md': errors});
    expect(run(cwd)).toEqual({status: 0, stdout: '', stderr: ''});
  });

  it('lints the current folder when there is no ./docs', function () {
    const cwd = site({'pages/bad.md': errors, 'node_modules/pkg/readme.md': errors});
    const result = run(cwd, '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      '::error file=pages/bad.md,line=5,col=18::Unexpected `4.7.a` as target version, expected a semver version such as `4.7.15` or a series such as `4.7.x` (invalid-version)\n',
    );
  });

  it('prints stylish output and exits 1 on errors', function () {
    const cwd = site({'docs/a.md': errors, 'docs/b.md': warnings, 'docs/c.md': clean});
    const result = run(cwd, 'docs');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('docs/a.md');
    expect(lines[2]).toMatch(/^ {2}5:18 {2}error {4}Unexpected `4\.7\.a` as target version, .* {2}invalid-version$/);
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('docs/b.md');
    expect(lines[5]).toMatch(/^ {2}6:1 {2}warning {2}Unexpected row `4\.7\.2` to `4\.7\.3` after row `4\.7\.1` to `4\.7\.3` at `docs\/b\.md:5`, .* {2}sort-order$/);
    expect(lines[6]).toMatch(/^ {2}6:1 {2}warning {2}Unexpected source version `4\.7\.2` .* {2}unreached-source$/);
    expect(lines.slice(7)).toEqual([
      '',
      '✖ 3 problems (1 error, 2 warnings)',
      '  0 errors and 1 warning potentially fixable with the `--fix` option.',
      '',
      '',
    ]);
  });

  it('prints ESLint-shaped JSON', function () {
    const cwd = site({'docs/a.md': errors, 'docs/b.md': warnings, 'docs/c.md': clean, 'docs/prose.md': '# Prose\n'});
    const result = run(cwd, '--format', 'json');
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    const folder = fs.realpathSync(cwd);
    expect(output.map((entry) => entry['filePath'])).toEqual(
      ['a.md', 'b.md', 'c.md', 'prose.md'].map((name) => path.join(folder, 'docs', name)),
    );
    expect(output[0]).toEqual({
      filePath: path.join(folder, 'docs', 'a.md'),
      messages: [
        {
          ruleId: 'invalid-version',
          severity: 2,
          message: 'Unexpected `4.7.a` as target version, expected a semver version such as `4.7.15` or a series such as `4.7.x`',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 35,
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    expect(output[1]).toMatchObject({errorCount: 0, warningCount: 2, fixableWarningCount: 1});
    expect((output[1]?.['messages'] as Array<{severity: number; ruleId: string}>).map((item) => [item.ruleId, item.severity])).toEqual([
      ['sort-order', 1],
      ['unreached-source', 1],
    ]);
    expect(output[3]).toMatchObject({messages: [], errorCount: 0, warningCount: 0});
  });

  it('prints GitHub annotations', function () {
    const cwd = site({'docs/b.md': warnings, 'docs/a.md': errors});
    const result = run(cwd, '--format=github');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').map((line) => line.replace(/::Unexpected.*\((.+)\)$/, '::… ($1)'))).toEqual([
      '::error file=docs/a.md,line=5,col=18::… (invalid-version)',
      '::warning file=docs/b.md,line=6,col=1::… (sort-order)',
      '::warning file=docs/b.md,line=6,col=1::… (unreached-source)',
      '',
    ]);
  });

  it('exits 0 with warnings, 1 with more warnings than --max-warnings', function () {
    const cwd = site({'docs/b.md': warnings});
    expect(run(cwd).status).toBe(0);
    expect(run(cwd, '--max-warnings', '2').status).toBe(0);
    const over = run(cwd, '--max-warnings', '1', '--format', 'json');
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('upgrade-paths: Unexpected 2 warnings, expected at most 1 (`--max-warnings`)\n');
  });

  it('exits 2 for usage errors, missing paths and invalid configs, printing nothing on stdout', function () {
    const cwd = site({'docs/a.md': clean});
    const cases: Array<[string[], string]> = [
      [['missing'], 'upgrade-paths: Unexpected missing path `missing`, expected a file or folder\n'],
      [['--format', 'pretty'], 'upgrade-paths: Unexpected `pretty` for `--format`, expected `stylish`, `json` or `github`'],
      [['--max-warnings', 'many'], 'upgrade-paths: Unexpected `many` for `--max-warnings`, expected a whole number such as `0`'],
      [['--fixes'], 'upgrade-paths: Unexpected option `--fixes`'],
      [['--config', 'nope.json'], 'upgrade-paths: Unexpected missing config file `' + path.join(fs.realpathSync(cwd), 'nope.json') + '`'],
    ];
    for (const [args, message] of cases) {
      const result = run(cwd, ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(message), result.stderr).toBe(true);
    }
    const bad = site({'docs/a.md': clean, 'upgrade-paths.config.json': '{"rules": {"sort-order": "warning"}}'});
    const result = run(bad);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'upgrade-paths: Unexpected `warning` as `rules.sort-order` in `upgrade-paths.config.json`, expected `off`, `warn` or `error`\n',
    );
  });

  it('reads the config file of the current folder, or the one named', function () {
    const skip = '# Upgrade\n\n' + header + '| 4.5.1          | 4.5.2          | ✅      |\n| 4.4.9          | 4.6.0          | ✅      |\n| 4.4.9          | 4.5.1          | ✅      |\n';
    const cwd = site({
      'docs/a.md': skip,
      'upgrade-paths.config.json': '{"rules": {"skip-minor": "error", "stranded-version": "off", "unreached-source": "off"}}',
      'quiet.json': '{"rules": {"stranded-version": "off"}}',
    });
    const result = run(cwd, '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=docs\/a\.md,line=6,col=18::Unexpected supported upgrade from `4\.4\.9` to `4\.6\.0` .*\(skip-minor\)\n$/);
    expect(run(cwd, '--config', 'quiet.json')).toEqual({status: 0, stdout: '', stderr: ''});
  });

  it('--fix sorts rows in place, keeps every other byte, and reports what remains', function () {
    const crlf = warnings.replace(/\n/g, '\r\n');
    const cwd = site({'docs/b.md': crlf, 'docs/c.md': clean});
    const result = run(cwd, '--fix', '--format', 'github');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=docs\/b\.md,line=5,col=1::Unexpected source version `4\.7\.2` .*\(unreached-source\)\n$/);
    const fixed = fs.readFileSync(path.join(cwd, 'docs/b.md'), 'utf8');
    const lines = crlf.split('\r\n');
    expect(fixed).toBe([...lines.slice(0, 4), lines[5], lines[4], ...lines.slice(6)].join('\r\n'));
    expect(fs.readFileSync(path.join(cwd, 'docs/c.md'), 'utf8')).toBe(clean);
    expect(run(cwd, '--fix').status).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'docs/b.md'), 'utf8')).toBe(fixed);
  });

  it('checks partial usages as the build does: an unknown partial is an error, exit 1', function () {
    const partial = '---\npartial_category: demo\npartial_name: intro\n---\n\nHello.\n';
    const cwd = site({'docs/page.mdx': '# Page\n\n<PartialsComponent category="demo" name="intr" />\n', '_partials/_intro.mdx': partial});
    const result = run(cwd, '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      '::error file=docs/page.mdx,line=3,col=1::Unexpected unknown partial `demo/intr`, expected the `partial_category` and `partial_name` of a partial: did you mean `demo/intro`? (unknown-partial)\n',
    );
  });

  it('prints its help', function () {
    const result = run(site({}), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: upgrade-paths lint \[options\] \[file or folder\.\.\.\]/);
  });
});
