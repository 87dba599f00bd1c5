import fs from 'node:fs/promises';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {keepsAuthoredLayout, type UpgradePathsExport} from '@upgrade-paths/core';

/**
 * After a build: a page whose tables did not come out through
 * `UpgradePathTable` was built without `remark-upgrade-paths`; say so, with
 * the line to add.
 *
 * @param outDir
 *   The build's output folder.
 * @param published
 *   The export (tables with permalinks).
 */
export async function warnWhenNotRendered(outDir: string, published: UpgradePathsExport): Promise<void> {
  const pages = new Map<string, {file: string; ids: string[]}>();
  for (const dataset of published.datasets) {
    for (const table of dataset.tables) {
      // A partial's table in the author's layout stays Markdown, unmarked.
      if (table.permalink === null || (table.includedFrom !== null && keepsAuthoredLayout(table))) continue;
      const page = pages.get(table.permalink) ?? {file: table.includedFrom?.file ?? table.file, ids: []};
      page.ids.push(table.id);
      pages.set(table.permalink, page);
    }
  }
  const missing: string[] = [];
  for (const [permalink, page] of pages) {
    const html = await readPageHtml(outDir, permalink);
    if (html === undefined) continue;
    if (!page.ids.every((id) => html.includes('data-upgrade-paths-table="' + escapeHtml(id) + '"'))) missing.push(page.file);
  }
  if (missing.length > 0) {
    logger.warn(
      'Upgrade path tables were found in ' +
        missing.join(', ') +
        ' but were not rendered by `UpgradePathTable`: `remark-upgrade-paths` did not run on these pages. Add it to the docs plugin options:\n' +
        "  beforeDefaultRemarkPlugins: [remarkUpgradePaths],   // import remarkUpgradePaths from 'remark-upgrade-paths'",
    );
  }
}

async function readPageHtml(outDir: string, permalink: string): Promise<string | undefined> {
  const base = path.join(outDir, decodeURIComponent(permalink));
  for (const candidate of [path.join(base, 'index.html'), base.replace(/\/$/, '') + '.html']) {
    try {
      return await fs.readFile(candidate, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
