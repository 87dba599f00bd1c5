import type {SiteFacts} from '../facts.js';
import {passedProps, requiredPartialProps} from '../partials/props.js';
import {describePartial, partialOfUsage, siteUsages} from '../partials/registry.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `missing-partial-prop`: a prop the partial reads (`props.x`, in it
 * or in a partial it passes `{...props}` to) that the usage does not pass
 * and that has no `partial_defaults` value. At the usage, naming the read.
 * Usages with a spread attribute, and partials using `props` as a whole,
 * are not checked.
 */
export const meta = ruleMeta({
  id: 'missing-partial-prop',
  defaultSeverity: 'warn',
  scope: 'site',
  summary: 'A prop a partial reads that its usage does not pass and that has no default.',
});

/** Check every usage in the docs and in partials whose partial is known. */
export function check(site: SiteFacts): RuleReport[] {
  const {partials} = site;
  if (partials === undefined) return [];
  const reports: RuleReport[] = [];
  for (const {usage, version} of siteUsages(partials)) {
    const partial = partialOfUsage(usage, partials.library, version);
    if (!partial || usage.attributes.some((attribute) => attribute.kind === 'spread')) continue;
    const required = requiredPartialProps(partial, partials.library);
    if (required === undefined) continue;
    const given = passedProps(usage);
    if (usage.hasChildren) given.add('children');
    for (const [prop, read] of required) {
      if (given.has(prop)) continue;
      reports.push({
        message:
          'Unexpected missing prop `' + prop + '` for partial `' + describePartial(partial) + '`, expected `' + prop +
          '="…"`: `' + read.file + ':' + read.position.start.line + ':' + read.position.start.column + '` reads `props.' +
          prop + '`; pass it, or give it a default in the front matter of `' + read.file + '` (`partial_defaults: {' +
          prop + ': …}`)',
        file: usage.file,
        position: usage.position,
      });
    }
  }
  return reports;
}
