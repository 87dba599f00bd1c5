import fs from 'node:fs';
import path from 'node:path';
import type {Expression, Program} from 'estree';
import type {ExtractedTable, Finding, PartialFile, PartialLibrary, PartialPage, PartialRegistry} from '@upgrade-paths/core';
import {
  compareText,
  createAnchorSlugger,
  createPartialRegistry,
  datasetModuleName,
  docsVersionOf,
  pageTitle,
  partialComponentName,
  partialHoldsTables,
  partialIncludes,
  partialLibraryFindings,
  partialOfUsage,
  partialUsageFindings,
  partialUsageFromElement,
  partialUsageTables,
  readPartial,
  rowAnchor,
  upgradeTablesFromMdast,
} from '@upgrade-paths/core';
import type {Nodes, Parents, Root, RootContent, Table} from 'mdast';
import type {MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visitParents} from 'unist-util-visit-parents';
import {parseDocument} from 'yaml';
import type {VFile} from 'vfile';
import {attachDatasets} from './attach.js';
import {esmImport, prependImports} from './esm.js';
import {isMdxDocument, parseDocument as parseMarkdown, type DocumentFormat} from './parse.js';
import {preprocess} from './preprocess.js';
import {importUsedComponents, labelIndex, tableComponentName} from './replace.js';

/** Default partial folders, relative to the site: `_partials/`, as Docusaurus sites keep them. */
export const defaultPartialsPath: readonly string[] = ['_partials'];

/**
 * Folder (relative to the site) of the partials of each docs version:
 * `versioned_partials/version-<v>/`, next to `versioned_docs/version-<v>/`.
 */
export const versionedPartialsPath = 'versioned_partials';

/** File names of partials: `_` first, `.md` or `.mdx`. */
const partialFileName = /^_.*\.mdx?$/i;

/**
 * Validate the `partialsPath` option: a folder or a list of folders,
 * relative to the site.
 *
 * @returns
 *   POSIX folder paths without trailing `/`; {@link defaultPartialsPath} for
 *   `null` or `undefined`.
 * @throws {TypeError}
 *   When the value is not a non-empty string or a list of them.
 */
export function resolvePartialsPath(value: unknown): readonly string[] {
  if (value === null || value === undefined) return defaultPartialsPath;
  const list: unknown = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new TypeError(
      'Unexpected `' +
        (Array.isArray(value) ? JSON.stringify(value) : String(value)) +
        '` as remark-upgrade-paths option `partialsPath`, expected a folder or a list of folders relative to the site, such as `_partials`',
    );
  }
  return (list as string[]).map((item) => toPosix(path.normalize(item)).replace(/\/+$/, ''));
}

/**
 * Whether a site-relative file is inside a partial folder (one of
 * `partialsPath`, or `versioned_partials/`).
 */
export function isPartialFile(file: string, partialsPath: readonly string[]): boolean {
  return [...partialsPath, versionedPartialsPath].some((folder) => file.startsWith(folder + '/'));
}

const partialCache = new Map<string, {mtimeMs: number; size: number; key: string; partial: PartialFile}>();

/**
 * Read every partial of a site: `_*.md(x)` files anywhere under the
 * partial folders (current partials) and under
 * `versioned_partials/version-<v>/` (the partials of docs version `<v>`).
 *
 * The folders are listed again on every call, so partials added, renamed
 * or removed are seen at once; a file is parsed again only when its
 * modification time or size changed (a process-wide cache keyed by path).
 *
 * @param siteDir
 *   Absolute site folder; `file` fields are relative to it.
 * @param partialsPath
 *   Current partial folders, relative to `siteDir` (see
 *   {@link resolvePartialsPath}). Missing folders hold no partial.
 * @param format
 *   The site's `markdown.format`: `.md` partials are read as CommonMark
 *   (no props) under `detect`, and every partial under `md`.
 * @throws {Error}
 *   File system errors other than a missing folder.
 */
