import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import type {DocumentFacts} from '../facts.js';
import {report, readRows} from './rows.js';

/** A group label read as a series. */
interface GroupSeries {
  readonly major: number;
  /** `undefined` for a major-only label such as `4` or `4.x`. */
  readonly minor: number | undefined;
  /** `… and Prior` (also `earlier`, `older`, `below`): older series belong too. */
  readonly andPrior: boolean;
}

const groupExpression = /^v?(\d+)(?:\.(\d+))?(?:\.[xX*])?(\s+(?:and|&)\s+(?:prior|earlier|older|below))?$/i;

/**
 * Read a group label (`4.7.x`, `4.8`, `v4`, `4.3.x and Prior`) as a series.
 *
 * @returns
 *   The series, or `undefined` for a label that names none (such as a
 *   generator marker id `vmware-4.9`).
 */
export function groupSeries(label: string): GroupSeries | undefined {
  const match = groupExpression.exec(label.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: match[2] === undefined ? undefined : Number(match[2]),
    andPrior: match[3] !== undefined,
  };
}

/**
 * Rule `group-mismatch`: a row whose target version is outside the series
 * its group label names, such as a `4.7.3` target in the table labelled
 * `**4.6.x**`. A label `… and Prior` accepts its series and every older one;
 * a major-only label (`4.x`) accepts every minor of its major. Tables without
 * a group, or whose group names no series, are not checked; nor are target
 * cells that are no exact version.
 *
 * @param table
 *   One extracted table.
 * @returns
 *   One finding per row outside the group, at its target cell.
 */
export function groupMismatch(table: ExtractedTable): RuleReport[] {
  const series = table.group === null ? undefined : groupSeries(table.group);
  if (series === undefined) return [];
  const findings: RuleReport[] = [];
  const name = series.minor === undefined ? String(series.major) : series.major + '.' + series.minor;
  for (const facts of readRows(table)) {
    const target = facts.target;
    if (target?.kind !== 'exact') continue;
    const order =
      target.major - series.major || (series.minor === undefined ? 0 : target.minor - series.minor);
    if (order === 0 || (order < 0 && series.andPrior)) continue;
    findings.push(
      report(
        'Unexpected `' +
          facts.row.target +
          '` as target version under group `' +
          table.group +
          '`, expected a `' +
          name +
          '` version' +
          (series.andPrior ? ' or older' : '') +
          '; move the row to the table of the `' +
          target.major +
          '.' +
          target.minor +
          '` series',
        facts,
        facts.targetPosition,
      ),
    );
  }
  return findings;
}

/** Rule `group-mismatch`, see {@link groupMismatch}. */
export const meta = ruleMeta({
  id: 'group-mismatch',
  defaultSeverity: 'error',
  scope: 'document',
  summary: 'A target version outside the series its group label names.',
});

/** Check every table of a document with {@link groupMismatch}. */
export function check(document: DocumentFacts): RuleReport[] {
  return document.tables.flatMap((table) => groupMismatch(table));
}
