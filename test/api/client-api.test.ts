import {describe, expect, it, vi} from 'vitest';
import * as client from 'docusaurus-plugin-upgrade-paths/client';

// `useChecker` imports the router of the Docusaurus client, which only
// exists in a site's bundle.
vi.mock('@docusaurus/router', () => ({useHistory: vi.fn(), useLocation: vi.fn()}));

// The value exports of `docusaurus-plugin-upgrade-paths/client`, which
// swizzled components import: a change here is a change to the public API.
describe('docusaurus-plugin-upgrade-paths/client public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(client).sort()).toEqual([
      'filterAuthoredTable',
      'filterParameter',
      'graphMetrics',
      'matchesQuery',
      'readCheckerQuery',
      'readFilterQuery',
      'reusedRowPrefix',
      'samePage',
      'sectionsOf',
      'shortValue',
      'useChecker',
      'usePageFilter',
      'usePageFilterQuery',
      'versionMatches',
      'writeCheckerQuery',
      'writeFilterQuery',
    ]);
  });
});
