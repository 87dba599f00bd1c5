import type {TableCell} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {readVersionCell, type ColumnNames, type VersionScheme} from '@upgrade-paths/core';

/**
 * What a column of an upgrade table holds: the source version, the target
 * version, the support; `path`: a recommended path between source and
 * target (`Recommended upgrade path`, `Must upgrade through`); `combined`:
 * source and target in one cell (`v0.16.0 -> v0.17.0`, in a table without
 * source and target columns).
 */
export type ColumnRole = 'source' | 'target' | 'support' | 'path' | 'combined';

/**
 * Column index of each role a header names; the first column naming a role
 * wins. `extended`: the roles named only by the wider vocabulary (such as
 * `Current version`, `Status`), which make an upgrade table with the
 * others but never a `table-shape` candidate on their own.
 */
export type ColumnRoles = Partial<Record<ColumnRole, number>> & {readonly extended?: readonly ColumnRole[]};

/**
 * Header cell names of each role, compared with the cell's text trimmed,
 * lower-cased and with white space runs as one space (README, "What counts
 * as an upgrade table"). `classic` names are today's vocabulary of the
 * field; the others are the wider one real product docs use.
 */
const headerNames: ReadonlyArray<readonly [RegExp, ColumnRole, 'classic' | 'extended']> = [
  [/^(?:source(?: version)?|from(?: version)?)$/, 'source', 'classic'],
  [/^(?:upgrade from(?: version)?|current(?: .+)? version|your version|installed version)$/, 'source', 'extended'],
  [/^(?:target(?: version)?|to(?: version)?)$/, 'target', 'classic'],
  [/^(?:upgrade to(?: version)?|supported new version(?:s|\(s\))?|target .+ version)$/, 'target', 'extended'],
  [/^(?:support|supported)$/, 'support', 'classic'],
  [/^(?:status|upgrade supported|will this upgrade succeed\??)$/, 'support', 'extended'],
  [/^(?:(?:recommended|supported) (?:upgrade )?paths?|must upgrade through|upgrade paths?|upgrade through|upgrade stops?|required upgrade stops?)$/, 'path', 'extended'],
  [/^(?:upgrades?|upgrade paths?|versions|version upgrades?|from\s*(?:->|→|to)\s*to)$/, 'combined', 'extended'],
];

/**
 * What the config file says about recognising a document's tables (see
 * `LintConfig`): passed by the engine (and, through what it publishes, to
 * the remark plugin) so that every reader recognises the same tables.
 */
export interface Recognition {
  /** More (or other) header names by role (`LintConfig.columns`). */
  readonly columns?: ColumnNames | undefined;
  /** The config's `include` lists the document: its tables skip the confidence rule. */
  readonly optedIn?: boolean | undefined;
  /** The config's `scheme`: used when the front matter names none. */
  readonly scheme?: VersionScheme | undefined;
}

/** Header text as the vocabulary compares it: trimmed, lower case, white space runs as one space. */
function headerName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The roles of a table's columns, from the text of its header cells.
 *
 * This is the one recognition of upgrade-table headers: extraction reads
 * the header cells of the mdast (`cellText`), the prefilter the header
 * lines of the raw text, and both ask this function.
 *
 * @param texts
 *   Text of each header cell, markup removed (any case and spacing).
 * @param columns
 *   The config's header names (`LintConfig.columns`): they name their role
 *   as the classic names do (a Support column and one of them is a
 *   `table-shape` candidate); with `replace`, a role given is named by them
 *   alone.
 * @returns
 *   Column index by role.
 */
export function columnRoles(texts: readonly string[], columns?: ColumnNames | null): ColumnRoles {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const extended: ColumnRole[] = [];
  const configured = configuredNames(columns);
  texts.forEach(function (text, index) {
    const name = headerName(text);
    for (const [role, names] of configured) {
      if (roles[role] === undefined && names.has(name)) roles[role] = index;
    }
    for (const [expression, role, vocabulary] of headerNames) {
      if (roles[role] !== undefined || !expression.test(name)) continue;
      if (columns?.replace && configured.has(role)) continue;
      roles[role] = index;
      if (vocabulary === 'extended') extended.push(role);
    }
  });
  return extended.length > 0 ? {...roles, extended} : roles;
}

/** The config's header names by role, compared as {@link headerName} gives them. */
function configuredNames(columns: ColumnNames | null | undefined): Map<ColumnRole, Set<string>> {
  const names = new Map<ColumnRole, Set<string>>();
  for (const role of ['source', 'target', 'support'] as const) {
    const list = columns?.[role];
    if (list !== undefined && list.length > 0) names.set(role, new Set(list.map(headerName)));
  }
  return names;
}

