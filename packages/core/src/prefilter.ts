/**
 * Whether a document's text may hold an upgrade table: some line with a `|`
 * that names a source column (`Source`, `From`) and a target column
 * (`Target`, `To`), in any case.
 *
 * A cheap test on the raw text, so that callers parse only the documents that
 * can hold an upgrade table. It never says `false` for a document that holds
 * one; it may say `true` for one that does not.
 */
export function mayHoldUpgradeTable(text: string): boolean {
  return /^.*\|.*$/m.test(text) && headerExpression.test(text);
}

const headerExpression = /^[^\n]*\b(?:source|from)\b[^\n]*\|[^\n]*\b(?:target|to)\b[^\n]*$|^[^\n]*\b(?:target|to)\b[^\n]*\|[^\n]*\b(?:source|from)\b[^\n]*$/im;
