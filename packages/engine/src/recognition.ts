import {createMatcher} from './docusaurusUtils.js';
import type {ResolvedLintConfig} from '@upgrade-paths/core';
import type {Recognition} from 'mdast-util-upgrade-paths';

const matchers = new WeakMap<ResolvedLintConfig, (file: string) => Recognition>();

/**
 * What the config file says about recognising one file's tables: its
 * header names (`columns`), whether its `include` globs list the file
 * (micromatch, through `@docusaurus/utils`' `createMatcher`, as Docusaurus
 * matches its own `include`), and its `scheme`. The one place that turns
 * the config into a `Recognition`, for the engine's readers and, through
 * what the engine publishes, the remark plugin.
 *
 * @param config
 *   Resolved config.
 * @returns
 *   A function from the file's path as findings name it (site-relative in a
 *   site, else relative to the working folder; POSIX) to its recognition.
 */
export function recognitionFor(config: ResolvedLintConfig): (file: string) => Recognition {
  let known = matchers.get(config);
  if (known === undefined) {
    const included = config.include.length > 0 ? createMatcher([...config.include]) : () => false;
    known = (file) => ({
      ...(config.columns !== undefined ? {columns: config.columns} : {}),
      ...(included(file) ? {optedIn: true} : {}),
      ...(config.scheme !== undefined ? {scheme: config.scheme} : {}),
    });
    matchers.set(config, known);
  }
  return known;
}
