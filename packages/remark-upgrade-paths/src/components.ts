import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {visit} from 'unist-util-visit';
import {esmImport, prependImports} from './esm.js';

/** Name of the component each recognised table is replaced with. */
export const tableComponentName = 'UpgradePathTable';

/** Theme components a page may use without importing them. */
export const themeComponentNames: readonly string[] = [tableComponentName, 'UpgradeChecker', 'UpgradeGraph', 'PartialsComponent'];

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
  const declared = tree.children
    .filter((node): node is MdxjsEsm => node.type === 'mdxjsEsm')
    .map((node) => node.value)
    .join('\n');
  prependImports(
    tree,
    themeComponentNames
      .filter((name) => used.has(name) && !new RegExp('\\b' + name + '\\b').test(declared))
      .map((name) => esmImport(name, '@theme/' + name)),
  );
}
