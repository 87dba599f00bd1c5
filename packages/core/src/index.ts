export type {
  Dataset,
  ExtractedTable,
  Finding,
  IncludedFrom,
  Point,
  Position,
  RowCells,
  Severity,
  TableTab,
  UpgradePathsExport,
  UpgradeRow,
  UpgradeTable,
} from './model.js';
export {createAnchorSlugger, rowAnchor} from './anchors.js';
export {
  datasetFrontMatter,
  datasetId,
  datasetModuleName,
  datasetTitle,
  slugify,
  type DatasetFrontMatter,
} from './dataset.js';
export {upgradeTablesFromMdast, type ExtractOptions, type ExtractResult} from './extract.js';
export {datasetsFromTables, publicTable, upgradePathsExport, compareText} from './export.js';
export {commentsFromMdast, groupMarkers, markerAround, type DocumentComment, type GroupMarker} from './markers.js';
export {mayHoldUpgradeTable} from './prefilter.js';
export {parseSupport, supportMarkers} from './support.js';
export {compareVersions, inSeries, newestFirst, parseVersion, type Version} from './versions.js';
export {canReach, reachableFrom, upgradeGraph, type RowCitation, type UpgradeGraph} from './graph.js';
export {
  findUpgradePath,
  type DirectAnswer,
  type DowngradeAnswer,
  type InvalidVersionAnswer,
  type NearestVersions,
  type NoPathAnswer,
  type PathAnswer,
  type SameVersionAnswer,
  type UnknownVersionAnswer,
  type UpgradeAnswer,
  type UpgradeHop,
} from './path.js';
export {
  compareFindings,
  lintDatasets,
  lintRules,
  lintTable,
  lintTables,
  resolveLintConfig,
  settleFindings,
  validateLintConfig,
  type LintConfig,
  type LintRule,
  type ResolvedLintConfig,
  type ResolvedRule,
  type RuleOptions,
  type RuleSetting,
  type RuleSeverity,
} from './lint.js';
export {fixSortOrder} from './checks/sortOrder.js';
export {parseDisableDirective} from './checks/disable.js';
export type {DisableComment} from './model.js';
export {
  createPartialRegistry,
  docsVersionOf,
  pageTitle,
  partialComponentName,
  partialCycleFindings,
  partialHoldsTables,
  partialIncludes,
  partialKey,
  partialLibraryFindings,
  partialOfUsage,
  partialUsageFindings,
  partialUsageFromElement,
  partialUsageTables,
  readPartial,
  requiredPartialProps,
  resolvePartial,
  type PartialAttribute,
  type PartialFile,
  type PartialLibrary,
  type PartialPage,
  type PartialPropValue,
  type PartialRegistry,
  type PartialUsage,
  type PropRead,
  type ReadPartialOptions,
} from './partials.js';
