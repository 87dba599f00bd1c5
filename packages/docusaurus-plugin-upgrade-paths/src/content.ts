import fs from 'node:fs/promises';
import path from 'node:path';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {compareText, mayHoldUpgradeTable} from '@upgrade-paths/core';
import {Globby, posixPath} from '@docusaurus/utils';
import {extractUpgradePaths, type DocumentFormat} from 'remark-upgrade-paths';

/** What `loadContent` gives: every table and finding of the docs. */
export interface UpgradePathsContent {
  /** Tables of all docs, by file then line. */
  readonly tables: readonly ExtractedTable[];
  /** Findings of all docs, by file, line, column. */
  readonly findings: readonly Finding[];
}

/**
 * Read the docs folder and extract the upgrade tables of every file that can
 * hold one; each file is parsed once.
 *
 * @param siteDir
 *   Absolute site folder; `file` fields are relative to it.
 * @param settings
 *   Docs folder (relative to the site), include and exclude globs, and the
 *   site's Markdown format.
 */
export async function readUpgradePaths(
  siteDir: string,
  settings: {
    readonly path: string;
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly format: DocumentFormat;
  },
): Promise<UpgradePathsContent> {
  const docsDir = path.resolve(siteDir, settings.path);
  const found = await Globby([...settings.include], {cwd: docsDir, ignore: [...settings.exclude]});
  const relativePaths = found.sort(compareText);
  const tables: ExtractedTable[] = [];
  const findings: Finding[] = [];
  await Promise.all(
    relativePaths.map(async function (relativePath) {
      const absolutePath = path.join(docsDir, relativePath);
      const value = await fs.readFile(absolutePath, 'utf8');
      if (!mayHoldUpgradeTable(value)) return;
      const result = extractUpgradePaths(value, {
        file: posixPath(path.relative(siteDir, absolutePath)),
        docId: posixPath(relativePath).replace(/\.[^./]+$/, ''),
        format: settings.format,
      });
      tables.push(...result.tables);
      findings.push(...result.findings);
    }),
  );
  tables.sort((left, right) => compareText(left.file, right.file) || left.line - right.line);
  findings.sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      left.position.start.line - right.position.start.line ||
      left.position.start.column - right.position.start.column,
  );
  return {tables, findings};
}
