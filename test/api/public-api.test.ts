import {describe, expect, it} from 'vitest';
import * as core from '@upgrade-paths/core';
import * as remark from 'remark-upgrade-paths';

// The public value exports of each package: a change here is a change to the
// packages' contract and belongs in their READMEs too.

describe('@upgrade-paths/core public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(core).sort()).toEqual([
      'canReach',
      'commentsFromMdast',
      'compareFindings',
      'compareText',
      'compareVersions',
      'createAnchorSlugger',
      'createPartialRegistry',
      'datasetFrontMatter',
      'datasetId',
      'datasetModuleName',
      'datasetTitle',
      'datasetsFromTables',
      'docsVersionOf',
      'findUpgradePath',
      'fixSortOrder',
      'groupMarkers',
      'inSeries',
      'lintDatasets',
      'lintRules',
      'lintTable',
      'lintTables',
      'markerAround',
      'mayHoldUpgradeTable',
      'newestFirst',
      'pageTitle',
      'parseDisableDirective',
      'parseSupport',
      'parseVersion',
      'partialComponentName',
      'partialCycleFindings',
      'partialHoldsTables',
      'partialIncludes',
      'partialKey',
      'partialLibraryFindings',
      'partialOfUsage',
      'partialUsageFindings',
      'partialUsageFromElement',
      'partialUsageTables',
      'publicTable',
      'reachableFrom',
      'readPartial',
      'requiredPartialProps',
      'resolveLintConfig',
      'resolvePartial',
      'rowAnchor',
      'settleFindings',
      'slugify',
      'supportMarkers',
      'upgradeGraph',
      'upgradePathsExport',
      'upgradeTablesFromMdast',
      'validateLintConfig',
    ]);
  });
});

describe('remark-upgrade-paths public API', function () {
  it('exports the plugin as default, and these values', function () {
    expect(typeof remark.default).toBe('function');
    expect(Object.keys(remark).sort()).toEqual([
      'checkPartials',
      'configFileNames',
      'datasetIndexModuleName',
      'default',
      'defaultPartialsPath',
      'extractUpgradePaths',
      'findSiteDir',
      'isPartialFile',
      'lint',
      'loadConfig',
      'loadConfigFile',
      'loadPartialLibrary',
      'locateDocument',
      'mergeConfig',
      'messageSource',
      'packageJsonKey',
      'parsePartial',
      'resolvePartialsPath',
      'versionedPartialsPath',
    ]);
  });
});
