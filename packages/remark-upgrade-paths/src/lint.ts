import {createHash} from 'node:crypto';
import type {ExtractedTable, Finding, LintConfig} from '@upgrade-paths/core';
import {
  lintDatasets,
  lintTable,
  mayHoldUpgradeTable,
  resolveLintConfig,
  settleFindings,
} from '@upgrade-paths/core';
import {extractUpgradePaths, type DocumentFormat} from './parse.js';

/** One document to lint. */
export interface LintFile {
  /** Site- (plugin) or working-folder- (CLI) relative POSIX path: the `file` of findings and tables. */
  readonly path: string;
  /** File content, front matter included. */
  readonly value: string;
  /** Doc id (path relative to the docs folder, without extension): the dataset product when front matter names none. */
  readonly docId: string;
}

/**
 * What {@link lint} keeps per file between calls: the per-file part of a run
 * (parse, extraction, table-level rules), reused while the file's content and
 * the config stay the same.
 */
export interface LintCacheEntry {
  /** SHA-1 of the content, hex. */
  readonly hash: string;
  /** `ResolvedLintConfig.key` of the config the entry was made with. */
  readonly config: string;
  /** `format` the entry was parsed with. */
  readonly format: DocumentFormat;
  readonly tables: readonly ExtractedTable[];
  /** Extraction and table-level findings, disable comments not applied. */
  readonly findings: readonly Finding[];
}

/**
 * A cache for {@link lint}: a `Map` from file path to the entry of its last
 * content. Pass the same map on every call (such as from a dev server's
 * reloads); entries of files not in a call are dropped by it, so the cache
 * never holds more than the last call's files.
 */
export type LintCache = Map<string, LintCacheEntry>;

/** Options of {@link lint}. */
export interface LintOptions {
  /**
   * Lint configuration (rule severities and options, mirrors), such as the
   * result of `loadConfig` and `mergeConfig`.
   *
   * @default {} (every rule at its default)
   */
  readonly config?: LintConfig | null | undefined;
  /**
   * Cache of the per-file part, keyed by path; an entry is used when the
   * file's content hash, the config and the format are those it was made
   * with. No cache: everything is parsed.
   */
  readonly cache?: LintCache | null | undefined;
  /**
   * How documents are parsed, as Docusaurus's `markdown.format`.
   *
   * @default 'mdx'
   */
  readonly format?: DocumentFormat | null | undefined;
  /**
   * Tables found elsewhere, such as the tables partials give at their usages
   * (`checkPartials`): checked with the files' tables by the table-level and
   * dataset-level rules, and returned with them. Their extraction findings
   * are the caller's.
   *
   * @default []
   */
  readonly includedTables?: readonly ExtractedTable[] | null | undefined;
}

/** What {@link lint} gives. */
export interface LintResult {
  /**
   * Findings with their configured severity (rules that are `off` dropped,
   * disable comments applied), sorted by file, line, column, then rule id.
   */
  readonly findings: Finding[];
  /** Every upgrade table of the files, file by file in the order given, tables in document order. */
  readonly tables: ExtractedTable[];
}

/**
 * Lint Markdown/MDX documents: the one programmatic API behind the
 * Docusaurus plugin and `upgrade-paths lint`.
 *
 * Per file (cacheable, see {@link LintOptions.cache}): documents that cannot
 * hold an upgrade table (a scan of `|` lines, `mayHoldUpgradeTable` of core,
 * then a check of header cells) are skipped without parsing; the others are
 * parsed the way
 * Docusaurus parses them (`extractUpgradePaths`) and their tables checked on
 * their own (`lintTable`). Then the dataset-level rules run over the tables
 * of all files (`lintDatasets`), and `settleFindings` applies the config and
 * disable comments.
 *
 * @param files
 *   Documents. Dataset-level rules see only these: lint every document of a
 *   site together.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Findings and tables. Content problems are findings; nothing is thrown
 *   for them.
 * @throws {Error}
 *   When `options.config` is not valid (message names the key and value).
 */
export function lint(files: readonly LintFile[], options?: Readonly<LintOptions> | null): LintResult {
  const config = resolveLintConfig(options?.config);
  const format = options?.format ?? 'mdx';
  const cache = options?.cache ?? undefined;
  const tables: ExtractedTable[] = [];
  const findings: Finding[] = [];
  const paths = new Set<string>();

  for (const file of files) {
    paths.add(file.path);
    let entry: LintCacheEntry | undefined;
    if (cache) {
      const hash = createHash('sha1').update(file.value).digest('hex');
      entry = cache.get(file.path);
      if (entry?.hash !== hash || entry.config !== config.key || entry.format !== format) {
        entry = {hash, config: config.key, format, ...checkFile(file)};
        cache.set(file.path, entry);
      }
    } else {
      entry = {hash: '', config: config.key, format, ...checkFile(file)};
    }
    tables.push(...entry.tables);
    findings.push(...entry.findings);
  }
  if (cache) {
    for (const key of cache.keys()) if (!paths.has(key)) cache.delete(key);
  }
  for (const table of options?.includedTables ?? []) {
    tables.push(table);
    findings.push(...lintTable(table, config));
  }

  findings.push(...lintDatasets(tables, config));
  const settled = settleFindings(findings, tables, config);
  const included = options?.includedTables ?? [];
  return {findings: included.length === 0 ? settled : settled.map((finding) => withUsages(finding, included)), tables};

  function checkFile(file: LintFile): {tables: ExtractedTable[]; findings: Finding[]} {
    if (!mayHoldHeader(file.value)) return {tables: [], findings: []};
    const result = extractUpgradePaths(file.value, {file: file.path, docId: file.docId, format});
    const found = [...result.findings];
    for (const table of result.tables) found.push(...lintTable(table, config));
    return {tables: result.tables, findings: found};
  }
}

