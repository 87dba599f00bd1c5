import type {LineMap} from 'mdast-util-upgrade-paths';

const lineEnding = /\r\n|\r|\n/;

/**
 * The line map of a text whose ```` ```mdx-code-block ```` fences were
 * unwrapped (`unwrapMdxCodeBlocks`, which removes the two fence lines and
 * keeps every other line as it was): the file line of each remaining line.
 * Lines are matched in order, a file line unlike the next remaining line
 * being a removed one.
 *
 * @param file
 *   The file's text, byte-order mark removed.
 * @param unwrapped
 *   The same text with the fences unwrapped.
 * @returns
 *   The map, or `undefined` when no line was removed.
 */
export function lineMapOf(file: string, unwrapped: string): LineMap {
  const fileLines = file.split(lineEnding);
  const keptLines = unwrapped.split(lineEnding);
  if (fileLines.length === keptLines.length) return undefined;
  const map: number[] = [0];
  let at = 0;
  for (const line of keptLines) {
    while (at < fileLines.length - 1 && fileLines[at] !== line) at++;
    map.push(at + 1);
    at++;
  }
  return map;
}
