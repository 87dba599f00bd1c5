import type {Expression, Program} from 'estree-jsx';
import type {Root} from 'mdast';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';

/** `import name from 'from'` as an mdast ESM node with its estree (as MDX needs). */
export function esmImport(name: string, from: string): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: from, raw: JSON.stringify(from)},
        attributes: [],
      },
    ],
  };
  return {type: 'mdxjsEsm', value: 'import ' + name + ' from ' + JSON.stringify(from), data: {estree}};
}

/** Insert ESM nodes at the top of the document, after front matter, before earlier insertions. */
export function prependImports(tree: Root, imports: MdxjsEsm[]): void {
  if (imports.length === 0) return;
  const firstContent = tree.children.findIndex((node) => node.type !== 'yaml');
  tree.children.splice(firstContent === -1 ? tree.children.length : firstContent, 0, ...imports);
}

/**
 * A JSX attribute whose value is an expression: `name={source}`.
 *
 * @param name
 *   Attribute name.
 * @param expression
 *   The expression, as estree (what MDX compiles).
 * @param source
 *   The same expression as text (what serializers print).
 */
export function expressionAttribute(name: string, expression: Expression, source: string): MdxJsxAttribute {
  const estree: Program = {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]};
  return {type: 'mdxJsxAttribute', name, value: {type: 'mdxJsxAttributeValueExpression', value: source, data: {estree}}};
}

/** A JSX attribute whose value is the identifier `identifier`: `name={identifier}`. */
export function identifierAttribute(name: string, identifier: string): MdxJsxAttribute {
  return expressionAttribute(name, {type: 'Identifier', name: identifier}, identifier);
}

/** A string literal expression. */
export function literal(value: string): Expression {
  return {type: 'Literal', value, raw: JSON.stringify(value)};
}

/** `object.property`. */
export function member(object: string, property: string): Expression {
  return {
    type: 'MemberExpression',
    object: {type: 'Identifier', name: object},
    property: {type: 'Identifier', name: property},
    computed: false,
    optional: false,
  };
}

/** `left + right`. */
export function plus(left: Expression, right: Expression): Expression {
  return {type: 'BinaryExpression', operator: '+', left, right};
}
