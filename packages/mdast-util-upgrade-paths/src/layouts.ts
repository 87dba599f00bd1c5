import {readSupport, readVersionCell} from '@upgrade-paths/core';
import {cellEvidence, looksLikeVersion, matrixTargets, namesMatrixSource, unconfidentReason} from './recognize.js';

/** Cells of a matrix (or a combined-cell support column) that state nothing: no row. */
export function statesNothing(text: string): boolean {
  return /^(?:|[-–—]|n\/?a|none)$/i.test(text.trim());
}

/** Arrows and `to` between the versions of a combined cell or a chain. */
const chainSeparator = /\s*(?:->|→|=>|⇒|⟶|⟹)\s*|\s+to\s+/i;

/**
 * The parts of a combined cell or a chain (`v0.16.0 -> v0.17.0`,
 * `11.5.0 → 11.11.8 → 12.0.12`, `1.5.0 to 1.5.2`), trimmed; one part when
 * the text has no arrow.
 */
export function chainParts(text: string): string[] {
  return text.split(chainSeparator).map((part) => part.trim());
}

/**
 * The versions a path cell names, in order: each token that reads like a
 * version (`11.11.8`, `v2.3`, `4.1.x`, `8.0.2-rc.1`), whatever is between
 * them (arrows, `<br>` numbered lists, `then`, prose).
 */
export function pathVersions(text: string): string[] {
  return text.match(/(?<![\w.])v?\d+(?:\.\d+)+(?:\.[xX*])?(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?(?![\w.])/g) ?? [];
}

/**
 * Whether the cells of a table's combined column make it a combined-cell
 * upgrade table (what {@link unconfidentReason} is for a list): at least
 * half of its non-empty cells are a chain of two or more parts that look
 * like versions.
 *
 * @returns
 *   `undefined` when they do, else why not.
 */
export function combinedReason(cells: ReadonlyArray<string | null>): string | undefined {
  const filled = cells.filter((cell) => cell === null || cell.trim() !== '');
  const chains = filled.filter(
    (cell) => cell === null || (chainParts(cell).length > 1 && chainParts(cell).every((part) => looksLikeVersion(readVersionCell(part).version))),
  );
  if (filled.length === 0) return 'its combined cells are all empty';
  if (chains.length * 2 < filled.length) return 'only ' + chains.length + ' of ' + filled.length + ' cells read as `<version> -> <version>`';
  return undefined;
}

/**
 * Whether the cells of a table that may be a matrix make it one: its first
 * column looks like source versions (the list confidence rule, on that
 * column), at least half of the cells under target headers that state
 * something are support markers (the others are `unknown-support`
 * errors), and the header says the rows are sources and the columns targets (a source name in the first header
 * cell, such as `From` or `Current version`, or `Upgrade to`/`To` before
 * every target); an author who opted in skips all but the last test, that
 * some cell under a target header states something; a compatibility matrix
 * (`Product | 1.28 | 1.29`) says neither and is no upgrade table.
 *
 * @returns
 *   `undefined` when they do, else why not.
 */
export function matrixReason(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  optedIn: boolean,
): string | undefined {
  const targets = matrixTargets(header);
  if (!optedIn && !namesMatrixSource(header[0] ?? '') && !targets.every((target) => target.prefixed)) {
    return 'its first header cell (`' + (header[0] ?? '') + '`) names no source version column and its version columns say no `Upgrade to`, so it may be a compatibility matrix';
  }
  if (!optedIn) {
    const source = unconfidentReason(cellEvidence(header, rows, {source: 0}));
    if (source !== undefined) return source;
  }
  let filled = 0;
  let markers = 0;
  for (const row of rows) {
    for (const {index} of targets) {
      const cell = row[index];
      if (cell === null) {
        filled++;
        markers++;
        continue;
      }
      if (cell === undefined || statesNothing(cell)) continue;
      filled++;
      if (readSupport(cell).supported !== undefined) markers++;
    }
  }
  if (filled === 0) return 'its matrix cells are all empty';
  if (!optedIn && markers * 2 < filled) return 'only ' + markers + ' of ' + filled + ' matrix cells are support markers';
  return undefined;
}
