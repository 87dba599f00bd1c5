import type {} from './mdast-extensions.js';
import type {Heading, Nodes, Parents, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visitParents} from 'unist-util-visit-parents';
import {parse as parseYaml} from 'yaml';
import {createAnchorSlugger, rowAnchor} from './anchors.js';
import {datasetFrontMatter, datasetId, datasetTitle} from './dataset.js';
import {disableCommentsBefore, strayDisableFindings} from './checks/disable.js';
import {commentsFromMdast, groupMarkers, markerAround} from './markers.js';
import type {
  ExtractedTable,
  Finding,
  Position,
  RowCells,
  TableTab,
  UpgradeRow,
} from './model.js';
import {parseSupport} from './support.js';
import {parseVersion} from './versions.js';

/** What {@link upgradeTablesFromMdast} needs to know about the document. */
export interface ExtractOptions {
  /** The text the tree was parsed from (used for comments and markers). */
  readonly source: string;
  /** Site-relative POSIX path of the document, used in ids and findings. */
  readonly file: string;
  /** Doc id (path without extension), the product when front matter names none. */
  readonly docId: string;
  /**
   * The document's parsed front matter. When `undefined`, a `yaml` node in
   * the tree is parsed instead (plain parse with `remark-frontmatter`).
   */
  readonly frontMatter?: unknown;
}

/** Upgrade tables of one document, and the problems found reading them. */
export interface ExtractResult {
  /** Tables in document order. */
  readonly tables: ExtractedTable[];
  /** Findings in document order. */
  readonly findings: Finding[];
}

type Role = 'source' | 'target' | 'support';

const headerRoles: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(?:source(?: version)?|from(?: version)?)$/, 'source'],
  [/^(?:target(?: version)?|to(?: version)?)$/, 'target'],
  [/^(?:support|supported)$/, 'support'],
];

const seriesExpression =
  /^v?\d+(?:\.\d+)?(?:\.[xX*])?(?:\s+(?:and|&)\s+(?:prior|earlier|older|below))?$/i;

/**
 * Find the upgrade tables of a document.
 *
 * An upgrade table is a GFM table whose header names a Source Version and a
 * Target Version column (also `From`/`To`, `From version`/`To version`; any
 * case, bold or not, columns in any order) and optionally a Support column.
 * Tables are found anywhere: top level, list items, `<details>`,
 * admonitions, `<Tabs><TabItem>`.
 *
 * Every row of an upgrade table becomes one {@link UpgradeRow}, malformed
 * ones included; what cannot be read is a finding (rule ids `table-shape`,
 * `invalid-version`, `unknown-support`, `dataset-front-matter`), never a
 * guess and never a dropped row.
 *
 * @param tree
 *   mdast with positions, parsed from `options.source` (GFM tables, MDX or
 *   plain Markdown; emoji shortcodes may or may not be replaced).
 * @param options
 *   Document facts.
 * @returns
 *   Tables and findings. Never throws for content problems.
 */
