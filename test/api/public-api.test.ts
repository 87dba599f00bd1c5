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
      'datasetFrontMatter',
      'datasetId',
      'datasetModuleName',
      'datasetTitle',
      'datasetsFromTables',
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
      'parseDisableDirective',
      'parseSupport',
      'parseVersion',
      'publicTable',
      'reachableFrom',
      'resolveLintConfig',
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
      'configFileNames',
      'datasetIndexModuleName',
      'default',
      'extractUpgradePaths',
      'findSiteDir',
      'lint',
      'loadConfig',
      'loadConfigFile',
      'locateDocument',
      'mergeConfig',
      'messageSource',
      'packageJsonKey',
    ]);
  });
});
