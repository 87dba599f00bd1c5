import fs from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {resolveLintConfig, type LintConfig} from '@upgrade-paths/core';
import {createEntryReader, type EntryFile, type LintCacheEntry} from './entry.js';
import type {MarkdownSettings} from './markdown.js';

/** What a worker is started with: the run's settings (structured-cloneable data). */
export interface WorkerData {
  readonly config: LintConfig | null;
  readonly markdown: MarkdownSettings;
  readonly verbose: boolean;
}

/** One file for a worker to read. */
export interface WorkerTask {
  readonly id: number;
  readonly file: EntryFile;
  readonly hash: string;
  readonly key: string;
}

/** A worker's answer: the entry, or `undefined` when reading threw (the main thread reads the file again). */
export interface WorkerReply {
  readonly id: number;
  readonly entry: LintCacheEntry | undefined;
}

/**
 * Environment variable giving the number of threads `prepareLintCache` reads
 * with, the main thread included: `1` reads on the main thread only; any
 * larger whole number uses that many (at most 9: eight workers) as soon as
 * two files are to be parsed, whatever their size. Unset (or not a whole number ≥ 1): up to
 * `os.availableParallelism()`, when the files to parse are large enough to
 * pay for starting a worker.
 */
export const threadsVariable = 'UPGRADE_PATHS_THREADS';

/**
 * Bytes of text to parse per extra thread before a worker pays for itself:
 * a worker spends about half a second loading the parsers, which parse
 * table-heavy MDX at roughly 0.5–1 MB/s (measured with `npm run bench`).
 */
const bytesPerWorker = 1_500_000;

/** At most this many workers, whatever the machine: parsing also needs memory per thread. */
const maximumWorkers = 8;

/**
 * Read the files a lint run will parse on several threads, ahead of the run,
 * and put their entries in its cache, so that `lint` (synchronous, on one
 * thread) only finds them there. Each worker runs the same per-file reading
 * as `lint` (`createEntryReader`) and its entries are structured clones of
 * what `lint` would make, so findings, tables and their order are the same
 * as in a run on one thread.
 *
 * Files whose cached entry still holds, and files the prefilter skips, are
 * left to `lint`. Workers are started only when there is enough to parse
 * (see {@link threadsVariable}); when a worker cannot start (such as from
 * TypeScript sources, or a config that cannot be copied to another thread)
 * or fails, what it had not read is left to `lint` too. Nothing is thrown
 * for that.
 *
 * @param files
 *   The files of the coming `lint` call (and its `versionedFiles`).
 * @param options
 *   What the `lint` call gets: `config` (unresolved), the run's Markdown
 *   settings, `verbose`, and the cache it will be given.
 * @returns
 *   How many entries workers made (0 when none ran).
 */
export async function prepareLintCache(
  files: readonly EntryFile[],
  options: {
    readonly config?: LintConfig | null | undefined;
    readonly markdown: MarkdownSettings;
    readonly verbose?: boolean | null | undefined;
    readonly cache: Map<string, LintCacheEntry>;
  },
): Promise<number> {
  const given = threadsGiven();
  const threads = given ?? os.availableParallelism();
  if (threads < 2 || files.length < 2) return 0;
  const workerUrl = new URL('lintWorker.js', import.meta.url);
  if (!fs.existsSync(fileURLToPath(workerUrl))) return 0;
  const verbose = options.verbose === true;
  const reader = createEntryReader(resolveLintConfig(options.config), options.markdown, verbose);
  const tasks: WorkerTask[] = [];
  let bytes = 0;
  for (const file of files) {
    if (!reader.parses(file)) continue;
    const hash = reader.hash(file);
    const key = reader.key(file);
    const known = options.cache.get(file.path);
    if (known && known.hash === hash && known.key === key) continue;
    tasks.push({id: tasks.length, file, hash, key});
    bytes += file.value.length;
  }
  const workerCount = Math.min(threads - 1, maximumWorkers, tasks.length - 1, given !== undefined ? Infinity : Math.floor(bytes / bytesPerWorker));
  if (workerCount < 1) return 0;

  // Largest first, so that no thread is left with one big file at the end.
  const queue = [...tasks].sort((a, b) => b.file.value.length - a.file.value.length || a.id - b.id);
  const data: WorkerData = {config: options.config ?? null, markdown: options.markdown, verbose};
  let made = 0;
  const running = Array.from({length: workerCount}, () => runWorker(workerUrl, data, queue, function (task, entry) {
    if (entry.hash === task.hash && entry.key === task.key) {
      // The main thread's key string, shared by the entries it keys, not the worker's copy.
      options.cache.set(task.file.path, {...entry, key: task.key});
      made++;
    }
  }));
  // The main thread reads too, one file at a time, letting the workers'
  // answers in between.
  for (let task = queue.shift(); task; task = queue.shift()) {
    options.cache.set(task.file.path, reader.read(task.file, task.hash, task.key));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  return made;
}

/** The number of threads {@link threadsVariable} gives, if it gives one. */
function threadsGiven(): number | undefined {
  const value = Number(process.env[threadsVariable]);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/**
 * One worker: takes tasks from `queue` until it is empty, and gives each
 * entry to `done`. Resolves when the queue is empty and the worker has
 * ended; a failing worker puts its task back and resolves.
 */
function runWorker(
  url: URL,
  data: WorkerData,
  queue: WorkerTask[],
  done: (task: WorkerTask, entry: LintCacheEntry) => void,
): Promise<void> {
  return new Promise(function (resolve) {
    let worker: Worker;
    try {
      worker = new Worker(url, {workerData: data});
    } catch {
      resolve();
      return;
    }
    let current: WorkerTask | undefined;
    let ended = false;
    function end(): void {
      if (ended) return;
      ended = true;
      if (current) queue.unshift(current);
      current = undefined;
      void worker.terminate().then(() => resolve(), () => resolve());
    }
    function next(): void {
      current = queue.shift();
      if (!current) return end();
      try {
        worker.postMessage(current);
      } catch {
        end();
      }
    }
    worker.on('message', function (reply: WorkerReply) {
      const task = current;
      current = undefined;
      if (task && reply.id === task.id && reply.entry) done(task, reply.entry);
      next();
    });
    worker.on('error', end);
    worker.on('exit', end);
    worker.on('online', next);
  });
}
