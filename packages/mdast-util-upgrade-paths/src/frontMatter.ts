import type {FrontMatterFacts, Position} from '@upgrade-paths/core';
import type {Root} from 'mdast';
import {load} from 'js-yaml';

/**
 * A document's front matter: the value given (such as the one Docusaurus
 * parsed, `file.data.frontMatter`), else the tree's `yaml` node parsed as
 * Docusaurus parses front matter: `js-yaml`'s `load` (its default schema:
 * YAML 1.2 core, with timestamps and merge keys), which `@docusaurus/utils`'
 * `parseFileContentFrontMatter` calls through gray-matter. So lint and the
 * build read the same values.
 *
 * @param tree
 *   mdast, with a `yaml` node when parsed with `remark-frontmatter`.
 * @param given
 *   Front matter parsed elsewhere; `undefined` to read the tree's.
 * @returns
 *   The value (or the YAML error), and where the front matter is (the start
 *   of the file when there is none).
 */
export function frontMatterFromMdast(tree: Root, given?: unknown): FrontMatterFacts {
  const node = tree.children.find((child) => child.type === 'yaml');
  const position: Position = node?.position ?? {
    start: {line: 1, column: 1, offset: 0},
    end: {line: 1, column: 1, offset: 0},
  };
  if (given !== undefined || node === undefined) return {value: given, position};
  try {
    return {value: load(node.value), position};
  } catch (error) {
    // Errors of the YAML parser are content problems; anything else is a bug.
    if (!(error instanceof Error) || !error.name.startsWith('YAML')) throw error;
    return {value: undefined, error: error.message.split('\n')[0] ?? '', position};
  }
}
