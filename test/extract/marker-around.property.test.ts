/**
 * `markerAround` looks markers up in an index (so that a document with many
 * marker pairs is placed in about linear time); it must give what its
 * definition gives: of the start markers ending before the range, the last
 * one that no end marker of its id closes before the range and that one
 * starting after the range closes.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {markerAround, type GroupMarker} from 'mdast-util-upgrade-paths';

/** The definition, marker by marker (quadratic per call). */
function byDefinition(markers: readonly GroupMarker[], from: number, to: number): string | undefined {
  let found: string | undefined;
  for (const marker of markers) {
    if (marker.edge !== 'start' || marker.end > from) continue;
    const sameId = markers.filter((other) => other.edge === 'end' && other.id === marker.id);
    const closedBefore = sameId.some((other) => other.start >= marker.end && other.end <= from);
    const closesAfter = sameId.some((other) => other.start >= to);
    if (!closedBefore && closesAfter) found = marker.id;
  }
  return found;
}

/** Markers in document order: each a comment 10 offsets long, with gaps between. */
const documents = fc
  .array(fc.record({id: fc.constantFrom('a', 'b', 'c', 'd'), edge: fc.constantFrom('start' as const, 'end' as const), gap: fc.nat(30)}), {maxLength: 40})
  .map(function (items) {
    let offset = 0;
    return items.map(function ({id, edge, gap}): GroupMarker {
      const start = offset + gap;
      offset = start + 10;
      return {id, edge, start, end: start + 10};
    });
  });

const point = (offset: number) => ({line: 1, column: offset + 1, offset});

describe('markerAround', () => {
  it('gives the definition for any markers and ranges', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.nat(1500), fc.nat(60)), {minLength: 1, maxLength: 20}), function (markers, ranges) {
        for (const [from, length] of ranges) {
          expect(markerAround(markers, {start: point(from), end: point(from + length)})).toBe(byDefinition(markers, from, from + length));
        }
      }),
      {numRuns: 2000},
    );
  });

  it('places tables inside, between and after many marker pairs', () => {
    const markers: GroupMarker[] = [];
    for (let pair = 0; pair < 300; pair++) {
      markers.push({id: 'g' + (pair % 7), edge: 'start', start: pair * 100, end: pair * 100 + 10});
      markers.push({id: 'g' + (pair % 7), edge: 'end', start: pair * 100 + 50, end: pair * 100 + 60});
    }
    for (const from of [20, 70, 15_020, 15_070, 29_920, 40_000]) {
      expect(markerAround(markers, {start: point(from), end: point(from + 20)})).toBe(byDefinition(markers, from, from + 20));
    }
    expect(markerAround(markers, {start: point(15_020), end: point(15_040)})).toBe('g' + (150 % 7));
  });
});
