/**
 * Generated upgrade-table documents, with what a reader of that text knows
 * about them (the rows, their cells, the problems in them, the tables that
 * are no upgrade tables, and whether the MDX parses at all): the one
 * document generator of the fuzz suite (`properties.ts`). Expectations are
 * computed from that knowledge, never from the code under test.
 *
 * Documents mix what docs pages hold around upgrade tables: random and
 * pre-release versions, wildcards, `**bold**` and `__bold__` cells, entity
 * spaces and emphasis in headers, escaped pipes, LF/CRLF/CR line endings, a
 * byte-order mark, ` ```mdx-code-block ` fences, `<Tabs>`, admonitions,
 * `<details>`, lists, HTML and MDX comments, random Unicode prose, and
 * broken MDX.
 */
import * as fc from 'fast-check';
import {inferScheme, parseVersion} from '../../packages/core/src/index.js';

export type Role = 'source' | 'target' | 'support' | 'notes';

/** A cell as written, and what it means. */
export interface Cell {
  /** Markdown of the cell content (may hold `\|`). */
  readonly markdown: string;
  /** Text of the cell once read: trimmed, `\|` unescaped. */
  readonly text: string;
  /** The rule a reader expects for this cell, if any. */
  readonly problem: 'invalid-version' | 'unknown-support' | 'table-shape' | undefined;
  /** For support cells: what the marker means (`null` when unknown). */
  readonly supported?: boolean | null;
  /** A word, not a version (`latest`): what makes a table no upgrade table without opt-in. */
  readonly word?: true;
  /** Several versions in one cell (`4.7.1, 4.7.2`): one row each. */
  readonly versions?: readonly string[];
}

export interface RowSpec {
  /** Cells per header column, in header order. */
  readonly cells: readonly Cell[];
  /** `< 0`: drop that many trailing cells; `> 0`: add that many extra cells. */
  readonly change: number;
  /** Spaces left and right of each cell, per cell. */
  readonly padding: ReadonlyArray<readonly [number, number]>;
}

export interface TableSpec {
  readonly roles: readonly Role[];
  readonly header: readonly string[];
  readonly align: readonly string[];
  readonly rows: readonly RowSpec[];
  readonly prefix: 'none' | 'label' | 'paragraph' | 'heading' | 'html-comment' | 'mdx-comment' | 'code-block';
  readonly container: 'none' | 'list' | 'admonition' | 'tabs' | 'details';
  /**
   * A matrix instead of a list: `roles` is `source` then one `support` per
   * target, `header` the first header cell then one per target (`targets`,
   * as read), each row a source cell then support markers.
   */
  readonly matrix?: {readonly targets: readonly string[]} | undefined;
}

export interface DocumentSpec {
  readonly tables: readonly TableSpec[];
  /**
   * Other tables after the upgrade tables: `decoy`, a table whose cells say
   * "from" and "to" but whose header names no upgrade columns (no rows, no
   * findings); `candidate`, a header with Support and only one of Source
   * and Target (one `table-shape` finding at its header, no rows).
   */
  readonly extras: ReadonlyArray<'decoy' | 'candidate'>;
  /** Line endings as micromark reads them: LF, CRLF, or CR alone. */
  readonly lineEnding: '\n' | '\r\n' | '\r';
  /** Whether the file starts with a byte-order mark. */
  readonly bom: boolean;
  /** Prose paragraphs (random Unicode, no Markdown syntax), one before each table. */
  readonly prose: readonly string[];
  /** Whether an unclosed MDX expression ends the document (it then does not parse). */
  readonly broken: boolean;
  /**
   * How the author says the tables are upgrade tables: `upgrade_paths`
   * front matter, generator markers around each table, or not at all (then
   * the confidence rule decides, from the cells).
   */
  readonly optIn: 'none' | 'front-matter' | 'markers';
}

// Text ----------------------------------------------------------------------

/**
 * Random Unicode text without Markdown, MDX or HTML syntax (and without
 * line breaks): what a reader takes as plain words.
 */
