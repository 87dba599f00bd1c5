import type {SiteFacts} from '../facts.js';
import {partialKey, partialRegistries} from '../partials/registry.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `duplicate-partial`: two partials of one folder set with the same
 * category and name. Reported at the second file's front matter (by path),
 * naming the first, which usages get.
 */
export const meta = ruleMeta({
  id: 'duplicate-partial',
  defaultSeverity: 'error',
  scope: 'site',
  summary: 'Two partials with the same category and name.',
});

/** Report each registry's duplicates. */
export function check(site: SiteFacts): RuleReport[] {
  const library = site.partials?.library;
  if (library === undefined) return [];
  return partialRegistries(library).flatMap((registry) =>
    registry.duplicates.map(function ({partial, first}): RuleReport {
      const key = partialKey(partial.category ?? '', partial.name ?? '');
      return {
        message:
          'Unexpected second partial `' + key + '` in `' + partial.file +
          '`, expected one partial per `partial_category` and `partial_name`: `' + first.file +
          '` has the same; rename one (usages get `' + first.file + '`)',
        file: partial.file,
        position: partial.frontMatter.position,
      };
    }),
  );
}
