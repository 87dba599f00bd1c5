import {parseArguments, UsageError} from '../arguments.js';
import type {Command} from '../command.js';
import {exitCodes} from '../exit.js';
import {chooseTarget} from '../target.js';

const markdownFormats = ['auto', 'mdx', 'md', 'detect'] as const;

const options = {
  'markdown-format': {type: 'string', choices: markdownFormats},
  'include-hidden': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

const usage = `Usage: upgrade-paths extract [options] <file or folder>...

Print the upgrade-path tables (Source Version | Target Version | Support) of
Markdown/MDX docs as JSON (schema version 1) on standard output: the tables
of the pages and those their partials render.

Folders are searched recursively for *.md and *.mdx files, skipping
node_modules, dot folders, and files and folders whose name starts with _.
Paths in the output are relative to the current folder. Without paths in a
folder holding docusaurus.config.*, prints the datasets the site's
docusaurus build exports (permalink null).

Options:
  --markdown-format <auto|mdx|md|detect>
                                     how documents are parsed, as
                                     Docusaurus's markdown.format; auto
                                     (default): a file in a Docusaurus site
                                     as that site's build, any other .md as
                                     CommonMark and .mdx as MDX
  --include-hidden                   also read files and folders whose name
                                     starts with _ or . (never .git,
                                     .docusaurus or node_modules)
  -h, --help                         print this help
`;

/**
 * `upgrade-paths extract <file or folder>...`: print the JSON export
 * (`upgradePathsExport` of `@upgrade-paths/core`, `JSON.stringify` with two
 * spaces and a final newline) of a site or of the documents named, as the
 * engine's lint run reads them.
 *
 * Findings are not printed (that is `lint`'s job); tables of documents with
 * findings are in the export all the same. The output depends only on the
 * set of documents, never on the order they are named or found in.
 *
 * Exits with 0 after printing; 2, printing nothing on standard output, when a
 * path is missing or cannot be read, or the site cannot be loaded.
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
    const markdownFormat = values['markdown-format'] as (typeof markdownFormats)[number] | undefined;
    // The engine parses Markdown: loaded here, so `--help` starts without it.
    const {isSiteDir} = await import('@upgrade-paths/engine');
    if (positionals.length === 0 && !(await isSiteDir(io.cwd))) {
      throw new UsageError(
        'Unexpected missing path, expected at least one file or folder such as `docs`, or a Docusaurus site as the current folder',
      );
    }
    const target = await chooseTarget({paths: positionals, markdownFormat, includeHidden: values['include-hidden']}, io);
    if (typeof target === 'number') return target;
    const {upgradePathsExport} = await import('@upgrade-paths/core');
    const {tables} = target.result;
    io.stdout(JSON.stringify(upgradePathsExport(tables), null, 2) + '\n');
    return exitCodes.success;
  },
};
