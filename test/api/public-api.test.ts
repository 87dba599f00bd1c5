import {describe, expect, it} from 'vitest';
import * as core from '@upgrade-paths/core';
import * as engine from '@upgrade-paths/engine';
import * as mdastUtil from 'mdast-util-upgrade-paths';
import * as remark from 'remark-upgrade-paths';

// The public value exports of each package: a change here is a change to the
// packages' contract and belongs in their READMEs too.

describe('@upgrade-paths/core public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(core).sort()).toEqual([
      'ConfigError',
      'canReach',
      'checkedSortOrderFix',
      'compareExact',
      'compareFindings',
      'compareText',
      'compareVersions',
      'covers',
      'createAnchorSlugger',
      'createPartialRegistry',
      'datasetFrontMatter',
      'datasetId',
      'datasetTitle',
      'datasetsFromTables',
      'describePartial',
      'diffChangeKinds',
      'diffExports',
      'disableDirectives',
      'disableKeyword',
      'disables',
      'evaluateProps',
      'filterDiagram',
      'findUpgradePath',
      'findingsByTable',
      'fixSortOrder',
      'inSeries',
      'inferScheme',
      'isVersionScheme',
      'keepsAuthoredLayout',
      'lintDocumentFacts',
      'lintRules',
      'lintSiteFacts',
      'lintTables',
      'literalOf',
      'newFindings',
      'newestFirst',
      'noteColumnAttribute',
      'noteRowAttribute',
      'parseDisableDirective',
      'parseExact',
      'parseSupport',
      'parseVersion',
      'partialFrontMatter',
      'partialHoldsTables',
      'partialIncludes',
      'partialKey',
      'partialOfUsage',
      'partialRegistries',
      'passedProps',
      'pathEdges',
      'propValue',
      'publicTable',
      'reachableFrom',
      'readSupport',
      'readVersionCell',
      'readVersionCells',
      'requiredPartialProps',
      'resolveLintConfig',
      'resolvePartial',
      'rowAnchor',
      'ruleDocsBaseUrl',
      'ruleDocsUrl',
      'rules',
      'seriesId',
      'settleFindings',
      'slugify',
      'strandedVersions',
      'supportMarkers',
      'unreachedSources',
      'upgradeDiagram',
      'upgradeGraph',
      'upgradePathsExport',
      'validateLintConfig',
      'versionSchemes',
      'widestScheme',
    ]);
  });
});

describe('mdast-util-upgrade-paths public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(mdastUtil).sort()).toEqual([
      'cellText',
      'columnRoles',
      'commentsFromMdast',
      'disableComments',
      'diskPoint',
      'diskPosition',
      'frontMatterFromMdast',
      'groupLabelIndex',
      'groupMarkers',
      'groupOf',
      'headingText',
      'isJsxElement',
      'isPartialElement',
      'literalAttribute',
      'markerAround',
      'mayHoldUpgradePaths',
      'mayHoldUpgradeTable',
      'noteColumns',
      'pageTitle',
      'partialComponentName',
      'partialFromMdast',
      'partialHiddenPropPrefix',
      'partialUsageFromElement',
      'partialUsageTables',
      'substituteProps',
      'tabAround',
      'tabElementName',
      'tableKind',
      'upgradeTablesFromMdast',
    ]);
  });
});

describe('@upgrade-paths/engine public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(engine).sort()).toEqual([
      'RevisionError',
      'awaitPublishedDocument',
      'configFileNames',
      'createSiteCache',
      'defaultAdmonitionKeywords',
      'defaultDocsSettings',
      'defaultMarkdownSettings',
      'defaultPartialsPath',
      'discoverFiles',
      'docsVersionOf',
      'documentPatterns',
      'excludePatterns',
      'extractUpgradePaths',
      'findSiteDir',
      'fixDocuments',
      'isDiscoveredPath',
      'isMdxDocument',
      'isPartialFile',
      'isPartialPath',
      'isSiteDir',
      'lint',
      'lintPaths',
      'lintRevision',
      'lintSite',
      'loadConfig',
      'loadConfigFile',
      'loadPartialLibrary',
      'loadSiteSettings',
      'locateDocument',
      'markdownSettings',
      'mergeConfig',
      'packageJsonKey',
      'parseDocument',
      'partialLibraryOf',
      'pluginName',
      'preprocess',
      'publishedDatasets',
      'publishedFindings',
      'publishedTableDataset',
      'readDocuments',
      'readPage',
      'readPartial',
      'repositoryPrefix',
      'resolvePartialsPath',
      'resolveRevision',
      'tableDataset',
      'versionedDocsPath',
      'versionedPartialsPath',
    ]);
  });
});

describe('remark-upgrade-paths public API', function () {
  it('exports the plugin as default, the data-module contract, and the 0.x lint re-exports', function () {
    expect(typeof remark.default).toBe('function');
    expect(Object.keys(remark).sort()).toEqual([
      'dataModulePath',
      'datasetIndexModuleName',
      'datasetModuleName',
      'default',
      'graphModuleName',
      'isGraphModuleName',
      'lint',
      'loadConfig',
      'mergeConfig',
      'messageSource',
    ]);
    // Kept for 0.x: the same functions as the engine's.
    expect(remark.lint).toBe(engine.lint);
    expect(remark.loadConfig).toBe(engine.loadConfig);
    expect(remark.mergeConfig).toBe(engine.mergeConfig);
  });
});

describe('package READMEs', function () {
  // Each package's README, "API", names every value the package exports.
  it.each([
    ['core', core],
    ['mdast-util-upgrade-paths', mdastUtil],
    ['engine', engine],
    ['remark-upgrade-paths', remark],
  ] as const)('%s documents every export', async function (folder, module) {
    const fs = await import('node:fs');
    const readme = fs.readFileSync(new URL('../../packages/' + folder + '/README.md', import.meta.url), 'utf8');
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Compatibility'));
    const missing = Object.keys(module).filter((name) => name !== 'default' && !new RegExp('`' + name + '\\b').test(api));
    expect(missing).toEqual([]);
  });
});
