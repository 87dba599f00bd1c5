/**
 * Client API of `docusaurus-plugin-upgrade-paths`
 * (`docusaurus-plugin-upgrade-paths/client`): what the theme components use
 * besides rendering, for swizzled components to use too. Browser code,
 * bundled by Docusaurus; it is not loaded by Node.js.
 */
export type {DatasetEntry} from './datasetEntry.js';
export {filterParameter, readCheckerQuery, readFilterQuery, shortValue, writeCheckerQuery, writeFilterQuery} from './query.js';
export {usePageFilter, usePageFilterQuery} from './pageFilter.js';
export {filterAuthoredTable} from './authoredFilter.js';
export type {CheckerParameter, CheckerQuery, IgnoredParameter} from './query.js';
export {matchesQuery, reusedRowPrefix, samePage, sectionsOf, versionMatches} from './selection.js';
export type {Narrowing, RenderedRow, Section} from './selection.js';
export {useChecker} from './useChecker.js';
export type {Checker, Loaded, Question} from './useChecker.js';
export {graphMetrics} from './graphLayout.js';
export type {GraphPoint, LaidOutEdge, LaidOutNode, LaidOutSeries, UpgradeGraphLayout} from './graphLayout.js';