export function loadPartialLibrary(
  siteDir: string,
  partialsPath: readonly string[] = defaultPartialsPath,
  format: DocumentFormat = 'mdx',
): PartialLibrary {
  const listed = new Set<string>();
  const roots = partialsPath.map((folder) => path.resolve(siteDir, folder));
  const current = registryOf(roots, null);
  const versions = new Map<string, PartialRegistry>();
  const versionedRoot = path.join(siteDir, versionedPartialsPath);
  for (const entry of readFolder(versionedRoot, false)) {
    if (!entry.isDirectory() || !entry.name.startsWith('version-')) continue;
    const version = entry.name.slice('version-'.length);
    versions.set(version, registryOf([path.join(versionedRoot, entry.name)], version));
  }
  // Forget partials removed (or renamed) since the last call.
  for (const absolute of partialCache.keys()) {
    if (listed.has(absolute)) continue;
    if ([...roots, versionedRoot].some((root) => absolute.startsWith(root + path.sep))) partialCache.delete(absolute);
  }
  return {current, versions};

  function registryOf(folders: readonly string[], version: string | null): PartialRegistry {
    const files = new Set<string>();
    for (const folder of folders) {
      for (const entry of readFolder(folder, true)) {
        if (!entry.isFile() || !partialFileName.test(entry.name)) continue;
        const absolute = path.join(entry.parentPath, entry.name);
        if (absolute.split(path.sep).includes('node_modules')) continue;
        files.add(absolute);
      }
    }
    return createPartialRegistry([...files].map((absolute) => readPartialFile(absolute, version)));
  }

  function readPartialFile(absolute: string, version: string | null): PartialFile {
    listed.add(absolute);
    const stat = fs.statSync(absolute);
    const key = (version ?? '') + '\n' + format;
    const cached = partialCache.get(absolute);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.key === key) return cached.partial;
    const file = toPosix(path.relative(siteDir, absolute));
    const partial = parsePartial(fs.readFileSync(absolute, 'utf8'), {file, version, format});
    partialCache.set(absolute, {mtimeMs: stat.mtimeMs, size: stat.size, key, partial});
    return partial;
  }
}

function readFolder(folder: string, recursive: boolean): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, {withFileTypes: true, recursive});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/**
 * Parse one partial file and read it (`readPartial` of core); a file the
 * MDX parser cannot read is a partial with a `parse-error` finding and no
 * category or name.
 */
export function parsePartial(
  value: string,
  options: {readonly file: string; readonly version?: string | null | undefined; readonly format?: DocumentFormat | undefined},
): PartialFile {
  const {file} = options;
  const version = options.version ?? null;
  const source = preprocess(value);
  const parsed = parseMarkdown(source, isMdxDocument(file, options.format ?? 'mdx'));
  if ('error' in parsed) {
    return {
      file,
      version,
      category: undefined,
      name: undefined,
      defaults: new Map(),
      reads: [],
      readsAny: false,
      usages: [],
      content: undefined,
      frontMatterPosition: {start: parsed.point, end: parsed.point},
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message:
            'Unexpected content the MDX parser cannot read (' +
            parsed.error +
            '), expected valid MDX; this partial cannot be used',
          file,
          position: {start: parsed.point, end: parsed.point},
        },
      ],
    };
  }
  return readPartial(parsed.tree, {source, file, version});
}

/** One document of the site, for {@link checkPartials}. */
export interface PartialsDocument {
  /** Site-relative POSIX path. */
  readonly path: string;
  /** File content, front matter included. */
  readonly value: string;
  /** Doc id (path relative to its docs folder, without extension). */
  readonly docId: string;
}

/** What {@link checkPartials} gives. */
export interface PartialsCheckResult {
  /**
   * Upgrade tables that partials render into the documents, one per usage
   * (see `partialUsageTables` of core): current docs only, as the docs'
   * own tables. Row anchors are unique in each page: after the page's own
   * rows, in document order (`upgrade-…-2` for a row rendered again).
   */
  readonly tables: ExtractedTable[];
  /**
   * `unknown-partial`, `duplicate-partial`, `partial-front-matter`,
   * `missing-partial-prop`, `partial-cycle`, `partial-table-prop`,
   * `parse-error` of partials, and extraction findings of tables inside
   * partials (naming the usage).
   */
  readonly findings: Finding[];
}

/**
 * Check the partials of a site and every `<PartialsComponent>` usage of the
 * given documents (docs of every version: a document under
 * `versioned_docs/version-<v>/` uses that version's partials first), and
 * extract the upgrade tables partials render.
 *
 * @param siteDir
 *   Absolute site folder.
 * @param documents
 *   The docs (current and versioned), site-relative paths.
 * @param options
 *   Partial folders and the site's Markdown format.
 * @returns
 *   Tables and findings, sorted by file, line, column. Content problems are
 *   findings; nothing is thrown for them.
 */
