import type {SiteFacts} from '../facts.js';
import type {PartialPropValue} from '../partials/model.js';
import {knownPartialKeys, literalOf, partialKey, resolvePartial, siteUsages} from '../partials/registry.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {compareText} from '../text.js';

/**
 * Rule `unknown-partial`: a usage naming no partial (with up to three
 * close names as suggestions), without `category` or `name`, or with a
 * non-literal one (partials are resolved at build time). At the usage.
 */
export const meta = ruleMeta({
  id: 'unknown-partial',
  defaultSeverity: 'error',
  scope: 'site',
  summary: 'A partial usage naming no partial, or without a literal `category` and `name`.',
});

/** Check every usage in the docs and in partials. */
export function check(site: SiteFacts): RuleReport[] {
  const {partials} = site;
  if (partials === undefined) return [];
  const reports: RuleReport[] = [];
  for (const {usage, version} of siteUsages(partials)) {
    const report = (message: string) => reports.push({message, file: usage.file, position: usage.position});
    const problem =
      attributeProblem(usage.element, usage.category, 'category', 'self-hosted') ??
      attributeProblem(usage.element, usage.name, 'name', 'upgrade-palette-prereqs');
    if (problem) {
      report(problem);
      continue;
    }
    const category = literalOf(usage.category) ?? '';
    const name = literalOf(usage.name) ?? '';
    if (resolvePartial(partials.library, version, category, name)) continue;
    const key = partialKey(category, name);
    const suggestions = closestKeys(key, knownPartialKeys(partials.library, version));
    report(
      'Unexpected unknown partial `' +
        key +
        '`, expected the `partial_category` and `partial_name` of a partial' +
        (suggestions.length > 0
          ? ': did you mean ' + suggestions.map((item) => '`' + item + '`').join(', ') + '?'
          : ' (no partial has a similar name)'),
    );
  }
  return reports;
}

function attributeProblem(
  element: string,
  value: PartialPropValue | undefined,
  key: string,
  example: string,
): string | undefined {
  if (value === undefined) {
    return (
      'Unexpected `<' + element + '>` without a `' + key + '` attribute, expected `' + key + '="…"` such as `' +
      key + '="' + example + '"`'
    );
  }
  if (value.kind !== 'literal' || value.value.trim() === '') {
    const what =
      value.kind === 'literal' ? 'that is empty' : value.kind === 'prop' ? '`{props.' + value.name + '}`' : '`{' + value.source + '}`';
    return (
      'Unexpected `' + key + '` ' + what + ' on `<' + element + '>`, expected a string such as `' + key + '="' +
      example + '"` (partials are resolved at build time)'
    );
  }
  return undefined;
}

/** Up to three keys closest to `key` (edit distance), when close enough. */
function closestKeys(key: string, keys: readonly string[]): string[] {
  const name = key.slice(key.indexOf('/') + 1);
  return keys
    .map(function (candidate) {
      const candidateName = candidate.slice(candidate.indexOf('/') + 1);
      let distance = Math.min(editDistance(key, candidate), editDistance(name, candidateName) + 1);
      // `later` for `later-renamed`, or the other way around.
      if (candidateName.includes(name) || name.includes(candidateName)) distance = Math.min(distance, 3);
      return {candidate, distance};
    })
    .filter((item) => item.distance <= Math.max(3, Math.floor(key.length / 3)))
    .sort((left, right) => left.distance - right.distance || compareText(left.candidate, right.candidate))
    .slice(0, 3)
    .map((item) => item.candidate);
}

/** Levenshtein distance. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({length: right.length + 1}, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      current[column] = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
