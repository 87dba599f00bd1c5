/**
 * The `partials` option of `docusaurus-plugin-upgrade-paths`: defaults, the
 * one-string form of `path`, and a bad value failing with Docusaurus's
 * validation error.
 */
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, validateOptions, type Options, type PluginOptions} from '../../packages/docusaurus-plugin-upgrade-paths/src/options.js';
import {DEFAULT_PARTIALS_OPTIONS} from '../../packages/docusaurus-plugin-upgrade-paths/src/options.js';

function validate(options: Options | undefined): PluginOptions {
  return validateOptions({
    options,
    validate: (schema, value) => normalizePluginOptions(schema as never, value) as unknown as PluginOptions,
  });
}

describe('partials option', function () {
  it('defaults to `_partials/` and no extra plugins', function () {
    expect(validate(undefined).partials).toEqual(DEFAULT_PARTIALS_OPTIONS);
    expect(DEFAULT_OPTIONS.partials.path).toEqual(['_partials']);
  });

  it('takes one folder as a string, and fills in the other keys', function () {
    expect(validate({partials: {path: 'content/partials'}}).partials).toEqual({
      ...DEFAULT_PARTIALS_OPTIONS,
      path: ['content/partials'],
    });
  });

  it('rejects a bad value, naming the key', function () {
    expect(() => validate({partials: {path: [3 as unknown as string]}})).toThrow(/partials\.path\[0\]/);
    expect(() => validate({partials: {admonitions: 'yes' as unknown as boolean}})).toThrow(/partials\.admonitions/);
  });
});
