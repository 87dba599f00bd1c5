import {parseExact} from '../versions.js';
import type {RuleOption} from '../rule.js';

/**
 * The `ignore` option of `unreached-source` and `stranded-version`: exact
 * versions not to report (compared by value), such as end of life
 * versions kept in the tables on purpose. Read versions are normalised
 * (`v4.6.34` → `4.6.34`).
 */
export const ignoreVersionsOption: RuleOption = {
  default: [],
  expected: 'a list of exact versions such as `["4.6.34"]`',
  read(value) {
    if (!Array.isArray(value)) return undefined;
    const versions = value.map((item: unknown) => (typeof item === 'string' ? parseExact(item.trim(), 'loose')?.version : undefined));
    return versions.every((item) => item !== undefined) ? versions : undefined;
  },
};