const plainText: fc.Arbitrary<string> = fc
  .string({unit: 'grapheme', maxLength: 24})
  .map((text) =>
    text
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/gu, '')
      .replace(/[<>{}[\]()|\\*_`#~!&:=+\-'".$^]/g, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  )
  .map((text) => (/^\d/.test(text) || text === '' ? 'Words ' + text : text).trim());

// Cells ---------------------------------------------------------------------

const exact = fc
  .tuple(fc.integer({min: 0, max: 9}), fc.integer({min: 0, max: 20}), fc.integer({min: 0, max: 40}))
  .map(([major, minor, patch]) => major + '.' + minor + '.' + patch);

const valid = (markdown: string): Cell => ({markdown, text: markdown, problem: undefined});

/** A cell as written in bold (either syntax) or plain: the same text to a reader. */
const styled = (cell: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> =>
  fc.tuple(cell, fc.constantFrom('', '**', '__')).map(([item, mark]) =>
    item.markdown === '' || mark === '' || item.markdown.includes('\\|') ? item : {...item, markdown: mark + item.markdown + mark},
  );

const versionCell = (wildcard: boolean): fc.Arbitrary<Cell> => styled(plainVersionCell(wildcard));

const plainVersionCell = (wildcard: boolean): fc.Arbitrary<Cell> =>
  fc.oneof(
    {weight: 6, arbitrary: exact.map(valid)},
    {weight: 2, arbitrary: fc.tuple(exact, fc.integer({min: 0, max: 9})).map(([v, n]) => valid(v + '-rc.' + n))},
    {
      weight: wildcard ? 2 : 0,
      arbitrary: fc
        .tuple(fc.integer({min: 0, max: 9}), fc.integer({min: 0, max: 20}), fc.constantFrom('x', 'X'))
        .map(([major, minor, x]) => valid(major + '.' + minor + '.' + x)),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('4.7.a', '4.7', 'latest', '4..7', '4.7.1.2')
        .map((text): Cell => ({markdown: text, text, problem: 'invalid-version', ...(text === 'latest' ? {word: true as const} : {})})),
    },
    {
      weight: 1,
      arbitrary: exact.map((v): Cell => ({markdown: v + ' \\| 2', text: v + ' | 2', problem: 'invalid-version'})),
    },
    {
      weight: 1,
      arbitrary: plainText
        .map((text) => ('ü' + text.replace(/\p{N}/gu, '')).replace(/\s+/gu, ' ').trim())
        .map((text): Cell => ({markdown: text, text, problem: 'invalid-version', word: true})),
    },
    {weight: 1, arbitrary: fc.constant<Cell>({markdown: '', text: '', problem: 'table-shape'})},
    {
      weight: 1,
      arbitrary: fc
        .tuple(exact, exact, fc.constantFrom(', ', '; ', ' and '))
        .map(([first, second, separator]): Cell => ({markdown: first + separator + second, text: first + separator + second, problem: undefined, versions: [first, second]})),
    },
  );

const knownMarkers: ReadonlyArray<readonly [string, boolean]> = [
  [':white_check_mark:', true],
  ['✅', true],
  [':heavy_check_mark:', true],
  ['✔️', true],
  ['Yes', true],
  ['Supported', true],
  [':x:', false],
  ['❌', false],
  ['No', false],
  ['Not supported', false],
];

const supportCell: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...knownMarkers)
      .map(([markdown, supported]): Cell => ({markdown, text: markdown, problem: undefined, supported})),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('Maybe', 'TBD', 'Partially', '✔✔', ':warning:')
      .map((text): Cell => ({markdown: text, text, problem: 'unknown-support', supported: null})),
  },
  {
    weight: 1,
    arbitrary: fc.constant<Cell>({
      markdown: 'Yes \\| mostly',
      text: 'Yes | mostly',
      problem: 'unknown-support',
      supported: null,
    }),
  },
  {weight: 1, arbitrary: fc.constant<Cell>({markdown: '', text: '', problem: 'table-shape', supported: null})},
);

const notesCell: fc.Arbitrary<Cell> = fc.oneof(fc.constantFrom('', 'Requires a reboot.', 'See notes'), plainText).map(valid);

const cellFor = (role: Role): fc.Arbitrary<Cell> =>
  role === 'source' ? versionCell(true) : role === 'target' ? versionCell(false) : role === 'support' ? supportCell : notesCell;

// Header --------------------------------------------------------------------

const names: Readonly<Record<Role, readonly string[]>> = {
  source: ['Source Version', 'source version', 'SOURCE VERSION', 'Source', 'From', 'From version', 'from Version', 'Upgrade from', 'Current version', 'Installed version'],
  target: ['Target Version', 'target version', 'TARGET VERSION', 'Target', 'To', 'To version', 'TO VERSION', 'Upgrade to', 'Supported new version(s)'],
  support: ['Support', 'Supported', 'support', 'SUPPORT', 'Status', 'Upgrade supported'],
  notes: ['Notes'],
};

/**
 * How a header cell is written: as is, with emphasis of either kind, or
 * with its spaces as character references (`&nbsp;`, `&#32;`, `&#160;`,
 * `&ensp;`): the same header to a reader, and to extraction.
 */
const headerStyles: ReadonlyArray<(name: string) => string> = [
  (name) => name,
  (name) => '**' + name + '**',
  (name) => '__' + name + '__',
  (name) => '*' + name + '*',
  (name) => name.replace(' ', '&nbsp;'),
  (name) => name.replace(' ', '&#32;'),
  (name) => '**' + name.replace(' ', '&#160;') + '**',
  (name) => name.replace(' ', '&ensp;'),
];

/** A header cell naming `role`, in one of the ways authors write it. */
export const headerCell = (role: Role): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...names[role]), fc.constantFrom(...headerStyles)).map(([name, style]) => style(name));

