import type {} from './mdast-extensions.js';
import type {
  DocumentFacts,
  ExtractedTable,
  IncludedFrom,
  OtherTable,
  PartialUsage,
  Position,
  RowCells,
  TableCandidate,
  TableTab,
  UpgradeRow,
} from '@upgrade-paths/core';
import {
  createAnchorSlugger,
  datasetFrontMatter,
  datasetId,
  datasetTitle,
  inferScheme,
  readSupport,
  readVersionCell,
  readVersionCells,
  rowAnchor,
} from '@upgrade-paths/core';
import type {Nodes, Parents, Root, Table, TableCell} from 'mdast';
import {SKIP, visitParents} from 'unist-util-visit-parents';
import {commentsFromMdast, disableComments, groupMarkers, markerAround, mayHoldExpression} from './comments.js';
import {frontMatterFromMdast} from './frontMatter.js';
import {groupOf} from './group.js';
import {diskPosition, type LineMap} from './lines.js';
import {tabAround} from './jsx.js';
import {isPartialElement, partialComponentName, partialUsageFromElement} from './partialUsage.js';
import {combinedReason, matrixReason} from './layouts.js';
import {cellEvidence, cellText, columnRoles, otherTableReason, tableKind, unconfidentReason, type Recognition} from './recognize.js';
import {isRecord} from './record.js';
import {pageTitle} from './title.js';
import {readStatements} from './statements.js';

/** What {@link upgradeTablesFromMdast} needs to know about the document. */
export interface ExtractOptions {
  /** The text the tree was parsed from (comments, markers and cells as written are read from it). */
  readonly source: string;
  /** Site-relative POSIX path of the document, used in ids and findings. */
  readonly file: string;
  /** Doc id (path in the docs folder without extension): the product when front matter names none. */
  readonly docId: string;
  /**
   * The document's parsed front matter (such as Docusaurus's
   * `file.data.frontMatter`). When `undefined`, the tree's `yaml` node is
   * parsed instead (a plain parse with `remark-frontmatter`).
   */
  readonly frontMatter?: unknown;
  /** Page title for dataset titles; default: the tree's (see `pageTitle`). */
  readonly title?: string | undefined;
  /**
   * Row anchors unique in the page: a function giving the anchor to use for
   * a base anchor (`createAnchorSlugger`). Default: a new one. Pass the
   * page's own to extract the tables partials render on it.
   */
  readonly anchor?: ((base: string) => string) | undefined;
  /** Set when the tree is a partial rendered at a usage (see {@link UsageExtraction}). */
  readonly usage?: UsageExtraction | undefined;
  /**
   * Where the tree's lines are in the file on disk, when parsing removed
   * some (see `LineMap`): every line given out is a file line. Default: the
   * tree's lines are the file's.
   */
  readonly lineMap?: LineMap;
  /** What the config file says about recognition (header names, `include`, `scheme`); default: nothing. */
  readonly recognition?: Recognition | undefined;
}

/** How the tables of a partial rendered at one usage are read. */
export interface UsageExtraction {
  /** The page usage the partial is rendered for. */
  readonly includedFrom: IncludedFrom;
  /** Appended to each table id: `@<usage chain>`, unique per usage. */
  readonly idSuffix: string;
  /** The tab around the usage, for tables outside any tab in the partial. */
  readonly tab: TableTab | null;
  /** Places whose value the usage's props could not give, in the tree's lines. */
  readonly unresolved: readonly Position[];
}

/** What a document holds. */
export interface ExtractResult {
  /** The facts the document-scope lint rules check: tables, table candidates, front matter, stray disable comments. */
  readonly document: DocumentFacts;
  /** Its partial usages, in document order. */
  readonly usages: PartialUsage[];
  /** The page title its tables' datasets are named after. */
  readonly title: string;
}

/**
 * Read the upgrade tables of a document, and what else the lint rules
 * check in it.
 *
 * An upgrade table is a GFM table whose header names a source and a target
 * column (see `columnRoles`), anywhere: top level, list items, `<details>`,
 * admonitions, `<Tabs><TabItem>`. Every row of an upgrade table becomes one
 * {@link UpgradeRow}, malformed ones included, with the facts about its
 * cells the rules read: nothing is dropped and nothing is guessed.
 *
 * @param tree
 *   mdast with positions, parsed from `options.source` (GFM tables, MDX or
 *   plain Markdown; emoji shortcodes may or may not be replaced).
 * @param options
 *   Document facts.
 * @returns
 *   The document's facts. Never throws for content problems.
 */
