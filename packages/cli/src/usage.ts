import type {Command} from './command.js';

/**
 * The main help of `upgrade-paths`: synopsis, commands, global options.
 *
 * @param commands
 *   Subcommands to list.
 * @returns
 *   Help text, ending in a newline.
 */
export function mainUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => '  ' + command.name.padEnd(width + 2) + command.summary);
  return `Usage: upgrade-paths <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     print this help (upgrade-paths <command> --help: that command's)
  -v, --version  print the version
`;
}
