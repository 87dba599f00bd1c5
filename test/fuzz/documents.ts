/**
 * Generated upgrade-table documents, with what a reader of that text knows
 * about them (the rows, their cells, and the problems in them): the one
 * document generator of the property tests and the fuzz run. Expectations
 * are computed from that knowledge, never from the code under test.
 */
import * as fc from 'fast-check';

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
  readonly prefix: 'none' | 'label' | 'paragraph' | 'heading';
  readonly container: 'none' | 'list' | 'admonition';
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
}

// Cells ---------------------------------------------------------------------

const exact = fc
  .tuple(fc.integer({min: 0, max: 9}), fc.integer({min: 0, max: 20}), fc.integer({min: 0, max: 40}))
  .map(([major, minor, patch]) => major + '.' + minor + '.' + patch);

const valid = (markdown: string): Cell => ({markdown, text: markdown, problem: undefined});

const versionCell = (wildcard: boolean): fc.Arbitrary<Cell> =>
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
        .map((text): Cell => ({markdown: text, text, problem: 'invalid-version'})),
    },
    {
      weight: 1,
      arbitrary: exact.map((v): Cell => ({markdown: v + ' \\| 2', text: v + ' | 2', problem: 'invalid-version'})),
    },
    {weight: 1, arbitrary: fc.constant<Cell>({markdown: '', text: '', problem: 'table-shape'})},
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

const notesCell: fc.Arbitrary<Cell> = fc.constantFrom('', 'Requires a reboot.', 'See notes').map(valid);

const cellFor = (role: Role): fc.Arbitrary<Cell> =>
  role === 'source' ? versionCell(true) : role === 'target' ? versionCell(false) : role === 'support' ? supportCell : notesCell;

// Header --------------------------------------------------------------------

const names: Readonly<Record<Role, readonly string[]>> = {
  source: ['Source Version', 'source version', 'SOURCE VERSION', 'Source', 'From', 'From version', 'from Version'],
  target: ['Target Version', 'target version', 'TARGET VERSION', 'Target', 'To', 'To version', 'TO VERSION'],
  support: ['Support', 'Supported', 'support', 'SUPPORT'],
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

const headerCell = (role: Role): fc.Arbitrary<string> =>
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
      prefix: fc.constantFrom('none', 'label', 'paragraph', 'heading'),
      container: fc.constantFrom('none', 'list', 'admonition'),
    }),
  );

export const document: fc.Arbitrary<DocumentSpec> = fc.record({
  tables: fc.array(table, {minLength: 1, maxLength: 3}),
  extras: fc.array(fc.constantFrom<'decoy' | 'candidate'>('decoy', 'candidate'), {maxLength: 2}),
  lineEnding: fc.constantFrom<DocumentSpec['lineEnding']>('\n', '\r\n', '\r'),
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

export interface Rendered {
  readonly value: string;
  readonly rows: ExpectedRow[];
  readonly findings: ExpectedFinding[];
}

const extraCell: Cell = valid('extra');

export function render(spec: DocumentSpec): Rendered {
  const lines: string[] = ['Intro paragraph.', ''];
  const rows: ExpectedRow[] = [];
  const findings: ExpectedFinding[] = [];

  spec.tables.forEach((tableSpec, tableIndex) => {
    const indent = tableSpec.container === 'list' ? '  ' : '';
    if (tableSpec.container === 'list') lines.push('- Item ' + tableIndex, '');
    if (tableSpec.container === 'admonition') lines.push(':::note', '');
    if (tableSpec.prefix === 'label') lines.push(indent + '**4.' + tableIndex + '.x**', '');
    if (tableSpec.prefix === 'paragraph') lines.push(indent + 'Some words about table ' + tableIndex + '.', '');
    if (tableSpec.prefix === 'heading') lines.push(indent + '### Table ' + tableIndex, '');

    lines.push(indent + '| ' + tableSpec.header.join(' | ') + ' |');
    lines.push(indent + '| ' + tableSpec.align.join(' | ') + ' |');

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

      if (row.change !== 0) findings.push({ruleId: 'table-shape', line, column: rowColumn});
      const read = (role: Role): {text: string; supported?: boolean | null | undefined} => {
        const index = tableSpec.roles.indexOf(role);
        const cell = index < cells.length ? cells[index] : undefined;
        if (!cell) {
          if (role !== 'notes') findings.push({ruleId: 'table-shape', line, column: rowColumn});
          return {text: '', supported: null};
        }
        if (cell.problem && role !== 'notes') {
          findings.push({ruleId: cell.problem, line, column: cellColumns[index] ?? 0});
        }
        return {text: cell.text, supported: cell.supported};
      };
      const source = read('source').text;
      const target = read('target').text;
      const supported = tableSpec.roles.includes('support') ? (read('support').supported ?? null) : true;
      rows.push({source, target, supported, line});
    }

    lines.push('');
    if (tableSpec.container === 'admonition') lines.push(':::', '');
  });

  for (const extra of spec.extras) {
    if (extra === 'candidate') {
      findings.push({ruleId: 'table-shape', line: lines.length + 1, column: 1});
      lines.push('| **Source Version** | Support |', '| --- | --- |', '| 4.7.1 | ✅ |', '');
    } else {
      lines.push('| Parameter | Description |', '| --- | --- |', '| `from` | Copy from the source to the target |', '| To | Where it goes |', '');
    }
  }

  return {value: lines.join(spec.lineEnding), rows, findings: sortFindings(findings)};
}

export function sortFindings(findings: ExpectedFinding[]): ExpectedFinding[] {
  return [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

