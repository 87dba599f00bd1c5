import type {} from './mdast-extensions.js';
import type {DisableComment, PartialAttribute, PartialPropValue, PartialUsage, Position} from '@upgrade-paths/core';
import type {Nodes} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {isPropsSpread, literalText, propName, singleExpression} from './estree.js';
import {isJsxElement, tabAround} from './jsx.js';
import {diskPosition, type LineMap} from './lines.js';

/** Name of the JSX element that includes a partial: `<PartialsComponent category="…" name="…" />`. */
export const partialComponentName = 'PartialsComponent';

/**
 * Props a usage gets from the toolkit itself (the usage a partial is
 * rendered for, the dataset modules of its upgrade tables): never read as
 * author props.
 */
export const partialHiddenPropPrefix = '__upgradePaths';

/** Whether a node is a partial usage (`<PartialsComponent>`). */
export function isPartialElement(node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement {
  return isJsxElement(node) && node.name === partialComponentName;
}

/**
 * Read one `<PartialsComponent>` element.
 *
 * @param node
 *   The element (`node.name` is not checked).
 * @param file
 *   Site-relative POSIX path of the document.
 * @param ancestors
 *   Its ancestors, root first (for the `<TabItem>` around it).
 * @param disables
 *   Disable comments right before it.
 * @param lineMap
 *   Where the tree's lines are in the file (see `LineMap`).
 */
export function partialUsageFromElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  file: string,
  ancestors: readonly Nodes[],
  disables: readonly DisableComment[] = [],
  lineMap?: LineMap,
): PartialUsage {
  let category: PartialPropValue | undefined;
  let name: PartialPropValue | undefined;
  const attributes: PartialAttribute[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      attributes.push({kind: 'spread', forwardsProps: isPropsSpread(attribute.value), source: attribute.value});
      continue;
    }
    const value = attributeValue(attribute);
    if (attribute.name === 'category') category = value;
    else if (attribute.name === 'name') name = value;
    else attributes.push({kind: 'prop', name: attribute.name, value});
  }
  return {
    element: node.name ?? partialComponentName,
    file,
    position: diskPosition(node.position ?? startPosition(), lineMap),
    category,
    name,
    attributes,
    hasChildren: node.children.length > 0,
    tab: tabAround(ancestors) ?? null,
    disables,
  };
}

/** What is known of an attribute's value without running it. */
function attributeValue(attribute: MdxJsxAttribute): PartialPropValue {
  const {value} = attribute;
  if (typeof value === 'string') return {kind: 'literal', value};
  if (value === null || value === undefined) return {kind: 'expression', source: 'true'};
  const expression = singleExpression(value.data?.estree ?? undefined);
  const literal = expression === undefined ? undefined : literalText(expression);
  if (literal !== undefined) return {kind: 'literal', value: literal};
  const prop = expression === undefined ? undefined : propName(expression);
  if (prop !== undefined) return {kind: 'prop', name: prop};
  return {kind: 'expression', source: value.value};
}

function startPosition(): Position {
  return {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}};
}