const alignCell: fc.Arbitrary<string> = fc
  .tuple(fc.integer({min: 1, max: 6}), fc.constantFrom('', 'left', 'right', 'center'))
  .map(([dashes, side]) => {
    const line = '-'.repeat(dashes);
    return side === 'left' ? ':' + line : side === 'right' ? line + ':' : side === 'center' ? ':' + line + ':' : line;
  });

const padding = fc.tuple(fc.integer({min: 0, max: 3}), fc.integer({min: 0, max: 3}));

const table: fc.Arbitrary<TableSpec> = fc
  .tuple(fc.boolean(), fc.boolean())
  .chain(([withSupport, withNotes]) => {
    const present: Role[] = ['source', 'target'];
    if (withSupport) present.push('support');
    if (withNotes) present.push('notes');
    return fc.shuffledSubarray(present, {minLength: present.length, maxLength: present.length});
  })
  .chain((roles) =>
    fc.record({
      roles: fc.constant(roles),
      header: fc.tuple(...roles.map(headerCell)),
      align: fc.tuple(...roles.map(() => alignCell)),
      rows: fc.array(
        fc.record({
          cells: fc.tuple(...roles.map(cellFor)),
          change: fc.oneof(
            {weight: 5, arbitrary: fc.constant(0)},
            {weight: 1, arbitrary: fc.integer({min: 1 - roles.length, max: -1})},
            {weight: 1, arbitrary: fc.integer({min: 1, max: 2})},
          ),
          padding: fc.array(padding, {minLength: roles.length + 2, maxLength: roles.length + 2}),
        }),
        {minLength: 1, maxLength: 8},
      ),
      prefix: fc.constantFrom('none', 'label', 'paragraph', 'heading', 'html-comment', 'mdx-comment', 'code-block'),
      container: fc.constantFrom('none', 'list', 'admonition', 'tabs', 'details'),
    }),
  );

