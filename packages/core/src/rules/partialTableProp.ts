import type {SiteFacts, UnresolvedReason} from '../facts.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `partial-table-prop`: an expression in an upgrade table of a partial
 * (or in the `value` of a tab around one) that cannot be evaluated
 * at a usage: not `{props.x}` with text passed as `x` (or a
 * `partial_defaults` value). At the expression, naming the usage; other
 * rules say nothing about that place.
 */
export const meta = ruleMeta({
  id: 'partial-table-prop',
  defaultSeverity: 'error',
  scope: 'site',
  namesUsage: true,
  summary: 'An expression in an upgrade table of a partial that cannot be evaluated at a usage.',
});

/** Report each expression the partials' usages leave unresolved. */
export function check(site: SiteFacts): RuleReport[] {
  return (site.partials?.unresolved ?? []).map(function (item): RuleReport {
    const what =
      item.place.kind === 'cell'
        ? '`{' + item.place.source + '}` in an upgrade table'
        : '`' + item.place.attribute + '={' + item.place.source + '}` on a `<' + item.place.element + '>` around an upgrade table';
    const usedAt = '`' + item.usage.file + ':' + item.usage.line + ':' + item.usage.column + '`';
    return {
      message:
        'Unexpected ' + what + ', which cannot be evaluated (' + reasonText(item.reason) +
        '), expected literal text, or `{props.x}` with text passed as `x` at the usage (partial `' + item.partial +
        '` used at ' + usedAt + ')',
      file: item.file,
      position: item.position,
    };
  });
}

function reasonText(reason: UnresolvedReason): string {
  switch (reason.kind) {
    case 'expression':
      return 'it is an expression, not `{props.x}`: `{' + reason.source + '}`';
    case 'attribute-expression':
      return 'it is the expression `{' + reason.source + '}`';
    case 'not-passed':
      return 'the usage passes no `' + reason.prop + '`';
    case 'maybe-spread':
      return 'a spread attribute may or may not give `' + reason.prop + '`';
    case 'outer-not-passed':
      return 'the including partial gets no `' + reason.prop + '`';
    case 'page-props':
      return 'a page has no props';
    case 'empty':
      return 'it is empty';
  }
}
