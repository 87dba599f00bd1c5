import type {SiteFacts} from '../facts.js';
import {partialFrontMatter} from '../partials/frontMatter.js';
import {partialRegistries} from '../partials/registry.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `partial-front-matter`: a partial without `partial_category` or
 * `partial_name`, with a value that is not a non-empty string, with a
 * malformed `partial_defaults`, or whose front matter is no YAML (see
 * `partialFrontMatter`). At the front matter. Files that do not parse are
 * `parse-error`'s.
 */
export const meta = ruleMeta({
  id: 'partial-front-matter',
  defaultSeverity: 'error',
  scope: 'site',
  summary: 'A partial whose `partial_category`, `partial_name` or `partial_defaults` front matter is missing or of the wrong shape.',
});

/** Check the front matter of every partial file. */
export function check(site: SiteFacts): RuleReport[] {
  const library = site.partials?.library;
  if (library === undefined) return [];
  const reports: RuleReport[] = [];
  for (const registry of partialRegistries(library)) {
    for (const partial of registry.files) {
      if (partial.parseError !== undefined) continue;
      for (const message of partialFrontMatter(partial.frontMatter).problems) {
        reports.push({message, file: partial.file, position: partial.frontMatter.position});
      }
    }
  }
  return reports;
}