export function checkPartials(
  siteDir: string,
  documents: readonly PartialsDocument[],
  options?: {readonly partialsPath?: readonly string[] | undefined; readonly format?: DocumentFormat | undefined} | null,
): PartialsCheckResult {
  const format = options?.format ?? 'mdx';
  const library = loadPartialLibrary(siteDir, options?.partialsPath ?? defaultPartialsPath, format);
  const findings = partialLibraryFindings(library);
  const tables: ExtractedTable[] = [];
  for (const document of documents) {
    if (!document.value.includes(partialComponentName) || !isMdxDocument(document.path, format)) continue;
    const source = preprocess(document.value);
    const parsed = {source, ...parseMarkdown(source, true)};
    if ('error' in parsed) continue; // Docusaurus and extraction report it.
    const {tree} = parsed;
    const version = docsVersionOf(document.path);
    const frontMatter = frontMatterOf(tree);
    const page: PartialPage = {
      file: document.path,
      docId: document.docId,
      frontMatter,
      title: pageTitle(tree, frontMatter, document.docId),
      version,
    };
    const pageTables: ExtractedTable[] = [];
    visitParents(tree, function (node, ancestors) {
      if (!isPartialElement(node)) return;
      const usage = partialUsageFromElement(node, document.path, ancestors);
      findings.push(...partialUsageFindings(usage, library, version));
      if (version !== null) return;
      const result = partialUsageTables(usage, library, page);
      pageTables.push(...result.tables);
      findings.push(...result.findings);
    });
    if (pageTables.length === 0) continue;
    // Row anchors unique in the page: after the page's own rows, in
    // document order (a partial rendered twice gets `-2` anchors).
    const anchor = createAnchorSlugger();
    const own = upgradeTablesFromMdast(tree, {source: parsed.source, file: document.path, docId: document.docId, frontMatter});
    for (const table of own.tables) for (const row of table.rows) anchor(row.anchor);
    for (const table of pageTables) {
      tables.push({...table, rows: table.rows.map((row) => ({...row, anchor: anchor(rowAnchor(row.source, row.target))}))});
    }
  }
  tables.sort(compareTables);
  findings.sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      left.position.start.line - right.position.start.line ||
      left.position.start.column - right.position.start.column ||
      compareText(left.ruleId, right.ruleId) ||
      compareText(left.message, right.message),
  );
  return {tables, findings};
}

/**
 * Order of partial tables: by partial file and line, then by the usage
 * (file, line, column), then id.
 */
export function compareTables(left: ExtractedTable, right: ExtractedTable): number {
  return (
    compareText(left.file, right.file) ||
    left.line - right.line ||
    compareText(left.includedFrom?.file ?? '', right.includedFrom?.file ?? '') ||
    (left.includedFrom?.line ?? 0) - (right.includedFrom?.line ?? 0) ||
    (left.includedFrom?.column ?? 0) - (right.includedFrom?.column ?? 0) ||
    compareText(left.id, right.id)
  );
}

/** Where a document is, for {@link transformPartials}. */
export interface PartialsContext {
  /** Absolute site folder. */
  readonly siteDir: string;
  /** Site-relative POSIX path of the document. */
  readonly file: string;
  /** Doc id of the document. */
  readonly docId: string;
  /** Current partial folders (see {@link resolvePartialsPath}). */
  readonly partialsPath: readonly string[];
  /** Id of the `docusaurus-plugin-upgrade-paths` instance (for data module paths). */
  readonly pluginId: string;
  /** The `replace` option: replace upgrade tables of partials with `UpgradePathTable`. */
  readonly replace: boolean;
}

/**
 * Resolve `<PartialsComponent category="…" name="…" …/>` usages of a
 * document at compile time, as `docusaurus-remark-plugin-npm2yarn` injects
 * its imports: each usage becomes `<__UpgradePathsPartialN …/>` with every
 * attribute but `category` and `name` (after the partial's
 * `partial_defaults`, so given props win), and
 * `import __UpgradePathsPartialN from '@site/<partial file>'` is added: a
 * page's bundle holds only the partials it uses, and no site swizzles
 * `MDXComponents`.
 *
 * Upgrade tables in partials: a partial file's tables become
 * `<UpgradePathTable table={"<partial>:<line>@" + props.__upgradePathsUsage}
 * data={(props.__upgradePathsData || {})[<same id>]} />`; a page usage of a
 * partial that renders tables passes `__upgradePathsUsage="<page>:<line>"`
 * and `__upgradePathsData={{"<table id>": <dataset module>}}` (imported by
 * the page), and a partial passes both on to the partials it includes,
 * prefixing its own `<file>:<line>@`. So one compiled partial serves every
 * page, each with its own table ids (the ids `checkPartials` gives) and
 * datasets.
 *
 * A usage naming no partial, or closing a cycle of partials, is left as is
 * (the `@theme/PartialsComponent` element renders a visible error) and
 * reported as a vfile message; nothing is thrown.
 *
 * @returns
 *   Whether the document is itself a partial (then its tables were handled
 *   here and belong to its usages: the caller extracts none).
 */