export function upgradeTablesFromMdast(tree: Root, options: ExtractOptions): ExtractResult {
  const {file, source} = options;
  const tables: ExtractedTable[] = [];
  const findings: Finding[] = [];
  const candidates: Array<{table: Table; ancestors: Parents[]}> = [];

  visitParents(tree, 'table', function (table, ancestors) {
    candidates.push({table, ancestors: [...ancestors]});
  });
  if (candidates.length === 0) return {tables, findings};

  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const frontMatterPlace = yamlNode?.position ?? startPosition();
  const yaml = options.frontMatter === undefined ? readYaml(yamlNode?.value) : undefined;
  const frontMatter = yaml ? yaml.value : options.frontMatter;
  const {settings, findings: frontMatterFindings} = datasetFrontMatter(
    frontMatter,
    file,
    frontMatterPlace,
  );
  if (yaml?.error) {
    frontMatterFindings.unshift({
      ruleId: 'dataset-front-matter',
      severity: 'error',
      message:
        'Unexpected malformed front matter (' +
        yaml.error +
        '), expected YAML; the page declares no dataset settings',
      file,
      position: frontMatterPlace,
    });
  }
  const pageTitle = titleOf(frontMatter, tree, options.docId);
  const comments = commentsFromMdast(tree, source);
  const markers = groupMarkers(comments);
  const anchor = createAnchorSlugger();
  let foundAny = false;

  for (const {table, ancestors} of candidates) {
    const header = table.children[0];
    const position = table.position;
    if (!header || !position) continue;
    const roles = headerRolesOf(header);
    if (roles.source === undefined || roles.target === undefined) {
      if (roles.support !== undefined && (roles.source !== undefined || roles.target !== undefined)) {
        const missing = roles.source === undefined ? 'Source Version' : 'Target Version';
        findings.push({
          ruleId: 'table-shape',
          severity: 'error',
          message:
            'Unexpected upgrade table without a `' +
            missing +
            '` column, expected `Source Version`, `Target Version` and `Support` header cells; its rows are not read',
          file,
          position: header.position ?? position,
        });
      }
      continue;
    }
    foundAny = true;

    const tab = tabOf(ancestors);
    const group = markerAround(markers, position) ?? groupOf(table, ancestors);
    const rows: UpgradeRow[] = [];
    const cells: RowCells[] = [];

    for (const row of table.children.slice(1)) {
      const rowPosition = row.position ?? position;
      if (row.children.length !== header.children.length) {
        findings.push({
          ruleId: 'table-shape',
          severity: 'error',
          message:
            'Unexpected ' +
            row.children.length +
            ' ' +
            plural(row.children.length, 'cell') +
            ' in row, expected ' +
            header.children.length +
            ' (one per header cell)',
          file,
          position: rowPosition,
        });
      }
      const sourceCell = row.children[roles.source];
      const targetCell = row.children[roles.target];
      const supportCell = roles.support === undefined ? undefined : row.children[roles.support];
      const sourceText = cellText(sourceCell);
      const targetText = cellText(targetCell);
      checkVersion(sourceCell, sourceText, 'source version', rowPosition);
      checkVersion(targetCell, targetText, 'target version', rowPosition);
      const supported = roles.support === undefined ? true : readSupport(supportCell, rowPosition);
      rows.push({
        source: sourceText,
        target: targetText,
        supported,
        anchor: anchor(rowAnchor(sourceText, targetText)),
        line: rowPosition.start.line,
        column: rowPosition.start.column,
      });
      cells.push({
        row: rowPosition,
        source: sourceCell?.position,
        target: targetCell?.position,
        support: supportCell?.position,
      });
    }

    const disables = disableCommentsBefore(comments, source, position);
    tables.push({
      id: file + ':' + position.start.line,
      file,
      permalink: null,
      line: position.start.line,
      column: position.start.column,
      group,
      tab,
      includedFrom: null,
      rows,
      dataset: datasetId(settings, options.docId, tab),
      datasetTitle: datasetTitle(settings, pageTitle, tab),
      cells,
      position,
      ...(disables.length > 0 ? {disables} : {}),
    });
  }

  if (foundAny) findings.unshift(...frontMatterFindings);
  findings.push(...strayDisableFindings(comments, source, tables, file));
  return {tables, findings};

  function checkVersion(
    cell: TableCell | undefined,
    text: string,
    label: string,
    rowPosition: Position,
  ): void {
    if (text === '') {
      findings.push({
        ruleId: 'table-shape',
        severity: 'error',
        message:
          'Unexpected ' +
          (cell ? 'empty ' : 'missing ') +
          label +
          ' cell, expected a version such as `4.7.15`',
        file,
        position: cell?.position ?? rowPosition,
      });
    } else if (!parseVersion(text)) {
      findings.push({
        ruleId: 'invalid-version',
        severity: 'error',
        message:
          'Unexpected `' +
          writtenText(cell, text) +
          '` as ' +
          label +
          ', expected a semver version such as `4.7.15` or a series such as `4.7.x`',
        file,
        position: cell?.position ?? rowPosition,
      });
    }
  }

  /**
   * A cell's text as the author wrote it (before emoji replacement, which
   * Docusaurus may have run), for messages; `fallback` when offsets are
   * missing.
   */
  function writtenText(cell: TableCell | undefined, fallback: string): string {
    const start = cell?.position?.start.offset;
    const end = cell?.position?.end.offset;
    if (start === undefined || end === undefined) return fallback;
    const raw = source
      .slice(start, end)
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .trim();
    return raw === '' ? fallback : raw;
  }

  function readSupport(cell: TableCell | undefined, rowPosition: Position): boolean | null {
    const text = cellText(cell);
    if (text === '') {
      findings.push({
        ruleId: 'table-shape',
        severity: 'error',
        message:
          'Unexpected ' +
          (cell ? 'empty' : 'missing') +
          ' support cell, expected `:white_check_mark:` (supported) or `:x:` (not supported)',
        file,
        position: cell?.position ?? rowPosition,
      });
      return null;
    }
    const supported = parseSupport(text);
    if (supported === undefined) {
      findings.push({
        ruleId: 'unknown-support',
        severity: 'error',
        message:
          'Unexpected `' +
          writtenText(cell, text) +
          '` as support, expected `:white_check_mark:`, `✅` or `Yes` (supported), or `:x:`, `❌` or `No` (not supported)',
        file,
        position: cell?.position ?? rowPosition,
      });
      return null;
    }
    return supported;
  }
}

