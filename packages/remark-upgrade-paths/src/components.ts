import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {EXIT, visit} from 'unist-util-visit';
import {esmImport, prependImports} from './esm.js';

/** Name of the component each recognised table is replaced with. */
export const tableComponentName = 'UpgradePathTable';

/** Theme components a page may use without importing them. */
export const themeComponentNames: readonly string[] = [tableComponentName, 'UpgradeChecker', 'UpgradeGraph', 'PartialsComponent'];

/** What {@link treeHolds} found. */
export interface TreeHolds {
  /** Whether the tree has a GFM `table` node. */
  readonly table: boolean;
  /** Whether it has an element of a theme component (`themeComponentNames`, `PartialsComponent` included). */
  readonly themeComponent: boolean;
}

/**
 * One walk over the tree (stopping once both are found): whether it has a
 * table and a theme component element. A page with neither (most pages)
 * holds no upgrade table, table candidate or partial usage, and gets no
 * component imports or data: its other walks are skipped.
 */
export function treeHolds(tree: Root): TreeHolds {
  let table = false;
  let themeComponent = false;
  visit(tree, function (node) {
    if (node.type === 'table') table = true;
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null && themeComponentNames.includes(node.name)) {
      themeComponent = true;
    }
    return table && themeComponent ? EXIT : undefined;
  });
  return {table, themeComponent};
}

/**
 * Import each theme component the page uses (`import X from '@theme/X'`)
 * unless the page imports or defines that name itself: so no site has to
 * swizzle `MDXComponents`, where `theme-classic` would hide them anyway.
 */
export function importUsedComponents(tree: Root): void {
  const used = new Set<string>();
  visit(tree, function (node) {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name !== null &&
      themeComponentNames.includes(node.name)
    ) {
      used.add(node.name);
    }
  });
  if (used.size === 0) return;
  const declared = declaredNames(tree);
  prependImports(
    tree,
    themeComponentNames.filter((name) => used.has(name) && !declared.has(name)).map((name) => esmImport(name, '@theme/' + name)),
  );
}

/**
 * Names the document's ESM declares at its top level: import bindings,
 * `const`/`let`/`var` (plain identifiers), functions and classes, exported
 * or not, read from the estree MDX keeps on each `mdxjsEsm` node; ESM
 * without an estree falls back to any word of its text.
 */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = node.data?.estree;
    if (!program) {
      for (const word of node.value.match(/[\p{L}\p{N}_$]+/gu) ?? []) names.add(word);
      continue;
    }
    for (const statement of program.body) {
      const declaration =
        statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
      if (!declaration) continue;
      if (declaration.type === 'ImportDeclaration') {
        for (const specifier of declaration.specifiers) names.add(specifier.local.name);
      } else if (declaration.type === 'VariableDeclaration') {
        for (const item of declaration.declarations) if (item.id.type === 'Identifier') names.add(item.id.name);
      } else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
        names.add(declaration.id.name);
      }
    }
  }
  return names;
}
