import fs from 'node:fs/promises';
import type {ExtractedTable, Finding} from '@upgrade-paths/core';
import {fixSortOrder} from '@upgrade-paths/core';
import type {SiteDocument} from './content.js';

/**
 * Rewrite the documents holding tables that break `sort-order` with
 * `fixSortOrder` (whole row lines move; every other byte stays).
 *
 * @param documents
 *   The documents linted, with their paths on disk.
 * @param result
 *   Their lint result.
 * @returns
 *   How many files were written.
 */
export async function fixDocuments(
  documents: readonly SiteDocument[],
  result: {readonly findings: readonly Finding[]; readonly tables: readonly ExtractedTable[]},
): Promise<number> {
  const toFix = new Set(result.findings.filter((item) => item.ruleId === 'sort-order').map((item) => item.file));
  let changed = 0;
  for (const document of documents) {
    if (!toFix.has(document.path)) continue;
    const own = result.tables.filter((table) => table.file === document.path && table.includedFrom === null);
    const fixed = fixSortOrder(document.value, own);
    if (fixed === document.value) continue;
    await fs.writeFile(document.absolutePath, fixed);
    changed++;
  }
  return changed;
}
