import fs from 'node:fs/promises';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {mayHoldUpgradeTable} from '@upgrade-paths/core';
import {extractUpgradePaths, type DocumentFormat} from 'remark-upgrade-paths';
import type {DiscoveredFile} from './discover.js';

/** What one document holds. */
export interface DocumentResult {
  readonly document: DiscoveredFile;
  /** Upgrade tables in document order. */
  readonly tables: readonly ExtractedTable[];
  /** Content problems found reading them (what `lint` reports). */
  readonly findings: readonly Finding[];
}

/** What {@link readDocuments} gives. */
export interface ReadResult {
  /** One result per readable document, in the order given. */
  readonly documents: readonly DocumentResult[];
  /** `file` of each document that could not be read, in the order given. */
  readonly unreadable: readonly string[];
}

/** Options of {@link readDocuments}. */
export interface ReadOptions {
  /**
   * How documents are parsed, as Docusaurus's `markdown.format`.
   *
   * @default 'mdx'
   */
  readonly format?: DocumentFormat | undefined;
}

/** Files read at the same time: enough to keep the disk busy, few enough for any `ulimit -n`. */
const concurrency = 16;

/**
 * Read documents and extract their upgrade tables, the way Docusaurus parses
 * them (see `extractUpgradePaths` of `remark-upgrade-paths`).
 *
 * A document whose text cannot hold an upgrade table (`mayHoldUpgradeTable`
 * of `@upgrade-paths/core`) is not parsed and gives no tables and no
 * findings.
 *
 * @param documents
 *   Documents, as found by `discoverFiles`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Tables and findings per document, and the documents that could not be
 *   read (data, not thrown: the caller reports them).
 * @throws {Error}
 *   Only for failures that are not about a file (no `code` on the error).
 */
export async function readDocuments(
  documents: readonly DiscoveredFile[],
  options?: Readonly<ReadOptions> | null,
): Promise<ReadResult> {
  const format = options?.format ?? 'mdx';
  const results: Array<DocumentResult | undefined> = [];
  const failed = new Set<number>();
  let next = 0;

  async function work(): Promise<void> {
    while (next < documents.length) {
      const index = next++;
      const document = documents[index];
      if (document === undefined) continue;
      let value: string;
      try {
        value = await fs.readFile(document.path, 'utf8');
      } catch (error) {
        if (typeof (error as {code?: unknown} | null)?.code !== 'string') throw error;
        failed.add(index);
        continue;
      }
      results[index] = mayHoldUpgradeTable(value)
        ? {document, ...extractUpgradePaths(value, {file: document.file, docId: document.docId, format})}
        : {document, tables: [], findings: []};
    }
  }

  await Promise.all(Array.from({length: Math.min(concurrency, documents.length)}, work));
  return {
    documents: results.filter((result) => result !== undefined),
    unreadable: documents.filter((_, index) => failed.has(index)).map((document) => document.file),
  };
}
