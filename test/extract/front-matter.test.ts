/**
 * Front matter read from the tree (`frontMatterFromMdast`, what lint and
 * the CLI use) has the values Docusaurus's own front matter parsing gives
 * (`parseFileContentFrontMatter` of `@docusaurus/utils`, what the build
 * hands the remark plugin), YAML 1.1-looking values, dates and merge keys
 * included, so lint and the build read the same dataset settings.
 */
import {createRequire} from 'node:module';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {frontMatterFromMdast} from '../../packages/mdast-util-upgrade-paths/src/frontMatter.js';

const {parseFileContentFrontMatter} = createRequire(import.meta.url)('@docusaurus/utils/lib/markdownUtils.js') as {
  parseFileContentFrontMatter(text: string): {frontMatter: Record<string, unknown>};
};
const parser = unified().use(remarkParse).use(remarkFrontmatter);

describe('frontMatterFromMdast', () => {
  it.each([
    ['plain settings', 'title: Upgrade\nupgrade_paths:\n  product: palette\n  install: kubernetes\n'],
    ['a date, a version-like number, yes and on', 'date: 2024-10-01\nversion: 4.10\nlegacy: yes\nenabled: on\n'],
    ['a merge key', 'base: &base\n  product: palette\nupgrade_paths:\n  <<: *base\n  install: vmware\n'],
    ['quoted and block scalars', 'title: "Upgrade: 4.7"\nnote: |\n  two\n  lines\n'],
  ])('reads %s as Docusaurus does', (_, yaml) => {
    const text = '---\n' + yaml + '---\n\n# Page\n';
    const read = frontMatterFromMdast(parser.parse(text));
    expect(read.error).toBeUndefined();
    expect(read.value).toEqual(parseFileContentFrontMatter(text).frontMatter);
  });

  it('gives the YAML error instead of a value when Docusaurus cannot parse it either', () => {
    const text = '---\npartial_name: [unclosed\n---\n';
    expect(() => parseFileContentFrontMatter(text)).toThrow();
    const read = frontMatterFromMdast(parser.parse(text));
    expect(read.value).toBeUndefined();
    expect(read.error).toMatch(/flow collection/);
  });
});