/** A matrix cell: a support marker, or one of the cells that state nothing (`–`, `n/a`, empty). */
const matrixCell: fc.Arbitrary<Cell> = fc.oneof(
  {weight: 6, arbitrary: supportCell.filter((cell) => cell.markdown !== '' && cell.markdown !== 'Yes \\| mostly')},
  {weight: 2, arbitrary: fc.constantFrom('–', '-', 'n/a', '').map((text): Cell => ({markdown: text, text, problem: undefined}))},
);

const matrixTable: fc.Arbitrary<TableSpec> = fc
  .tuple(fc.uniqueArray(exact, {minLength: 1, maxLength: 3}), fc.constantFrom('From', 'Current version', 'Upgrade from', 'From \\ To'))
  .chain(([targets, first]) => {
    const roles: Role[] = ['source', ...targets.map((): Role => 'support')];
    return fc.record({
      roles: fc.constant(roles),
      header: fc.tuple(fc.constant(first), ...targets.map((target) => fc.constantFrom(target, 'Upgrade to ' + target, 'To ' + target))),
      align: fc.tuple(...roles.map(() => alignCell)),
      rows: fc.array(
        fc.record({
          cells: fc.tuple(versionCell(false).filter((cell) => cell.markdown !== '' && cell.versions === undefined), ...targets.map(() => matrixCell)),
          change: fc.constant(0),
          padding: fc.array(padding, {minLength: roles.length, maxLength: roles.length}),
        }),
        {minLength: 1, maxLength: 6},
      ),
      prefix: fc.constantFrom('none', 'label', 'paragraph', 'heading', 'html-comment', 'mdx-comment', 'code-block'),
      container: fc.constantFrom('none', 'list', 'admonition', 'tabs', 'details'),
      matrix: fc.constant({targets}),
    });
  });

