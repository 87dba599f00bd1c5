/**
 * The README documents every lint rule, and the registry holds every rule
 * the README documents: the rule tables of "Lint › Rules" and
 * "Partials › Checks" against `lintRules`, id by id, with their default
 * severities.
 */
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {lintRules} from '../../packages/core/src/config.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the first table after a heading: rule id → default severity (first code span of the second cell). */
function ruleTable(heading: string): Map<string, string> {
  const start = readme.indexOf('\n' + heading + '\n');
  expect(start, heading).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('| '));
  const rows = new Map<string, string>();
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    const id = /`([a-z-]+)`/.exec(cells[0] ?? '')?.[1];
    const severity = /`(off|warn|error)`/.exec(cells[1] ?? '')?.[1];
    expect(id, line).toBeDefined();
    expect(severity, line).toBeDefined();
    rows.set(id as string, severity as string);
  }
  return rows;
}

describe('README rule tables', function () {
  const lint = ruleTable('### Rules');
  const partials = ruleTable('### Checks');

  it('list every rule of the registry, and no other', function () {
    expect([...new Set([...lint.keys(), ...partials.keys()])].sort()).toEqual(lintRules.map((rule) => rule.id).sort());
    expect(lintRules).toHaveLength(22);
  });

  it('give each rule its default severity', function () {
    for (const rule of lintRules) {
      for (const table of [lint, partials]) {
        if (table.has(rule.id)) expect(table.get(rule.id), rule.id).toBe(rule.defaultSeverity);
      }
    }
  });
});
