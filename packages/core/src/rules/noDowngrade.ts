import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import type {DocumentFacts} from '../facts.js';
import {compareExact, type Version} from '../versions.js';
import {report, readRows} from './rows.js';

/**
 * Rule `no-downgrade`: a row whose target version is older than or equal to
 * its source version (by value, so `**4.7.3**` and `v4.7.3` are the same
 * version). A series (`4.1.x`) or range stands for every version it covers,
 * so a row with one is a downgrade only when every version the target
 * stands for is older than every version the source stands for (`4.1.x` to
 * `4.1.9` is read as 4.1.0…4.1.8 to 4.1.9, as the upgrade graph does, and a
 * same-series row `6.0.x` to `6.0.x` is no downgrade).
 *
 * Every row is checked, supported or not: a downgrade row says nothing about
 * upgrades. Rows whose cells are no versions are left to `invalid-version`.
 *
 * @param table
 *   One extracted table.
 * @returns
 *   One finding per downgrade row, at its target cell.
 */
export function noDowngrade(table: ExtractedTable): RuleReport[] {
  const findings: RuleReport[] = [];
  for (const facts of readRows(table)) {
    const {source, target} = facts;
    if (source === undefined || target === undefined) continue;
    let order: number;
    if (source.kind === 'exact' && target.kind === 'exact') {
      order = compareExact(target, source);
    } else {
      // A downgrade only when every version the target stands for is
      // older than every version the source stands for.
      order = compareBounds(highest(target), lowest(source));
      if (order === 0) order = 1;
    }
    if (order > 0) continue;
    const message =
      order === 0
        ? 'Unexpected `' +
          facts.row.target +
          '` as target version of source version `' +
          facts.row.source +
          '`, expected a newer version than the source; remove the row, an upgrade to the same version is no upgrade'
        : 'Unexpected `' +
          facts.row.target +
          '` as target version of source version `' +
          facts.row.source +
          '`, expected a newer version than the source; swap the two cells if they are reversed';
    findings.push(report(message, facts, facts.targetPosition));
  }
  return findings;
}

/** Numeric parts of the oldest version a version stands for (a series: its prefix, then zeros). */
function lowest(version: Version): readonly number[] {
  if (version.kind === 'exact') return version.parts;
  if (version.kind === 'range') return version.from.parts;
  return version.prefix;
}

/** Numeric parts of the newest version a version stands for (a series: its prefix, then no bound). */
function highest(version: Version): readonly number[] {
  if (version.kind === 'exact') return version.parts;
  if (version.kind === 'range') return version.to.parts;
  return [...version.prefix, Number.POSITIVE_INFINITY];
}

/** Compare numeric parts, a missing part counting as `0`. */
function compareBounds(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const order = (left[index] ?? 0) - (right[index] ?? 0);
    if (order !== 0) return order;
  }
  return 0;
}

/** Rule `no-downgrade`, see {@link noDowngrade}. */
export const meta = ruleMeta({
  id: 'no-downgrade',
  defaultSeverity: 'error',
  scope: 'document',
  summary: 'A target version older than or equal to its source version.',
});

/** Check every table of a document with {@link noDowngrade}. */
export function check(document: DocumentFacts): RuleReport[] {
  return document.tables.flatMap((table) => noDowngrade(table));
}
