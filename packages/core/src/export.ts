import type {Dataset, ExtractedTable, UpgradePathsExport, UpgradeTable} from './model.js';
import {compareText} from './text.js';
import {newestFirst, parseVersion, widestScheme} from './versions.js';

/**
 * The public fields of a table (what the JSON export and the data modules
 * carry), in schema order.
 */
export function publicTable(table: UpgradeTable): UpgradeTable {
  return {
    id: table.id,
    file: table.file,
    permalink: table.permalink,
    line: table.line,
    column: table.column,
    group: table.group,
    ...(table.region !== undefined ? {region: table.region} : {}),
    tab: table.tab,
    includedFrom: table.includedFrom,
    ...(table.layout !== undefined ? {layout: table.layout} : {}),
    ...(table.scheme !== undefined && table.scheme !== 'semver' ? {scheme: table.scheme} : {}),
    rows: table.rows.map((row) => ({
      source: row.source,
      target: row.target,
      supported: row.supported,
      anchor: row.anchor,
      line: row.line,
      column: row.column,
      ...(row.notes !== undefined ? {notes: row.notes} : {}),
      ...(row.supportNote !== undefined ? {supportNote: row.supportNote} : {}),
      ...(row.sourceNote !== undefined ? {sourceNote: row.sourceNote} : {}),
      ...(row.targetNote !== undefined ? {targetNote: row.targetNote} : {}),
      ...(row.derived !== undefined ? {derived: row.derived} : {}),
    })),
    ...(table.notes !== undefined ? {notes: table.notes} : {}),
  };
}

/**
 * Group extracted tables into datasets.
 *
 * Order (public contract): datasets by id; tables by file, then line; rows in
 * document order. A dataset's title is the one its first table proposes. The
 * result depends only on the tables, never on the order they are given in.
 *
 * @param tables
 *   Tables of any number of documents, in any order.
 * @returns
 *   Datasets, sorted.
 */
export function datasetsFromTables(tables: Iterable<ExtractedTable>): Dataset[] {
  return [...tablesByDataset(tables)].map(function ([id, list]) {
    const versions: string[] = [];
    for (const table of list) {
      for (const row of table.rows) {
        for (const text of [row.source, row.target]) {
          const version = parseVersion(text, table.scheme);
          if (version?.kind === 'exact') versions.push(version.version);
          else if (version?.kind === 'range') versions.push(version.from.version, version.to.version);
        }
      }
    }
    const scheme = widestScheme(list.map((table) => table.scheme ?? 'semver'));
    return {
      id,
      title: list[0]?.datasetTitle ?? id,
      ...(scheme !== 'semver' ? {scheme} : {}),
      versions: newestFirst(versions),
      tables: list.map(publicTable),
    };
  });
}

/**
 * Tables grouped by dataset, in the export's order: datasets by id, tables
 * by file, then line; tables with the same file and line (one partial
 * rendered at several usages) keep the order they are given in, which lint
 * makes the order of the pages and their usages.
 *
 * @returns
 *   Map from dataset id to its tables.
 */
export function tablesByDataset(tables: Iterable<ExtractedTable>): Map<string, ExtractedTable[]> {
  const byId = new Map<string, ExtractedTable[]>();
  for (const table of tables) {
    const list = byId.get(table.dataset);
    if (list) list.push(table);
    else byId.set(table.dataset, [table]);
  }
  const sorted = new Map<string, ExtractedTable[]>();
  for (const id of [...byId.keys()].sort(compareText)) {
    const list = byId.get(id) ?? [];
    list.sort((left, right) => compareText(left.file, right.file) || left.line - right.line);
    sorted.set(id, list);
  }
  return sorted;
}

/**
 * The JSON export, schema version 1.
 *
 * @param tables
 *   Tables of any number of documents, in any order.
 */
export function upgradePathsExport(tables: Iterable<ExtractedTable>): UpgradePathsExport {
  return {schemaVersion: 1, datasets: datasetsFromTables(tables)};
}
