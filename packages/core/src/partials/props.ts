import type {UnresolvedReason} from '../facts.js';
import type {PartialFile, PartialLibrary, PartialUsage, PropRead} from './model.js';
import {partialOfUsage} from './registry.js';

/** A prop's value at a usage: its text, or why it has none. */
export type PropValue = {readonly text: string} | {readonly unknown: UnresolvedReason};

/** The props a partial gets at one usage, as far as they are known without running anything. */
export interface EvaluatedProps {
  /** Known props by name: text, or why a value is not known. */
  readonly values: ReadonlyMap<string, PropValue>;
  /** Whether a spread attribute may have given any other prop. */
  readonly open: boolean;
}

/**
 * The props a usage gives its partial: the partial's `partial_defaults`
 * first, then the usage's attributes in order (a later one wins); a literal
 * is its text, `{props.x}` is the prop `x` of the including partial
 * (`outer`), `{...props}` forwards every prop of the including partial.
 *
 * @param usage
 *   The usage.
 * @param outer
 *   Props of the partial the usage is in; `undefined` for a usage in a page.
 * @param defaults
 *   `partial_defaults` of the partial used.
 */
export function evaluateProps(
  usage: PartialUsage,
  outer: EvaluatedProps | undefined,
  defaults: ReadonlyMap<string, string>,
): EvaluatedProps {
  const values = new Map<string, PropValue>();
  let open = false;
  for (const [name, value] of defaults) values.set(name, {text: value});
  for (const attribute of usage.attributes) {
    if (attribute.kind === 'spread') {
      if (attribute.forwardsProps && outer) {
        for (const [name, value] of outer.values) values.set(name, value);
        open ||= outer.open;
      } else {
        open = true;
      }
      continue;
    }
    const {value} = attribute;
    if (value.kind === 'literal') {
      values.set(attribute.name, {text: value.value});
    } else if (value.kind === 'prop') {
      const from = outer?.values.get(value.name);
      values.set(
        attribute.name,
        from ?? {unknown: outer ? {kind: 'outer-not-passed', prop: value.name} : {kind: 'page-props'}},
      );
    } else {
      values.set(attribute.name, {unknown: {kind: 'attribute-expression', source: value.source}});
    }
  }
  return {values, open};
}

/**
 * The value of prop `name` in `props`, or why there is none.
 */
export function propValue(props: EvaluatedProps, name: string): PropValue {
  return (
    props.values.get(name) ?? {unknown: props.open ? {kind: 'maybe-spread', prop: name} : {kind: 'not-passed', prop: name}}
  );
}

/**
 * Props a usage of `partial` has to pass: the `props.x` it reads, and those
 * of partials it includes with `{...props}` that it does not pass itself,
 * less those with a `partial_defaults` value; each with its first read.
 *
 * @returns
 *   The props by name, or `undefined` when they cannot be known (the
 *   partial, or one it forwards its props to, uses `props` as a whole).
 */
export function requiredPartialProps<Content>(
  partial: PartialFile<Content>,
  library: PartialLibrary<Content>,
): Map<string, PropRead> | undefined {
  return required(partial, new Set());

  function required(current: PartialFile<Content>, visiting: Set<PartialFile<Content>>): Map<string, PropRead> | undefined {
    if (current.readsAny) return undefined;
    const result = new Map<string, PropRead>();
    for (const read of current.reads) {
      if (!current.defaults.has(read.name) && !result.has(read.name)) result.set(read.name, read);
    }
    visiting.add(current);
    for (const usage of current.usages) {
      if (!usage.attributes.some((attribute) => attribute.kind === 'spread' && attribute.forwardsProps)) continue;
      const target = partialOfUsage(usage, library, current.version);
      if (!target || visiting.has(target)) continue;
      const inner = required(target, visiting);
      if (inner === undefined) {
        visiting.delete(current);
        return undefined;
      }
      const given = passedProps(usage);
      for (const [name, read] of inner) {
        if (!given.has(name) && !current.defaults.has(name) && !result.has(name)) result.set(name, read);
      }
    }
    visiting.delete(current);
    return result;
  }
}

/** Names of the props a usage passes by attribute. */
export function passedProps(usage: PartialUsage): Set<string> {
  const given = new Set<string>();
  for (const attribute of usage.attributes) if (attribute.kind === 'prop') given.add(attribute.name);
  return given;
}
