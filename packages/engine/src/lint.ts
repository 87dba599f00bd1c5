import type {
  DocumentFacts,
  ExtractedTable,
  Finding,
  LintConfig,
  OtherTable,
  PartialUsage,
  UnresolvedProp,
  VersionedUsage,
} from '@upgrade-paths/core';
import {
  createAnchorSlugger,
  disableDirectives,
  lintDocumentFacts,
  lintSiteFacts,
  partialRegistries,
  resolveLintConfig,
  settleFindings,
} from '@upgrade-paths/core';
import {partialUsageTables, type LineMap} from 'mdast-util-upgrade-paths';
import {createEntryReader, type LintCacheEntry} from './entry.js';
import {defaultMarkdownSettings, type DocumentFormat, type MarkdownSettings} from './markdown.js';
import type {SitePartials} from './partials.js';
import {docsVersionOf} from './paths.js';
import type {PageRead} from './read.js';

/** One document to lint. */
export interface LintFile {
  /** Site- (plugin) or working-folder- (CLI) relative POSIX path: the `file` of findings and tables. */
  readonly path: string;
  /** File content, front matter included. */
  readonly value: string;
  /** Doc id (path relative to the docs folder, without extension): the dataset product when front matter names none. */
  readonly docId: string;
  /**
   * How this file parses, when not as the run's `markdown` says (the CLI's
   * `--markdown-format auto`: each file as its site, or by extension).
   */
  readonly markdown?: MarkdownSettings | undefined;
}

/**
 * A cache for {@link lint}: a `Map` from file path to the entry of its last
 * content. Pass the same map on every call (such as from a dev server's
 * reloads); entries of files not in a call are dropped by it, so the cache
 * never holds more than the last call's files.
 */
export type LintCache = Map<string, LintCacheEntry>;
export type {LintCacheEntry};

/** Options of {@link lint}. */
export interface LintOptions {
  /**
   * Lint configuration (rule severities and options, mirrors), such as the
   * result of `loadConfig` and `mergeConfig`.
   *
   * @default {} (every rule at its default)
   */
  readonly config?: LintConfig | null | undefined;
  /** Cache of the per-file part, keyed by path. No cache: everything is parsed. */
  readonly cache?: LintCache | null | undefined;
  /** How documents are parsed. @default Docusaurus's defaults (`defaultMarkdownSettings`) */
  readonly markdown?: MarkdownSettings | null | undefined;
  /** Shorthand for `markdown.format`, as Docusaurus's `markdown.format`. @default 'mdx' */
  readonly format?: DocumentFormat | null | undefined;
  /**
   * The site's partials (`loadPartialLibrary`): every partial usage of the
   * files is checked and the tables partials render on pages are linted
   * with the pages' own; so are the partial files themselves. Without
   * partials, usages are not checked.
   */
  readonly partials?: SitePartials | null | undefined;
  /**
   * Documents whose partial usages are checked but whose tables are not
   * data (the docs of older versions, `versioned_docs/`).
   *
   * @default []
   */
  readonly versionedFiles?: readonly LintFile[] | null | undefined;
  /**
   * Tables found elsewhere (such as rendered by partials): checked with the
   * files' tables by every rule, and returned with them.
   *
   * @default []
   */
  readonly includedTables?: readonly ExtractedTable[] | null | undefined;
  /**
   * Parse every document, also those the prefilter would skip (they cannot
   * hold an upgrade table), so that {@link LintResult.otherTables} lists
   * every table of every file: what `upgrade-paths lint --verbose` prints.
   * Slower; the findings and tables are the same either way.
   *
   * @default false
   */
  readonly verbose?: boolean | null | undefined;
}

/** A table not read as an upgrade table, in a file linted. */
export interface OtherFileTable extends OtherTable {
  /** The `file` of the document holding it (the {@link LintFile.path}, or a partial's site-relative path). */
  readonly file: string;
}

/** What {@link lint} gives. */
export interface LintResult {
  /**
   * Findings with their configured severity (rules that are `off` dropped,
   * disable comments applied), sorted by file, line, column, then rule id.
   */
  readonly findings: Finding[];
  /**
   * Every upgrade table: the files' own, file by file in the order given,
   * tables in document order; then those partials render at usages (in
   * usage order) and the `includedTables`.
   */
  readonly tables: ExtractedTable[];
  /**
   * The line maps of the files parsing removed lines from (`mdx-code-block`
   * fences), by path: what the remark plugin needs to give file lines too.
   */
  readonly lineMaps: ReadonlyMap<string, LineMap>;
  /**
   * Tables of the files and partials parsed that are not upgrade tables,
   * with the reason, by file then line (their rows are neither data nor
   * findings). Files the prefilter skipped are in it only with
   * {@link LintOptions.verbose}.
   */
  readonly otherTables: OtherFileTable[];
}

