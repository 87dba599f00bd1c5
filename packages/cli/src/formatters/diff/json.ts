import {failKindsFound, type DiffReport} from './report.js';

/**
 * The machine format of `upgrade-paths diff`: one JSON object,
 * `{base, head, datasets, findings, failed}` (`base`/`head`: `{revision,
 * commit}`, `null` for the work tree or an export; `datasets` and
 * `findings` as `diffExports` gives them; `failed`: the `--fail-on` kinds
 * that occurred).
 *
 * @returns
 *   JSON (two-space indent) ending in a newline.
 */
export function formatDiffJson(report: DiffReport): string {
  const {diff, base, head} = report;
  const found = failKindsFound(diff);
  const failed = [...report.failOn].filter((kind) => found.has(kind));
  return JSON.stringify({base, head, datasets: diff.datasets, findings: diff.findings, failed}, null, 2) + '\n';
}
