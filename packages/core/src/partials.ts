import type {} from './mdast-extensions.js';
import type {Heading, Nodes, Paragraph, Parents, Root, RootContent, Text} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visitParents} from 'unist-util-visit-parents';
import {parse as parseYaml} from 'yaml';
import {datasetFrontMatter, datasetId, datasetTitle} from './dataset.js';
import {upgradeTablesFromMdast} from './extract.js';
import type {ExtractedTable, Finding, IncludedFrom, Position, TableTab} from './model.js';

/** Name of the JSX element that includes a partial: `<PartialsComponent category="…" name="…" />`. */
export const partialComponentName = 'PartialsComponent';

/**
 * Props a usage gets from the toolkit itself (the usage a partial is
 * rendered for, the dataset modules of its upgrade tables): never read as
 * author props.
 */
export const partialHiddenPropPrefix = '__upgradePaths';

/**
 * What is known, without running it, of one attribute value of a
 * `<PartialsComponent>` usage:
 *
 * - `literal`: a string (`edition="VerteX"`, `edition={"VerteX"}`, a number
 *   or a template literal without expressions, as text);
 * - `prop`: exactly `{props.x}` (or `{props['x']}`), the prop `x` of the
 *   partial the usage is in;
 * - `expression`: anything else, with its source.
 */
export type PartialPropValue =
  | {readonly kind: 'literal'; readonly value: string}
  | {readonly kind: 'prop'; readonly name: string}
  | {readonly kind: 'expression'; readonly source: string};

/** One attribute of a usage other than `category` and `name`, in order. */
export type PartialAttribute =
  | {readonly kind: 'prop'; readonly name: string; readonly value: PartialPropValue}
  | {
      readonly kind: 'spread';
      /** `{...props}`: everything the including partial got. */
      readonly forwardsProps: boolean;
      /** Source of the expression, without braces (`...props`). */
      readonly source: string;
    };

/** One `<PartialsComponent>` element of a page or a partial. */
export interface PartialUsage {
  /** Site-relative POSIX path of the file the usage is in. */
  readonly file: string;
  /** Where the element is. */
  readonly position: Position;
  /** The `category` attribute; `undefined` when missing. */
  readonly category: PartialPropValue | undefined;
  /** The `name` attribute; `undefined` when missing. */
  readonly name: PartialPropValue | undefined;
  /** Every other attribute, in order. */
  readonly attributes: readonly PartialAttribute[];
  /** Whether the element has children (given to the partial as `props.children`). */
  readonly hasChildren: boolean;
  /** The `<TabItem>` closest around the usage, when its `value` is a literal. */
  readonly tab: TableTab | null;
}

/** A `props.x` read inside a partial. */
export interface PropRead {
  /** Prop name (`x`). */
  readonly name: string;
  /** Site-relative POSIX path of the partial. */
  readonly file: string;
  /** Where `props.x` is written. */
  readonly position: Position;
}

/** One partial file, read. */
export interface PartialFile {
  /** Site-relative POSIX path. */
  readonly file: string;
  /**
   * Docs version whose partial this is (`versioned_partials/version-<v>/`),
   * `null` for the current partials.
   */
  readonly version: string | null;
  /** `partial_category` front matter; `undefined` when missing or malformed (see `findings`). */
  readonly category: string | undefined;
  /** `partial_name` front matter; `undefined` when missing or malformed (see `findings`). */
  readonly name: string | undefined;
  /** `partial_defaults` front matter: prop values used when a usage passes none. */
  readonly defaults: ReadonlyMap<string, string>;
  /** Every `props.x` read, in document order (`x` of `__upgradePaths…` left out). */
  readonly reads: readonly PropRead[];
  /**
   * Whether `props` is used other than as `props.x` (`{...props}` given to
   * another component, `props[key]`): its required props cannot be known.
   */
  readonly readsAny: boolean;
  /** Partials it includes. */
  readonly usages: readonly PartialUsage[];
  /** The parsed document, kept when it holds a table (for {@link partialUsageTables}). */
  readonly content: {readonly tree: Root; readonly source: string} | undefined;
  /** Where the front matter is (start of file when none). */
  readonly frontMatterPosition: Position;
  /** Problems of the file itself (`partial-front-matter`, `parse-error`). */
  readonly findings: readonly Finding[];
}

/** What {@link readPartial} needs to know about the file. */
export interface ReadPartialOptions {
  /** Text the tree was parsed from. */
  readonly source: string;
  /** Site-relative POSIX path. */
  readonly file: string;
  /** Docs version of the partial folder, `null` (default) for current partials. */
  readonly version?: string | null | undefined;
  /** Parsed front matter; when `undefined`, the tree's `yaml` node is parsed. */
  readonly frontMatter?: unknown;
}

