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
  /**
   * Environment variables (`diff` reads `GITHUB_SERVER_URL`,
   * `GITHUB_REPOSITORY` and `GITHUB_SHA` for its links).
   *
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * The process's own working folder, `process.stdout`, `process.stderr` and `process.env`.
 *
 * @returns
 *   Io of the running process.
 */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
