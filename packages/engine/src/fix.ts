import fs from 'node:fs/promises';
import type {ExtractedTable, Finding, LintConfig} from '@upgrade-paths/core';
import {checkedSortOrderFix, resolveLintConfig} from '@upgrade-paths/core';
import writeFileAtomic from 'write-file-atomic';
import type {SiteDocument} from './content.js';
import {extractUpgradePaths} from './extract.js';
import {defaultMarkdownSettings, type MarkdownSettings} from './markdown.js';
import {recognitionFor} from './recognition.js';

/** What {@link fixDocuments} gives. */
export interface FixResult {
  /** `path` of each document rewritten, in the order given. */
  readonly written: readonly string[];
  /**
   * `sort-order` errors "Not fixed: …", one per table of a document whose
   * fix was refused (see `checkedSortOrderFix`); those files are untouched.
   */
  readonly notFixed: readonly Finding[];
}

/**
 * Sort the rows of the tables breaking `sort-order`, document by document,
 * with `checkedSortOrderFix`: the fixed text is computed in memory and
 * written only when it extracts to the same rows and a second fix changes
 * nothing; whole row lines move, every other byte stays.
 *
 * Each document is read again first: when it changed since it was linted,
 * its tables are extracted again from what is on disk now. A write goes to
 * a temporary file in the folder of the real file (a symlink is followed),
 * with the file's mode and owner, then renamed over it (`write-file-atomic`),
 * so an interrupted fix never leaves half a file.
 *
 * @param documents
 *   The documents linted, with their paths on disk.
 * @param result
 *   Their lint result: the documents with a `sort-order` finding are fixed,
 *   with the tables found in them.
 * @param options
 *   How the site parses Markdown (default: Docusaurus's defaults), to read
 *   the fixed text back; a document's own `markdown` comes first.
 * @returns
 *   The files written and the tables not fixed.
 * @throws {Error}
 *   File system errors (a document that cannot be read or written).
 */
export async function fixDocuments(
  documents: readonly SiteDocument[],
  result: {readonly findings: readonly Finding[]; readonly tables: readonly ExtractedTable[]},
  options?: {readonly markdown?: MarkdownSettings | undefined; readonly config?: LintConfig | undefined} | null,
): Promise<FixResult> {
  const markdown = options?.markdown ?? defaultMarkdownSettings;
  const recognize = recognitionFor(resolveLintConfig(options?.config));
  const toFix = new Set(result.findings.filter((item) => item.ruleId === 'sort-order').map((item) => item.file));
  const written: string[] = [];
  const notFixed: Finding[] = [];
  for (const document of documents) {
    if (!toFix.has(document.path)) continue;
    const extract = (value: string) =>
      extractUpgradePaths(value, {file: document.path, docId: document.docId, markdown: document.markdown ?? markdown, recognition: recognize(document.path)}).tables;
    const value = await fs.readFile(document.absolutePath, 'utf8');
    const tables =
      value === document.value
        ? result.tables.filter((table) => table.file === document.path && table.includedFrom === null)
        : extract(value);
    const fixed = checkedSortOrderFix(value, tables, extract);
    notFixed.push(...fixed.notFixed);
    if (fixed.value === value) continue;
    await writeFileAtomic(document.absolutePath, fixed.value);
    written.push(document.path);
  }
  return {written, notFixed};
}