/**
 * Read one partial: its front matter (`partial_category`, `partial_name`,
 * optional `partial_defaults`), the props it reads and the partials it
 * includes.
 *
 * Front matter format: `partial_category` and `partial_name` are non-empty
 * strings (the partial is found by them, not by its file name);
 * `partial_defaults` is a map from prop name to a string (or number or
 * boolean, used as text), applied when a usage passes no such prop.
 *
 * @param tree
 *   mdast of the partial, with positions (MDX).
 * @param options
 *   File facts.
 * @returns
 *   The partial; problems of its front matter are `partial-front-matter`
 *   findings (errors). Never throws for content.
 */
export function readPartial(tree: Root, options: ReadPartialOptions): PartialFile {
  const {file} = options;
  const findings: Finding[] = [];
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const frontMatterPosition = yamlNode?.position ?? startPosition();
  let frontMatter = options.frontMatter;
  let malformed = false;
  if (frontMatter === undefined && yamlNode) {
    try {
      frontMatter = parseYaml(yamlNode.value) as unknown;
    } catch (error) {
      findings.push(
        frontMatterFinding(
          'Unexpected malformed front matter (' +
            String((error as Error).message).split('\n')[0] +
            '), expected YAML with `partial_category` and `partial_name`',
        ),
      );
      frontMatter = {};
      malformed = true;
    }
  }
  const fields = isRecord(frontMatter) ? frontMatter : {};
  const category = readName('partial_category', 'self-hosted');
  const name = readName('partial_name', 'upgrade-palette-prereqs');
  const defaults = readDefaults(fields['partial_defaults']);

  const reads: PropRead[] = [];
  let readsAny = false;
  const usages: PartialUsage[] = [];
  let hasTable = false;

  visitParents(tree, function (node, ancestors) {
    if (node.type === 'table') hasTable = true;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      collectReads(node.data?.estree, node.position);
    } else if (isJsxElement(node)) {
      const usage = node.name === partialComponentName;
      if (usage) usages.push(partialUsageFromElement(node, file, ancestors));
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          if (usage && isPropsSpread(attribute.value)) continue;
          collectReads(attribute.data?.estree, attribute.position ?? node.position);
        } else if (attribute.value && typeof attribute.value === 'object') {
          collectReads(attribute.value.data?.estree, attribute.position ?? node.position);
        }
      }
    }
  });

  return {
    file,
    version: options.version ?? null,
    category,
    name,
    defaults,
    reads,
    readsAny,
    usages,
    content: hasTable ? {tree, source: options.source} : undefined,
    frontMatterPosition,
    findings,
  };

  function collectReads(program: unknown, fallback: Position | undefined): void {
    walkProps(program, function (prop, node) {
      if (prop === undefined) {
        readsAny = true;
        return;
      }
      if (prop.startsWith(partialHiddenPropPrefix)) return;
      reads.push({name: prop, file, position: estreePosition(node) ?? fallback ?? startPosition()});
    });
  }

  function readName(key: string, example: string): string | undefined {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (malformed) return undefined;
    findings.push(
      frontMatterFinding(
        value === undefined
          ? 'Unexpected partial without `' + key + '` front matter, expected a name such as `' + key + ': ' + example + '`'
          : typeof value === 'string'
            ? 'Unexpected empty `' + key + '`, expected a name such as `' + key + ': ' + example + '`'
            : 'Unexpected `' + key + '` value `' + display(value) + '`, expected a string such as `' + key + ': ' + example + '`',
      ),
    );
    return undefined;
  }

  function readDefaults(value: unknown): Map<string, string> {
    const result = new Map<string, string>();
    if (value === undefined || value === null) return result;
    if (!isRecord(value)) {
      findings.push(
        frontMatterFinding(
          'Unexpected `partial_defaults` value `' +
            display(value) +
            '`, expected a map from prop name to text such as `partial_defaults: {edition: Enterprise}`',
        ),
      );
      return result;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        result.set(key, String(item));
      } else {
        findings.push(
          frontMatterFinding(
            'Unexpected `partial_defaults.' + key + '` value of type `' + typeOf(item) + '`, expected text',
          ),
        );
      }
    }
    return result;
  }

  function frontMatterFinding(message: string): Finding {
    return {ruleId: 'partial-front-matter', severity: 'error', message, file, position: frontMatterPosition};
  }
}

/**
 * Read one `<PartialsComponent>` element.
 *
 * @param node
 *   The element (`node.name` is not checked).
 * @param file
 *   Site-relative POSIX path of the document.
 * @param ancestors
 *   Its ancestors, root first (for the `<TabItem>` around it).
 */
export function partialUsageFromElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  file: string,
  ancestors: readonly Nodes[],
): PartialUsage {
  let category: PartialPropValue | undefined;
  let name: PartialPropValue | undefined;
  const attributes: PartialAttribute[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      attributes.push({kind: 'spread', forwardsProps: isPropsSpread(attribute.value), source: attribute.value});
      continue;
    }
    const value = attributeValue(attribute);
    if (attribute.name === 'category') category = value;
    else if (attribute.name === 'name') name = value;
    else attributes.push({kind: 'prop', name: attribute.name, value});
  }
  return {
    file,
    position: node.position ?? startPosition(),
    category,
    name,
    attributes,
    hasChildren: node.children.length > 0,
    tab: tabAround(ancestors),
  };
}

