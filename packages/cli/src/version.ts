import fs from 'node:fs/promises';

/**
 * The version of `@upgrade-paths/cli`, from its `package.json`.
 *
 * @returns
 *   Version, such as `0.1.0`.
 * @throws {Error}
 *   When `package.json` cannot be read or names no version (a broken install).
 */
export async function packageVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await fs.readFile(new URL('../package.json', import.meta.url), 'utf8'));
  const version = (manifest as {version?: unknown} | null)?.version;
  if (typeof version !== 'string') {
    throw new TypeError('Unexpected `package.json` of `@upgrade-paths/cli` without a `version`, expected a string');
  }
  return version;
}
