import type {ExtractedTable, Finding} from '@upgrade-paths/core';

/** A finding as the theme shows it above its table. */
export interface TableFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  /** 1-based line in the table's file. */
  readonly line: number;
  /** 1-based column in the table's file. */
  readonly column: number;
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
