import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {buildSite, root, temporaryDir} from './build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the example-site build shared by site and browser tests. */
    exampleSiteOutDir: string;
    /** What that build printed. */
    exampleSiteOutput: string;
  }
}

/**
 * Build example-site (its default locale, `en`) once for every site and
 * browser test. Fails the run (rather than skipping tests) when the build
 * fails.
 */
export default async function setup(project: TestProject): Promise<void> {
  const outDir = path.join(temporaryDir, 'example-site-build');
  if (process.env['UPGRADE_PATHS_SKIP_EXAMPLE_SITE'] === '1') {
    // For working on fixture-site tests alone; tests that need the example
    // site then fail on a missing build.
    project.provide('exampleSiteOutDir', outDir);
    project.provide('exampleSiteOutput', '');
    return;
  }
  // The default locale only: every locale would double the build time of
  // each run; the French build is test/site/french-locale.test.ts's own.
  const result = await buildSite(path.join(root, 'example-site'), outDir, ['--locale', 'en']);
  if (result.status !== 0) {
    throw new Error('`docusaurus build` of example-site failed:\n' + result.output);
  }
  project.provide('exampleSiteOutDir', outDir);
  project.provide('exampleSiteOutput', result.output);
}
