import {upgradePathsExport} from '@upgrade-paths/core';
import type {DocumentFormat} from 'remark-upgrade-paths';
import {parseArguments, UsageError} from '../arguments.js';
import type {Command} from '../command.js';
import {discoverFiles} from '../discover.js';
import {exitCodes} from '../exit.js';
import {readDocuments} from '../read.js';
import {reportPathProblems} from '../report.js';

const formats: readonly DocumentFormat[] = ['mdx', 'md', 'detect'];

const options = {
  'markdown-format': {type: 'string', choices: formats},
  help: {type: 'boolean', short: 'h'},
} as const;

const usage = `Usage: upgrade-paths extract [options] <file or folder>...

Print the upgrade-path tables (Source Version | Target Version | Support) of
Markdown/MDX docs as JSON (schema version 1) on standard output.

Folders are searched recursively for *.md and *.mdx files, skipping
node_modules, dot folders, and files and folders whose name starts with _.
Paths in the output are relative to the current folder.

Options:
  --markdown-format <mdx|md|detect>  how documents are parsed, as
                                     Docusaurus's markdown.format
                                     (default: mdx)
  -h, --help                         print this help
`;

/**
 * `upgrade-paths extract <file or folder>...`: print the JSON export
 * (`upgradePathsExport` of `@upgrade-paths/core`, `JSON.stringify` with two
 * spaces and a final newline) of the documents named.
 *
 * Table `file` fields and ids are relative to `io.cwd` (POSIX); `permalink`
 * is `null`. Findings are not printed (that is `lint`'s job); tables of
 * documents with findings are in the export all the same. The output depends
 * only on the set of documents, never on the order they are named or found
 * in.
 *
 * Exits with 0 after printing; 2, printing nothing on standard output, when a
 * path is missing or cannot be read.
 */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the upgrade tables of Markdown/MDX docs as JSON',
  usage,
  async run(args, io) {
    const {values, positionals} = parseArguments(args, options);
    if (values.help) {
      io.stdout(usage);
      return exitCodes.success;
    }
    if (positionals.length === 0) {
      throw new UsageError('Unexpected missing path, expected at least one file or folder such as `docs`');
    }
    const discovery = await discoverFiles(positionals, io.cwd);
    if (reportPathProblems(io, discovery.missing, discovery.unreadable)) return exitCodes.usage;
    const read = await readDocuments(discovery.files, {format: values['markdown-format'] as DocumentFormat | undefined});
    if (reportPathProblems(io, [], read.unreadable)) return exitCodes.usage;
    const tables = read.documents.flatMap((document) => document.tables);
    io.stdout(JSON.stringify(upgradePathsExport(tables), null, 2) + '\n');
    return exitCodes.success;
  },
};
