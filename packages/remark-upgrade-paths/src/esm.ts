import type {Program} from 'estree';
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
  return {
    type: 'mdxjsEsm',
    value: 'import ' + name + ' from ' + JSON.stringify(from),
    data: {estree},
  };
}

/** Insert ESM nodes at the top of the document, after front matter. */
export function prependImports(tree: Root, imports: MdxjsEsm[]): void {
  if (imports.length === 0) return;
  const firstContent = tree.children.findIndex((node) => node.type !== 'yaml');
  tree.children.splice(firstContent === -1 ? tree.children.length : firstContent, 0, ...imports);
}

/** A JSX attribute whose value is the identifier `name`: `prop={name}`. */
export function expressionAttribute(prop: string, name: string): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name: prop,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: name,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name}}],
        },
      },
    },
  };
}
