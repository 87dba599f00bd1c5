import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import {JSDOM} from 'jsdom';
import type {UpgradePathsExport} from '@upgrade-paths/core';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The Docusaurus CLI installed in the repository. */
const docusaurusBin = path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** Folder for build output of the test suite (git-ignored). */
export const temporaryDir = path.join(root, 'test', '.tmp');

/** Result of a `docusaurus build`. */
export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr, interleaved as far as pipes allow. */
  readonly output: string;
  readonly outDir: string;
}

/**
 * Run the real `docusaurus build` of a site into `outDir`, with the CLI
 * installed in the repository. Asynchronous on purpose: a test worker (or
 * vitest's main process, for the global setup) blocked for a minute misses
 * vitest's RPC timeout.
 *
 * @param args
 *   More options of `docusaurus build`, such as `['--locale', 'fr']` (one
 *   locale, built at the site's root in `outDir`).
 */
export async function buildSite(siteDir: string, outDir: string, args: readonly string[] = []): Promise<BuildResult> {
  fs.rmSync(outDir, {recursive: true, force: true});
  const {status, output} = await runDocusaurus(siteDir, ['build', siteDir, '--out-dir', outDir, ...args]);
  return {status, output, outDir};
}

/** Result of a Docusaurus CLI command. */
export interface CommandResult {
  readonly status: number | null;
  /** stdout and stderr, interleaved as far as pipes allow, without colours. */
  readonly output: string;
}

/**
 * Run a command of the Docusaurus CLI installed in the repository
 * (`['swizzle', …]`, `['write-translations', …]`) in `siteDir`, without a
 * terminal (no standard input) and without colours.
 */
export async function runDocusaurus(siteDir: string, args: readonly string[]): Promise<CommandResult> {
  const child = spawn(process.execPath, [docusaurusBin, ...args], {
    cwd: siteDir,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>(function (resolve, reject) {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return {status, output: stripVTControlCharacters(output)};
}

/**
 * A copy of a site in `test/.tmp/<name>` (replacing an earlier one), for
 * commands that write into the site; `node_modules`, `.docusaurus`, `build`
 * and `i18n` are left out. Packages resolve from the repository's
 * `node_modules`, above the copy.
 */
export function copySite(siteDir: string, name: string): string {
  const copy = path.join(temporaryDir, name);
  fs.rmSync(copy, {recursive: true, force: true});
  fs.cpSync(siteDir, copy, {
    recursive: true,
    filter: (source) => !['node_modules', '.docusaurus', 'build', 'i18n'].includes(path.basename(source)),
  });
  return copy;
}

/** The JSON export a build wrote (`<outDir>/upgrade-paths.json`). */
export function readExport(outDir: string): UpgradePathsExport {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'upgrade-paths.json'), 'utf8')) as UpgradePathsExport;
}

/** The static HTML of a built page, as a DOM document. */
export function readPage(outDir: string, permalink: string): Document {
  return new JSDOM(fs.readFileSync(path.join(outDir, permalink, 'index.html'), 'utf8')).window.document;
}
