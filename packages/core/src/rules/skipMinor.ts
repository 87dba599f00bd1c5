import type {ExtractedTable} from '../model.js';
import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type CheckContext, type RuleOptions, type RuleReport} from '../rule.js';
import {report, readRows} from './rows.js';

/** Options of `skip-minor`. */
export interface SkipMinorOptions extends RuleOptions {
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
 * series; rows to another major version, from a range or a one-part series
 * (`4.x`), and tables of the `calver` scheme are not checked.
 *
 * @param table
 *   One extracted table.
 * @param options
 *   Options.
 * @returns
 *   One finding per row, at its target cell.
 */
export function skipMinor(table: ExtractedTable, options: SkipMinorOptions): RuleReport[] {
  const findings: RuleReport[] = [];
  const {maxStep} = options;
  for (const facts of readRows(table)) {
    const {source, target} = facts;
    if (facts.row.supported !== true || source === undefined || target?.kind !== 'exact') continue;
    // A calendar version's second part is a month, not a minor version; a
    // one-part series and a range name no one minor version.
    if (table.scheme === 'calver' || source.kind === 'range' || source.minor === undefined) continue;
    if (source.major !== target.major || target.minor - source.minor <= maxStep) continue;
    const skipped = target.minor - source.minor - 1;
    const highest = source.major + '.' + (source.minor + maxStep);
    findings.push(
      report(
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

/** Rule `skip-minor` (off by default), see {@link skipMinor}. */
export const meta = ruleMeta({
  id: 'skip-minor',
  defaultSeverity: 'off',
  scope: 'document',
  summary:
    'A supported row whose target minor version is more than one above its source minor version within one major.',
  options: {
    maxStep: {
      default: 1,
      expected: 'a whole number of at least `1`',
      read: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined),
    },
  },
});

/** Check every table of a document with {@link skipMinor}. */
export function check(document: DocumentFacts, context: CheckContext): RuleReport[] {
  return document.tables.flatMap((table) => skipMinor(table, context.options as SkipMinorOptions));
}