/** The partials of one folder set (the current partials, or one docs version's). */
export interface PartialRegistry {
  /** Every partial file read, by path. */
  readonly files: readonly PartialFile[];
  /**
   * Partials by {@link partialKey}; when two files have the same category
   * and name, the first by path.
   */
  readonly byKey: ReadonlyMap<string, PartialFile>;
  /**
   * Problems of the set: each file's own (`partial-front-matter`,
   * `parse-error`) and `duplicate-partial` for each file whose category and
   * name an earlier file already has.
   */
  readonly findings: readonly Finding[];
}

/** Key of a partial in a {@link PartialRegistry}: `<category>/<name>`. */
export function partialKey(category: string, name: string): string {
  return category + '/' + name;
}

/**
 * Index partial files by category and name.
 *
 * @param files
 *   Partials of one folder set, any order (sorted by path here).
 */
export function createPartialRegistry(files: readonly PartialFile[]): PartialRegistry {
  const sorted = [...files].sort((left, right) => compareStrings(left.file, right.file));
  const byKey = new Map<string, PartialFile>();
  const findings: Finding[] = [];
  for (const partial of sorted) {
    findings.push(...partial.findings);
    if (partial.category === undefined || partial.name === undefined) continue;
    const key = partialKey(partial.category, partial.name);
    const first = byKey.get(key);
    if (first) {
      findings.push({
        ruleId: 'duplicate-partial',
        severity: 'error',
        message:
          'Unexpected second partial `' +
          key +
          '` in `' +
          partial.file +
          '`, expected one partial per `partial_category` and `partial_name`: `' +
          first.file +
          '` has the same; rename one (usages get `' +
          first.file +
          '`)',
        file: partial.file,
        position: partial.frontMatterPosition,
      });
    } else {
      byKey.set(key, partial);
    }
  }
  return {files: sorted, byKey, findings};
}

/**
 * Every partial of a site: the current ones and, per docs version, the
 * ones of `versioned_partials/version-<v>/`.
 */
export interface PartialLibrary {
  readonly current: PartialRegistry;
  /** Registries by docs version name (`1.0`, not `version-1.0`). */
  readonly versions: ReadonlyMap<string, PartialRegistry>;
}

/**
 * The partial a usage names: for a file of docs version `version`, that
 * version's partial when it has one, else the current one.
 *
 * @param version
 *   Docs version of the file holding the usage (`null`: current docs).
 */
export function resolvePartial(
  library: PartialLibrary,
  version: string | null,
  category: string,
  name: string,
): PartialFile | undefined {
  const key = partialKey(category, name);
  const versioned = version === null ? undefined : library.versions.get(version);
  return versioned?.byKey.get(key) ?? library.current.byKey.get(key);
}

/**
 * The partial a usage names, when its category and name are literals and
 * such a partial exists.
 */
export function partialOfUsage(
  usage: PartialUsage,
  library: PartialLibrary,
  version: string | null,
): PartialFile | undefined {
  const category = literalOf(usage.category);
  const name = literalOf(usage.name);
  if (category === undefined || name === undefined) return undefined;
  return resolvePartial(library, version, category, name);
}

/**
 * Check one usage: its partial exists (`unknown-partial`, error, with the
 * closest names as suggestions) and every prop the partial needs is passed
 * (`missing-partial-prop`, warning; a prop with a `partial_defaults` value
 * is never missing). A usage with a spread attribute (`{...x}`) is not
 * checked for props, nor is a partial that uses `props` other than as
 * `props.x`.
 *
 * @param version
 *   Docs version of the file holding the usage (`null`: current docs).
 */
