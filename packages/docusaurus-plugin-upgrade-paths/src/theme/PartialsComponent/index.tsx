/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/PartialsComponent';

/**
 * What a `<PartialsComponent category=… name=… />` renders when it reaches
 * the browser: `remark-upgrade-paths` replaces every usage it can resolve
 * with the partial itself at compile time, so this component only shows up
 * for a usage it could not resolve (no partial with that category and name,
 * a partial including itself, or a page compiled without
 * `remark-upgrade-paths`). It renders a visible error naming the partial;
 * the build fails through the plugin's `unknown-partial` / `partial-cycle`
 * findings, and `docusaurus start` keeps serving.
 */
export default function PartialsComponent({category, name}: Props): ReactNode {
  const partial = String(category) + '/' + String(name);
  return (
    <div className="alert alert--danger" role="alert" data-partial={partial}>
      <Translate
        id="theme.upgradePaths.partial.unresolved"
        description="Shown where a PartialsComponent names a partial that could not be resolved at build time"
        values={{partial: <code>{partial}</code>}}>
        {'Partial {partial} could not be resolved: no partial has this category and name, it includes itself, or remark-upgrade-paths did not run on this page.'}
      </Translate>
    </div>
  );
}