function headerRolesOf(header: TableRow): Partial<Record<Role, number>> {
  const roles: Partial<Record<Role, number>> = {};
  header.children.forEach(function (cell, index) {
    const text = cellText(cell).toLowerCase().replace(/\s+/g, ' ');
    for (const [expression, role] of headerRoles) {
      if (expression.test(text) && roles[role] === undefined) roles[role] = index;
    }
  });
  return roles;
}

function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}

/**
 * The `<TabItem>` closest around the table, when its `value` is a literal.
 */
function tabOf(ancestors: readonly Parents[]): TableTab | null {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (node && isJsx(node) && node.name === 'TabItem') {
      const value = literalAttribute(node, 'value');
      if (value === undefined) return null;
      return {value, label: literalAttribute(node, 'label') ?? value};
    }
  }
  return null;
}

/**
 * The group label of a table: the closest preceding sibling that is a
 * bold-only paragraph or a heading naming a series, passing over other
 * paragraphs, admonitions and comments. Any other node, or a heading that
 * names no series, ends the search.
 */
function groupOf(table: Table, ancestors: readonly Parents[]): string | null {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) return null;
  const siblings = parent.children as readonly Nodes[];
  for (let index = siblings.indexOf(table) - 1; index >= 0; index--) {
    const node = siblings[index];
    if (!node) break;
    if (node.type === 'heading') {
      const text = headingText(node as Heading);
      return seriesExpression.test(text) ? text : null;
    }
    if (node.type === 'paragraph') {
      if (isBoldOnly(node.children)) {
        const text = toString(node).trim();
        if (seriesExpression.test(text)) return text;
      }
      continue;
    }
    if (isPassable(node)) continue;
    break;
  }
  return null;
}

function isBoldOnly(children: readonly Nodes[]): boolean {
  let strong = false;
  for (const child of children) {
    if (child.type === 'strong') strong = true;
    else if (!(child.type === 'text' && child.value.trim() === '')) return false;
  }
  return strong;
}

/** Nodes that may stand between a group label and its table. */
function isPassable(node: Nodes): boolean {
  if (node.type === 'containerDirective') return true;
  if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
  if (node.type === 'mdxFlowExpression') return /^\s*\/[*/]/.test(node.value);
  if (isJsx(node)) return node.name === 'Admonition';
  return (node as {type: string}).type === 'comment';
}

function isJsx(node: Nodes | RootContent | Parents): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement';
}

function literalAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function titleOf(frontMatter: unknown, tree: Root, docId: string): string {
  if (typeof frontMatter === 'object' && frontMatter !== null) {
    const title = (frontMatter as Record<string, unknown>)['title'];
    if (typeof title === 'string' && title.trim() !== '') return title.trim();
  }
  // Docusaurus's `contentTitle` plugin wraps the first `# Title` in a
  // `<header>` element, so look there too.
  const candidates = tree.children.flatMap((node) =>
    node.type === 'mdxJsxFlowElement' && node.name === 'header' ? node.children : [node],
  );
  const heading = candidates.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  return heading ? headingText(heading) : docId;
}

/**
 * Text of a heading without a trailing custom id (`{#id}`, or `\{#id}` as
 * Docusaurus escapes it before parsing).
 */
function headingText(heading: Heading): string {
  return toString(heading)
    .replace(/\s*\\?\{#[^}]*\}\s*$/, '')
    .trim();
}

function readYaml(value: string | undefined): {value: unknown; error?: string} {
  if (value === undefined) return {value: undefined};
  try {
    return {value: parseYaml(value) as unknown};
  } catch (error) {
    return {value: undefined, error: String((error as Error).message).split('\n')[0] ?? ''};
  }
}

function startPosition(): Position {
  return {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}};
}

function plural(count: number, word: string): string {
  return count === 1 ? word : word + 's';
}
