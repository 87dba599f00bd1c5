/**
 * Shared helpers of the extraction tests: where the fixtures are, and how a
 * fixture's actual result is computed.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {upgradePathsExport, type Finding, type UpgradePathsExport} from '@upgrade-paths/core';
import {extractUpgradePaths} from '@upgrade-paths/engine';

/** Absolute path of `test/extract/fixtures`. */
export const fixturesDir = fileURLToPath(new URL('fixtures/', import.meta.url)).replace(/[\\/]$/, '');

/** Case names: the folders in `fixtures/`, sorted. */
export function fixtureCases(): string[] {
  return fs
    .readdirSync(fixturesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** File name of a case's input (`input.md` or `input.mdx`). */
export function inputName(name: string): string {
  const found = fs.readdirSync(path.join(fixturesDir, name)).find((file) => /^input\.mdx?$/.test(file));
  if (!found) throw new Error('Fixture `' + name + '` has no input.md or input.mdx');
  return found;
}

/** A finding as fixtures state it. */
export interface FindingPlace {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

/** What `expected.json` holds. */
export interface FixtureResult extends UpgradePathsExport {
  readonly findings: FindingPlace[];
}

/** Findings as places, in document order (then rule id). */
export function findingPlaces(findings: readonly Finding[]): FindingPlace[] {
  return findings
    .map(({ruleId, position}) => ({ruleId, line: position.start.line, column: position.start.column}))
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * Extract a case the way the fixtures state it: file `<case>/<input>`, doc id
 * `<case>/input`.
 */
export function extractFixture(name: string): FixtureResult {
  const input = inputName(name);
  const value = fs.readFileSync(path.join(fixturesDir, name, input), 'utf8');
  const {tables, findings} = extractUpgradePaths(value, {file: name + '/' + input, docId: name + '/input'});
  return {...upgradePathsExport(tables), findings: findingPlaces(findings)};
}
