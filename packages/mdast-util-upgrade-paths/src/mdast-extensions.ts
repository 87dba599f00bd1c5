// Registers the mdast node types of the syntax extensions Docusaurus parses
// with (MDX expressions and JSX, directives), so `node.type` checks type-check.
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdx-jsx';
export {};
