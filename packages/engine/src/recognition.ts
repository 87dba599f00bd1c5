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
 *   site, else relative to the working folder; POSIX) to its recognition:
 *   one of two frozen objects, the same for every file the `include` globs
 *   list and for every other file.
 */
export function recognitionFor(config: ResolvedLintConfig): (file: string) => Recognition {
  let known = matchers.get(config);
  if (known === undefined) {
    const included = config.include.length > 0 ? createMatcher([...config.include]) : () => false;
    // Two readings at most, one object each: a run compares and keys files
    // by them (`createEntryReader`), not by a copy made per file.
    const reading = (optedIn: boolean): Recognition =>
      Object.freeze({
        ...(config.columns !== undefined ? {columns: config.columns} : {}),
        ...(optedIn ? {optedIn: true} : {}),
        ...(config.scheme !== undefined ? {scheme: config.scheme} : {}),
      });
    const listed = reading(true);
    const unlisted = reading(false);
    known = (file) => (included(file) ? listed : unlisted);
    matchers.set(config, known);
  }
  return known;
}
