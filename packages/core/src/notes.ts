/**
 * The contract between `remark-upgrade-paths` and `@theme/UpgradePathTable`
 * for notes cells rendered as authored: the remark plugin gives each
 * non-empty notes cell of a replaced table as a child
 * `<span {noteRowAttribute}="<row anchor>" {noteColumnAttribute}="<header>">…</span>`
 * of the `<UpgradePathTable>`, and the component renders those children in
 * the matching cells (the row's `notes` text otherwise).
 */

/** Attribute naming the row (its anchor) of an authored notes cell. */
export const noteRowAttribute = 'data-upgrade-paths-note-row';

/** Attribute naming the notes column (its header in `UpgradeTable.notes`) of an authored notes cell. */
export const noteColumnAttribute = 'data-upgrade-paths-note-column';