export const document: fc.Arbitrary<DocumentSpec> = fc.record({
  tables: fc.array(fc.oneof({weight: 4, arbitrary: table}, {weight: 1, arbitrary: matrixTable}), {minLength: 1, maxLength: 3}),
  extras: fc.array(fc.constantFrom<'decoy' | 'candidate'>('decoy', 'candidate'), {maxLength: 2}),
  lineEnding: fc.constantFrom<DocumentSpec['lineEnding']>('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  prose: fc.array(plainText, {minLength: 3, maxLength: 3}),
  broken: fc.oneof({weight: 9, arbitrary: fc.constant(false)}, {weight: 1, arbitrary: fc.constant(true)}),
  optIn: fc.constantFrom<DocumentSpec['optIn']>('none', 'front-matter', 'markers'),
});

// Rendering, with what a reader expects -------------------------------------

export interface ExpectedRow {
  readonly source: string;
  readonly target: string;
  readonly supported: boolean | null;
  readonly line: number;
}

export interface ExpectedFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

/** A table that is no upgrade table: where it is and how many rows it has below its header. */
export interface ExpectedOtherTable {
  readonly line: number;
  readonly rows: number;
}

export interface Rendered {
  readonly value: string;
  /** The rows of the upgrade tables, in order (none are data when `broken`). */
  readonly rows: ExpectedRow[];
  readonly findings: ExpectedFinding[];
  readonly others: ExpectedOtherTable[];
  /** The document does not parse: one `parse-error`, and every row is under it. */
  readonly broken: boolean;
  /** How many of the generated tables are upgrade tables (the others are in `others`). */
  readonly tables: number;
}

const extraCell: Cell = valid('extra');

export function render(spec: DocumentSpec): Rendered {
  const lines: string[] = [];
  if (spec.optIn === 'front-matter') lines.push('---', 'upgrade_paths: {}', '---', '');
  lines.push('Intro paragraph.', '');
  const rows: ExpectedRow[] = [];
  const findings: ExpectedFinding[] = [];
  const others: ExpectedOtherTable[] = [];
  let taken = 0;

  spec.tables.forEach((tableSpec, tableIndex) => {
    lines.push(spec.prose[tableIndex] ?? 'Words', '');
    const indent = tableSpec.container === 'list' ? '  ' : '';
    if (tableSpec.container === 'list') lines.push('- Item ' + tableIndex, '');
    if (tableSpec.container === 'admonition') lines.push(':::note', '');
    if (tableSpec.container === 'tabs') lines.push('<Tabs>', '<TabItem value="tab-' + tableIndex + '" label="Tab ' + tableIndex + '">', '');
    if (tableSpec.container === 'details') lines.push('<details>', '<summary>Table ' + tableIndex + '</summary>', '');
    if (tableSpec.prefix === 'label') lines.push(indent + '**4.' + tableIndex + '.x**', '');
    if (tableSpec.prefix === 'paragraph') lines.push(indent + 'Some words about table ' + tableIndex + '.', '');
    if (tableSpec.prefix === 'heading') lines.push(indent + '### Table ' + tableIndex, '');
    if (tableSpec.prefix === 'html-comment') lines.push(indent + '<!-- About table ' + tableIndex + ' -->', '');
    if (tableSpec.prefix === 'mdx-comment') lines.push(indent + '{/* About table ' + tableIndex + ' */}', '');
    // Docusaurus removes the fence lines before parsing: every line after
    // them is two lines off in the parse, never on disk.
    if (tableSpec.prefix === 'code-block') lines.push(indent + '```mdx-code-block', indent + '<div>Before table ' + tableIndex + '</div>', indent + '```', '');

    if (spec.optIn === 'markers') lines.push(indent + '<!-- upgrade-paths:table-' + tableIndex + ':start -->', '');
    const tableLine = lines.length + 1;
    lines.push(indent + '| ' + tableSpec.header.join(' | ') + ' |');
    lines.push(indent + '| ' + tableSpec.align.join(' | ') + ' |');
    const tableRows: ExpectedRow[] = [];
    const tableFindings: ExpectedFinding[] = [];
    // The confidence rule (README, "What counts as an upgrade table"), on
    // what the generator knows of each source and target cell.
    let cellCount = 0;
    let words = 0;
    // The version scheme is inferred from the cells (README, "Version
    // schemes"): `4.7` and `4.7.1.2` are mistakes only in a semver table.
    const versionTexts: string[] = [];
    const versionProblems = new Map<ExpectedFinding, string>();
    // A matrix is taken when at least half of its stating cells are markers.
    let statedCells = 0;
    let markers = 0;
    const statedTargets = new Set<string>();

    for (const row of tableSpec.rows) {
      const count = tableSpec.roles.length + row.change;
      const cells = [...row.cells.slice(0, count)];
      while (cells.length < count) cells.push(extraCell);
      const line = lines.length + 1;
      const rowColumn = indent.length + 1;
      let text = indent + '|';
      const cellColumns: number[] = [];
      cells.forEach((cell, index) => {
        cellColumns.push(text.length);
        const [left, right] = row.padding[index] ?? [1, 1];
        // An empty cell needs at least one character between its pipes.
        const pad = cell.markdown === '' ? ' '.repeat(Math.max(1, left + right)) : ' '.repeat(left) + cell.markdown + ' '.repeat(right);
        text += pad + '|';
      });
      lines.push(text);

      if (tableSpec.matrix) {
        // Each cell that states support is one row, at the cell.
        const source = cells[0] as Cell;
        if (source.text.trim() !== '') {
          cellCount++;
          if (source.word) words++;
        }
        let stated = 0;
        tableSpec.matrix.targets.forEach((target, index) => {
          const cell = cells[index + 1] as Cell;
          const column = cellColumns[index + 1] ?? 0;
          if (cell.supported === undefined) return;
          stated++;
          if (cell.supported !== null) markers++;
          if (cell.problem === 'unknown-support') tableFindings.push({ruleId: 'unknown-support', line, column});
          tableRows.push({source: source.text, target, supported: cell.supported, line});
          // The scheme counts each cell once: the row's source, each target header.
          statedTargets.add(target);
        });
        if (stated > 0) versionTexts.push(source.text.trim());
        if (stated > 0 && source.problem === 'invalid-version') {
          const finding = {ruleId: 'invalid-version', line, column: cellColumns[0] ?? 0};
          tableFindings.push(finding);
          versionProblems.set(finding, source.text.trim());
        }
        statedCells += stated;
        continue;
      }
      if (row.change !== 0) tableFindings.push({ruleId: 'table-shape', line, column: rowColumn});
      const read = (role: Role): {text: string; supported?: boolean | null | undefined; versions?: readonly string[] | undefined} => {
        const index = tableSpec.roles.indexOf(role);
        const cell = index < cells.length ? cells[index] : undefined;
        if (!cell) {
          if (role !== 'notes') tableFindings.push({ruleId: 'table-shape', line, column: rowColumn});
          return {text: '', supported: null};
        }
        if ((role === 'source' || role === 'target') && cell.text.trim() !== '') {
          cellCount++;
          if (cell.word) words++;
        }
        if (cell.problem && role !== 'notes') {
          const finding = {ruleId: cell.problem, line, column: cellColumns[index] ?? 0};
          tableFindings.push(finding);
          if (cell.problem === 'invalid-version') versionProblems.set(finding, cell.text.trim());
        }
        if (role === 'source' || role === 'target') versionTexts.push(...(cell.versions ?? [cell.text.trim()]));
        return {text: cell.text, supported: cell.supported, versions: cell.versions};
      };
      const source = read('source');
      const target = read('target');
      const supported = tableSpec.roles.includes('support') ? (read('support').supported ?? null) : true;
      // Several versions in a cell: one row per source and target pair.
      for (const from of source.versions ?? [source.text]) {
        for (const to of target.versions ?? [target.text]) tableRows.push({source: from, target: to, supported, line});
      }
    }
    // Every non-word cell the generator writes looks like a version.
    versionTexts.push(...statedTargets);
    const confident = cellCount > 0 && words * 4 <= cellCount && (!tableSpec.matrix || (statedCells > 0 && markers * 2 >= statedCells));
    const structured = !tableSpec.matrix || statedCells > 0;
    if ((spec.optIn !== 'none' && structured) || confident) {
      taken++;
      rows.push(...tableRows);
      const scheme = inferScheme(versionTexts);
      findings.push(...tableFindings.filter((finding) => !(versionProblems.has(finding) && parseVersion(versionProblems.get(finding) as string, scheme))));
    } else {
      others.push({line: tableLine, rows: tableSpec.rows.length});
    }

    lines.push('');
    if (spec.optIn === 'markers') lines.push(indent + '<!-- upgrade-paths:table-' + tableIndex + ':end -->', '');
    if (tableSpec.container === 'admonition') lines.push(':::', '');
    if (tableSpec.container === 'tabs') lines.push('</TabItem>', '</Tabs>', '');
    if (tableSpec.container === 'details') lines.push('</details>', '');
  });

  for (const extra of spec.extras) {
    if (extra === 'candidate') {
      findings.push({ruleId: 'table-shape', line: lines.length + 1, column: 1});
      others.push({line: lines.length + 1, rows: 1});
      lines.push('| **Source Version** | Support |', '| --- | --- |', '| 4.7.1 | ✅ |', '');
    } else {
      others.push({line: lines.length + 1, rows: 2});
      lines.push('| Parameter | Description |', '| --- | --- |', '| `from` | Copy from the source to the target |', '| To | Where it goes |', '');
    }
  }
  if (spec.broken) lines.push('An unclosed {expression ends this page.', '');

  const value = (spec.bom ? '\uFEFF' : '') + lines.join(spec.lineEnding);
  if (spec.broken) return {value, rows, findings: [], others, broken: true, tables: taken};
  return {value, rows, findings: sortFindings(findings), others, broken: false, tables: taken};
}

export function sortFindings(findings: ExpectedFinding[]): ExpectedFinding[] {
  return [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

