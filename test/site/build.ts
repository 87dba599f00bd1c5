import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {stripVTControlCharacters} from 'node:util';

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
 * installed in the repository.
 */
export function buildSite(siteDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  fs.rmSync(outDir, {recursive: true, force: true});
  const result = spawnSync(
    process.execPath,
    [docusaurusBin, 'build', siteDir, '--out-dir', outDir],
    {cwd: siteDir, encoding: 'utf8', env: {...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1'}, maxBuffer: 64 * 1024 * 1024},
  );
  return {
    status: result.status,
    output: stripVTControlCharacters((result.stdout ?? '') + (result.stderr ?? '')),
    outDir,
  };
}

/**
 * `buildSite` without blocking: for vitest's global setup, which runs in the
 * main process, whose event loop must keep answering the test workers.
 */
export async function buildSiteAsync(siteDir: string, outDir: string): Promise<BuildResult> {
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
