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
