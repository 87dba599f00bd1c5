// The parts of `@docusaurus/utils` the engine uses, the one place it gets
// them from.
//
// `@docusaurus/utils`' index loads every module of the package (fs-extra,
// execa, gray-matter, js-yaml, webpack helpers…): about 0.15 s of every CLI
// run here, before any file is read. The few functions the engine needs
// live in three modules of its `lib/` (`globUtils`, `pathUtils`,
// `constants`), which are loaded alone. Should a later release move one,
// the index is loaded instead: the functions are Docusaurus's own either
// way (`test/engine/docusaurus-utils.test.ts` tells when that happens).
import {createRequire} from 'node:module';
import type * as DocusaurusUtils from '@docusaurus/utils';

type Utils = typeof DocusaurusUtils;

/** The `lib/` module of `@docusaurus/utils` each function below is read from (the test checks they are the index's own). */
export const docusaurusUtilsModules = {
  createMatcher: 'globUtils',
  Globby: 'globUtils',
  GlobExcludeDefault: 'globUtils',
  posixPath: 'pathUtils',
  DEFAULT_PLUGIN_ID: 'constants',
  DEFAULT_CONFIG_FILE_NAME: 'constants',
  unwrapMdxCodeBlocks: 'markdownUtils',
  escapeMarkdownHeadingIds: 'markdownHeadingIdUtils',
  admonitionTitleToDirectiveLabel: 'markdownUtils',
} as const;

const require = createRequire(import.meta.url);
let index: Utils | undefined;
const found = new Map<string, unknown>();

/** `name` from its `@docusaurus/utils/lib/<module>.js` ({@link docusaurusUtilsModules}), else from the package's index. */
function fromModule<Name extends keyof typeof docusaurusUtilsModules & keyof Utils>(name: Name): Utils[Name] {
  if (found.has(name)) return found.get(name) as Utils[Name];
  const value = load(docusaurusUtilsModules[name], name);
  found.set(name, value);
  return value;
}

function load<Name extends keyof Utils>(module: string, name: Name): Utils[Name] {
  try {
    const value = (require('@docusaurus/utils/lib/' + module + '.js') as Partial<Utils>)[name];
    if (value !== undefined) return value as Utils[Name];
  } catch (error) {
    if ((error as {code?: unknown} | null)?.code !== 'MODULE_NOT_FOUND') throw error;
  }
  index ??= require('@docusaurus/utils') as Utils;
  return index[name];
}

// `globUtils` loads micromatch and globby (about 30 ms of a CLI start):
// its functions are loaded on their first call, which a lint of paths
// outside a site never makes.

/** `createMatcher` of `@docusaurus/utils`: micromatch globs, as Docusaurus matches `include`/`exclude`. */
export function createMatcher(patterns: string[]): ReturnType<Utils['createMatcher']> {
  return fromModule('createMatcher')(patterns);
}
/** `Globby.sync` of `@docusaurus/utils`: globby's synchronous listing, the globby Docusaurus lists docs with. */
export function globbySync(...args: Parameters<Utils['Globby']['sync']>): ReturnType<Utils['Globby']['sync']> {
  return fromModule('Globby').sync(...args);
}
/** `GlobExcludeDefault` of `@docusaurus/utils`: the docs plugin's default `exclude`, loaded when first asked for. */
export function globExcludeDefault(): Utils['GlobExcludeDefault'] {
  return fromModule('GlobExcludeDefault');
}
/** `posixPath` of `@docusaurus/utils`: a path with `/` separators. */
export const posixPath = fromModule('posixPath');
/** `DEFAULT_PLUGIN_ID` of `@docusaurus/utils` (`default`). */
export const DEFAULT_PLUGIN_ID = fromModule('DEFAULT_PLUGIN_ID');
/** `DEFAULT_CONFIG_FILE_NAME` of `@docusaurus/utils` (`docusaurus.config`). */
export const DEFAULT_CONFIG_FILE_NAME = fromModule('DEFAULT_CONFIG_FILE_NAME');
// Docusaurus's Markdown preprocessing: its module loads gray-matter and the
// logger, so it is loaded on the first page that needs it.

/** `unwrapMdxCodeBlocks` of `@docusaurus/utils` (Docusaurus's `mdx-code-block` preprocessing). */
export function unwrapMdxCodeBlocks(content: string): string {
  return fromModule('unwrapMdxCodeBlocks')(content);
}

/** `escapeMarkdownHeadingIds` of `@docusaurus/utils` (`{#id}` heading ids in MDX). */
export function escapeMarkdownHeadingIds(content: string): string {
  return fromModule('escapeMarkdownHeadingIds')(content);
}

/** `admonitionTitleToDirectiveLabel` of `@docusaurus/utils` (`:::note Title` as a directive label). */
export function admonitionTitleToDirectiveLabel(content: string, keywords: readonly string[]): string {
  return fromModule('admonitionTitleToDirectiveLabel')(content, [...keywords]);
}
