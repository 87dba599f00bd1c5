import fs from 'node:fs/promises';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {mayHoldUpgradePaths} from 'mdast-util-upgrade-paths';
import type {DiscoveredFile} from './discover.js';
import {mapConcurrently} from './concurrent.js';
import {extractUpgradePaths} from './extract.js';
import {defaultMarkdownSettings, type MarkdownSettings} from './markdown.js';

/** What one document holds. */
export interface DocumentResult {
  readonly document: DiscoveredFile;
  /** Upgrade tables in document order. */
  readonly tables: readonly ExtractedTable[];
  /** What could not be read in them (see `extractUpgradePaths`). */
  readonly findings: readonly Finding[];
}

/** What {@link readDocuments} gives. */
export interface ReadResult {
  /** One result per readable document, in the order given. */
  readonly documents: readonly DocumentResult[];
  /** `file` of each document that could not be read, in the order given. */
  readonly unreadable: readonly string[];
}

/**
 * Read documents and extract their upgrade tables, without linting, the
 * way Docusaurus parses them (see `extractUpgradePaths`). A document whose
 * text cannot hold an upgrade table (`mayHoldUpgradePaths`) is not parsed
 * and gives no tables and no findings.
 *
 * @param documents
 *   Documents, as found by `discoverFiles`.
 * @param options
 *   The site's Markdown settings (default: Docusaurus's defaults).
 * @returns
 *   Tables and findings per document, and the documents that could not be
 *   read (data, not thrown: the caller reports them).
 * @throws {Error}
 *   Only for failures that are not about a file (no `code` on the error).
 */
export async function readDocuments(
  documents: readonly DiscoveredFile[],
  options?: {readonly markdown?: MarkdownSettings | undefined} | null,
): Promise<ReadResult> {
  const markdown = options?.markdown ?? defaultMarkdownSettings;
  const read = await mapConcurrently(documents, async function (document): Promise<DocumentResult | undefined> {
      let value: string;
      try {
        value = await fs.readFile(document.path, 'utf8');
      } catch (error) {
        if (typeof (error as {code?: unknown} | null)?.code !== 'string') throw error;
        return undefined;
      }
      return mayHoldUpgradePaths(value)
        ? {document, ...extractUpgradePaths(value, {file: document.file, docId: document.docId, markdown})}
        : {document, tables: [], findings: []};
  });
  return {
    documents: read.filter((result) => result !== undefined),
    unreadable: documents.filter((_, index) => read[index] === undefined).map((document) => document.file),
  };
}
