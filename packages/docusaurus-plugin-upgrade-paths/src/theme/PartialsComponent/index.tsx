import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/PartialsComponent';

/**
 * Placeholder for a reusable MDX partial: shows which partial a page asks
 * for, so a page with `<PartialsComponent category=… name=… />` builds and
 * says visibly what is missing until partials are resolved.
 */
export default function PartialsComponent({category, name}: Props): ReactNode {
  return (
    <div className="alert alert--secondary" data-partial={category + '/' + name}>
      <Translate
        id="theme.upgradePaths.partial.placeholder"
        description="Placeholder shown where a partial is not resolved yet"
        values={{partial: <code>{category + '/' + name}</code>}}>
        {'Partial {partial} is not available in this site yet.'}
      </Translate>
    </div>
  );
}
