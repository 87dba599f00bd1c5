/**
 * Where a command reads and writes: the working folder paths are resolved
 * against, and the two output streams. Tests pass their own; the `upgrade-paths`
 * binary uses {@link processIo}.
 */
export interface Io {
  /** Absolute folder that paths given on the command line are relative to. */
  readonly cwd: string;
  /** Write text to standard output, as given (no newline added). */
  readonly stdout: (text: string) => void;
  /** Write text to standard error, as given (no newline added). */
  readonly stderr: (text: string) => void;
}

/**
 * The process's own working folder, `process.stdout` and `process.stderr`.
 *
 * @returns
 *   Io of the running process.
 */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