export function partialUsageFindings(
  usage: PartialUsage,
  library: PartialLibrary,
  version: string | null,
): Finding[] {
  const findings: Finding[] = [];
  const problem = attributeProblem(usage.category, 'category', 'self-hosted') ?? attributeProblem(usage.name, 'name', 'upgrade-palette-prereqs');
  if (problem) {
    findings.push({ruleId: 'unknown-partial', severity: 'error', message: problem, file: usage.file, position: usage.position});
    return findings;
  }
  const category = literalOf(usage.category) ?? '';
  const name = literalOf(usage.name) ?? '';
  const partial = resolvePartial(library, version, category, name);
  if (!partial) {
    const key = partialKey(category, name);
    const suggestions = closestKeys(key, knownKeys(library, version));
    findings.push({
      ruleId: 'unknown-partial',
      severity: 'error',
      message:
        'Unexpected unknown partial `' +
        key +
        '`, expected the `partial_category` and `partial_name` of a partial' +
        (suggestions.length > 0
          ? ': did you mean ' + suggestions.map((item) => '`' + item + '`').join(', ') + '?'
          : ' (no partial has a similar name)'),
      file: usage.file,
      position: usage.position,
    });
    return findings;
  }
  if (usage.attributes.some((attribute) => attribute.kind === 'spread')) return findings;
  const given = new Set(usage.attributes.map((attribute) => (attribute.kind === 'prop' ? attribute.name : '')));
  if (usage.hasChildren) given.add('children');
  const required = requiredPartialProps(partial, library);
  if (required === undefined) return findings;
  for (const [prop, read] of required) {
    if (given.has(prop)) continue;
    findings.push({
      ruleId: 'missing-partial-prop',
      severity: 'warn',
      message:
        'Unexpected missing prop `' +
        prop +
        '` for partial `' +
        partialKey(category, name) +
        '`, expected `' +
        prop +
        '="…"`: `' +
        read.file +
        ':' +
        read.position.start.line +
        ':' +
        read.position.start.column +
        '` reads `props.' +
        prop +
        '`; pass it, or give it a default in the front matter of `' +
        read.file +
        '` (`partial_defaults: {' +
        prop +
        ': …}`)',
      file: usage.file,
      position: usage.position,
    });
  }
  return findings;
}

/**
 * Props a usage of `partial` has to pass: the `props.x` it reads, and those
 * of partials it includes with `{...props}` that it does not pass itself,
 * less those with a `partial_defaults` value; each with its first read.
 *
 * @returns
 *   The props by name, or `undefined` when they cannot be known (the
 *   partial, or one it forwards its props to, uses `props` as a whole).
 */
export function requiredPartialProps(
  partial: PartialFile,
  library: PartialLibrary,
): Map<string, PropRead> | undefined {
  return required(partial, new Set());

  function required(current: PartialFile, visiting: Set<PartialFile>): Map<string, PropRead> | undefined {
    if (current.readsAny) return undefined;
    const result = new Map<string, PropRead>();
    for (const read of current.reads) {
      if (!current.defaults.has(read.name) && !result.has(read.name)) result.set(read.name, read);
    }
    visiting.add(current);
    for (const usage of current.usages) {
      if (!usage.attributes.some((attribute) => attribute.kind === 'spread' && attribute.forwardsProps)) continue;
      const target = partialOfUsage(usage, library, current.version);
      if (!target || visiting.has(target)) continue;
      const inner = required(target, visiting);
      if (inner === undefined) {
        visiting.delete(current);
        return undefined;
      }
      const given = new Set(usage.attributes.map((attribute) => (attribute.kind === 'prop' ? attribute.name : '')));
      for (const [name, read] of inner) {
        if (!given.has(name) && !current.defaults.has(name) && !result.has(name)) result.set(name, read);
      }
    }
    visiting.delete(current);
    return result;
  }
}

/**
 * Problems of a site's partials as a whole: each registry's findings
 * (front matter, `duplicate-partial`), every usage inside a partial checked
 * with {@link partialUsageFindings}, and `partial-cycle` (error) for each
 * cycle of partials including each other, reported once, at the usage in
 * the cycle's first partial (by path), with the chain in the message.
 */
export function partialLibraryFindings(library: PartialLibrary): Finding[] {
  const findings: Finding[] = [];
  const registries = [library.current, ...library.versions.values()];
  for (const registry of registries) {
    findings.push(...registry.findings);
    for (const partial of registry.files) {
      for (const usage of partial.usages) findings.push(...partialUsageFindings(usage, library, partial.version));
    }
  }
  findings.push(...partialCycleFindings(library));
  return findings;
}

/** `partial-cycle` findings, see {@link partialLibraryFindings}. */
export function partialCycleFindings(library: PartialLibrary): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const partials = [library.current, ...library.versions.values()].flatMap((registry) => registry.files);
  const done = new Set<PartialFile>();
  for (const partial of partials) search(partial, []);
  return findings;

  function search(partial: PartialFile, path: Array<{partial: PartialFile; usage: PartialUsage}>): void {
    if (done.has(partial)) return;
    const at = path.findIndex((step) => step.partial === partial);
    if (at >= 0) {
      report(path.slice(at));
      return;
    }
    for (const usage of partial.usages) {
      const target = partialOfUsage(usage, library, partial.version);
      if (target) search(target, [...path, {partial, usage}]);
    }
    // Every cycle through `partial` has been found: never search from it again.
    done.add(partial);
  }

  function report(cycle: Array<{partial: PartialFile; usage: PartialUsage}>): void {
    let first = 0;
    cycle.forEach(function (step, index) {
      const current = cycle[first];
      if (current && compareStrings(step.partial.file, current.partial.file) < 0) first = index;
    });
    const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
    const key = ordered.map((step) => step.partial.file).join('\n');
    if (reported.has(key)) return;
    reported.add(key);
    const start = ordered[0];
    if (!start) return;
    const chain = [...ordered, start].map((step) => '`' + describePartial(step.partial) + '`').join(' → ');
    const places = ordered
      .map(
        (step) =>
          '`' +
          step.usage.file +
          ':' +
          step.usage.position.start.line +
          ':' +
          step.usage.position.start.column +
          '`',
      )
      .join(', ');
    findings.push({
      ruleId: 'partial-cycle',
      severity: 'error',
      message:
        'Unexpected cycle of partials ' +
        chain +
        ', expected partials that never include themselves; the includes are at ' +
        places,
      file: start.usage.file,
      position: start.usage.position,
    });
  }
}