/**
 * What a table with these column roles is, by its header alone:
 *
 * - `upgrade`: an upgrade table in list layout (a source and a target
 *   column);
 * - `combined`: maybe one in combined-cell layout (a `combined` column and
 *   no source or target column); its cells decide (`combinedColumn`);
 * - `matrix`: maybe a matrix (header cells after the first name target
 *   versions, see {@link matrixTargets}); its cells decide;
 * - `candidate`: meant as a list (a Support column and only one of source
 *   and target, both by the classic names), reported by rule `table-shape`
 *   and its rows not read;
 * - `undefined`: some other table, never reported.
 *
 * @param roles
 *   Column roles (`columnRoles(texts)`).
 * @param texts
 *   Text of the header cells; without them, no `matrix`.
 */
export function tableKind(
  roles: ColumnRoles,
  texts?: readonly string[],
): 'upgrade' | 'combined' | 'matrix' | 'candidate' | undefined {
  if (roles.source !== undefined && roles.target !== undefined) return 'upgrade';
  if (roles.source === undefined && roles.target === undefined && roles.combined !== undefined) return 'combined';
  if (roles.target === undefined && texts !== undefined && matrixTargets(texts).length > 0) return 'matrix';
  if (roles.extended?.some((role) => role === 'source' || role === 'target' || role === 'support')) return undefined;
  if (roles.support !== undefined && (roles.source !== undefined || roles.target !== undefined)) return 'candidate';
  return undefined;
}

/**
 * The target versions a matrix header names: each header cell after the
 * first whose text, without a leading `Upgrade to` or `To` and a product
 * name, looks like a version (`Upgrade to 7.2.x` → `7.2.x`, `OpenSearch 2.x`
 * → `2.x`, `8.0.2-8.0.10`).
 *
 * @param texts
 *   Text of the header cells.
 * @returns
 *   Column index, the version as written and what else the cell says
 *   (`''` when nothing), for each such cell.
 */
export function matrixTargets(texts: readonly string[]): Array<{readonly index: number; readonly version: string; readonly prefixed: boolean}> {
  const targets: Array<{index: number; version: string; prefixed: boolean}> = [];
  texts.forEach(function (text, index) {
    if (index === 0) return;
    const value = text.trim();
    const stripped = value.replace(/^(?:upgrade\s+to|to)\s+/i, '');
    const version = readVersionCell(stripped).version;
    const single = /^\S+$/.test(version) || /^\S+\s+(?:-|–|to)\s+\S+$/.test(version);
    if (single && looksLikeVersion(version) && !isWordLike(version)) targets.push({index, version, prefixed: stripped !== value});
  });
  return targets;
}

/** Whether a matrix's first header cell names its column the source versions (`From`, `Current version`, `From \ To`). */
export function namesMatrixSource(text: string): boolean {
  const name = headerName(text);
  if (columnRoles([name]).source !== undefined) return true;
  return /^(?:from|source|current(?: version)?)\s*(?:[\\/↓→|]|->)\s*(?:to|target)(?: version)?\s*(?:→|->)?$/.test(name);
}

/**
 * Why a table whose header has these cells is not an upgrade table: what
 * `lint --verbose` prints for it.
 *
 * @param texts
 *   Text of its header cells.
 * @param roles
 *   Their roles (`columnRoles(texts)`), not a source and a target.
 * @returns
 *   A sentence part such as "its header (`Parameter | Description`) names no source and target version columns".
 */
export function otherTableReason(texts: readonly string[], roles: ColumnRoles): string {
  const header = '(`' + texts.join(' | ') + '`)';
  if (tableKind(roles) === 'candidate') {
    return 'its header ' + header + ' names a support column but no ' + (roles.source === undefined ? 'source' : 'target') + ' version column (rule `table-shape`)';
  }
  const named = roles.source !== undefined ? 'only a source' : roles.target !== undefined ? 'only a target' : 'no source and no target';
  return 'its header ' + header + ' names ' + named + ' version column';
}

/**
 * Header names of identifying columns (compared as in {@link columnRoles}):
 * a table whose such column names a different thing in each row lists
 * things (packages, components), not upgrade paths.
 */
const identifyingName = /^(?:package|component|name|dependency|recipe)s?$/;

/**
 * Whether a cell's text looks like a version: an optional product name
 * (words followed by a space) and `v`, then a digit and a `.`. So `4.7.1`,
 * `v1.2`, `Redis Software 7.2.x`, and also the mistakes `4.7.a`, `4..7`
 * (which stay `invalid-version` errors in an upgrade table).
 */
export function looksLikeVersion(text: string): boolean {
  return /^(?:\p{L}[\p{L}\p{N}._-]*\s+)*v?\d+\./iu.test(text.trim());
}

/**
 * Whether a cell's text is a word, a version specifier, a bare integer or
 * a network address with a prefix length or port (`Basic`, `WAITING`,
 * `^0.1.0`, `~1.2`, `>=2`, `4000`, `10.0.0.0/8`, `10.0.0.1:443`): what the
 * cells of tables that are no upgrade paths hold.
 */
export function isWordLike(text: string): boolean {
  const value = text.trim();
  return (
    /^\d+$/.test(value) ||
    /^[\^~<>=!*]/.test(value) ||
    /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2}|:\d{1,5})$/.test(value) ||
    (!/\d/.test(value) && /\p{L}/u.test(value))
  );
}

