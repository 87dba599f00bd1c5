import {describe, expect, it} from 'vitest';

// The Docusaurus plugin is tested as Docusaurus loads it: the compiled
// package entry (`npm test` builds first).
describe('docusaurus-plugin-upgrade-paths public API', function () {
  it('exports the plugin as default, and these values', async function () {
    const plugin = await import('docusaurus-plugin-upgrade-paths');
    expect(typeof plugin.default).toBe('function');
    expect(Object.keys(plugin).sort()).toEqual([
      'DEFAULT_OPTIONS',
      'default',
      'exportFileName',
      'getSwizzleConfig',
      'pluginName',
      'validateOptions',
    ]);
    expect(Object.keys(plugin.getSwizzleConfig().components).sort()).toEqual([
      'PartialsComponent',
      'UpgradeChecker',
      'UpgradeChecker/Answer',
      'UpgradeChecker/CopyPath',
      'UpgradeChecker/InstallationField',
      'UpgradeChecker/VersionCombobox',
      'UpgradeGraph',
      'UpgradeGraph/Edge',
      'UpgradeGraph/Legend',
      'UpgradeGraph/Node',
      'UpgradePathTable',
      'UpgradePathTable/Filter',
      'UpgradePathTable/Findings',
      'UpgradePathTable/PageFilter',
      'UpgradePathTable/Row',
      'UpgradePathTable/Section',
    ]);
    expect(plugin.DEFAULT_OPTIONS).toMatchObject({path: 'docs', onLintError: 'throw', onLintWarning: 'warn'});
  });
});
