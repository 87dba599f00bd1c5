import type {ExtractedTable} from '../model.js';
import {ruleMeta, type RuleReport} from '../rule.js';

/**
 * Rule `dataset-scheme`: pages of one dataset that declare different
 * version schemes (`upgrade_paths.scheme` in their front matter, or the
 * config file's `scheme`), at the header of each table declaring another
 * scheme than the dataset's first declaring table (tables by file, then
 * line). Schemes inferred from the cells never disagree: a dataset is read
 * with the widest of them (`widestScheme`), so no build fails on a guess.
 *
 * @param tables
 *   Tables of one dataset, in document order.
 * @returns
 *   One finding per table declaring another scheme.
 */
export function datasetScheme(tables: readonly ExtractedTable[]): RuleReport[] {
  const findings: RuleReport[] = [];
  let first: ExtractedTable | undefined;
  for (const table of tables) {
    if (!table.schemeDeclared) continue;
    first ??= table;
    const scheme = table.scheme ?? 'semver';
    const expected = first.scheme ?? 'semver';
    if (scheme === expected) continue;
    findings.push({
      message:
        'Unexpected version scheme `' + scheme + '` for dataset `' + table.dataset + '`, expected `' + expected +
        '` as declared for its table at `' + first.file + ':' + first.line +
        '`; declare one `upgrade_paths.scheme` for every page of the dataset',
      file: table.file,
      position: {start: table.position.start, end: table.position.start},
    });
  }
  return findings;
}

/** Rule `dataset-scheme`, see {@link datasetScheme}. */
export const meta = ruleMeta({
  id: 'dataset-scheme',
  defaultSeverity: 'error',
  scope: 'dataset',
  summary: 'Pages of one dataset that declare different version schemes.',
});

/** The check: {@link datasetScheme}. */
export const check = datasetScheme;
