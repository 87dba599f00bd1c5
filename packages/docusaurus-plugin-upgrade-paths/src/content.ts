import fs from 'node:fs/promises';
import path from 'node:path';
import type {ExtractedTable, Finding, LintConfig} from '@upgrade-paths/core';
import {compareText} from '@upgrade-paths/core';
import {Globby, posixPath} from '@docusaurus/utils';
import {lint, type DocumentFormat, type LintCache, type LintFile} from 'remark-upgrade-paths';

/** What `loadContent` gives: every table and finding of the docs. */
export interface UpgradePathsContent {
  /** Tables of all docs, by file then line. */
  readonly tables: readonly ExtractedTable[];
  /** Findings of all docs (configured severities), by file, line, column. */
  readonly findings: readonly Finding[];
}

/**
 * Read the docs folder, then lint every file with `remark-upgrade-paths`'s
 * `lint()`: files that cannot hold an upgrade table are skipped unparsed,
 * the others are parsed once, and per-file results are reused from `cache`
 * while a file's content is unchanged; dataset-level rules always run over
 * all tables.
 *
 * @param siteDir
 *   Absolute site folder; `file` fields are relative to it.
 * @param settings
 *   Docs folder (relative to the site), include and exclude globs, the
 *   site's Markdown format, the lint config, and the cache to reuse.
 */
export async function readUpgradePaths(
  siteDir: string,
  settings: {
    readonly path: string;
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly format: DocumentFormat;
    readonly config: LintConfig;
    readonly cache: LintCache;
    /** Tables partials give at their usages, linted with the docs' own. */
    readonly includedTables: readonly ExtractedTable[];
  },
): Promise<UpgradePathsContent> {
  const docsDir = path.resolve(siteDir, settings.path);
  const found = await Globby([...settings.include], {cwd: docsDir, ignore: [...settings.exclude]});
  const files: LintFile[] = await Promise.all(
    found.sort(compareText).map(async function (relativePath): Promise<LintFile> {
      const absolutePath = path.join(docsDir, relativePath);
      return {
        path: posixPath(path.relative(siteDir, absolutePath)),
        value: await fs.readFile(absolutePath, 'utf8'),
        docId: posixPath(relativePath).replace(/\.[^./]+$/, ''),
      };
    }),
  );
  const {tables, findings} = lint(files, {
    config: settings.config,
    cache: settings.cache,
    format: settings.format,
    includedTables: settings.includedTables,
  });
  return {
    tables: [...tables].sort((left, right) => compareText(left.file, right.file) || left.line - right.line),
    findings,
  };
}
