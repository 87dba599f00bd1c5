import fs from 'node:fs';

/**
 * Reading files that may be changing (a dev server's reloads): the one
 * place that decides when a cached reading of a file still holds and when
 * a reading is complete. The site cache (docs) and the partial cache both
 * use it.
 *
 * Files are stat-ed, read and listed ({@link readFolder}) synchronously:
 * through `fs.promises`, each `stat` or small read is a round trip
 * through the thread pool (about 0.08 ms per file here, against a few µs
 * in the calling thread), and in `docusaurus start` each `await` of one
 * lets webpack's compile run in between: a reload's check of 400
 * unchanged docs took 100–400 ms of wall time for a few milliseconds of
 * work. Only the wait for a just-written file to settle is asynchronous.
 */

/** What identifies one version of a file: modification time (ms), size (bytes) and inode. */
export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
  readonly ino: number;
}

/** A value made from a file's text, with the stamp of the text and when it was read. */
export interface FileReading<Value> {
  readonly stamp: FileStamp;
  /** `Date.now()` when the load that read the file started (ms). */
  readonly loadStart: number;
  readonly value: Value;
}

/**
 * How much older than the start of the load that read it a file must be
 * for its reading to be trusted later, in ms. Git's racy-timestamp rule
 * (a file modified no earlier than the index was written may change again
 * within the same timestamp, keeping its size): with a margin for file
 * systems whose timestamps are coarse (FAT: 2 s) or lag the clock.
 */
export const racyMarginMs = 2000;

/**
 * How long a file must stay unchanged before it is read, when it was
 * modified just now (ms): an editor or a tool may still be writing it
 * (truncate, then write).
 */
export const settleMs = 100;

/** How often a file changing while read is read again before its last reading is taken. */
const maxAttempts = 50;

/** The stamp of a `fs.Stats`. */
export function stampOf(stats: {readonly mtimeMs: number; readonly size: number; readonly ino: number}): FileStamp {
  return {mtimeMs: stats.mtimeMs, size: stats.size, ino: stats.ino};
}

/**
 * The stamp of a file as it is now.
 *
 * @returns
 *   `undefined` when the file does not exist (removed between listing and
 *   reading, as an editor saving does).
 * @throws {Error}
 *   File system errors other than `ENOENT`.
 */
export async function currentStamp(absolutePath: string): Promise<FileStamp | undefined> {
  return statStamp(absolutePath);
}

/** {@link currentStamp}, in the calling thread. */
function statStamp(absolutePath: string): FileStamp | undefined {
  const stats = fs.statSync(absolutePath, {throwIfNoEntry: false});
  return stats === undefined ? undefined : stampOf(stats);
}

/**
 * The entries of a folder (`fs.Dirent`s, each with its `parentPath`); a
 * folder that does not exist (or is a file) has none.
 *
 * @param folder
 *   Absolute folder.
 * @param recursive
 *   Whether to list sub-folders' entries too (default `false`).
 * @throws {Error}
 *   File system errors other than `ENOENT` and `ENOTDIR`.
 */
export function readFolder(folder: string, recursive = false): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, {withFileTypes: true, recursive});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** Whether two stamps are of the same version of a file. */
export function sameStamp(left: FileStamp | undefined, right: FileStamp | undefined): boolean {
  return left !== undefined && right !== undefined && left.mtimeMs === right.mtimeMs && left.size === right.size && left.ino === right.ino;
}

/**
 * Whether a cached reading still holds for a file with this stamp: the
 * same modification time, size and inode, and the file was already older
 * than the load that read it (by {@link racyMarginMs}), so no same-size
 * edit within one timestamp (`4.7.2` → `4.7.3`) can hide behind it.
 */
export function readingHolds(reading: FileReading<unknown> | undefined, stamp: FileStamp): boolean {
  return reading !== undefined && sameStamp(reading.stamp, stamp) && reading.stamp.mtimeMs < reading.loadStart - racyMarginMs;
}

/**
 * Read a file's text once it is stable: a file modified less than
 * {@link settleMs} ago is waited for; a file whose stamp changed while it
 * was read is read again. So a reload never sees half a file written in
 * steps (after {@link maxAttempts} changing readings, the last is taken).
 *
 * @param absolutePath
 *   The file.
 * @returns
 *   Its text (UTF-8, a byte-order mark kept) and the stamp of that text;
 *   `undefined` when the file does not exist (removed while listing).
 * @throws {Error}
 *   File system errors other than `ENOENT`.
 */
export async function readStableText(absolutePath: string): Promise<{text: string; stamp: FileStamp} | undefined> {
  let before = statStamp(absolutePath);
  for (let attempt = 1; before !== undefined; attempt++) {
    const age = Date.now() - before.mtimeMs;
    // `Date.now()` is whole ms, `mtimeMs` is not: just written can be
    // "in the future" by under 1 ms. Files far in the future (another
    // clock) are not waited for.
    if (age > -settleMs && age < settleMs && attempt < maxAttempts) {
      // Wait out the whole remaining age (longer for a stamp ahead of the
      // clock), then look again: a timer can fire up to 1 ms early, and
      // the file may have changed meanwhile.
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(settleMs - age) + 1));
      before = statStamp(absolutePath);
      continue;
    }
    let text: string;
    try {
      text = fs.readFileSync(absolutePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const after = statStamp(absolutePath);
    if (after === undefined) return undefined;
    if (sameStamp(after, before) || attempt >= maxAttempts) return {text, stamp: after};
    before = after;
  }
  return undefined;
}
