import type {Finding} from '@upgrade-paths/core';

/** Findings by file, in the order given. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const item of findings) {
    const list = byFile.get(item.file);
    if (list) list.push(item);
    else byFile.set(item.file, [item]);
  }
  return byFile;
}

/** How many findings are errors and how many warnings. */
export function count(findings: readonly Finding[]): {errors: number; warnings: number} {
  const errors = findings.filter((item) => item.severity === 'error').length;
  return {errors, warnings: findings.length - errors};
}

/** `word` or `words`. */
export function plural(value: number, word: string): string {
  return value === 1 ? word : word + 's';
}
