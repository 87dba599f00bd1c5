export {upgradeTablesFromMdast, type ExtractOptions, type ExtractResult, type UsageExtraction} from './extract.js';
export {diskPoint, diskPosition, type LineMap} from './lines.js';
export {cellText, columnRoles, noteColumns, tableKind, type ColumnRole, type ColumnRoles, type Recognition} from './recognize.js';
export {mayHoldUpgradePaths, mayHoldUpgradeTable} from './prefilter.js';
export {
  commentsFromMdast,
  disableComments,
  groupMarkers,
  markerAround,
  type DisableComments,
  type DocumentComment,
  type GroupMarker,
} from './comments.js';
export {groupLabelIndex, groupOf} from './group.js';
export {frontMatterFromMdast} from './frontMatter.js';
export {headingText, pageTitle} from './title.js';
export {isJsxElement, literalAttribute, tabAround, tabElementName} from './jsx.js';
export {
  isPartialElement,
  partialComponentName,
  partialHiddenPropPrefix,
  partialUsageFromElement,
} from './partialUsage.js';
export {partialFromMdast, type PartialContent, type ReadPartialOptions} from './partial.js';
export {substituteProps, type Unresolved} from './substitute.js';
export {partialUsageTables, type PartialPage, type UsageTables} from './usageTables.js';
