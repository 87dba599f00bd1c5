import type {SiteFacts} from '../facts.js';
import type {PartialFile, PartialUsage} from '../partials/model.js';
import {describePartial, partialOfUsage, partialRegistries} from '../partials/registry.js';
import {ruleMeta, type RuleReport} from '../rule.js';
import {compareText} from '../text.js';

/**
 * Rule `partial-cycle`: partials including each other. Each cycle is
 * reported once, at the include in the cycle's first partial (by path),
 * with the chain and every include of it in the message. Such an include is
 * not rendered.
 */
export const meta = ruleMeta({
  id: 'partial-cycle',
  defaultSeverity: 'error',
  scope: 'site',
  summary: 'Partials that include each other.',
});

interface Step {
  readonly partial: PartialFile;
  readonly usage: PartialUsage;
}

/** Find every cycle among the site's partials. */
export function check(site: SiteFacts): RuleReport[] {
  const library = site.partials?.library;
  if (library === undefined) return [];
  const reports: RuleReport[] = [];
  const reported = new Set<string>();
  const done = new Set<PartialFile>();
  for (const registry of partialRegistries(library)) {
    for (const partial of registry.files) search(partial, []);
  }
  return reports;

  function search(partial: PartialFile, path: readonly Step[]): void {
    if (done.has(partial)) return;
    const at = path.findIndex((step) => step.partial === partial);
    if (at >= 0) {
      report(path.slice(at));
      return;
    }
    for (const usage of partial.usages) {
      const target = partialOfUsage(usage, library!, partial.version);
      if (target) search(target, [...path, {partial, usage}]);
    }
    // Every cycle through `partial` has been found: never search from it again.
    done.add(partial);
  }

  function report(cycle: readonly Step[]): void {
    let first = 0;
    cycle.forEach(function (step, index) {
      const current = cycle[first];
      if (current && compareText(step.partial.file, current.partial.file) < 0) first = index;
    });
    const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
    const key = ordered.map((step) => step.partial.file).join('\n');
    const start = ordered[0];
    if (reported.has(key) || !start) return;
    reported.add(key);
    const chain = [...ordered, start].map((step) => '`' + describePartial(step.partial) + '`').join(' → ');
    const places = ordered
      .map((step) => '`' + step.usage.file + ':' + step.usage.position.start.line + ':' + step.usage.position.start.column + '`')
      .join(', ');
    reports.push({
      message:
        'Unexpected cycle of partials ' + chain + ', expected partials that never include themselves; the includes are at ' + places,
      file: start.usage.file,
      position: start.usage.position,
    });
  }
}