/**
 * Whether `from` includes `target`, directly or through other partials.
 */
export function partialIncludes(from: PartialFile, target: PartialFile, library: PartialLibrary): boolean {
  const seen = new Set<PartialFile>();
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || seen.has(current)) continue;
    seen.add(current);
    for (const usage of current.usages) {
      const next = partialOfUsage(usage, library, current.version);
      if (!next) continue;
      if (next === target) return true;
      stack.push(next);
    }
  }
  return false;
}

/**
 * Whether rendering `partial` renders an upgrade table: it holds a table,
 * or includes a partial that does (cycles stop the search).
 */
export function partialHoldsTables(partial: PartialFile, library: PartialLibrary): boolean {
  const seen = new Set<PartialFile>();
  const stack = [partial];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || seen.has(current)) continue;
    seen.add(current);
    if (current.content) return true;
    for (const usage of current.usages) {
      const next = partialOfUsage(usage, library, current.version);
      if (next) stack.push(next);
    }
  }
  return false;
}

/** The page a partial is rendered in, for {@link partialUsageTables}. */
export interface PartialPage {
  /** Site-relative POSIX path of the page. */
  readonly file: string;
  /** Doc id of the page (the dataset product when front matter names none). */
  readonly docId: string;
  /** The page's front matter (its `upgrade_paths` decides the dataset). */
  readonly frontMatter: unknown;
  /** The page title (front matter `title`, else its `# heading`, else the doc id). */
  readonly title: string;
  /** Docs version of the page (`null`: current docs). */
  readonly version: string | null;
}

/**
 * The upgrade tables one usage renders: those of its partial and of the
 * partials that one includes, extracted once per usage with the usage's
 * literal props substituted (`{props.x}` anywhere in the partial: in
 * cells, group labels, `<TabItem value={props.x}>`), as tables of the page.
 *
 * Each table:
 * - keeps the partial's `file`, `line`, `column` and row lines (findings
 *   point into the partial);
 * - has id `<partial file>:<line>@<usage file>:<usage line>` (through
 *   nested partials: `<inner partial>:<line>@<outer partial>:<line>@<page>:<line>`),
 *   unique per usage;
 * - has `includedFrom` the page usage (`{file, line, column}`);
 * - feeds the page's dataset (its `upgrade_paths` front matter and doc id),
 *   with the closest `<TabItem>` inside the partial, else around the usage,
 *   as tab.
 *
 * What cannot be evaluated is a finding (`partial-table-prop`, error) at the
 * expression in the partial: an expression in a table cell or a `<TabItem>`
 * around a table that is not `{props.x}` with a literal `x` at the usage
 * (or a `partial_defaults` value). Extraction findings in the partial name
 * the usage in their message.
 *
 * @param usage
 *   A usage in `page`.
 * @param library
 *   The site's partials.
 * @param page
 *   The page holding `usage`.
 */
export function partialUsageTables(
  usage: PartialUsage,
  library: PartialLibrary,
  page: PartialPage,
): {tables: ExtractedTable[]; findings: Finding[]} {
  const tables: ExtractedTable[] = [];
  const findings: Finding[] = [];
  const includedFrom: IncludedFrom = {
    file: usage.file,
    line: usage.position.start.line,
    column: usage.position.start.column,
  };
  const usedAt = '`' + usage.file + ':' + includedFrom.line + ':' + includedFrom.column + '`';
  const {settings} = datasetFrontMatter(page.frontMatter, page.file, startPosition());
  const frontMatter = {...(isRecord(page.frontMatter) ? page.frontMatter : {}), title: page.title};
  const root = partialOfUsage(usage, library, page.version);
  if (root) expand(root, evaluateProps(usage, undefined, root.defaults), usage.file + ':' + includedFrom.line, usage.tab, new Set());
  return {tables, findings};

  function expand(
    partial: PartialFile,
    props: EvaluatedProps,
    chain: string,
    tab: TableTab | null,
    visiting: Set<PartialFile>,
  ): void {
    if (visiting.has(partial)) return;
    visiting.add(partial);
    const label = '(partial `' + describePartial(partial) + '` used at ' + usedAt + ')';
    if (partial.content) {
      const tree = structuredClone(partial.content.tree);
      const unresolved = substituteProps(tree, props, partial, label, findings);
      const result = upgradeTablesFromMdast(tree, {
        source: partial.content.source,
        file: partial.file,
        docId: page.docId,
        frontMatter,
      });
      for (const finding of result.findings) {
        if (finding.ruleId === 'dataset-front-matter') continue;
        if (unresolved.some((place) => overlaps(place, finding.position))) continue;
        findings.push({...finding, message: finding.message + ' ' + label});
      }
      for (const table of result.tables) {
        const tableTab = table.tab ?? tab;
        tables.push({
          ...table,
          id: table.id + '@' + chain,
          tab: tableTab,
          includedFrom,
          dataset: datasetId(settings, page.docId, tableTab),
          datasetTitle: datasetTitle(settings, page.title, tableTab),
        });
      }
    }
    for (const inner of partial.usages) {
      const target = partialOfUsage(inner, library, partial.version);
      if (!target) continue;
      expand(
        target,
        evaluateProps(inner, props, target.defaults),
        partial.file + ':' + inner.position.start.line + '@' + chain,
        inner.tab ?? tab,
        visiting,
      );
    }
    visiting.delete(partial);
  }
}

