import fs from 'node:fs';
import path from 'node:path';
import {root} from './build.js';

/** `src/` of the Docusaurus plugin, where its theme components are written. */
export const pluginSourceDir = path.join(root, 'packages', 'docusaurus-plugin-upgrade-paths', 'src');

/** `src/theme/` of the Docusaurus plugin. */
export const themeSourceDir = path.join(pluginSourceDir, 'theme');

/**
 * Every component and part of the plugin's theme, read from disk: each folder
 * of `src/theme` with an `index.tsx`, as a swizzle name (`UpgradeChecker/Answer`),
 * sorted.
 */
export function themeComponentNames(): string[] {
  return fs
    .readdirSync(themeSourceDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => path.basename(file) === 'index.tsx')
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .sort();
}

/** TypeScript sources (`.ts`, `.tsx`, not `.d.ts`) below a folder, as absolute paths. */
export function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => /(?<!\.d)\.tsx?$/.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}
