import type {Position} from '@upgrade-paths/core';
import type {Expression, Node, Program} from 'estree-jsx';
import {SKIP, visit} from 'estree-util-visit';

/** The one expression of an MDX expression's program; `undefined` for an empty one (a comment). */
export function singleExpression(program: Program | undefined): Expression | undefined {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

/** The text of a string or number literal, or of a template literal without expressions. */
export function literalText(node: Expression): string | undefined {
  if (node.type === 'Literal') {
    return typeof node.value === 'string' || typeof node.value === 'number' ? String(node.value) : undefined;
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0 && node.quasis.length === 1) {
    const cooked = node.quasis[0]?.value.cooked;
    return typeof cooked === 'string' ? cooked : undefined;
  }
  return undefined;
}

/** `x` of `props.x` or `props['x']`, else `undefined`. */
export function propName(node: Node): string | undefined {
  if (node.type !== 'MemberExpression' || node.object.type !== 'Identifier' || node.object.name !== 'props') {
    return undefined;
  }
  const {property} = node;
  if (!node.computed && property.type === 'Identifier') return property.name;
  if (node.computed && property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return undefined;
}

/** Whether an attribute expression is exactly `...props`. */
export function isPropsSpread(source: string): boolean {
  return /^\s*\.\.\.\s*props\s*$/.test(source);
}

/**
 * Call `found` with the prop name of each `props.x` in a program, and with
 * `undefined` for each other use of `props` (`props[key]`, `{...props}`,
 * `props` passed on), which makes the props a partial needs unknowable.
 */
export function walkProps(program: Program | undefined, found: (prop: string | undefined, node: Node) => void): void {
  if (program === undefined) return;
  visit(program, function (node, key, _, ancestors) {
    const prop = propName(node);
    if (prop !== undefined) {
      found(prop, node);
      return SKIP;
    }
    if (node.type !== 'Identifier' || node.name !== 'props') return undefined;
    const parent = ancestors.at(-1);
    // `x.props` and `{props: …}` name something else.
    if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return undefined;
    if (parent?.type === 'Property' && key === 'key' && !parent.computed && !parent.shorthand) return undefined;
    found(undefined, node);
    return undefined;
  });
}

/** The position of an estree node (`loc`, with `offset` when the MDX parser gave it), unist style. */
export function estreePosition(node: Node): Position | undefined {
  const {loc} = node;
  if (!loc) return undefined;
  const offsets = loc as {start: {offset?: unknown}; end: {offset?: unknown}};
  return {
    start: {
      line: loc.start.line,
      column: loc.start.column + 1,
      offset: typeof offsets.start.offset === 'number' ? offsets.start.offset : undefined,
    },
    end: {
      line: loc.end.line,
      column: loc.end.column + 1,
      offset: typeof offsets.end.offset === 'number' ? offsets.end.offset : undefined,
    },
  };
}
