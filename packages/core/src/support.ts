/**
 * Support cell markers and what they mean.
 *
 * Both the GitHub emoji shortcodes (as written in Markdown) and the emoji
 * characters (as left by `remark-emoji`, which Docusaurus runs) are listed, so
 * a table reads the same before and after emoji replacement. Compared
 * case-insensitively, after trimming and dropping the emoji variation
 * selector `U+FE0F`.
 */
export const supportMarkers: Readonly<Record<string, boolean>> = {
  ':white_check_mark:': true,
  '✅': true,
  ':heavy_check_mark:': true,
  '✔': true,
  yes: true,
  supported: true,
  ':x:': false,
  '❌': false,
  no: false,
  'not supported': false,
};

/**
 * Read a Support cell.
 *
 * @param text
 *   Cell text, trimmed, emphasis removed.
 * @returns
 *   `true` (supported), `false` (not supported), or `undefined` when the text
 *   is no known marker (see {@link supportMarkers}).
 */
export function parseSupport(text: string): boolean | undefined {
  const key = text.replace(/\uFE0F/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return Object.hasOwn(supportMarkers, key) ? supportMarkers[key] : undefined;
}

/** Support markers, longest first, for {@link readSupport}. */
const markersByLength = Object.keys(supportMarkers).sort((left, right) => right.length - left.length);

/**
 * Read a Support cell that may carry a remark after its marker, as real
 * docs write: `Yes. Requires downtime`, `Yes*`, `No, because the agent is
 * too old`, `Supported (with downtime)`, `✅ - after 4.7.3`.
 *
 * @param text
 *   Cell text, trimmed, emphasis removed.
 * @returns
 *   `supported` as {@link parseSupport} reads the marker (`undefined`: no
 *   known marker, or a marker followed by anything but `*`, `.`, `,`, `;`,
 *   `:`, `!`, a parenthesis or a dash), and the remark after it (`''` when
 *   none; a footnote mark `*` is kept as the remark).
 */
export function readSupport(text: string): {readonly supported: boolean | undefined; readonly note: string} {
  const whole = parseSupport(text);
  if (whole !== undefined) return {supported: whole, note: ''};
  const value = text.replace(/\uFE0F/g, '').replace(/\s+/g, ' ').trim();
  const lower = value.toLowerCase();
  for (const marker of markersByLength) {
    if (!lower.startsWith(marker)) continue;
    const rest = value.slice(marker.length);
    const note =
      /^(\*+.*)$/.exec(rest)?.[1] ??
      /^[.,;:!](?:\s+(.+))?$/.exec(rest)?.[1] ??
      /^\s*\((.+)\)$/.exec(rest)?.[1] ??
      /^\s+[-–—]\s+(.+)$/.exec(rest)?.[1];
    if (note === undefined && !/^[.,;:!]$/.test(rest)) continue;
    return {supported: supportMarkers[marker], note: (note ?? '').trim()};
  }
  return {supported: undefined, note: ''};
}
