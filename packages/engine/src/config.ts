import fs from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {LintConfig, RuleSetting} from '@upgrade-paths/core';
import {ConfigError, validateLintConfig} from '@upgrade-paths/core';

/**
 * Names of the lint config file, looked for in the site folder (Docusaurus
 * plugin) or the working folder (CLI). `.json` is JSON; `.js` and `.mjs` are
 * modules whose default export is the config (`.js` follows the
 * `package.json` `type`).
 */
export const configFileNames: readonly string[] = [
  'upgrade-paths.config.json',
  'upgrade-paths.config.js',
  'upgrade-paths.config.mjs',
];

/** Key of `package.json` that may hold the config instead of a config file. */
export const packageJsonKey = 'upgradePaths';

/** A config as loaded, with where it came from. */
export interface LoadedConfig {
  /** The config; `{}` when there is none. */
  readonly config: LintConfig;
  /**
   * Absolute path of the file it was read from (for `package.json`, the
   * `package.json`), `null` when there is none.
   */
  readonly file: string | null;
}

/**
 * Load the lint config of a folder: one of {@link configFileNames}, or the
 * `upgradePaths` key of its `package.json`. Only the folder itself is
 * searched, not its parents.
 *
 * @param folder
 *   Absolute folder: the site folder, or the CLI's working folder.
 * @returns
 *   The config and its file; `{config: {}, file: null}` when the folder has
 *   none.
 * @throws {ConfigError}
 *   When more than one config is found (the message lists them), a file
 *   cannot be read or parsed, a module has no default export, or the config
 *   is not valid (the message names the file, the key and the bad value, see
 *   `validateLintConfig`).
 */
export async function loadConfig(folder: string): Promise<LoadedConfig> {
  const found: Array<{file: string; read: () => Promise<unknown>}> = [];
  for (const name of configFileNames) {
    const file = path.join(folder, name);
    if (await exists(file)) found.push({file, read: () => readConfigFile(file)});
  }
  const manifest = path.join(folder, 'package.json');
  if (await exists(manifest)) {
    const value = parseJson(await fs.readFile(manifest, 'utf8'), manifest);
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, packageJsonKey)) {
      found.push({file: manifest, read: async () => (value as Record<string, unknown>)[packageJsonKey]});
    }
  }
  if (found.length === 0) return {config: {}, file: null};
  if (found.length > 1) {
    throw new ConfigError(
      'Unexpected ' +
        found.length +
        ' lint configs (' +
        found.map((item) => '`' + label(item.file) + '`').join(', ') +
        ') in `' +
        folder +
        '`, expected one; keep one of ' +
        configFileNames.map((name) => '`' + name + '`').join(', ') +
        ' or the `' +
        packageJsonKey +
        '` key of `package.json`',
    );
  }
  const [only] = found as [(typeof found)[number]];
  const origin = label(only.file);
  return {config: validateLintConfig(await only.read(), origin), file: only.file};

  function label(file: string): string {
    const relative = path.relative(folder, file);
    return (relative === 'package.json' ? 'package.json` key `' + packageJsonKey : relative).split(path.sep).join('/');
  }
}

/**
 * Load a lint config from a file named explicitly (such as with
 * `upgrade-paths lint --config <file>`): a `.json` file, a `.js`/`.mjs`/`.cjs`
 * module with a default export, or a `package.json` (its `upgradePaths`
 * key).
 *
 * @param file
 *   Absolute path.
 * @returns
 *   The config and its file.
 * @throws {ConfigError}
 *   When the file is missing, cannot be read or parsed, or the config is not
 *   valid (the message names the file, the key and the bad value).
 */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  if (!(await exists(file))) {
    throw new ConfigError(
      'Unexpected missing config file `' + file + '`, expected a `.json`, `.js` or `.mjs` file or a `package.json`',
    );
  }
  if (path.basename(file) === 'package.json') {
    const value = parseJson(await fs.readFile(file, 'utf8'), file);
    const config = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[packageJsonKey] : undefined;
    return {config: validateLintConfig(config ?? {}, file + '` key `' + packageJsonKey), file};
  }
  return {config: validateLintConfig(await readConfigFile(file), file), file};
}

/**
 * Merge two configs key by key: `overrides` (such as the Docusaurus
 * plugin's options) win. `rules` merge rule by rule (a rule set in
 * `overrides` replaces that rule's setting, options included; other rules
 * keep the file's); `mirrors`, `columns`, `include` and `scheme`, when
 * `overrides` gives them, replace the file's.
 *
 * @param fileConfig
 *   Config from the file (`loadConfig`), or nothing.
 * @param overrides
 *   Config that wins, or nothing.
 * @returns
 *   A new config.
 * @throws {ConfigError}
 *   When `overrides` is not a valid config (origin `options`).
 */
export function mergeConfig(
  fileConfig: LintConfig | null | undefined,
  overrides: LintConfig | null | undefined,
): LintConfig {
  const base = fileConfig ?? {};
  const over = overrides === null || overrides === undefined ? {} : validateLintConfig(overrides, 'options');
  const rules: Record<string, RuleSetting> = {...base.rules, ...over.rules};
  const mirrors = over.mirrors ?? base.mirrors;
  const columns = over.columns ?? base.columns;
  const include = over.include ?? base.include;
  const scheme = over.scheme ?? base.scheme;
  return {
    ...(Object.keys(rules).length > 0 ? {rules} : {}),
    ...(mirrors === undefined ? {} : {mirrors}),
    ...(columns === undefined ? {} : {columns}),
    ...(include === undefined ? {} : {include}),
    ...(scheme === undefined ? {} : {scheme}),
  };
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) return parseJson(await fs.readFile(file, 'utf8'), file);
  let module: {default?: unknown};
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown};
  } catch (error) {
    throw new ConfigError(
      'Unexpected `' + file + '` that cannot be imported (' + String((error as Error).message).split('\n')[0] +
        '), expected a module whose default export is the config',
      {cause: error},
    );
  }
  if (module.default === undefined) {
    throw new ConfigError('Unexpected `' + file + '` without a default export, expected `export default {rules: {…}}`');
  }
  return module.default;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(
      'Unexpected content of `' + file + '` (' + (error as Error).message + '), expected JSON',
      {cause: error},
    );
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ENOENT' || (error as {code?: unknown}).code === 'ENOTDIR') {
      return false;
    }
    throw error;
  }
}
