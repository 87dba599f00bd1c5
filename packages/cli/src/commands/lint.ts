import {readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {ExtractedTable, Finding, LintConfig} from '@upgrade-paths/core';
import type {DocumentFormat, LintCache, LintFile} from 'remark-upgrade-paths';
import {parseArguments, UsageError} from '../arguments.js';
import type {Command} from '../command.js';
import {discoverFiles, type DiscoveredFile} from '../discover.js';
import {exitCodes, type ExitCode} from '../exit.js';
import type {Io} from '../io.js';
import {programName, reportPathProblems} from '../report.js';

/** Output formats of `upgrade-paths lint`. */
export const lintFormats = ['stylish', 'json', 'github'] as const;

/** One of {@link lintFormats}. */
export type LintFormat = (typeof lintFormats)[number];

const markdownFormats: readonly DocumentFormat[] = ['mdx', 'md', 'detect'];

const options = {
  format: {type: 'string', short: 'f', choices: lintFormats},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  'markdown-format': {type: 'string', choices: markdownFormats},
  help: {type: 'boolean', short: 'h'},
} as const;

const usage = `Usage: upgrade-paths lint [options] [file or folder...]

Check the upgrade-path tables (Source Version | Target Version | Support) of
Markdown/MDX docs: cell shapes and versions, duplicate and conflicting rows,
downgrades, groups, row order, versions no supported path leads to or from.

Without paths, lints ./docs when it exists, else the current folder. Folders
are searched recursively for *.md and *.mdx files, skipping node_modules, dot
folders, and files and folders whose name starts with _. Rules are set in
upgrade-paths.config.{json,js,mjs} or the "upgradePaths" key of package.json
in the current folder.

Options:
  -f, --format <stylish|json|github>  output format (default: stylish)
  --max-warnings <n>                  exit with 1 when there are more than n
                                      warnings
  --fix                               sort rows of tables breaking sort-order
                                      (moves whole row lines, nothing else)
  -c, --config <file>                 config file to use instead of looking
                                      in the current folder
  --markdown-format <mdx|md|detect>   how documents are parsed, as
                                      Docusaurus's markdown.format
                                      (default: mdx)
  -h, --help                          print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error,
unreadable path or invalid config.
`;

/**
 * `upgrade-paths lint [file or folder...]`: lint documents with `lint` of
 * `remark-upgrade-paths` and print the findings.
 *
 * Formats: `stylish` (ESLint's: a file header, then
 * `line:column  severity  message  rule-id`, and a summary line; nothing when
 * there are no findings), `json` (ESLint's JSON formatter shape, one entry
 * per file linted, `filePath` absolute, `severity` 2 for errors and 1 for
 * warnings), `github` (`::error file=…,line=…,col=…::message (rule-id)`
 * workflow commands, `::warning` for warnings).
 *
 * With `--fix`, files holding tables that break `sort-order` are rewritten
 * with `fixSortOrder` of `@upgrade-paths/core`, then everything is linted
 * again and what remains is reported.
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
    const markdownFormat = (values['markdown-format'] ?? 'mdx') as DocumentFormat;
    // Loaded here, not at the top: other commands and `--help` start without
    // the parser.
    const [{lint, loadConfig, loadConfigFile}, {fixSortOrder, lintRules}] = await Promise.all([
      import('remark-upgrade-paths'),
      import('@upgrade-paths/core'),
    ]);
    const fixable = new Set(lintRules.filter((item) => item.fixable).map((item) => item.id));

    let config: LintConfig;
    try {
      const loaded = values.config
        ? await loadConfigFile(path.resolve(io.cwd, values.config))
        : await loadConfig(io.cwd);
      config = loaded.config;
    } catch (error) {
      io.stderr(programName + ': ' + String((error as Error).message ?? error) + '\n');
      return exitCodes.usage;
    }

    const paths = positionals.length > 0 ? positionals : [(await isFolder(path.join(io.cwd, 'docs'))) ? 'docs' : '.'];
    const discovery = await discoverFiles(paths, io.cwd);
    if (reportPathProblems(io, discovery.missing, discovery.unreadable)) return exitCodes.usage;
    const read = readFiles(discovery.files);
    if (reportPathProblems(io, [], read.unreadable)) return exitCodes.usage;

    const cache: LintCache = new Map();
    const files = read.files;
    let result = lint(files, {config, cache, format: markdownFormat});
    if (values.fix) {
      const changed = await fixFiles(files, discovery.files, result.findings, result.tables, fixSortOrder);
      if (changed) result = lint(files, {config, cache, format: markdownFormat});
    }

    io.stdout(formatFindings(result.findings, files, format, io.cwd, fixable));
    return exitCode(result.findings, maxWarnings, io);
  },
};

/**
 * Format findings.
 *
 * @param findings
 *   Findings sorted by file, line, column (as `lint` gives them).
 * @param files
 *   Every file linted (the JSON format lists files without findings too).
 * @param format
 *   Output format.
 * @param cwd
 *   Folder the `file` of findings is relative to (for absolute JSON paths).
 * @param fixable
 *   Ids of the rules `--fix` repairs (for the fixable counts).
 * @returns
 *   Text to print; empty for `stylish` and `github` without findings.
 */
export function formatFindings(
  findings: readonly Finding[],
  files: readonly Pick<LintFile, 'path'>[],
  format: LintFormat,
  cwd: string,
  fixable: ReadonlySet<string>,
): string {
  if (format === 'json') return formatJson(findings, files, cwd, fixable);
  if (format === 'github') return formatGithub(findings);
  return formatStylish(findings, fixable);
}

function formatStylish(findings: readonly Finding[], fixable: ReadonlySet<string>): string {
  if (findings.length === 0) return '';
  const byFile = groupByFile(findings);
  let output = '\n';
  for (const [file, list] of byFile) {
    const places = list.map((item) => item.position.start.line + ':' + item.position.start.column);
    const placeWidth = Math.max(...places.map((place) => place.length));
    const messageWidth = Math.max(...list.map((item) => item.message.length));
    output += file + '\n';
    list.forEach(function (item, index) {
      const severity = item.severity === 'error' ? 'error  ' : 'warning';
      output +=
        '  ' +
        (places[index] ?? '').padEnd(placeWidth) +
        '  ' +
        severity +
        '  ' +
        item.message.padEnd(messageWidth) +
        '  ' +
        item.ruleId +
        '\n';
    });
    output += '\n';
  }
  const {errors, warnings} = count(findings);
  const problems = errors + warnings;
  output +=
    '✖ ' +
    problems +
    ' ' +
    plural(problems, 'problem') +
    ' (' +
    errors +
    ' ' +
    plural(errors, 'error') +
    ', ' +
    warnings +
    ' ' +
    plural(warnings, 'warning') +
    ')\n';
  const fixableErrors = findings.filter((item) => item.severity === 'error' && fixable.has(item.ruleId)).length;
  const fixableWarnings = findings.filter((item) => item.severity === 'warn' && fixable.has(item.ruleId)).length;
  if (fixableErrors + fixableWarnings > 0) {
    output +=
      '  ' +
      fixableErrors +
      ' ' +
      plural(fixableErrors, 'error') +
      ' and ' +
      fixableWarnings +
      ' ' +
      plural(fixableWarnings, 'warning') +
      ' potentially fixable with the `--fix` option.\n';
  }
  return output + '\n';
}

function formatJson(
  findings: readonly Finding[],
  files: readonly Pick<LintFile, 'path'>[],
  cwd: string,
  fixable: ReadonlySet<string>,
): string {
  const byFile = groupByFile(findings);
  const paths = [...new Set([...files.map((file) => file.path), ...byFile.keys()])].sort((left, right) =>
    left < right ? -1 : left > right ? 1 : 0,
  );
  const results = paths.map(function (file) {
    const list = byFile.get(file) ?? [];
    const {errors, warnings} = count(list);
    return {
      filePath: path.resolve(cwd, file),
      messages: list.map((item) => ({
        ruleId: item.ruleId,
        severity: item.severity === 'error' ? 2 : 1,
        message: item.message,
        line: item.position.start.line,
        column: item.position.start.column,
        endLine: item.position.end.line,
        endColumn: item.position.end.column,
      })),
      suppressedMessages: [],
      errorCount: errors,
      fatalErrorCount: 0,
      warningCount: warnings,
      fixableErrorCount: list.filter((item) => item.severity === 'error' && fixable.has(item.ruleId)).length,
      fixableWarningCount: list.filter((item) => item.severity === 'warn' && fixable.has(item.ruleId)).length,
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(results) + '\n';
}

function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map(
      (item) =>
        '::' +
        (item.severity === 'error' ? 'error' : 'warning') +
        ' file=' +
        escapeProperty(item.file) +
        ',line=' +
        item.position.start.line +
        ',col=' +
        item.position.start.column +
        '::' +
        escapeData(item.message + ' (' + item.ruleId + ')') +
        '\n',
    )
    .join('');
}

/** Escaping of GitHub workflow command data (`@actions/core` `escapeData`). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of GitHub workflow command properties (`@actions/core` `escapeProperty`). */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function exitCode(findings: readonly Finding[], maxWarnings: number | undefined, io: Io): ExitCode {
  const {errors, warnings} = count(findings);
  if (errors > 0) return exitCodes.failure;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(
      programName +
        ': Unexpected ' +
        warnings +
        ' ' +
        plural(warnings, 'warning') +
        ', expected at most ' +
        maxWarnings +
        ' (`--max-warnings`)\n',
    );
    return exitCodes.failure;
  }
  return exitCodes.success;
}

function readMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      'Unexpected `' + value + '` for `--max-warnings`, expected a whole number such as `0`',
    );
  }
  return Number(value);
}