/** Props of a usage as far as they are known. */
interface EvaluatedProps {
  /** Known values: text, or why a value is not known. */
  readonly values: ReadonlyMap<string, {readonly text: string} | {readonly unknown: string}>;
  /** Whether a spread may have given any other prop. */
  readonly open: boolean;
}

function evaluateProps(
  usage: PartialUsage,
  outer: EvaluatedProps | undefined,
  defaults: ReadonlyMap<string, string>,
): EvaluatedProps {
  const values = new Map<string, {readonly text: string} | {readonly unknown: string}>();
  let open = false;
  for (const [name, value] of defaults) values.set(name, {text: value});
  for (const attribute of usage.attributes) {
    if (attribute.kind === 'spread') {
      if (attribute.forwardsProps && outer) {
        for (const [name, value] of outer.values) values.set(name, value);
        open ||= outer.open;
      } else {
        open = true;
      }
      continue;
    }
    const {value} = attribute;
    if (value.kind === 'literal') {
      values.set(attribute.name, {text: value.value});
    } else if (value.kind === 'prop') {
      const from = outer?.values.get(value.name);
      values.set(
        attribute.name,
        from ?? {unknown: outer ? 'the including partial gets no `' + value.name + '`' : 'a page has no props'},
      );
    } else {
      values.set(attribute.name, {unknown: 'it is the expression `{' + value.source + '}`'});
    }
  }
  return {values, open};
}

/**
 * Replace each `{props.x}` (text expression) of `tree` with the text of
 * `x`, and `<TabItem value={props.x}>`-like attributes with strings. Report
 * (into `findings`) expressions that cannot be evaluated in tables and in
 * `<TabItem>`s around tables, and return where they are.
 */
function substituteProps(
  tree: Root,
  props: EvaluatedProps,
  partial: PartialFile,
  label: string,
  findings: Finding[],
): Position[] {
  const unresolved: Position[] = [];
  visitParents(tree, function (node, ancestors) {
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const parent = ancestors[ancestors.length - 1];
      if (!parent) return;
      const value = evaluate(node.data?.estree, node.value);
      const inTable = ancestors.some((ancestor) => ancestor.type === 'table');
      const siblings = parent.children as Nodes[];
      const index = siblings.indexOf(node);
      if ('text' in value) {
        const text: Text = {type: 'text', value: value.text};
        if (node.position) text.position = node.position;
        if (node.type === 'mdxFlowExpression') {
          const paragraph: Paragraph = {type: 'paragraph', children: [text]};
          if (node.position) paragraph.position = node.position;
          siblings[index] = paragraph;
        } else {
          siblings[index] = text;
        }
      } else if ('empty' in value) {
        // A comment: nothing to render.
      } else if (inTable) {
        report('`{' + node.value + '}` in an upgrade table', value.unknown, node.position);
      }
      return;
    }
    if (isJsxElement(node) && node.name === 'TabItem') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'value' && attribute.name !== 'label')) continue;
        if (attribute.value === null || typeof attribute.value !== 'object') continue;
        const value = evaluate(attribute.value.data?.estree, attribute.value.value);
        if ('text' in value) {
          attribute.value = value.text;
        } else if (attribute.name === 'value' && holdsTable(node)) {
          report(
            '`' + attribute.name + '={' + attribute.value.value + '}` on a `<TabItem>` around an upgrade table',
            'unknown' in value ? value.unknown : 'it is empty',
            attribute.position ?? node.position,
          );
        }
      }
    }
  });
  return unresolved;

  function evaluate(program: unknown, source: string): {text: string} | {unknown: string} | {empty: true} {
    const expression = singleExpression(program);
    if (expression === undefined) return {empty: true};
    const literal = literalText(expression);
    if (literal !== undefined) return {text: literal};
    const prop = propName(expression);
    if (prop === undefined) return {unknown: 'it is an expression, not `{props.x}`: `{' + source + '}`'};
    const value = props.values.get(prop);
    if (value === undefined) {
      return {unknown: props.open ? 'a spread attribute may or may not give `' + prop + '`' : 'the usage passes no `' + prop + '`'};
    }
    return value;
  }

  function report(what: string, why: string, position: Position | undefined): void {
    const place = position ?? startPosition();
    unresolved.push(place);
    findings.push({
      ruleId: 'partial-table-prop',
      severity: 'error',
      message:
        'Unexpected ' +
        what +
        ', which cannot be evaluated (' +
        why +
        '), expected literal text, or `{props.x}` with text passed as `x` at the usage ' +
        label,
      file: partial.file,
      position: place,
    });
  }
}

