import path from 'node:path';
import {posixPath} from '@docusaurus/utils';

/** The parts of webpack's loader context this loader uses. */
interface LoaderContext {
  readonly resourcePath: string;
  getOptions(): {readonly siteDir: string};
  emitError(error: Error): void;
}

/** Components `remark-upgrade-paths` imports into the pages that use them. */
const components = ['UpgradePathTable', 'UpgradeChecker', 'PartialsComponent'];

/**
 * Webpack loader run after `@docusaurus/mdx-loader`: when the compiled page
 * still refers to one of the theme components as a missing MDX reference
 * (MDX's `_missingMdxReference("UpgradeChecker", …)`), `remark-upgrade-paths`
 * did not run on it. Fail its compile with a message naming the file and
 * the line to add, before MDX's "Expected component `UpgradeChecker` to be
 * defined" stops the render.
 *
 * @param code
 *   The compiled module; given back unchanged.
 */
export default function missingRemarkLoader(this: LoaderContext, code: string): string {
  const used = components.filter((name) => code.includes('_missingMdxReference("' + name + '"'));
  if (used.length > 0) {
    const file = posixPath(path.relative(this.getOptions().siteDir, this.resourcePath));
    this.emitError(
      new Error(
        'Unexpected ' +
          used.map((name) => '`<' + name + '>`').join(', ') +
          ' in `' +
          file +
          '`, which `remark-upgrade-paths` did not process, expected the remark plugin in the options of the plugin compiling it:\n' +
          "  beforeDefaultRemarkPlugins: [remarkUpgradePaths],   // import remarkUpgradePaths from 'remark-upgrade-paths'",
      ),
    );
  }
  return code;
}
