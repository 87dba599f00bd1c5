import type {ExitCode} from './exit.js';
import type {Io} from './io.js';

/**
 * A subcommand of `upgrade-paths` (`extract`, and later `lint`). Adding one
 * means adding a file in `commands/` and listing it in `commands/index.ts`.
 */
export interface Command {
  /** Word that selects the command: `upgrade-paths <name> …`. */
  readonly name: string;
  /** One line for the list of commands in the main help. */
  readonly summary: string;
  /** Full help text of the command, ending in a newline. */
  readonly usage: string;
  /**
   * Run the command.
   *
   * @param args
   *   Arguments after the command name.
   * @param io
   *   Working folder and output streams.
   * @returns
   *   Exit code.
   * @throws {UsageError}
   *   When the arguments are wrong; the caller prints the message and the
   *   command's usage and exits with code 2.
   */
  readonly run: (args: readonly string[], io: Io) => Promise<ExitCode>;
}
