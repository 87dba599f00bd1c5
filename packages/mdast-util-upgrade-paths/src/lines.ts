import type {Point, Position} from '@upgrade-paths/core';

/**
 * Where the lines of a parsed text are in the file on disk, when parsing
 * removed some (Docusaurus unwraps ```` ```mdx-code-block ```` fences, whose
 * two lines go): `lineMap[line]` is the file line of parsed line `line`
 * (1-based; index 0 unused). `undefined`: the lines are the file's.
 */
export type LineMap = readonly number[] | undefined;

/** A point with its line in the file on disk; its column and offset stay those of the parsed text. */
export function diskPoint<Type extends Point>(point: Type, lineMap: LineMap): Type {
  const line = lineMap?.[point.line];
  return line === undefined || line === point.line ? point : {...point, line};
}

/** A position with its lines in the file on disk (see {@link diskPoint}). */
export function diskPosition(position: Position, lineMap: LineMap): Position {
  if (lineMap === undefined) return position;
  return {start: diskPoint(position.start, lineMap), end: diskPoint(position.end, lineMap)};
}