function holdsTable(node: Nodes): boolean {
  let found = false;
  visitParents(node, 'table', function () {
    found = true;
  });
  return found;
}

/**
 * Page title as extraction computes it: front matter `title`, else the
 * first `# heading` (also inside Docusaurus's `<header>`), else `docId`.
 */
export function pageTitle(tree: Root, frontMatter: unknown, docId: string): string {
  if (isRecord(frontMatter) && typeof frontMatter['title'] === 'string' && frontMatter['title'].trim() !== '') {
    return frontMatter['title'].trim();
  }
  const candidates = tree.children.flatMap((node) =>
    node.type === 'mdxJsxFlowElement' && node.name === 'header' ? node.children : [node],
  );
  const heading = candidates.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return heading ? toString(heading).replace(/\s*\\?\{#[^}]*\}\s*$/, '').trim() : docId;
}

/**
 * Docs version of a site-relative file: `<v>` for
 * `versioned_docs/version-<v>/…` (also `<id>_versioned_docs/…` of another
 * docs plugin instance) and `versioned_partials/version-<v>/…`, else
 * `null`.
 */
export function docsVersionOf(file: string): string | null {
  const match = /^(?:[^/]+_)?versioned_(?:docs|partials)\/version-([^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

function describePartial(partial: PartialFile): string {
  return partial.category !== undefined && partial.name !== undefined
    ? partialKey(partial.category, partial.name)
    : partial.file;
}

function knownKeys(library: PartialLibrary, version: string | null): string[] {
  const keys = new Set(library.current.byKey.keys());
  const versioned = version === null ? undefined : library.versions.get(version);
  for (const key of versioned?.byKey.keys() ?? []) keys.add(key);
  return [...keys];
}

/** Up to three keys closest to `key` (edit distance), when close enough. */
function closestKeys(key: string, keys: readonly string[]): string[] {
  const slash = key.indexOf('/');
  const name = key.slice(slash + 1);
  return keys
    .map(function (candidate) {
      const candidateName = candidate.slice(candidate.indexOf('/') + 1);
      let distance = Math.min(editDistance(key, candidate), editDistance(name, candidateName) + 1);
      // `later` for `later-renamed`, or the other way around.
      if (candidateName.includes(name) || name.includes(candidateName)) distance = Math.min(distance, 3);
      return {candidate, distance};
    })
    .filter((item) => item.distance <= Math.max(3, Math.floor(key.length / 3)))
    .sort((left, right) => left.distance - right.distance || compareStrings(left.candidate, right.candidate))
    .slice(0, 3)
    .map((item) => item.candidate);
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({length: right.length + 1}, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      current[column] = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

function attributeProblem(value: PartialPropValue | undefined, key: string, example: string): string | undefined {
  if (value === undefined) {
    return (
      'Unexpected `<' +
      partialComponentName +
      '>` without a `' +
      key +
      '` attribute, expected `' +
      key +
      '="…"` such as `' +
      key +
      '="' +
      example +
      '"`'
    );
  }
  if (value.kind !== 'literal' || value.value.trim() === '') {
    return (
      'Unexpected `' +
      key +
      '` ' +
      (value.kind === 'literal' ? 'that is empty' : value.kind === 'prop' ? '`{props.' + value.name + '}`' : '`{' + value.source + '}`') +
      ' on `<' +
      partialComponentName +
      '>`, expected a string such as `' +
      key +
      '="' +
      example +
      '"` (partials are resolved at build time)'
    );
  }
  return undefined;
}

function literalOf(value: PartialPropValue | undefined): string | undefined {
  return value?.kind === 'literal' && value.value.trim() !== '' ? value.value.trim() : undefined;
}

function attributeValue(attribute: MdxJsxAttribute): PartialPropValue {
  const {value} = attribute;
  if (typeof value === 'string') return {kind: 'literal', value};
  if (value === null || value === undefined) return {kind: 'expression', source: 'true'};
  const expression = singleExpression(value.data?.estree);
  const literal = expression === undefined ? undefined : literalText(expression);
  if (literal !== undefined) return {kind: 'literal', value: literal};
  const prop = expression === undefined ? undefined : propName(expression);
  if (prop !== undefined) return {kind: 'prop', name: prop};
  return {kind: 'expression', source: value.value};
}

/** The one expression of an expression program, `undefined` for an empty one (a comment). */
function singleExpression(program: unknown): EstreeNode | undefined {
  if (!isEstreeNode(program) || program.type !== 'Program') return undefined;
  const body = program['body'];
  if (!Array.isArray(body) || body.length === 0) return undefined;
  const statement = body[0] as unknown;
  if (!isEstreeNode(statement) || statement.type !== 'ExpressionStatement') return undefined;
  const expression = statement['expression'];
  return isEstreeNode(expression) ? expression : undefined;
}

function literalText(node: EstreeNode): string | undefined {
  if (node.type === 'Literal') {
    const value = node['value'];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return undefined;
  }
  if (node.type === 'TemplateLiteral') {
    const expressions = node['expressions'];
    const quasis = node['quasis'];
    if (Array.isArray(expressions) && expressions.length === 0 && Array.isArray(quasis) && quasis.length === 1) {
      const quasi = quasis[0] as unknown;
      const cooked = isEstreeNode(quasi) && isRecord(quasi['value']) ? quasi['value']['cooked'] : undefined;
      return typeof cooked === 'string' ? cooked : undefined;
    }
  }
  return undefined;
}

/** `x` of `props.x` or `props['x']`. */
function propName(node: EstreeNode): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const object = node['object'];
  if (!isEstreeNode(object) || object.type !== 'Identifier' || object['name'] !== 'props') return undefined;
  const property = node['property'];
  if (!isEstreeNode(property)) return undefined;
  if (node['computed'] !== true && property.type === 'Identifier' && typeof property['name'] === 'string') {
    return property['name'];
  }
  if (node['computed'] === true && property.type === 'Literal' && typeof property['value'] === 'string') {
    return property['value'];
  }
  return undefined;
}

function isPropsSpread(source: string): boolean {
  return /^\s*\.\.\.\s*props\s*$/.test(source);
}

interface EstreeNode {
  readonly type: string;
  readonly [key: string]: unknown;
}

function isEstreeNode(value: unknown): value is EstreeNode {
  return isRecord(value) && typeof value['type'] === 'string';
}

/**
 * Call `found` with the prop name of each `props.x` in an estree program,
 * and with `undefined` for each other use of `props`.
 */
function walkProps(program: unknown, found: (prop: string | undefined, node: EstreeNode) => void): void {
  visit(program);

  function visit(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isEstreeNode(value)) return;
    const prop = propName(value);
    if (prop !== undefined) {
      found(prop, value);
      return;
    }
    if (value.type === 'MemberExpression') {
      // `props[key]`, or `x.props`: only the object can be `props` itself.
      const object = value['object'];
      if (isEstreeNode(object) && object.type === 'Identifier' && object['name'] === 'props') {
        found(undefined, value);
        visit(value['property']);
        return;
      }
      visit(object);
      if (value['computed'] === true) visit(value['property']);
      return;
    }
    if (value.type === 'Identifier') {
      if (value['name'] === 'props') found(undefined, value);
      return;
    }
    if (value.type === 'Property' && value['computed'] !== true && value['shorthand'] !== true) {
      visit(value['value']);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'loc' || key === 'range' || key === 'comments') continue;
      if (typeof child === 'object' && child !== null) visit(child);
    }
  }
}

function estreePosition(node: EstreeNode): Position | undefined {
  const loc = node['loc'];
  if (!isRecord(loc) || !isRecord(loc['start']) || !isRecord(loc['end'])) return undefined;
  const {start, end} = loc as {start: Record<string, unknown>; end: Record<string, unknown>};
  if (typeof start['line'] !== 'number' || typeof start['column'] !== 'number') return undefined;
  if (typeof end['line'] !== 'number' || typeof end['column'] !== 'number') return undefined;
  return {
    start: {line: start['line'], column: start['column'] + 1, offset: typeof start['offset'] === 'number' ? start['offset'] : undefined},
    end: {line: end['line'], column: end['column'] + 1, offset: typeof end['offset'] === 'number' ? end['offset'] : undefined},
  };
}

function isJsxElement(node: Nodes | RootContent | Parents): node is MdxJsxFlowElement | MdxJsxTextElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function tabAround(ancestors: readonly Nodes[]): TableTab | null {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (node && isJsxElement(node) && node.name === 'TabItem') {
      const value = literalAttribute(node, 'value');
      if (value === undefined) return null;
      return {value, label: literalAttribute(node, 'label') ?? value};
    }
  }
  return null;
}

function literalAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function overlaps(left: Position, right: Position): boolean {
  return !before(left.end, right.start) && !before(right.end, left.start);
}

function before(left: {line: number; column: number}, right: {line: number; column: number}): boolean {
  return left.line < right.line || (left.line === right.line && left.column < right.column);
}

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function startPosition(): Position {
  return {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
