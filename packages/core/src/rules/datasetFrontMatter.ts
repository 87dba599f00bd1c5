import {datasetFrontMatter} from '../dataset.js';
import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `dataset-front-matter`: a page with upgrade tables whose
 * `upgrade_paths` front matter has the wrong shape (see
 * `datasetFrontMatter`), or whose front matter is no YAML (at the front
 * matter). Pages without upgrade tables are not checked.
 */
export const meta = ruleMeta({
  id: 'dataset-front-matter',
  defaultSeverity: 'error',
  scope: 'document',
  reading: true,
  summary: 'An `upgrade_paths` front matter value of the wrong shape.',
});

/** Check the front matter of a page that has upgrade tables. */
export function check(document: DocumentFacts): RuleReport[] {
  const {frontMatter} = document;
  if (frontMatter === undefined || document.kind !== 'page' || document.tables.length === 0) return [];
  const messages =
    frontMatter.error === undefined
      ? datasetFrontMatter(frontMatter.value).problems
      : [
          'Unexpected malformed front matter (' +
            frontMatter.error +
            '), expected YAML; the page declares no dataset settings',
        ];
  return messages.map((message) => ({message, file: document.file, position: frontMatter.position}));
}
