/**
 * `sort-order` finds the first misplaced row in one pass when every version
 * names a two-part series: the same row, and the same earlier row it names,
 * as comparing each row with every earlier one (the rule's definition).
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {RowFacts} from '../../packages/core/src/rules/rows.js';
import {firstMisplaced, firstMisplacedByScan, type SortableRow} from '../../packages/core/src/rules/sortOrder.js';
import {parseVersion, type Version} from '../../packages/core/src/versions.js';

/** Versions of few series, so rows often share a series, a source or a target. */
const version: fc.Arbitrary<Version> = fc
  .oneof(
    {weight: 6, arbitrary: fc.tuple(fc.integer({min: 3, max: 4}), fc.integer({min: 0, max: 2}), fc.integer({min: 0, max: 3})).map(([a, b, c]) => a + '.' + b + '.' + c)},
    {weight: 1, arbitrary: fc.tuple(fc.integer({min: 3, max: 4}), fc.integer({min: 0, max: 2})).map(([a, b]) => a + '.' + b + '.x')},
    {weight: 1, arbitrary: fc.tuple(fc.integer({min: 3, max: 4}), fc.integer({min: 0, max: 2})).map(([a, b]) => a + '.' + b + '.0 - ' + a + '.' + b + '.2')},
    {weight: 1, arbitrary: fc.tuple(fc.integer({min: 3, max: 4}), fc.integer({min: 0, max: 2})).map(([a, b]) => a + '.' + b + '.1-rc.1')},
  )
  .map((text) => parseVersion(text) as Version);

const row: fc.Arbitrary<SortableRow> = fc
  .tuple(version, version)
  .map(([source, target]) => ({facts: {row: {source: source.text, target: target.text}} as RowFacts, source, target}));

describe('sort-order: one pass = every pair', () => {
  test('same first misplaced row and the same row it names', () => {
    fc.assert(
      fc.property(fc.array(row, {maxLength: 30}), (rows) => {
        const fast = firstMisplaced(rows);
        const slow = firstMisplacedByScan(rows);
        expect(fast?.row).toBe(slow?.row);
        expect(fast?.after).toBe(slow?.after);
      }),
      {numRuns: 3000, seed: 20261201},
    );
  });

  test('sorted tables have no misplaced row; a swap of two rows of different series is found', () => {
    const rows = ['4.2.1 4.2.3', '4.2.0 4.2.3', '4.1.x 4.2.0', '4.0.2 4.1.0'].map((text) => {
      const [source, target] = text.split(' ').map((item) => parseVersion(item) as Version);
      return {facts: {} as RowFacts, source: source as Version, target: target as Version};
    });
    expect(firstMisplaced(rows)).toBeUndefined();
    const swapped = [rows[3], rows[1], rows[2], rows[0]] as SortableRow[];
    expect(firstMisplaced(swapped)).toEqual({row: swapped[1], after: swapped[0]});
  });
});
