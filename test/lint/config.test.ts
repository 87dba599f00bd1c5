/**
 * The lint config: loading (`upgrade-paths.config.{json,js,mjs}`,
 * `package.json` `upgradePaths`), validation errors that name the file, the
 * key and the value, and `mergeConfig`.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveLintConfig, validateLintConfig} from '../../packages/core/src/config.js';
import {loadConfig, loadConfigFile, mergeConfig} from '../../packages/engine/src/config.js';
import {lint} from '../../packages/engine/src/lint.js';

let root: string;
let count = 0;

beforeAll(async function () {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'upgrade-paths-config-'));
});

afterAll(async function () {
  await fs.rm(root, {recursive: true, force: true});
});

/** A new folder holding the files given. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(root, String(count++));
  await fs.mkdir(dir);
  for (const [name, value] of Object.entries(files)) await fs.writeFile(path.join(dir, name), value);
  return dir;
}

const example = {rules: {'skip-minor': 'warn'}, mirrors: [['palette/kubernetes', 'palette-vertex/kubernetes']]};

describe('loadConfig', function () {
  it('gives an empty config when there is none', async function () {
    expect(await loadConfig(await folder({}))).toEqual({config: {}, file: null});
    expect(await loadConfig(await folder({'package.json': '{"name": "site"}'}))).toEqual({config: {}, file: null});
  });

  it('reads upgrade-paths.config.json', async function () {
    const dir = await folder({'upgrade-paths.config.json': JSON.stringify(example)});
    expect(await loadConfig(dir)).toEqual({config: example, file: path.join(dir, 'upgrade-paths.config.json')});
  });

  it('reads upgrade-paths.config.mjs and .js default exports', async function () {
    const source = 'export default ' + JSON.stringify(example) + ';\n';
    const mjs = await folder({'upgrade-paths.config.mjs': source});
    expect((await loadConfig(mjs)).config).toEqual(example);
    const js = await folder({'upgrade-paths.config.js': source, 'package.json': '{"type": "module"}'});
    expect((await loadConfig(js)).config).toEqual(example);
  });

  it('reads the upgradePaths key of package.json', async function () {
    const dir = await folder({'package.json': JSON.stringify({name: 'site', upgradePaths: example})});
    expect(await loadConfig(dir)).toEqual({config: example, file: path.join(dir, 'package.json')});
  });

  it('throws when there are two configs', async function () {
    const dir = await folder({
      'upgrade-paths.config.json': '{}',
      'package.json': JSON.stringify({upgradePaths: {}}),
    });
    await expect(loadConfig(dir)).rejects.toThrow(
      'Unexpected 2 lint configs (`upgrade-paths.config.json`, `package.json` key `upgradePaths`) in `' + dir + '`, expected one',
    );
  });

  it('throws for JSON it cannot parse, naming the file', async function () {
    const dir = await folder({'upgrade-paths.config.json': '{"rules": '});
    await expect(loadConfig(dir)).rejects.toThrow(
      'Unexpected content of `' + path.join(dir, 'upgrade-paths.config.json') + '` (',
    );
  });

  it('throws for a module without a default export', async function () {
    const dir = await folder({'upgrade-paths.config.mjs': 'export const rules = {};\n'});
    await expect(loadConfig(dir)).rejects.toThrow('without a default export');
  });

  it('throws for a bad value, naming the file, the key and the value', async function () {
    const dir = await folder({'upgrade-paths.config.json': '{"rules": {"skip-minor": "warning"}}'});
    await expect(loadConfig(dir)).rejects.toThrow(
      'Unexpected `warning` as `rules.skip-minor` in `upgrade-paths.config.json`, expected `off`, `warn` or `error`',
    );
    const manifest = await folder({'package.json': '{"upgradePaths": {"rule": {}}}'});
    await expect(loadConfig(manifest)).rejects.toThrow(
      'Unexpected key `rule` in `package.json` key `upgradePaths`, expected `rules`, `mirrors`, `columns`, `include` or `scheme`',
    );
  });

  it('loads a file named explicitly', async function () {
    const dir = await folder({'lint.json': JSON.stringify(example)});
    expect(await loadConfigFile(path.join(dir, 'lint.json'))).toEqual({
      config: example,
      file: path.join(dir, 'lint.json'),
    });
  });
});

describe('validateLintConfig', function () {
  const cases: Array<[unknown, string]> = [
    [[], 'Unexpected `[]` as lint configuration in `x.json`, expected an object'],
    [{rules: []}, 'Unexpected `[]` as `rules` in `x.json`, expected an object of rule settings by rule id'],
    [{rules: {'dupe-row': 'error'}}, 'Unexpected unknown rule `dupe-row` in `rules` in `x.json`, expected one of `table-shape`'],
    [{rules: {'sort-order': 2}}, 'Unexpected `2` as `rules.sort-order` in `x.json`, expected `off`, `warn` or `error`'],
    [{rules: {'sort-order': []}}, 'Unexpected `[]` as `rules.sort-order` in `x.json`, expected a severity or `[severity, options]`'],
    [{rules: {'sort-order': ['warn', {order: 'asc'}]}}, 'Unexpected option `order` in `rules.sort-order[1]` in `x.json`, expected no options (`sort-order` has none)'],
    [{rules: {'skip-minor': ['warn', {maxStep: 0}]}}, 'Unexpected `0` as `rules.skip-minor[1].maxStep` in `x.json`, expected a whole number of at least `1`'],
    [{rules: {'stranded-version': ['warn', {ignore: ['4.6.a']}]}}, 'Unexpected `["4.6.a"]` as `rules.stranded-version[1].ignore` in `x.json`, expected a list of exact versions'],
    [{mirrors: [['palette/kubernetes']]}, 'Unexpected `["palette/kubernetes"]` as `mirrors[0]` in `x.json`, expected two different dataset ids'],
    [{mirrors: {a: 'b'}}, 'Unexpected `{"a":"b"}` as `mirrors` in `x.json`, expected a list of dataset id pairs'],
  ];
  for (const [value, message] of cases) {
    it('rejects ' + JSON.stringify(value), function () {
      expect(() => validateLintConfig(value, 'x.json')).toThrow(message);
    });
  }

  it('accepts the documented example and ESLint-style settings', function () {
    const config = {
      rules: {'skip-minor': ['warn', {maxStep: 2}], 'sort-order': 'off', 'stranded-version': ['error']},
      mirrors: [['palette/kubernetes', 'palette-vertex/kubernetes']],
    };
    expect(validateLintConfig(config, 'x.json')).toBe(config);
  });
});

describe('resolveLintConfig', function () {
  it('applies defaults, options and the mirrors switch', function () {
    const defaults = resolveLintConfig();
    expect(defaults.rules.get('skip-minor')).toEqual({severity: 'off', options: {maxStep: 1}});
    expect(defaults.rules.get('dataset-mirror')?.severity).toBe('off');
    const resolved = resolveLintConfig({
      rules: {'unreached-source': ['error', {ignore: ['v4.7.2']}]},
      mirrors: [['a/b', 'c/d']],
    });
    expect(resolved.rules.get('unreached-source')).toEqual({severity: 'error', options: {ignore: ['4.7.2']}});
    expect(resolved.rules.get('dataset-mirror')?.severity).toBe('error');
    expect(resolveLintConfig({rules: {'dataset-mirror': 'warn'}, mirrors: [['a/b', 'c/d']]}).rules.get('dataset-mirror')?.severity).toBe('warn');
  });
});

describe('mergeConfig', function () {
  it('lets overrides win key by key, rule by rule', function () {
    const file = {
      rules: {'skip-minor': 'warn', 'sort-order': 'error'} as const,
      mirrors: [['palette/kubernetes', 'palette-vertex/kubernetes']] as const,
    };
    expect(mergeConfig(file, {rules: {'sort-order': 'off'}})).toEqual({
      rules: {'skip-minor': 'warn', 'sort-order': 'off'},
      mirrors: [['palette/kubernetes', 'palette-vertex/kubernetes']],
    });
    expect(mergeConfig(file, {mirrors: []})).toEqual({rules: file.rules, mirrors: []});
    expect(mergeConfig(null, undefined)).toEqual({});
    expect(mergeConfig(undefined, {rules: {'skip-minor': 'error'}})).toEqual({rules: {'skip-minor': 'error'}});
  });

  it('throws for bad overrides, naming them', function () {
    expect(() => mergeConfig({}, {rules: {'skip-minor': 'loud' as 'warn'}})).toThrow(
      'Unexpected `loud` as `rules.skip-minor` in `options`',
    );
  });
});

describe('lint with a config', function () {
  const value = `# Upgrade

| Source Version | Target Version | Support |
| -------------- | -------------- | ------- |
| 4.7.1          | 4.7.2          | ✅      |
| 4.7.2          | 4.7.3          | ✅      |
`;
  const files = [{path: 'upgrade.md', value, docId: 'upgrade'}];

  it('sets severities and drops rules that are off', function () {
    const rules = (config: Parameters<typeof lint>[1]) =>
      lint(files, config).findings.map((finding) => finding.ruleId + ' ' + finding.severity);
    expect(rules({})).toEqual(['sort-order warn']);
    expect(rules({config: {rules: {'sort-order': 'error'}}})).toEqual(['sort-order error']);
    expect(rules({config: {rules: {'sort-order': 'off'}}})).toEqual([]);
  });

  it('throws for an invalid config', function () {
    expect(() => lint(files, {config: {rules: {'sort-order': 'loud' as 'warn'}}})).toThrow(
      'Unexpected `loud` as `rules.sort-order` in `lint configuration`',
    );
  });
});

describe('recognition settings of the config file: columns, include, scheme', function () {
  const german = `# Aktualisierung

| Ausgangsversion | Zielversion | Unterstützt |
| --------------- | ----------- | ----------- |
| 4.7.2           | 4.7.3       | ✅          |
| 4.7.1           | 4.7.a       | ✅          |
`;
  const classic = `# Upgrade

| Source Version | Target Version | Support |
| -------------- | -------------- | ------- |
| 4.7.2          | 4.7.a          | ✅      |
`;
  const words = `# Tiers

| From | To | Supported |
| ---- | -- | --------- |
| Basic | Premium | Yes |
| Standard | Premium | Yes |
`;
  const twoPart = `# Upgrade

| Source Version | Target Version | Support |
| -------------- | -------------- | ------- |
| 4.7.2          | 4.7.3          | ✅      |
| 4.7.3          | 4.8            | ✅      |
| 4.7.1          | 4.7.2          | ✅      |
| 4.7.0          | 4.7.1          | ✅      |
`;
  const columns = {source: ['Ausgangsversion'], target: ['Zielversion'], support: ['Unterstützt']};
  const read = (value: string, config: Parameters<typeof lint>[1]) => {
    const result = lint([{path: 'docs/upgrade.md', value, docId: 'upgrade'}], config);
    return {tables: result.tables.length, findings: result.findings.map((finding) => finding.ruleId + ' ' + finding.position.start.line)};
  };

  it('columns extend the vocabulary; with replace, the documented names of those roles no longer count', function () {
    expect(read(german, {})).toEqual({tables: 0, findings: []});
    const configured = read(german, {config: {columns}});
    expect(configured.tables).toBe(1);
    expect(configured.findings).toContain('invalid-version 6');
    expect(read(classic, {config: {columns}}).findings).toContain('invalid-version 5');
    expect(read(classic, {config: {columns: {...columns, replace: true}}})).toEqual({tables: 0, findings: []});
  });

  it('include opts files in: the confidence rule is skipped for them only', function () {
    expect(read(words, {})).toEqual({tables: 0, findings: []});
    const included = read(words, {config: {include: ['docs/**']}});
    expect(included.tables).toBe(1);
    expect(included.findings).toContain('invalid-version 5');
    expect(read(words, {config: {include: ['other/**']}})).toEqual({tables: 0, findings: []});
  });

  it('scheme applies to tables whose front matter names none', function () {
    expect(read(twoPart, {}).findings).toContain('invalid-version 6');
    expect(read(twoPart, {config: {scheme: 'loose'}}).findings).not.toContain('invalid-version 6');
    const declared = '---\nupgrade_paths: {scheme: semver}\n---\n' + twoPart;
    expect(read(declared, {config: {scheme: 'loose'}}).findings).toContain('invalid-version 9');
  });

  it('rejects bad values, naming the key', function () {
    expect(() => validateLintConfig({columns: {source: 'From release'}}, 'x.json')).toThrow('as `columns.source` in `x.json`');
    expect(() => validateLintConfig({columns: {version: ['x']}}, 'x.json')).toThrow('Unexpected key `columns.version`');
    expect(() => validateLintConfig({include: 'docs/**'}, 'x.json')).toThrow('as `include` in `x.json`');
    expect(() => validateLintConfig({scheme: 'dates'}, 'x.json')).toThrow('expected `semver`, `calver` or `loose`');
    expect(resolveLintConfig({columns, include: ['docs/**'], scheme: 'loose'})).toMatchObject({columns, include: ['docs/**'], scheme: 'loose'});
  });
});