/** What the cells of a table say about whether it is an upgrade table. */
export interface CellEvidence {
  /** Non-empty cells of the source and target columns (of the one present, for a candidate). */
  readonly cells: number;
  /** Of those, cells that {@link looksLikeVersion} (and are not {@link isWordLike}). */
  readonly versionLike: number;
  /** Of those, cells that are {@link isWordLike}. */
  readonly wordLike: number;
  /** Up to three word-like cells, for the reason. */
  readonly examples: readonly string[];
  /** Header of an identifying column whose values differ across rows, if any. */
  readonly identifying: string | undefined;
}

/**
 * Gather the evidence of a table's body.
 *
 * @param header
 *   Text of its header cells.
 * @param rows
 *   Text of the cells of each body row; `null` for a cell holding an MDX
 *   expression (`{props.to}` in a partial: known only where the partial is
 *   rendered, and judged there), counted as looking like a version.
 * @param roles
 *   Column roles of the header (`columnRoles(header)`).
 */
export function cellEvidence(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  roles: ColumnRoles,
): CellEvidence {
  const columns = [roles.source, roles.target].filter((index) => index !== undefined);
  let cells = 0;
  let versionLike = 0;
  let wordLike = 0;
  const examples: string[] = [];
  for (const row of rows) {
    for (const index of columns) {
      const cell = row[index];
      if (cell === null) {
        cells++;
        versionLike++;
        continue;
      }
      const text = (cell ?? '').trim();
      if (text === '') continue;
      cells++;
      // Addresses (`10.0.0.0/8`) would look like versions: words first.
      if (isWordLike(text)) {
        wordLike++;
        if (examples.length < 3 && !examples.includes(text)) examples.push(text);
      } else if (looksLikeVersion(text)) versionLike++;
    }
  }
  let identifying: string | undefined;
  header.forEach(function (text, index) {
    if (identifying !== undefined || !identifyingName.test(text.trim().toLowerCase().replace(/\s+/g, ' '))) return;
    const values = new Set(rows.map((row) => row[index]?.trim() ?? '').filter((value) => value !== ''));
    if (values.size > 1) identifying = text.trim();
  });
  return {cells, versionLike, wordLike, examples, identifying};
}

/**
 * The confidence rule (README, "What counts as an upgrade table"): a table
 * whose header names upgrade columns is taken as one when at least half of
 * its non-empty source and target cells look like versions, at most a
 * quarter are words, version specifiers or bare integers, and it has no
 * identifying column whose values differ. A table not taken gets no
 * finding at all (never fail a build on a guess).
 *
 * @returns
 *   `undefined` when the table is taken, else why not (for `lint --verbose`).
 */
export function unconfidentReason(evidence: CellEvidence): string | undefined {
  const {cells, versionLike, wordLike, examples, identifying} = evidence;
  if (identifying !== undefined) return 'its `' + identifying + '` column names a different thing in each row, so it lists things, not upgrade paths';
  if (cells === 0) return 'its source and target cells are all empty';
  if (wordLike * 4 > cells) {
    return (
      wordLike +
      ' of ' +
      cells +
      ' source and target cells are words, version specifiers, bare integers or addresses (' +
      examples.map((example) => '`' + example + '`').join(', ') +
      ')'
    );
  }
  if (versionLike * 2 < cells) return 'only ' + versionLike + ' of ' + cells + ' source and target cells look like versions';
  return undefined;
}

/**
 * The notes columns of an upgrade table: every column that is not its
 * source, target, support or path column (nor one of `exclude`: a matrix's
 * source and target columns, a combined column), with the header it is known by in the
 * data (the header text; `Column N` when empty; ` (2)`, ` (3)` appended
 * to repeats). What extraction stores as `notes` and what the remark
 * plugin renders as authored.
 *
 * @param texts
 *   Text of the header cells.
 * @param roles
 *   Their roles (`columnRoles(texts)`).
 * @returns
 *   Column index and header of each notes column, in order.
 */
export function noteColumns(
  texts: readonly string[],
  roles: ColumnRoles,
  exclude: readonly number[] = [],
): Array<{readonly index: number; readonly header: string}> {
  const used = new Set<string>();
  const columns: Array<{index: number; header: string}> = [];
  texts.forEach(function (text, index) {
    if (index === roles.source || index === roles.target || index === roles.support || index === roles.path) return;
    if (exclude.includes(index)) return;
    const base = text.trim() === '' ? 'Column ' + (index + 1) : text.trim();
    let header = base;
    for (let count = 2; used.has(header); count++) header = base + ' (' + count + ')';
    used.add(header);
    columns.push({index, header});
  });
  return columns;
}

/** Text of a table cell: its content without markup (raw HTML such as `<span title="Supported">` dropped, its text kept), trimmed; `''` for a missing cell. */
export function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell, {includeHtml: false}).trim() : '';
}

