import type {Rule} from './rule.js';
import * as conflictingRows from './rules/conflictingRows.js';
import * as datasetFrontMatter from './rules/datasetFrontMatter.js';
import * as datasetMirror from './rules/datasetMirror.js';
import * as datasetScheme from './rules/datasetScheme.js';
import * as duplicatePartial from './rules/duplicatePartial.js';
import * as duplicateRow from './rules/duplicateRow.js';
import * as groupMismatch from './rules/groupMismatch.js';
import * as invalidVersion from './rules/invalidVersion.js';
import * as missingPartialProp from './rules/missingPartialProp.js';
import * as noDowngrade from './rules/noDowngrade.js';
import * as parseError from './rules/parseError.js';
import * as partialCycle from './rules/partialCycle.js';
import * as partialFrontMatter from './rules/partialFrontMatter.js';
import * as partialTableProp from './rules/partialTableProp.js';
import * as skipMinor from './rules/skipMinor.js';
import * as sortOrder from './rules/sortOrder.js';
import * as strandedVersion from './rules/strandedVersion.js';
import * as tableShape from './rules/tableShape.js';
import * as unknownPartial from './rules/unknownPartial.js';
import * as unknownSupport from './rules/unknownSupport.js';
import * as unreachedSource from './rules/unreachedSource.js';
import * as unusedDisable from './rules/unusedDisable.js';

/**
 * Every lint rule, in the order the README documents them: the table and
 * dataset rules, then the partial checks. The one list every runner, the
 * config validator and the docs read.
 */
export const rules: readonly Rule[] = [
  tableShape,
  invalidVersion,
  unknownSupport,
  duplicateRow,
  conflictingRows,
  noDowngrade,
  groupMismatch,
  sortOrder,
  unreachedSource,
  strandedVersion,
  skipMinor,
  datasetMirror,
  datasetScheme,
  unusedDisable,
  datasetFrontMatter,
  parseError,
  unknownPartial,
  duplicatePartial,
  partialFrontMatter,
  missingPartialProp,
  partialCycle,
  partialTableProp,
];

/** Rules by id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
