import type {ExtractedTable, Finding} from './model.js';

/**
 * A lint finding located in the table(s) an `UpgradePathTable` renders,
 * shown above them in an admonition (a `danger` one when any finding is an
 * error, a `warning` one otherwise), each with a link to its rule's
 * documentation: what `docusaurus start` publishes per table id, in global
 * data and in the pages it compiles.
 */
export interface TableFinding {
  /** Kebab-case rule id, such as `duplicate-row`. */
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  /** "Unexpected X, expected Y" sentence, as lint wrote it. */
  readonly message: string;
  /** 1-based line in the table's source file. */
  readonly line: number;
  /** 1-based column in the table's source file. */
  readonly column: number;
}

/**
 * Each table's findings as one lint run of a dev server saw them: what the
 * Docusaurus plugin publishes on every reload, both as global data and for
 * the pages that reload compiles (see `UpgradePathTable`'s
 * `reloadFindings`). Of two, the one with the later `run` is current.
 */
export interface ReloadFindings {
  /**
   * When the findings were published (`Date.now()`, ms), made larger than
   * the run before in the same process; so also later than any run of an
   * earlier process (a page webpack's cache kept from it).
   */
  readonly run: number;
  /** Table id → findings, as {@link findingsByTable} groups them. */
  readonly byTable: Readonly<Record<string, readonly TableFinding[]>>;
}

/**
 * Findings grouped by the id of the table they are located in (same file, a
 * line from the table's first to its last). Findings outside every table
 * (front matter, parse errors) are left out: they have no table to show
 * above.
 *
 * @returns
 *   Table id → findings, in the order given.
 */
export function findingsByTable(
  tables: readonly ExtractedTable[],
  findings: readonly Finding[],
): Record<string, TableFinding[]> {
  const byFile = new Map<string, ExtractedTable[]>();
  for (const table of tables) {
    const list = byFile.get(table.file) ?? [];
    list.push(table);
    byFile.set(table.file, list);
  }
  const result: Record<string, TableFinding[]> = {};
  for (const finding of findings) {
    const {line, column} = finding.position.start;
    const table = byFile
      .get(finding.file)
      ?.find((item) => line >= item.position.start.line && line <= item.position.end.line);
    if (!table) continue;
    (result[table.id] ??= []).push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line,
      column,
    });
  }
  return result;
}
