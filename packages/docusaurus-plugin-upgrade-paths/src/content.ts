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
 * Read the documents of a docs folder: the files `include` matches and
 * `exclude` does not, in path order. Each is read once per load and given to
 * both the partials check and lint.
 *
 * @param siteDir
 *   Absolute site folder; `path` fields are relative to it.
 * @param root
 *   Absolute docs folder; doc ids are relative to it, without extension.
 */
export async function readDocuments(
  siteDir: string,
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<LintFile[]> {
  const found = await Globby([...include], {cwd: root, ignore: [...exclude]});
  return Promise.all(
    found.sort(compareText).map(async function (relativePath): Promise<LintFile> {
      const absolutePath = path.join(root, relativePath);
      return {
        path: posixPath(path.relative(siteDir, absolutePath)),
        value: await fs.readFile(absolutePath, 'utf8'),
        docId: posixPath(relativePath).replace(/\.[^./]+$/, ''),
      };
    }),
  );
}

/**
 * Lint the docs with `remark-upgrade-paths`'s `lint()`: files that cannot
 * hold an upgrade table are skipped unparsed, the others are parsed once, and
 * per-file results are reused from `cache` while a file's content is
 * unchanged; dataset-level rules always run over all tables.
 *
 * @param documents
 *   The docs, as {@link readDocuments} gives them.
 * @param settings
 *   The site's Markdown format, the lint config, the cache to reuse, and the
 *   tables partials give at their usages.
 */
export function lintUpgradePaths(
  documents: readonly LintFile[],
  settings: {
    readonly format: DocumentFormat;
    readonly config: LintConfig;
    readonly cache: LintCache;
    /** Tables partials give at their usages, linted with the docs' own. */
    readonly includedTables: readonly ExtractedTable[];
  },
): UpgradePathsContent {
  const {tables, findings} = lint(documents, settings);
  return {
    tables: [...tables].sort((left, right) => compareText(left.file, right.file) || left.line - right.line),
    findings,
  };
}
