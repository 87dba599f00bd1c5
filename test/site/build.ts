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
 */
export async function buildSite(siteDir: string, outDir: string): Promise<BuildResult> {
  fs.rmSync(outDir, {recursive: true, force: true});
  const child = spawn(process.execPath, [docusaurusBin, 'build', siteDir, '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>(function (resolve, reject) {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return {status, output: stripVTControlCharacters(output), outDir};
}

/** The JSON export a build wrote (`<outDir>/upgrade-paths.json`). */
export function readExport(outDir: string): UpgradePathsExport {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'upgrade-paths.json'), 'utf8')) as UpgradePathsExport;
}

/** The static HTML of a built page, as a DOM document. */
export function readPage(outDir: string, permalink: string): Document {
  return new JSDOM(fs.readFileSync(path.join(outDir, permalink, 'index.html'), 'utf8')).window.document;
}
