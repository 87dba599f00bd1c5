import {parseExact} from '@upgrade-paths/core/client';

/** Query parameters a checker reads and writes (`?dataset=…&from=…&to=…`). */
export type CheckerParameter = 'dataset' | 'from' | 'to';

/** A query parameter the checker did not use, with the value as written. */
export interface IgnoredParameter {
  readonly name: CheckerParameter;
  /** Value as written in the address (decoded, possibly hostile: render as text only). */
  readonly value: string;
  /** `not-a-version` for `from`/`to`, `unknown-dataset` for `dataset`. */
  readonly reason: 'not-a-version' | 'unknown-dataset';
}

/** What the address asks of a checker. */
export interface CheckerQuery {
  /** `dataset` as written, `undefined` when absent or empty. */
  readonly dataset: string | undefined;
  /** `from` when it is an exact version (as written, trimmed), else `undefined`. */
  readonly from: string | undefined;
  /** `to` when it is an exact version (as written, trimmed), else `undefined`. */
  readonly to: string | undefined;
  /** `from`/`to` values that are not versions, in that order. */
  readonly ignored: readonly IgnoredParameter[];
}

/**
 * Read the checker parameters of a query string.
 *
 * A `from` or `to` value is used only when it is an exact version of some
 * scheme (`parseExact(value, 'loose')`, the widest: `4.7.20`, `v2.13`; a
 * leading `v` allowed): a version no table mentions, or one the dataset's
 * scheme does not accept, is kept (the answer explains it), anything else
 * is listed in `ignored`.
 * Empty values count as absent.
 *
 * @param search
 *   `location.search`, with or without the leading `?`.
 * @returns
 *   The parameters. Never throws.
 */
export function readCheckerQuery(search: string): CheckerQuery {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParameter[] = [];
  const version = (name: 'from' | 'to'): string | undefined => {
    const value = params.get(name)?.trim();
    if (value === undefined || value === '') return undefined;
    if (parseExact(value, 'loose') !== undefined) return value;
    ignored.push({name, value, reason: 'not-a-version'});
    return undefined;
  };
  const from = version('from');
  const to = version('to');
  const dataset = params.get('dataset')?.trim();
  return {dataset: dataset === '' ? undefined : dataset, from, to, ignored};
}

/**
 * A query string with the checker parameters set (a value) or removed
 * (`null`); other parameters are kept in place.
 *
 * @param search
 *   Current `location.search`.
 * @param values
 *   Parameters to change; a parameter not named is left as it is.
 * @returns
 *   The new `search`, with its leading `?`, or `''` when no parameter
 *   remains. `/` is kept readable in values (`dataset=palette/kubernetes`).
 */
export function writeCheckerQuery(
  search: string,
  values: Readonly<Partial<Record<CheckerParameter, string | null>>>,
): string {
  // Appended in this order when new: `dataset`, `from`, `to`.
  return writeParameters(search, {dataset: values.dataset, from: values.from, to: values.to});
}

/**
 * Query parameter that keeps a page's version filter (`?filter=4.6.41`), beside
 * the checker's `from`, `to` and `dataset`.
 */
export const filterParameter = 'filter';

/**
 * The page filter an address asks for: the `filter` parameter as written,
 * trimmed; `''` when absent or empty. Any text is accepted (it is matched as
 * a prefix, see `matchesQuery`). Never throws.
 *
 * @param search
 *   `location.search`, with or without the leading `?`.
 */
export function readFilterQuery(search: string): string {
  return new URLSearchParams(search).get(filterParameter)?.trim() ?? '';
}

/**
 * A query string with the page filter set, or removed for `''`; other
 * parameters are kept in place (see {@link writeCheckerQuery}).
 *
 * @param search
 *   Current `location.search`.
 * @param query
 *   What the reader typed.
 */
export function writeFilterQuery(search: string, query: string): string {
  return writeParameters(search, {[filterParameter]: query});
}

/** Set (a value) or remove (`null`, `''`) parameters; `undefined` leaves one alone. */
function writeParameters(search: string, values: Readonly<Record<string, string | null | undefined>>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString().replace(/%2F/gi, '/');
  return text === '' ? '' : '?' + text;
}

/**
 * A value for display in a note: at most `max` characters, `…` when cut.
 * Display is always as text (React escapes it); this only keeps notes short.
 */
export function shortValue(value: string, max = 60): string {
  return value.length > max ? value.slice(0, max) + '…' : value;
}
