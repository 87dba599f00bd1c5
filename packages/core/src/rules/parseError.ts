import type {DocumentFacts} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `parse-error`: a document the MDX parser cannot read, at the place
 * the parser stopped. A page's tables are then not read; a partial cannot
 * be used.
 */
export const meta = ruleMeta({
  id: 'parse-error',
  defaultSeverity: 'error',
  scope: 'document',
  reading: true,
  summary: 'A document the MDX parser cannot read.',
});

/** Report the parse error of a document, if any. */
export function check(document: DocumentFacts): RuleReport[] {
  const {parseError} = document;
  if (parseError === undefined) return [];
  return [
    {
      message:
        'Unexpected content the MDX parser cannot read (' +
        parseError.reason +
        '), expected valid MDX; ' +
        (document.kind === 'partial' ? 'this partial cannot be used' : 'no upgrade table of this file is read'),
      file: document.file,
      position: {start: parseError.point, end: parseError.point},
    },
  ];
}