export function upgradeTablesFromMdast(tree: Root, options: ExtractOptions): ExtractResult {
  const {file, source, usage} = options;
  const tables: ExtractedTable[] = [];
  const candidates: TableCandidate[] = [];
  const otherTables: OtherTable[] = [];
  const usages: PartialUsage[] = [];
  const found: Array<{node: Table; ancestors: Parents[]} | {node: PartialUsageNode; ancestors: Parents[]}> = [];

  // A table is flow content, and a `<PartialsComponent>` (which may also
  // sit in a paragraph or cell) needs its name in the text parsed: without
  // it, paragraphs, headings and tables are not entered.
  const partialsPossible = source.includes(partialComponentName);
  visitParents(tree, function (node, ancestors) {
    if (node.type === 'table' || isPartialElement(node)) found.push({node, ancestors: [...ancestors]} as (typeof found)[number]);
    if (!partialsPossible && (node.type === 'table' || node.type === 'paragraph' || node.type === 'heading')) return SKIP;
    return undefined;
  });
  const expressionsPossible = mayHoldExpression(source);

  const {lineMap} = options;
  const frontMatter = usage ? undefined : frontMatterFromMdast(tree, options.frontMatter);
  const pageFrontMatter = frontMatter ? frontMatter.value : options.frontMatter;
  const {settings} = datasetFrontMatter(pageFrontMatter);
  // The author says the page's tables are upgrade tables: the confidence
  // rule is skipped (as for a table between generator markers).
  const {recognition} = options;
  const optedIn = (isRecord(pageFrontMatter) && pageFrontMatter['upgrade_paths'] !== undefined) || recognition?.optedIn === true;
  const title = options.title ?? pageTitle(tree, pageFrontMatter, options.docId);
  const comments = commentsFromMdast(tree, source);
  const markers = groupMarkers(comments);
  const disables = disableComments(comments, source, lineMap);
  const anchor = options.anchor ?? createAnchorSlugger();

  for (const {node, ancestors} of found) {
    if (node.type !== 'table') {
      usages.push(partialUsageFromElement(node, file, ancestors, node.position ? disables.before(node.position) : [], lineMap));
      continue;
    }
    const table = readTable(node, ancestors);
    if (table) tables.push(table);
  }

  const document: DocumentFacts = {
    file,
    kind: usage ? 'usage' : 'page',
    ...(usage ? {includedFrom: usage.includedFrom} : {}),
    tables,
    candidates,
    otherTables,
    ...(frontMatter ? {frontMatter: {...frontMatter, position: diskPosition(frontMatter.position, lineMap)}} : {}),
    strayDisables: usage ? [] : disables.stray(),
  };
  return {document, usages, title};

  function readTable(node: Table, ancestors: Parents[]): ExtractedTable | undefined {
    const header = node.children[0];
    const position = node.position;
    if (!header || !position) return undefined;
    const texts = header.children.map((cell) => cellText(cell));
    const roles = columnRoles(texts, recognition?.columns);
    const kind = tableKind(roles, texts);
    const region = markerAround(markers, position);
    const notRead = (reason: string): undefined => {
      otherTables.push({position: diskPosition(position, lineMap), header: texts, rows: node.children.length - 1, reason});
      return undefined;
    };
    const bodyRows = node.children.slice(1);
    const body = () =>
      bodyRows.map((row) => row.children.map((cell) => (expressionsPossible && holdsExpression(cell) ? null : cellText(cell))));
    // The author says the table is an upgrade table (front matter or
    // generator markers): the confidence rule is skipped.
    const sure = optedIn || region !== undefined;
    if ((kind === 'upgrade' || kind === 'candidate') && !sure) {
      const reason = unconfidentReason(cellEvidence(texts, body(), roles));
      if (reason !== undefined) return notRead(reason);
    }
    if (kind === 'combined') {
      const reason = combinedReason(body().map((row) => row[roles.combined as number] ?? ''));
      if (reason !== undefined) return notRead(reason);
    }
    if (kind === 'matrix') {
      const reason = matrixReason(texts, body(), sure);
      if (reason !== undefined) return notRead(reason);
    }
    if (kind === 'candidate') {
      candidates.push({
        position: diskPosition(header.position ?? position, lineMap),
        missing: roles.source === undefined ? 'Source Version' : 'Target Version',
      });
    }
    if (kind !== 'upgrade' && kind !== 'combined' && kind !== 'matrix') return notRead(otherTableReason(texts, roles));

    const tabFound = tabAround(ancestors);
    const tab = tabFound ?? usage?.tab ?? null;
    // The label readers see is the group (what `group-mismatch` checks);
    // generator markers inside its section only name the region.
    const group = groupOf(node, ancestors) ?? region ?? null;
    const rows: UpgradeRow[] = [];
    const cells: RowCells[] = [];
    const read = readStatements(node, kind, texts, roles);
    // The scheme is inferred from the versions each cell names, each once
    // (a matrix's source cell states as many upgrades as it has markers).
    const versionsByCell = new Map<TableCell, Set<string>>();
    const named = (cell: TableCell | undefined, version: string): void => {
      if (cell === undefined) return;
      const set = versionsByCell.get(cell) ?? new Set();
      set.add(version);
      versionsByCell.set(cell, set);
    };
    const {notes, hasSupport} = read;
    read.rows.forEach(function ({row, statements, rowNotes}, bodyIndex) {
      const rowPosition = diskPosition(row.position ?? position, lineMap);
      let part = 0;
      statements.forEach(function (statement) {
        const {source, target} = statement;
        named(statement.sourceCell, source.version);
        named(statement.targetCell, target.version);
        const at = statement.at ? diskPosition(statement.at, lineMap) : rowPosition;
        rows.push({
          source: source.version,
          target: target.version,
          supported: statement.supported,
          anchor: anchor(rowAnchor(source.version, target.version)),
          line: at.start.line,
          column: at.start.column,
          ...(rowNotes !== undefined ? {notes: rowNotes} : {}),
          ...(source.note !== '' ? {sourceNote: source.note} : {}),
          ...(target.note !== '' ? {targetNote: target.note} : {}),
          ...(statement.supportNote !== undefined && statement.supportNote !== '' ? {supportNote: statement.supportNote} : {}),
          ...(statement.derived ? {derived: statement.derived} : {}),
        });
        cells.push({
          row: at,
          source: statement.sourceCell?.position && diskPosition(statement.sourceCell.position, lineMap),
          target: statement.targetCell?.position && diskPosition(statement.targetCell.position, lineMap),
          support: statement.supportCell?.position && diskPosition(statement.supportCell.position, lineMap),
          count: row.children.length,
          supportEmpty: statement.supportEmpty ?? false,
          written: {source: written(statement.sourceCell), target: written(statement.targetCell), support: written(statement.supportCell)},
          statement: {row: bodyIndex, cell: statement.cell, part: part++},
        });
      });
    });

    const versionTexts = [...versionsByCell.values()].flatMap((set) => [...set]);
    const declared = settings.scheme ?? recognition?.scheme;
    const scheme = declared ?? inferScheme(versionTexts);
    const tableDisables = disables.before(position);
    const unresolved = (usage?.unresolved.filter((place) => within(place, position)) ?? []).map((place) =>
      diskPosition(place, lineMap),
    );
    const onDisk = diskPosition(position, lineMap);
    return {
      id: file + ':' + onDisk.start.line + (usage?.idSuffix ?? ''),
      file,
      permalink: null,
      line: onDisk.start.line,
      column: onDisk.start.column,
      group,
      ...(region !== undefined ? {region} : {}),
      tab,
      includedFrom: usage?.includedFrom ?? null,
      ...(kind === 'matrix' || kind === 'combined' ? {layout: kind} : {}),
      ...(scheme !== 'semver' ? {scheme} : {}),
      rows,
      dataset: datasetId(settings, options.docId, tab),
      datasetTitle: datasetTitle(settings, title, tab),
      ...(declared !== undefined ? {schemeDeclared: true} : {}),
      cells,
      position: onDisk,
      columns: header.children.length,
      hasSupport,
      ...(notes.length > 0 ? {notes: notes.map((column) => column.header), noteColumns: notes.map((column) => column.index)} : {}),
      ...(tableDisables.length > 0 ? {disables: tableDisables} : {}),
      ...(unresolved.length > 0 ? {unresolved} : {}),
    };
  }

  /** A cell as the author wrote it (before emoji replacement, which Docusaurus may have run). */
  function written(cell: TableCell | undefined): string {
    const start = cell?.position?.start.offset;
    const end = cell?.position?.end.offset;
    if (cell === undefined) return '';
    if (start === undefined || end === undefined) return cellText(cell);
    const raw = source
      .slice(start, end)
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .trim();
    return raw === '' ? cellText(cell) : raw;
  }
}

type PartialUsageNode = Parameters<typeof partialUsageFromElement>[0];

/** Whether a cell holds an MDX expression (`{props.to}`), whose value only a usage gives. */
function holdsExpression(cell: TableCell): boolean {
  let found = false;
  visitParents(cell, function (node) {
    if (node.type === 'mdxTextExpression') found = true;
  });
  return found;
}

function within(inner: Position, outer: Position): boolean {
  const before = (left: Position['start'], right: Position['start']) =>
    left.line < right.line || (left.line === right.line && left.column < right.column);
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}