export function transformPartials(tree: Root, file: VFile, context: PartialsContext): boolean {
  const inPartial = isPartialFile(context.file, context.partialsPath);
  const elements: Array<{node: MdxJsxFlowElement | MdxJsxTextElement; ancestors: Parents[]}> = [];
  visitParents(tree, function (node, ancestors) {
    if (isPartialElement(node)) elements.push({node, ancestors: [...ancestors]});
  });
  if (!inPartial && elements.length === 0) return false;

  const dataModulePrefix = '@generated/docusaurus-plugin-upgrade-paths/' + context.pluginId;
  if (elements.length > 0) {
    resolveUsages(tree, file, context, elements, dataModulePrefix);
  }
  if (!inPartial) return false;
  if (context.replace) {
    replacePartialTables(tree, String(file.value), context.file);
    attachDatasets(tree, dataModulePrefix, context.siteDir);
    importUsedComponents(tree);
  }
  file.data.upgradePaths = {file: context.file, tables: [], findings: []};
  return true;
}

function resolveUsages(
  tree: Root,
  file: VFile,
  context: PartialsContext,
  elements: ReadonlyArray<{node: MdxJsxFlowElement | MdxJsxTextElement; ancestors: Parents[]}>,
  dataModulePrefix: string,
): void {
  const library = loadPartialLibrary(context.siteDir, context.partialsPath);
  const version = docsVersionOf(context.file);
  const inPartial = isPartialFile(context.file, context.partialsPath);
  const self = inPartial
    ? [library.current, ...library.versions.values()].flatMap((registry) => registry.files).find((item) => item.file === context.file)
    : undefined;
  const partialNames = new Map<string, string>();
  const dataNames = new Map<string, string>();
  let page: PartialPage | undefined;

  for (const {node, ancestors} of elements) {
    const usage = partialUsageFromElement(node, context.file, ancestors);
    const findings = partialUsageFindings(usage, library, version);
    for (const finding of findings) report(finding);
    const target = partialOfUsage(usage, library, version);
    if (!target) continue;
    if (self && (target === self || partialIncludes(target, self, library))) {
      report({
        ruleId: 'partial-cycle',
        severity: 'error',
        message:
          'Unexpected include of partial `' +
          (target.category ?? '') +
          '/' +
          (target.name ?? '') +
          '`, which includes this partial, expected partials that never include themselves; it is not rendered',
        file: context.file,
        position: usage.position,
      });
      continue;
    }
    let name = partialNames.get(target.file);
    if (!name) {
      name = '__UpgradePathsPartial' + partialNames.size;
      partialNames.set(target.file, name);
    }
    const attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute> = [];
    const given = new Set(
      node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])),
    );
    for (const [prop, value] of target.defaults) {
      if (!given.has(prop)) attributes.push({type: 'mdxJsxAttribute', name: prop, value});
    }
    attributes.push(
      ...node.attributes.filter(
        (attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'category' && attribute.name !== 'name'),
      ),
    );
    if (partialHoldsTables(target, library)) {
      if (inPartial) {
        attributes.push(
          expressionAttribute(
            usageProp,
            JSON.stringify(context.file + ':' + usage.position.start.line + '@') + ' + props.' + usageProp,
            binary(literal(context.file + ':' + usage.position.start.line + '@'), member('props', usageProp)),
          ),
          expressionAttribute(dataProp, 'props.' + dataProp, member('props', dataProp)),
        );
      } else if (version === null) {
        page ??= pageOf(tree, file, context);
        const {tables} = partialUsageTables(usage, library, page);
        const entries = tables.map(function (table): [string, string] {
          const module = datasetModuleName(table.dataset);
          let dataName = dataNames.get(module);
          if (!dataName) {
            dataName = '__upgradePathsPartialData' + dataNames.size;
            dataNames.set(module, dataName);
          }
          return [table.id, dataName];
        });
        attributes.push(
          {type: 'mdxJsxAttribute', name: usageProp, value: context.file + ':' + usage.position.start.line},
          expressionAttribute(
            dataProp,
            '{' + entries.map(([id, dataName]) => JSON.stringify(id) + ': ' + dataName).join(', ') + '}',
            {
              type: 'ObjectExpression',
              properties: entries.map(([id, dataName]) => ({
                type: 'Property',
                key: literal(id),
                value: {type: 'Identifier', name: dataName},
                kind: 'init',
                computed: false,
                method: false,
                shorthand: false,
              })),
            },
          ),
        );
      }
    }
    node.name = name;
    node.attributes = attributes;
  }

  prependImports(tree, [
    ...[...partialNames].map(([partialFile, name]) => esmImport(name, '@site/' + partialFile)),
    ...[...dataNames].map(([module, name]) => esmImport(name, dataModulePrefix + '/' + module)),
  ]);

  function report(finding: Finding): void {
    const message = file.message(finding.message, {
      place: finding.position,
      ruleId: finding.ruleId,
      source: 'remark-upgrade-paths',
    });
    message.fatal = finding.severity === 'error';
  }
}

