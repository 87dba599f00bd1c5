/**
 * `@upgrade-paths/core/client`, the part of core the theme runs in the
 * reader's browser: the index's own functions, resolved through the
 * package's `exports` in plain Node, and the only way the theme and client
 * hooks import core values (so a site's webpack does not compile the rules,
 * the export and the config validation, or all of `semver`).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = path.join(root, 'packages/docusaurus-plugin-upgrade-paths/src');

describe('@upgrade-paths/core/client', function () {
  it('gives the index’s own functions, through the package exports in plain Node', function () {
    const script =
      "const client = await import('@upgrade-paths/core/client');\n" +
      "const index = await import('@upgrade-paths/core');\n" +
      'const names = Object.keys(client);\n' +
      'console.log(JSON.stringify({names, same: names.filter((name) => client[name] === index[name])}));\n';
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: path.join(root, 'packages/docusaurus-plugin-upgrade-paths'), encoding: 'utf8'});
    expect(child.stderr).toBe('');
    const {names, same} = JSON.parse(child.stdout) as {names: string[]; same: string[]};
    expect(names).toContain('findUpgradePath');
    expect(names).toContain('parseExact');
    expect(same).toEqual(names);
  });

  it('is where the theme and the client hooks import core values from', function () {
    const offending: string[] = [];
    for (const folder of ['theme', 'client']) {
      for (const name of fs.readdirSync(path.join(plugin, folder), {recursive: true, encoding: 'utf8'})) {
        if (!/\.tsx?$/.test(name)) continue;
        const text = fs.readFileSync(path.join(plugin, folder, name), 'utf8');
        for (const match of text.matchAll(/^import (?!type )[^;]*from '@upgrade-paths\/core';$/gm)) offending.push(folder + '/' + name + ': ' + match[0]);
      }
    }
    expect(offending).toEqual([]);
  });
});
