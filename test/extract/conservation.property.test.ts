/**
 * Conservation of rows: whatever an upgrade table looks like, every Markdown
 * row comes out exactly once, in order, with its line, and every malformed
 * cell is a finding at its exact place.
 *
 * Documents are generated as text, together with what a reader of that text
 * knows about them (the rows, their cells, and the problems in them); the
 * expectations are computed from that knowledge, never from the code under
 * test.
 */
import * as fc from 'fast-check';
import {extractUpgradePaths} from 'remark-upgrade-paths';
import {describe, expect, test} from 'vitest';

type Role = 'source' | 'target' | 'support' | 'notes';

/** A cell as written, and what it means. */
interface Cell {
  /** Markdown of the cell content (may hold `\|`). */
  readonly markdown: string;
  /** Text of the cell once read: trimmed, `\|` unescaped. */
  readonly text: string;
  /** The rule a reader expects for this cell, if any. */
  readonly problem: 'invalid-version' | 'unknown-support' | 'table-shape' | undefined;
  /** For support cells: what the marker means (`null` when unknown). */
  readonly supported?: boolean | null;
}

interface RowSpec {
  /** Cells per header column, in header order. */
  readonly cells: readonly Cell[];
  /** `< 0`: drop that many trailing cells; `> 0`: add that many extra cells. */
  readonly change: number;
  /** Spaces left and right of each cell, per cell. */
  readonly padding: ReadonlyArray<readonly [number, number]>;
}

interface TableSpec {
  readonly roles: readonly Role[];
  readonly header: readonly string[];
  readonly align: readonly string[];
  readonly rows: readonly RowSpec[];
  readonly prefix: 'none' | 'label' | 'paragraph' | 'heading';
  readonly container: 'none' | 'list' | 'admonition';
}

interface DocumentSpec {
  readonly tables: readonly TableSpec[];
  readonly crlf: boolean;
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

const headerCell = (role: Role): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...names[role]), fc.boolean()).map(([name, bold]) => (bold ? '**' + name + '**' : name));

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

const document: fc.Arbitrary<DocumentSpec> = fc.record({
  tables: fc.array(table, {minLength: 1, maxLength: 3}),
  crlf: fc.boolean(),
});

// Rendering, with what a reader expects -------------------------------------

interface ExpectedRow {
  readonly source: string;
  readonly target: string;
  readonly supported: boolean | null;
  readonly line: number;
}

interface ExpectedFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

interface Rendered {
  readonly value: string;
  readonly rows: ExpectedRow[];
  readonly findings: ExpectedFinding[];
}

const extraCell: Cell = valid('extra');

function render(spec: DocumentSpec): Rendered {
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

  return {value: lines.join(spec.crlf ? '\r\n' : '\n'), rows, findings: sortFindings(findings)};
}

function sortFindings(findings: ExpectedFinding[]): ExpectedFinding[] {
  return [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

// Properties ----------------------------------------------------------------

describe('row conservation (property)', () => {
  test('every row comes out exactly once, in order, at its line; every malformed cell, and only those, is a finding at its place', () => {
    fc.assert(
      fc.property(document, (spec) => {
        const rendered = render(spec);
        const {tables, findings} = extractUpgradePaths(rendered.value, {file: 'generated.mdx', docId: 'generated'});
        expect(tables).toHaveLength(spec.tables.length);
        const rows = tables.flatMap((table) =>
          table.rows.map(({source, target, supported, line}) => ({source, target, supported, line})),
        );
        expect(rows).toEqual(rendered.rows);
        const places = sortFindings(
          findings.map(({ruleId, position}) => ({ruleId, line: position.start.line, column: position.start.column})),
        );
        expect(places).toEqual(rendered.findings);
      }),
      {numRuns: 200},
    );
  });

  test('the generator does produce the cases it claims to', () => {
    // Guards the properties against a generator that silently stopped
    // producing malformed rows, CRLF documents or containers.
    const samples = fc.sample(document, {numRuns: 300, seed: 42});
    const rendered = samples.map(render);
    const ruleIds = new Set(rendered.flatMap((item) => item.findings.map((finding) => finding.ruleId)));
    expect([...ruleIds].sort()).toEqual(['invalid-version', 'table-shape', 'unknown-support']);
    expect(samples.some((sample) => sample.crlf)).toBe(true);
    expect(rendered.some((item) => item.value.includes('\\|'))).toBe(true);
    const all = samples.flatMap((sample) => sample.tables);
    expect(new Set(all.map((item) => item.container))).toEqual(new Set(['none', 'list', 'admonition']));
    expect(all.some((item) => item.rows.some((row) => row.change < 0))).toBe(true);
    expect(all.some((item) => item.rows.some((row) => row.change > 0))).toBe(true);
    expect(all.some((item) => !item.roles.includes('support'))).toBe(true);
  });
});
