export type {
  Dataset,
  DisableComment,
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
export type {
  DocumentFacts,
  FrontMatterFacts,
  OtherTable,
  ParseErrorFacts,
  PartialFacts,
  SiteFacts,
  TableCandidate,
  UnresolvedProp,
  UnresolvedReason,
  VersionedUsage,
} from './facts.js';
export {createAnchorSlugger, keepsAuthoredLayout, rowAnchor} from './anchors.js';
export {noteColumnAttribute, noteRowAttribute} from './notes.js';
export {datasetFrontMatter, datasetId, datasetTitle, slugify, type DatasetFrontMatter} from './dataset.js';
export {datasetsFromTables, publicTable, upgradePathsExport} from './export.js';
export {compareText} from './text.js';
export {findingsByTable, type ReloadFindings, type TableFinding} from './tableFindings.js';
export {parseSupport, readSupport, supportMarkers} from './support.js';
export {
  compareExact,
  compareVersions,
  covers,
  inferScheme,
  inSeries,
  isVersionScheme,
  newestFirst,
  parseExact,
  parseVersion,
  readVersionCell,
  readVersionCells,
  versionSchemes,
  widestScheme,
  type ExactVersion,
  type ParseVersionOptions,
  type RangeVersion,
  type SeriesVersion,
  type Version,
  type VersionScheme,
} from './versions.js';
export {canReach, reachableFrom, upgradeGraph, type RowCitation, type UpgradeGraph} from './graph.js';
export {
  seriesId,
  upgradeDiagram,
  type DiagramEdge,
  type DiagramNode,
  type DiagramSeries,
  type DiagramVersion,
  type UpgradeDiagram,
} from './diagram.js';
export {filterDiagram, pathEdges, type DiagramFilter, type FilteredDiagram} from './diagramFilter.js';
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
  ruleDocsBaseUrl,
  ruleDocsUrl,
  type CheckContext,
  type Rule,
  type RuleMeta,
  type RuleOption,
  type RuleOptions,
  type RuleReport,
  type RuleScope,
  type RuleSeverity,
} from './rule.js';
export {rules} from './registry.js';
export {
  ConfigError,
  lintRules,
  resolveLintConfig,
  validateLintConfig,
  type ColumnNames,
  type LintConfig,
  type ResolvedLintConfig,
  type ResolvedRule,
  type RuleSetting,
} from './config.js';
export {
  compareFindings,
  disableDirectives,
  lintDocumentFacts,
  lintSiteFacts,
  lintTables,
  settleFindings,
  type DisableDirective,
  type SettleOptions,
} from './lint.js';
export {checkedSortOrderFix, fixSortOrder, type CheckedFix} from './rules/sortOrder.js';
export {disableKeyword, disables, parseDisableDirective} from './disable.js';
export type {
  PartialAttribute,
  PartialFile,
  PartialLibrary,
  PartialPropValue,
  PartialRegistry,
  PartialUsage,
  PropRead,
} from './partials/model.js';
export {
  createPartialRegistry,
  describePartial,
  literalOf,
  partialHoldsTables,
  partialIncludes,
  partialKey,
  partialOfUsage,
  partialRegistries,
  resolvePartial,
} from './partials/registry.js';
export {partialFrontMatter, type PartialFrontMatter} from './partials/frontMatter.js';
export {evaluateProps, passedProps, propValue, requiredPartialProps, type EvaluatedProps, type PropValue} from './partials/props.js';
export {strandedVersions} from './rules/strandedVersion.js';
export {unreachedSources} from './rules/unreachedSource.js';
export {
  diffChangeKinds,
  diffExports,
  newFindings,
  type AddedRowChange,
  type ChangedRowChange,
  type DatasetDiff,
  type DiffChange,
  type DiffChangeKind,
  type DiffIgnore,
  type DiffOptions,
  type DiffPlace,
  type DiffRevision,
  type DiffRow,
  type NewestVersionChange,
  type PathChange,
  type RemovedRowChange,
  type UpgradePathsDiff,
  type VersionChange,
} from './diff/index.js';
