/**
 * The engine loads the few `@docusaurus/utils` functions it needs from the
 * modules of the package's `lib/` that define them, not through its index
 * (which loads every module). They must be the index's own functions: when a
 * Docusaurus release moves one, this fails (and the engine falls back to the
 * index, so sites keep working).
 */
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import * as utils from '../../packages/engine/src/docusaurusUtils.js';

const require = createRequire(import.meta.url);
const index = require('@docusaurus/utils') as Record<string, unknown>;

describe('docusaurusUtils', () => {
  it.each(Object.entries(utils.docusaurusUtilsModules))('reads %s from lib/%s.js, the index export itself', (name, module) => {
    const deep = require('@docusaurus/utils/lib/' + module + '.js') as Record<string, unknown>;
    expect(deep[name]).toBeDefined();
    expect(deep[name]).toBe(index[name]);
  });

  it('gives the index values for the constants and functions', () => {
    expect(utils.createMatcher).toBe(index.createMatcher);
    expect(utils.Globby).toBe(index.Globby);
    expect(utils.GlobExcludeDefault).toBe(index.GlobExcludeDefault);
    expect(utils.posixPath).toBe(index.posixPath);
    expect(utils.DEFAULT_PLUGIN_ID).toBe(index.DEFAULT_PLUGIN_ID);
    expect(utils.DEFAULT_CONFIG_FILE_NAME).toBe(index.DEFAULT_CONFIG_FILE_NAME);
  });

  it('preprocesses as the index functions do', () => {
    const text = '## Title {#custom-id}\n\n:::note My title\n\nBody\n\n:::\n\n```mdx-code-block\n<Tabs>\n```\n';
    const call = (name: string, ...args: unknown[]) => (index[name] as (...values: unknown[]) => string)(...args);
    expect(utils.escapeMarkdownHeadingIds(text)).toBe(call('escapeMarkdownHeadingIds', text));
    expect(utils.unwrapMdxCodeBlocks(text)).toBe(call('unwrapMdxCodeBlocks', text));
    expect(utils.admonitionTitleToDirectiveLabel(text, ['note'])).toBe(call('admonitionTitleToDirectiveLabel', text, ['note']));
    expect(utils.admonitionTitleToDirectiveLabel(text, ['note'])).not.toBe(text);
  });
});
