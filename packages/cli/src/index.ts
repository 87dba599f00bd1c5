import {listValues, parseArguments, UsageError} from './arguments.js';
import type {Command} from './command.js';
import {commands} from './commands/index.js';
import {exitCodes, type ExitCode} from './exit.js';
import {processIo, type Io} from './io.js';
import {programName} from './report.js';
import {mainUsage} from './usage.js';
import {packageVersion} from './version.js';

const globalOptions = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

/**
 * Run `upgrade-paths` with command line arguments: `upgrade-paths <command>
 * [options]`, `--help`, `--version`.
 *
 * Usage errors (no arguments, unknown command or option, missing value) print
 * the message and the usage on standard error and give exit code 2.
 *
 * @param argv
 *   Arguments without the node and script paths (`process.argv.slice(2)`).
 * @param io
 *   Working folder and output streams (optional; each field defaults to the
 *   process's own).
 * @returns
 *   Exit code: 0 success, 1 problems found, 2 usage or path error (see
 *   `exitCodes`).
 * @throws {Error}
 *   Only for unexpected failures (bugs, broken installs), never for user
 *   input.
 */
export async function main(argv: readonly string[], io?: Readonly<Partial<Io>> | null): Promise<ExitCode> {
  const settings: Io = {...processIo(), ...io};
  const index = argv.findIndex((arg) => !arg.startsWith('-') || arg === '--');
  const name = index === -1 || argv[index] === '--' ? undefined : argv[index];
  const global = index === -1 ? argv : argv.slice(0, index);
  const usage = mainUsage(commands);

  if (argv.length === 0) {
    settings.stderr(usage);
    return exitCodes.usage;
  }

  let command: Command | undefined;
  try {
    const {values} = parseArguments(global, globalOptions);
    if (values.help) {
      settings.stdout(usage);
      return exitCodes.success;
    }
    if (values.version) {
      settings.stdout((await packageVersion()) + '\n');
      return exitCodes.success;
    }
    command = commands.find((item) => item.name === name);
    if (command === undefined) {
      throw new UsageError(
        (name === undefined ? 'Unexpected missing command' : 'Unexpected command `' + name + '`') +
          ', expected ' +
          listValues(commands.map((item) => item.name)),
      );
    }
    return await command.run(argv.slice((index === -1 ? argv.length : index) + 1), settings);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    settings.stderr(programName + ': ' + error.message + '\n\n' + (command ? command.usage : usage));
    return exitCodes.usage;
  }
}

export {parseArguments, UsageError, type OptionSpec, type OptionValues} from './arguments.js';
export type {Command} from './command.js';
export {commands} from './commands/index.js';
export {exitCodes, type ExitCode} from './exit.js';
export {processIo, type Io} from './io.js';
export {formatFindings, lintFormats, type LintFormat} from './formatters/index.js';
export {programName, reportPathProblems} from './report.js';
