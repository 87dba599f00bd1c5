import type {} from './mdast-extensions.js';
import type {TableTab} from '@upgrade-paths/core';
import type {Nodes} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

/** Name of the element Docusaurus's `<Tabs>` renders one tab with. */
export const tabElementName = 'TabItem';

/** Whether a node is an MDX JSX element (flow or text). */
export function isJsxElement(node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The value of a JSX attribute written as a string (`name="…"`), else `undefined`. */
export function literalAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * The `<TabItem>` closest around a node, when its `value` is a literal:
 * `{value, label}` (`label` defaults to `value`); `null` when the closest
 * one has no literal `value`; `undefined` when there is none.
 *
 * @param ancestors
 *   Ancestors of the node, root first.
 */
export function tabAround(ancestors: readonly Nodes[]): TableTab | null | undefined {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (node && isJsxElement(node) && node.name === tabElementName) {
      const value = literalAttribute(node, 'value');
      if (value === undefined) return null;
      return {value, label: literalAttribute(node, 'label') ?? value};
    }
  }
  return undefined;
}
