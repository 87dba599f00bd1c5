import type {} from './mdast-extensions.js';
import type {EvaluatedProps, Position, PropValue, UnresolvedProp} from '@upgrade-paths/core';
import {propValue} from '@upgrade-paths/core';
import type {Nodes, Paragraph, Root, Text} from 'mdast';
import type {Program} from 'estree-jsx';
import {visit} from 'unist-util-visit';
import {visitParents} from 'unist-util-visit-parents';
import {literalText, propName, singleExpression} from './estree.js';
import {isJsxElement, tabElementName} from './jsx.js';

/** A place {@link substituteProps} could not give a value, before it is tied to a usage. */
export type Unresolved = Pick<UnresolvedProp, 'position' | 'place' | 'reason'>;

/**
 * Put a usage's props into a partial's tree, in place, so its tables read
 * as the usage renders them: each `{props.x}` (and each literal
 * expression) in text becomes the text of its value, and so does a
 * `value={…}` or `label={…}` of a `<TabItem>`. Comments are left alone.
 *
 * @param tree
 *   A copy of the partial's tree; changed in place.
 * @param props
 *   The props of the usage (see `evaluateProps`).
 * @returns
 *   The places in upgrade tables (and `<TabItem value>`s around them) whose
 *   value is not known (rule `partial-table-prop`); elsewhere an unknown
 *   value is left as it is (the MDX runtime renders it).
 */
export function substituteProps(tree: Root, props: EvaluatedProps): Unresolved[] {
  const unresolved: Unresolved[] = [];
  visitParents(tree, function (node, ancestors) {
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const parent = ancestors[ancestors.length - 1];
      if (!parent) return;
      const value = evaluate(node.data?.estree ?? undefined, node.value);
      if (value === undefined) return; // A comment: nothing to render.
      if ('text' in value) {
        const siblings = parent.children as Nodes[];
        const text: Text = {type: 'text', value: value.text};
        if (node.position) text.position = node.position;
        let replacement: Nodes = text;
        if (node.type === 'mdxFlowExpression') {
          const paragraph: Paragraph = {type: 'paragraph', children: [text]};
          if (node.position) paragraph.position = node.position;
          replacement = paragraph;
        }
        siblings[siblings.indexOf(node)] = replacement;
      } else if (ancestors.some((ancestor) => ancestor.type === 'table')) {
        report({kind: 'cell', source: node.value}, value, node.position);
      }
      return;
    }
    if (!isJsxElement(node) || node.name !== tabElementName) return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'value' && attribute.name !== 'label')) continue;
      if (attribute.value === null || typeof attribute.value !== 'object') continue;
      const source = attribute.value.value;
      const value = evaluate(attribute.value.data?.estree ?? undefined, source);
      if (value !== undefined && 'text' in value) {
        attribute.value = value.text;
      } else if (attribute.name === 'value' && holdsTable(node)) {
        report(
          {kind: 'tab', element: tabElementName, attribute: attribute.name, source},
          value ?? {unknown: {kind: 'empty'}},
          attribute.position ?? node.position,
        );
      }
    }
  });
  return unresolved;

  /** The value of an expression: its text, why it has none, or `undefined` for an empty one. */
  function evaluate(program: Program | undefined, source: string): PropValue | undefined {
    const expression = singleExpression(program);
    if (expression === undefined) return undefined;
    const literal = literalText(expression);
    if (literal !== undefined) return {text: literal};
    const prop = propName(expression);
    if (prop === undefined) return {unknown: {kind: 'expression', source}};
    return propValue(props, prop);
  }

  function report(place: Unresolved['place'], value: PropValue, position: Position | undefined): void {
    if (!('unknown' in value)) return;
    unresolved.push({
      place,
      reason: value.unknown,
      position: position ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
    });
  }
}

function holdsTable(node: Nodes): boolean {
  let found = false;
  visit(node, 'table', function () {
    found = true;
  });
  return found;
}