/**
 * A `|` line naming a Support column: a table `table-shape` reports (Support
 * with only one of Source/Target), which `mayHoldUpgradeTable` lets through
 * only when another line names both.
 */
const supportHeaderExpression = /^[^\n]*\|[^\n]*\bsupport(?:ed)?\b/im;

/** A word every header line extraction reads (or `table-shape` reports) holds. */
const headerWord = /\b(?:source|from|support(?:ed)?)\b/i;
const sourceHeader = /^(?:source|from)(?: version)?$/;
const targetHeader = /^(?:target|to)(?: version)?$/;
const supportHeader = /^support(?:ed)?$/;
/** A GFM delimiter row, after any block quote markers and indentation. */
const delimiterRow = /^[\s>]*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*\r?$/;

/**
 * Whether a document may hold an upgrade table, or a table `table-shape`
 * reports, in three steps, cheapest first:
 *
 * 1. some line has a `|` and the word `source`, `from` or `support`, and a
 *    table delimiter row (`| --- | --- |`) follows it (a scan from `|` to
 *    `|`, so prose without tables costs next to nothing);
 * 2. `mayHoldUpgradeTable` of core, or a `|` line naming a Support column
 *    (tested on the lines of step 1 only, which gives the same answer);
 * 3. some such line, split into cells with link, emphasis, code and HTML
 *    markup dropped, has a cell that is a source header name extraction
 *    knows (`Source Version`, `From`, …; see `upgradeTablesFromMdast`) and
 *    another that is a target header name (or one of the two and `Support`).
 *
 * Prose tables whose cells merely say "from" and "to" are not parsed. Never
 * `false` for a document holding a table extraction reads.
 */
function mayHoldHeader(value: string): boolean {
  const lines = headerLines(value);
  if (lines.length === 0) return false;
  // Every line these two look for is among `lines`: testing those alone
  // gives the same answer as testing the whole document, for less.
  const text = lines.join('\n');
  if (!mayHoldUpgradeTable(text) && !supportHeaderExpression.test(text)) return false;
  for (const line of lines) {
    let source = false;
    let target = false;
    let support = false;
    for (const cell of line.split('|')) {
      const text = cell
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]*>|&nbsp;|[*_~`\\>]/g, ' ')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase();
      if (sourceHeader.test(text)) source = true;
      else if (targetHeader.test(text)) target = true;
      else if (supportHeader.test(text)) support = true;
    }
    if ((source && target) || (support && (source || target))) return true;
  }
  return false;
}

/**
 * Lines that may be the header row of a table: holding a `|` and a
 * {@link headerWord}, and followed by a delimiter row (`| --- | :-: |`; GFM
 * requires one right after the header row).
 */
function headerLines(value: string): string[] {
  const lines: string[] = [];
  let pipe = value.indexOf('|');
  while (pipe !== -1) {
    const start = value.lastIndexOf('\n', pipe) + 1;
    let end = value.indexOf('\n', pipe);
    if (end === -1) end = value.length;
    const line = value.slice(start, end);
    if (headerWord.test(line)) {
      let after = value.indexOf('\n', end + 1);
      if (after === -1) after = value.length;
      if (delimiterRow.test(value.slice(end + 1, after))) lines.push(line);
    }
    pipe = value.indexOf('|', end);
  }
  return lines;
}

/**
 * A finding located in a table included from a partial, with the usages
 * that table comes from named at the end of its message (a partial used on
 * several pages is reported once, naming every usage).
 */
function withUsages(finding: Finding, included: readonly ExtractedTable[]): Finding {
  const line = finding.position.start.line;
  const usages = new Set<string>();
  for (const table of included) {
    if (table.includedFrom && table.file === finding.file && line >= table.position.start.line && line <= table.position.end.line) {
      usages.add(table.includedFrom.file + ':' + table.includedFrom.line + ':' + table.includedFrom.column);
    }
  }
  if (usages.size === 0) return finding;
  return {...finding, message: finding.message + ' (in the partial used at ' + [...usages].sort().join(', ') + ')'};
}
