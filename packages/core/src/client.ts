// `@upgrade-paths/core/client`: the part of core the theme components and
// client hooks run in the reader's browser (path search, the upgrade graph,
// version reading, anchors, the diagram filter, rule links). The same
// functions as the package's index, which they are re-exported from here
// without the rest: a site's webpack then compiles and bundles these modules
// and not the rules, the export or the config validation (11 modules of core
// instead of 54).
export {createAnchorSlugger} from './anchors.js';
export {filterDiagram, pathEdges} from './diagramFilter.js';
export {upgradeGraph} from './graph.js';
export {noteColumnAttribute, noteRowAttribute} from './notes.js';
export {findUpgradePath} from './path.js';
export {ruleDocsUrl} from './rule.js';
export {covers, parseExact, parseVersion} from './versions.js';
