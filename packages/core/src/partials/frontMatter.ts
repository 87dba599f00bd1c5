import type {FrontMatterFacts} from '../facts.js';
import {describeValue, isRecord, typeOf} from '../text.js';

/** The partial front matter keys, read. */
export interface PartialFrontMatter {
  /** `partial_category`; `undefined` when missing or not a non-empty string. */
  readonly category: string | undefined;
  /** `partial_name`; `undefined` when missing or not a non-empty string. */
  readonly name: string | undefined;
  /** `partial_defaults`: prop name → text (numbers and booleans as text). */
  readonly defaults: ReadonlyMap<string, string>;
  /** "Unexpected …" sentences for each key of the wrong shape (rule `partial-front-matter`). */
  readonly problems: readonly string[];
}

/**
 * Read a partial's front matter.
 *
 * Format (README, "Writing a partial"): `partial_category` and
 * `partial_name` are non-empty strings (the partial is found by them, not
 * by its file name); `partial_defaults` is an optional map from prop name to
 * a string (or a number or boolean, used as text), applied when a usage
 * passes no such prop.
 *
 * @param frontMatter
 *   The front matter as read from the file.
 * @returns
 *   The keys read; values of the wrong shape are left out and described in
 *   `problems`.
 */
export function partialFrontMatter(frontMatter: FrontMatterFacts): PartialFrontMatter {
  const problems: string[] = [];
  if (frontMatter.error !== undefined) {
    problems.push(
      'Unexpected malformed front matter (' +
        frontMatter.error +
        '), expected YAML with `partial_category` and `partial_name`',
    );
    return {category: undefined, name: undefined, defaults: new Map(), problems};
  }
  const fields = isRecord(frontMatter.value) ? frontMatter.value : {};
  const category = readName('partial_category', 'self-hosted');
  const name = readName('partial_name', 'upgrade-palette-prereqs');
  const defaults = readDefaults(fields['partial_defaults']);
  return {category, name, defaults, problems};

  function readName(key: string, example: string): string | undefined {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    problems.push(
      value === undefined
        ? 'Unexpected partial without `' + key + '` front matter, expected a name such as `' + key + ': ' + example + '`'
        : typeof value === 'string'
          ? 'Unexpected empty `' + key + '`, expected a name such as `' + key + ': ' + example + '`'
          : 'Unexpected `' + key + '` value `' + describeValue(value) + '`, expected a string such as `' + key + ': ' + example + '`',
    );
    return undefined;
  }

  function readDefaults(value: unknown): Map<string, string> {
    const result = new Map<string, string>();
    if (value === undefined || value === null) return result;
    if (!isRecord(value)) {
      problems.push(
        'Unexpected `partial_defaults` value `' +
          describeValue(value) +
          '`, expected a map from prop name to text such as `partial_defaults: {edition: Enterprise}`',
      );
      return result;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        result.set(key, String(item));
      } else {
        problems.push('Unexpected `partial_defaults.' + key + '` value of type `' + typeOf(item) + '`, expected text');
      }
    }
    return result;
  }
}
