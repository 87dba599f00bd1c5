import type {ExtractedTable, Finding} from '../model.js';
import {finding, readRows, type CheckContext} from './rows.js';

/** Options of `skip-minor`. */
export interface SkipMinorOptions {
  /**
   * Largest number of minor versions one supported row may go up within a
   * major version.
   *
   * @default 1
   */
  readonly maxStep: number;
}

/**
 * Rule `skip-minor` (off by default): a supported row whose target minor
 * version is more than `maxStep` above its source minor version within one
 * major version, such as `4.4.24` to `4.6.43`. Products that only support
 * one minor version at a time turn it on. Wildcard sources count by their
 * series; rows to another major version are not checked.
 *
 * @param table
 *   One extracted table.
 * @param context
 *   Severity and options.
 * @returns
 *   One finding per row, at its target cell.
 */
export function skipMinor(table: ExtractedTable, context: CheckContext<SkipMinorOptions>): Finding[] {
  const findings: Finding[] = [];
  const {maxStep} = context.options;
  for (const facts of readRows(table)) {
    const {source, target} = facts;
    if (facts.row.supported !== true || source === undefined || target?.kind !== 'exact') continue;
    if (source.major !== target.major || target.minor - source.minor <= maxStep) continue;
    const skipped = target.minor - source.minor - 1;
    const highest = source.major + '.' + (source.minor + maxStep);
    findings.push(
      finding(
        'skip-minor',
        context,
        'Unexpected supported upgrade from `' +
          facts.row.source +
          '` to `' +
          facts.row.target +
          '` skipping ' +
          skipped +
          ' minor ' +
          (skipped === 1 ? 'version' : 'versions') +
          ', expected a target no newer than the `' +
          highest +
          '` series; upgrade through `' +
          source.major +
          '.' +
          (source.minor + 1) +
          '` first, or mark the row not supported',
        facts,
        facts.targetPosition,
      ),
    );
  }
  return findings;
}
