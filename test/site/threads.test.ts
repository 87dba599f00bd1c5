/**
 * Reading on several threads (`prepareLintCache`, `UPGRADE_PATHS_THREADS`)
 * gives what one thread gives: the same lint result, object for object, for
 * folders (the CLI's `lintPaths`) and sites (the Docusaurus plugin's
 * `lintSite`), and the same CLI output. Runs the compiled `lib/`: workers
 * load `lintWorker.js`, which the TypeScript sources do not have.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import * as engine from '../../packages/engine/lib/index.js';
import {prepareLintCache, threadsVariable} from '../../packages/engine/lib/threads.js';
import {root} from './build.js';

const bin = path.join(root, 'packages', 'cli', 'bin', 'upgrade-paths.js');
const exampleSite = path.join(root, 'example-site');
const lintFixtures = path.join(root, 'test', 'lint', 'fixtures');

afterEach(() => {
  delete process.env[threadsVariable];
});

async function withThreads<Result>(threads: number, run: () => Promise<Result>): Promise<Result> {
  process.env[threadsVariable] = String(threads);
  try {
    return await run();
  } finally {
    delete process.env[threadsVariable];
  }
}

describe('prepareLintCache', () => {
  it('makes entries on worker threads equal to the ones the main thread makes', async () => {
    const discovery = await engine.discoverFiles(['.'], lintFixtures, {});
    const {readFile} = await import('node:fs/promises');
    const files = await Promise.all(
      discovery.files.map(async (document) => ({path: document.file, value: await readFile(document.path, 'utf8'), docId: document.docId})),
    );
    const single = new Map();
    const threaded = new Map();
    expect(await withThreads(1, () => prepareLintCache(files, {markdown: engine.defaultMarkdownSettings, cache: single}))).toBe(0);
    expect(single.size).toBe(0);
    const made = await withThreads(3, () => prepareLintCache(files, {markdown: engine.defaultMarkdownSettings, cache: threaded}));
    expect(made).toBeGreaterThan(0);
    // Every file the prefilter lets through has an entry; `lint` makes the same ones itself.
    engine.lint(files, {cache: single});
    for (const [file, entry] of threaded) expect(entry, file).toStrictEqual(single.get(file));
    expect([...threaded.keys()].sort()).toEqual(
      [...single.keys()].filter((file) => single.get(file).read.page !== undefined || single.get(file).read.document.parseError).sort(),
    );
  });
});

describe('lint results on several threads', () => {
  it('lintPaths gives the same result as on one thread', async () => {
    const run = () => engine.lintPaths(['.'], {cwd: lintFixtures, config: {}, markdown: 'auto'});
    const single = await withThreads(1, run);
    const threaded = await withThreads(3, run);
    expect(single.tables.length).toBeGreaterThan(50);
    expect(threaded).toStrictEqual(single);
  });

  it('lintSite gives the same result as on one thread, versioned docs and partials included', async () => {
    for (const siteDir of [exampleSite, ...['partials-tables', 'partials-versioned'].map((name) => path.join(root, 'test', 'site', 'fixtures', name))]) {
      const {settings, lintOptions} = await engine.loadSiteSettings(siteDir);
      // `publish` is a function of each run; everything else is data.
      const run = async () => ({...(await engine.lintSite(settings, {config: lintOptions, publish: false})), publish: undefined});
      const single = await withThreads(1, run);
      const threaded = await withThreads(2, run);
      expect(single.documents.length, siteDir).toBeGreaterThan(0);
      expect(threaded, siteDir).toStrictEqual(single);
    }
  });

  it('upgrade-paths lint prints the same on one thread and on three', () => {
    const output = (threads: string) =>
      spawnSync(process.execPath, [bin, 'lint', '--format', 'json'], {cwd: exampleSite, encoding: 'utf8', env: {...process.env, [threadsVariable]: threads}});
    const single = output('1');
    const threaded = output('3');
    expect(JSON.parse(single.stdout).length).toBeGreaterThan(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.status).toBe(single.status);
  });
});