/**
 * Rewrite the files holding tables that break `sort-order`.
 *
 * @returns
 *   Whether a file changed (`files` then holds the new content).
 */
async function fixFiles(
  files: LintFile[],
  documents: readonly DiscoveredFile[],
  findings: readonly Finding[],
  tables: readonly ExtractedTable[],
  fixSortOrder: (source: string, tables: readonly ExtractedTable[]) => string,
): Promise<boolean> {
  const toFix = new Set(findings.filter((item) => item.ruleId === 'sort-order').map((item) => item.file));
  let changed = false;
  for (const [index, file] of files.entries()) {
    if (!toFix.has(file.path)) continue;
    const own = tables.filter((table) => table.file === file.path);
    const fixed = fixSortOrder(file.value, own);
    if (fixed === file.value) continue;
    const document = documents.find((item) => item.file === file.path);
    if (document === undefined) continue;
    await fs.writeFile(document.path, fixed);
    files[index] = {...file, value: fixed};
    changed = true;
  }
  return changed;
}

/**
 * Read the documents. Synchronously on purpose: for thousands of small files
 * `readFileSync` is several times faster than `fs/promises` (measured with
 * `npm run bench`), and nothing else runs meanwhile.
 */
function readFiles(documents: readonly DiscoveredFile[]): {files: LintFile[]; unreadable: string[]} {
  const files: LintFile[] = [];
  const unreadable: string[] = [];
  for (const document of documents) {
    try {
      files.push({path: document.file, value: readFileSync(document.path, 'utf8'), docId: document.docId});
    } catch (error) {
      if (typeof (error as {code?: unknown} | null)?.code !== 'string') throw error;
      unreadable.push(document.file);
    }
  }
  return {files, unreadable};
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch (error) {
    const code = (error as {code?: unknown} | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const item of findings) {
    const list = byFile.get(item.file);
    if (list) list.push(item);
    else byFile.set(item.file, [item]);
  }
  return byFile;
}

function count(findings: readonly Finding[]): {errors: number; warnings: number} {
  const errors = findings.filter((item) => item.severity === 'error').length;
  return {errors, warnings: findings.length - errors};
}

function plural(value: number, word: string): string {
  return value === 1 ? word : word + 's';
}
