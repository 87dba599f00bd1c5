import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import type {DocumentFacts} from '../facts.js';
import {compareVersions} from '../versions.js';
import {report, readRows} from './rows.js';

/**
 * Rule `no-downgrade`: a row whose target version is older than or equal to
 * its source version (by semver precedence, so `**4.7.3**` and `v4.7.3` are
 * the same version). A wildcard source `4.1.x` stands for every version of
 * its series, so only a target in an older series is a downgrade (`4.1.x` to
 * `4.1.9` is read as 4.1.0…4.1.8 to 4.1.9, as the upgrade graph does).
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
    if (source === undefined || target?.kind !== 'exact') continue;
    let order: number;
    if (source.kind === 'exact') {
      order = compareVersions(target.version, source.version);
    } else {
      order = target.major - source.major || target.minor - source.minor;
      if (order === 0) continue;
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
