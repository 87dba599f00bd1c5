import type {PartialFacts, VersionedUsage} from '../facts.js';
import {compareText} from '../text.js';
import type {PartialFile, PartialLibrary, PartialPropValue, PartialRegistry, PartialUsage} from './model.js';

/** Key of a partial in a {@link PartialRegistry}: `<category>/<name>`. */
export function partialKey(category: string, name: string): string {
  return category + '/' + name;
}

/**
 * Index partial files by category and name.
 *
 * @param files
 *   Partials of one folder set, any order (sorted by path here).
 * @returns
 *   The registry; of two files with the same category and name the first by
 *   path is used, the second is listed in `duplicates`.
 */
export function createPartialRegistry<Content>(files: readonly PartialFile<Content>[]): PartialRegistry<Content> {
  const sorted = [...files].sort((left, right) => compareText(left.file, right.file));
  const byKey = new Map<string, PartialFile<Content>>();
  const duplicates: Array<{partial: PartialFile<Content>; first: PartialFile<Content>}> = [];
  for (const partial of sorted) {
    if (partial.category === undefined || partial.name === undefined) continue;
    const key = partialKey(partial.category, partial.name);
    const first = byKey.get(key);
    if (first) duplicates.push({partial, first});
    else byKey.set(key, partial);
  }
  return {files: sorted, byKey, duplicates};
}

/** Every registry of a library: the current one first, then each version's. */
export function partialRegistries<Content>(library: PartialLibrary<Content>): PartialRegistry<Content>[] {
  return [library.current, ...library.versions.values()];
}

/**
 * The partial a category and name select for a file of docs version
 * `version`: that version's partial when it has one, else the current one.
 *
 * @param version
 *   Docs version of the file holding the usage (`null`: current docs).
 */
export function resolvePartial<Content>(
  library: PartialLibrary<Content>,
  version: string | null,
  category: string,
  name: string,
): PartialFile<Content> | undefined {
  const key = partialKey(category, name);
  const versioned = version === null ? undefined : library.versions.get(version);
  return versioned?.byKey.get(key) ?? library.current.byKey.get(key);
}

/**
 * The partial a usage names, when its category and name are literals and
 * such a partial exists.
 */
export function partialOfUsage<Content>(
  usage: PartialUsage,
  library: PartialLibrary<Content>,
  version: string | null,
): PartialFile<Content> | undefined {
  const category = literalOf(usage.category);
  const name = literalOf(usage.name);
  if (category === undefined || name === undefined) return undefined;
  return resolvePartial(library, version, category, name);
}

/** The text of a literal attribute value (trimmed, non-empty), else `undefined`. */
export function literalOf(value: PartialPropValue | undefined): string | undefined {
  return value?.kind === 'literal' && value.value.trim() !== '' ? value.value.trim() : undefined;
}

/** Keys a file of docs version `version` can reach: the current ones and that version's. */
export function knownPartialKeys(library: PartialLibrary, version: string | null): string[] {
  const keys = new Set(library.current.byKey.keys());
  const versioned = version === null ? undefined : library.versions.get(version);
  for (const key of versioned?.byKey.keys() ?? []) keys.add(key);
  return [...keys];
}

/** `category/name` of a partial, or its file when those are unknown (for messages). */
export function describePartial(partial: PartialFile): string {
  return partial.category !== undefined && partial.name !== undefined
    ? partialKey(partial.category, partial.name)
    : partial.file;
}

/**
 * Whether `from` includes `target`, directly or through other partials.
 */
export function partialIncludes<Content>(
  from: PartialFile<Content>,
  target: PartialFile<Content>,
  library: PartialLibrary<Content>,
): boolean {
  let found = false;
  walkIncludes(from, library, function (partial) {
    found = partial.usages.some((usage) => partialOfUsage(usage, library, partial.version) === target);
    return !found;
  });
  return found;
}

/**
 * Whether rendering `partial` renders an upgrade table: it holds one, or
 * includes a partial that does (cycles stop the search).
 */
export function partialHoldsTables<Content>(partial: PartialFile<Content>, library: PartialLibrary<Content>): boolean {
  let found = false;
  walkIncludes(partial, library, function (current) {
    if (current.content !== undefined) found = true;
    return !found;
  });
  return found;
}

/**
 * Visit `start` and every partial it includes, each once, depth first; stop
 * when `visit` returns `false`.
 */
function walkIncludes<Content>(
  start: PartialFile<Content>,
  library: PartialLibrary<Content>,
  visit: (partial: PartialFile<Content>) => boolean,
): void {
  const seen = new Set<PartialFile<Content>>();
  const stack = [start];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || seen.has(current)) continue;
    seen.add(current);
    if (!visit(current)) return;
    for (const usage of current.usages) {
      const next = partialOfUsage(usage, library, current.version);
      if (next) stack.push(next);
    }
  }
}

/**
 * Every usage of a site to check: those of the docs, then those inside
 * partials, each with the docs version its partials are resolved for.
 */
export function siteUsages(partials: PartialFacts): VersionedUsage[] {
  const usages = [...partials.usages];
  for (const registry of partialRegistries(partials.library)) {
    for (const partial of registry.files) {
      for (const usage of partial.usages) usages.push({usage, version: partial.version});
    }
  }
  return usages;
}
