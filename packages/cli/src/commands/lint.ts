import {UsageError, parseArguments} from '../arguments.js';
import type {Command} from '../command.js';
import {exitCodes, type ExitCode} from '../exit.js';
import {countSeverities, formatFindings, lintFormats, type LintFormat} from '../formatters/index.js';
import {formatOtherTables, formatSkipped} from '../formatters/other-tables.js';
import type {Io} from '../io.js';
import {programName} from '../report.js';
import {chooseTarget} from '../target.js';

const markdownFormats = ['auto', 'mdx', 'md', 'detect'] as const;

const options = {
  format: {type: 'string', short: 'f', choices: lintFormats},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  site: {type: 'string'},
  'markdown-format': {type: 'string', choices: markdownFormats},
  verbose: {type: 'boolean'},
  'include-hidden': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

const usage = `Usage: upgrade-paths lint [options] [file or folder...]

Check the upgrade-path tables (Source Version | Target Version | Support) of
Markdown/MDX docs: cell shapes and versions, duplicate and conflicting rows,
downgrades, groups, row order, versions no supported path leads to or from,
partial usages.

Without paths in a folder holding docusaurus.config.* (or with --site), lints
the site as its docusaurus build does: the docs and partials the
docusaurus-plugin-upgrade-paths options name, with the site's Markdown
settings. Otherwise lints the paths given (default ./docs when it exists,
else the current folder); folders are searched recursively for *.md and
*.mdx files, skipping node_modules, dot folders, and files and folders whose
name starts with _. Rules are set in upgrade-paths.config.{json,js,mjs} or
the "upgradePaths" key of package.json in the site (or current) folder.

Options:
  -f, --format <stylish|json|github>  output format (default: stylish)
  --max-warnings <n>                  exit with 1 when there are more than n
                                      warnings
  --fix                               sort rows of tables breaking sort-order
                                      (moves whole row lines, nothing else;
                                      a fix that would change rows is not
                                      written and is an error)
  -c, --config <file>                 config file to use instead of looking
                                      in the site (or current) folder
  --site <dir>                        lint the Docusaurus site in <dir>
  --markdown-format <auto|mdx|md|detect>
                                      how documents are parsed, as
                                      Docusaurus's markdown.format; auto
                                      (default): a file in a Docusaurus site
                                      as that site's build, any other .md
                                      as CommonMark and .mdx as MDX
  --verbose                           also list every table not read as an
                                      upgrade table, with the reason (on
                                      standard error with json and github),
                                      and name on standard error the
                                      folders skipped by convention
  --include-hidden                    also read files and folders whose
                                      name starts with _ or . (never .git,
                                      .docusaurus or node_modules)
  -h, --help                          print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error,
unreadable path or invalid config.
`;

/**
 * `upgrade-paths lint [file or folder...]`: lint a site or documents with
 * the engine's lint run (the one the Docusaurus plugin runs) and print the
 * findings.
 *
 * Formats: `stylish` (ESLint's), `json` (ESLint's JSON formatter shape,
 * one entry per file linted), `github` (workflow command annotations).
 * With `--fix`, files holding tables that break `sort-order` are rewritten
 * (`fixDocuments`: only when the fixed text keeps every row and is stable),
 * then everything is linted again and what remains is reported, with a
 * `sort-order` error for each table whose fix was refused. With
 * `--verbose`, every file is parsed and the tables not read as upgrade
 * tables are listed with the reason (`formatOtherTables`).
 *
 * Exits with 1 when any finding is an error, or when there are more warnings
 * than `--max-warnings`; 2, printing nothing on standard output, for a bad
 * argument, a missing or unreadable path, or an invalid config; else 0.
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check the upgrade tables of Markdown/MDX docs',
  usage,
  async run(args, io) {
    const {values, positionals} = parseArguments(args, options);
    if (values.help) {
      io.stdout(usage);
      return exitCodes.success;
    }
    const maxWarnings = readMaxWarnings(values['max-warnings']);
    const format = (values.format ?? 'stylish') as LintFormat;
    const target = await chooseTarget(
      {
        paths: positionals,
        site: values.site,
        config: values.config,
        markdownFormat: values['markdown-format'] as (typeof markdownFormats)[number] | undefined,
        verbose: values.verbose,
        includeHidden: values['include-hidden'],
      },
      io,
    );
    if (typeof target === 'number') return target;
    const [{fixDocuments}, {compareFindings, lintRules}] = await Promise.all([import('@upgrade-paths/engine'), import('@upgrade-paths/core')]);
    let {result} = target;
    let findings = result.findings;
    if (values.fix) {
      const fixed = await fixDocuments(result.documents, result, {markdown: target.markdown, config: target.config});
      if (fixed.written.length > 0) result = await target.rerun();
      findings = [...result.findings, ...fixed.notFixed].sort(compareFindings);
    }
    const fixable = new Set(lintRules.filter((item) => item.fixable).map((item) => item.id));
    const files = result.documents.map((document) => document.path);
    io.stdout(formatFindings(findings, {format, files, base: target.base, fixable}));
    if (values.verbose) {
      // Machine-read formats keep standard output to themselves.
      if (format === 'stylish') io.stdout(formatOtherTables(result.otherTables));
      else io.stderr(formatOtherTables(result.otherTables));
      if (result.skipped && result.skipped.length > 0) io.stderr(formatSkipped(result.skipped));
    }
    return exitCode(findings, maxWarnings, io);
  },
};

function exitCode(findings: Parameters<typeof countSeverities>[0], maxWarnings: number | undefined, io: Io): ExitCode {
  const {errors, warnings} = countSeverities(findings);
  if (errors > 0) return exitCodes.failure;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(
      programName + ': Unexpected ' + warnings + ' ' + (warnings === 1 ? 'warning' : 'warnings') + ', expected at most ' + maxWarnings +
        ' (`--max-warnings`)\n',
    );
    return exitCodes.failure;
  }
  return exitCodes.success;
}

function readMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError('Unexpected `' + value + '` for `--max-warnings`, expected a whole number such as `0`');
  }
  return Number(value);
}
