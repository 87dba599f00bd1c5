import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root} from './build.js';

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const fixture = path.join(root, 'test', 'site', 'fixtures', 'typescript-types');

// The plugin as a site installs it: the workspace link in `node_modules`,
// with `lib/` built (`npm test` builds first).
describe('theme types in a TypeScript site', function () {
  it('type-check the components, their parts and props (one wrong prop expected)', function () {
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', fixture], {encoding: 'utf8'});
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
