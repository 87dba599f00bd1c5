import type {Io} from './io.js';

/** Prefix of every line `upgrade-paths` writes to standard error. */
export const programName = 'upgrade-paths';

/**
 * Write one line per path that is missing or cannot be read to standard
 * error.
 *
 * @param io
 *   Output streams.
 * @param missing
 *   Paths that do not exist, as the user gave them.
 * @param unreadable
 *   Paths that exist but cannot be read.
 * @returns
 *   Whether anything was reported (the caller then exits with code 2).
 */
export function reportPathProblems(io: Io, missing: readonly string[], unreadable: readonly string[]): boolean {
  for (const item of missing) {
    io.stderr(programName + ': Unexpected missing path `' + item + '`, expected a file or folder\n');
  }
  for (const item of unreadable) {
    io.stderr(programName + ': Unexpected unreadable path `' + item + '`, expected a file or folder you can read\n');
  }
  return missing.length > 0 || unreadable.length > 0;
}