/** Hidden prop: the usage a partial is rendered for (`<file>:<line>`, chained through partials). */
const usageProp = '__upgradePathsUsage';
/** Hidden prop: dataset modules of the tables a partial renders, by table id. */
const dataProp = '__upgradePathsData';

/**
 * Replace each upgrade table of a partial file with an `UpgradePathTable`
 * whose table id and data come from the usage's props, and drop its
 * bold-only group label paragraph (the component shows it as caption).
 */
function replacePartialTables(tree: Root, source: string, partialFile: string): void {
  const {tables} = upgradeTablesFromMdast(tree, {source, file: partialFile, docId: partialFile, frontMatter: {}});
  if (tables.length === 0) return;
  const byOffset = new Map(tables.map((table) => [table.position.start.offset, table]));
  const edits: Array<{parent: Parents; node: Table; line: number; group: string | null}> = [];
  visitParents(tree, 'table', function (node, ancestors) {
    const table = byOffset.get(node.position?.start.offset);
    const parent = ancestors[ancestors.length - 1];
    if (table && parent) edits.push({parent, node, line: table.line, group: table.group});
  });
  for (const {parent, node, line, group} of edits) {
    const prefix = partialFile + ':' + line + '@';
    const id = (): Expression => binary(literal(prefix), member('props', usageProp));
    const idSource = JSON.stringify(prefix) + ' + props.' + usageProp;
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: tableComponentName,
      attributes: [
        expressionAttribute('table', idSource, id()),
        expressionAttribute('data', '(props.' + dataProp + ' || {})[' + idSource + ']', {
          type: 'MemberExpression',
          object: {type: 'LogicalExpression', operator: '||', left: member('props', dataProp), right: {type: 'ObjectExpression', properties: []}},
          property: id(),
          computed: true,
          optional: false,
        }),
      ],
      children: [],
    };
    if (node.position) element.position = node.position;
    const siblings = parent.children as RootContent[];
    const index = siblings.indexOf(node);
    siblings[index] = element;
    const label = group === null ? -1 : labelIndex(siblings, index, group);
    if (label >= 0) siblings.splice(label, 1);
  }
}


function pageOf(tree: Root, file: VFile, context: PartialsContext): PartialPage {
  const frontMatter = file.data.frontMatter ?? frontMatterOf(tree);
  return {
    file: context.file,
    docId: context.docId,
    frontMatter,
    title: pageTitle(tree, frontMatter, context.docId),
    version: docsVersionOf(context.file),
  };
}

function frontMatterOf(tree: Root): unknown {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) return {};
  // Malformed front matter is reported by extraction; here it names no
  // dataset settings.
  const document = parseDocument(yaml.value);
  return document.errors.length > 0 ? {} : (document.toJS() as unknown);
}

function isPartialElement(node: Nodes | RootContent | Parents): node is MdxJsxFlowElement | MdxJsxTextElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === partialComponentName
  );
}



function expressionAttribute(name: string, source: string, expression: Expression): MdxJsxAttribute {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression}],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {type: 'mdxJsxAttributeValueExpression', value: source, data: {estree}},
  };
}

function literal(value: string): Expression {
  return {type: 'Literal', value, raw: JSON.stringify(value)};
}

function member(object: string, property: string): Expression {
  return {
    type: 'MemberExpression',
    object: {type: 'Identifier', name: object},
    property: {type: 'Identifier', name: property},
    computed: false,
    optional: false,
  };
}

function binary(left: Expression, right: Expression): Expression {
  return {type: 'BinaryExpression', operator: '+', left, right};
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}
