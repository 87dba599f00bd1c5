/**
 * Exit codes of `upgrade-paths` (public contract, see the README).
 *
 * - `success` (0): the command did what was asked.
 * - `failure` (1): the command ran and found problems (reserved for checks
 *   such as `lint`), or an unexpected internal error (a bug) stopped it.
 * - `usage` (2): the command could not run: bad arguments, or a path that is
 *   missing or cannot be read.
 */
export const exitCodes = {success: 0, failure: 1, usage: 2} as const;

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