/**
 * Lint Markdown/MDX documents: the one lint run behind the Docusaurus
 * plugin and `upgrade-paths lint` (both reach it through `lintSite`).
 *
 * Per file (cacheable, see {@link LintOptions.cache}): documents that cannot
 * hold an upgrade table, a partial usage or a disable comment
 * (`mayHoldUpgradePaths`, which agrees with extraction) are skipped without
 * parsing; the others are parsed the way Docusaurus parses them and the
 * document rules run on them. Then partials are rendered at their usages
 * and checked, the dataset and site rules run over every table, and every
 * finding is settled once (`settleFindings`: config, disable comments in
 * pages and partials alike, usages named).
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
  const markdown: MarkdownSettings = {
    ...(options?.markdown ?? defaultMarkdownSettings),
    ...(options?.format ? {format: options.format} : {}),
  };
  const reader = createEntryReader(config, markdown, options?.verbose === true);
  const cache = options?.cache ?? undefined;
  const partials = options?.partials ?? undefined;
  const tables: ExtractedTable[] = [];
  const included: ExtractedTable[] = [];
  const findings: Finding[] = [];
  const usages: VersionedUsage[] = [];
  const unresolved: UnresolvedProp[] = [];
  const paths = new Set<string>();
  const lineMaps = new Map<string, LineMap>();
  const otherTables: OtherFileTable[] = [];

  for (const file of files) {
    paths.add(file.path);
    const entry = readFile(file);
    if (entry.read.lineMap) lineMaps.set(file.path, entry.read.lineMap);
    tables.push(...entry.read.document.tables);
    collectOtherTables(entry.read.document);
    findings.push(...entry.findings);
    const version = docsVersionOf(file.path);
    for (const usage of entry.read.usages) usages.push({usage, version});
    if (partials && entry.read.page && entry.read.usages.length > 0) renderPartials(entry.read, entry.read.usages);
  }
  for (const file of options?.versionedFiles ?? []) {
    paths.add(file.path);
    const version = docsVersionOf(file.path);
    for (const usage of readFile(file).read.usages) usages.push({usage, version});
  }
  if (cache) {
    for (const path of cache.keys()) if (!paths.has(path)) cache.delete(path);
  }
  for (const table of options?.includedTables ?? []) {
    included.push(table);
    check({file: table.file, kind: 'usage', includedFrom: table.includedFrom ?? undefined, tables: [table], candidates: [], strayDisables: []});
  }

  const partialUsages: PartialUsage[] = [];
  if (partials) {
    for (const document of partials.documents) {
      check(document);
      collectOtherTables(document);
    }
    for (const registry of partialRegistries(partials)) {
      for (const partial of registry.files) partialUsages.push(...partial.usages);
    }
  }
  const all = [...tables, ...included];
  findings.push(
    ...lintSiteFacts(
      {tables: all, ...(partials ? {partials: {library: partials, usages, unresolved}} : {})},
      config,
    ),
  );
  const directives = disableDirectives([...all, ...usages.map((item) => item.usage), ...partialUsages]);
  otherTables.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.position.start.line - b.position.start.line));
  return {findings: settleFindings(findings, {directives, includedTables: included}, config), tables: all, lineMaps, otherTables};

  function collectOtherTables(document: DocumentFacts): void {
    for (const table of document.otherTables ?? []) otherTables.push({...table, file: document.file});
  }

  function readFile(file: LintFile): {read: PageRead; findings: readonly Finding[]} {
    // A file the prefilter skips reads the same whatever its content: no
    // hash to compare (hashing every prose page cost more than the scan).
    const parses = reader.parses(file);
    const hash = cache && parses ? reader.hash(file) : '';
    const known = cache?.get(file.path);
    const key = reader.key(file);
    if (known && known.hash === hash && known.key === key) return known;
    const entry = reader.read(file, hash, key, parses);
    cache?.set(file.path, entry);
    return entry;
  }

  /** The tables partials render on a page, as data of the page, checked like its own. */
  function renderPartials(read: PageRead, found: readonly PartialUsage[]): void {
    if (!partials || !read.page) return;
    // Row anchors unique in the page: after the page's own rows, in
    // document order (a partial rendered twice gets `-2` anchors).
    const anchor = createAnchorSlugger();
    for (const table of read.document.tables) for (const row of table.rows) anchor(row.anchor);
    for (const usage of found) {
      const rendered = partialUsageTables(usage, partials, read.page, anchor);
      included.push(...rendered.tables);
      unresolved.push(...rendered.unresolved);
      for (const document of rendered.documents) check(document);
    }
  }

  function check(document: DocumentFacts): void {
    findings.push(...lintDocumentFacts(document, config));
  }
}
