/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {Props} from '@theme/UpgradePathTable/Row';
import styles from './styles.module.css';

/**
 * One row of an upgrade table: a `<tr>` with `id` (registered with the
 * broken-link checker, so links to it pass `onBrokenAnchors`), the source
 * and target cells, support as text next to an icon, and the notes cells
 * (as authored on the table's page, else as text). A targeted row
 * (`:target`) is highlighted and scrolls to below the sticky header.
 *
 * Part of `UpgradePathTable`, swizzlable alone (`UpgradePathTable/Row`).
 */
export default function UpgradePathTableRow({row, id, noteHeaders = [], authoredNotes}: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <tr id={id} className={styles.row}>
      <td>
        {row.source}
        {row.sourceNote ? <span className={styles.cellNote}> ({row.sourceNote})</span> : null}
      </td>
      <td>
        {row.target}
        {row.targetNote ? <span className={styles.cellNote}> ({row.targetNote})</span> : null}
      </td>
      <td>
        <Support supported={row.supported} />
        {row.supportNote ? <span className={styles.cellNote}> {row.supportNote}</span> : null}
      </td>
      {noteHeaders.map((header) => (
        <td key={header}>{authoredNotes?.get(header) ?? row.notes?.[header] ?? ''}</td>
      ))}
    </tr>
  );
}

function Support({supported}: {readonly supported: boolean | null}): ReactNode {
  if (supported === null) {
    return (
      <span className={styles.unknown}>
        <SupportIcon kind="unknown" />{' '}
        {translate({
          id: 'theme.upgradePaths.table.support.unknown',
          message: 'Unknown',
          description: 'Support cell that could not be read',
        })}
      </span>
    );
  }
  return (
    <span className={supported ? styles.supported : styles.unsupported}>
      <SupportIcon kind={supported ? 'yes' : 'no'} />{' '}
      {supported
        ? translate({
            id: 'theme.upgradePaths.table.support.yes',
            message: 'Supported',
            description: 'Support cell: upgrade supported',
          })
        : translate({
            id: 'theme.upgradePaths.table.support.no',
            message: 'Not supported',
            description: 'Support cell: upgrade not supported',
          })}
    </span>
  );
}

/**
 * Support icon as inline SVG in the text colour: readable without an emoji
 * font, hidden from assistive technology (the text next to it says it).
 */
function SupportIcon({kind}: {readonly kind: 'yes' | 'no' | 'unknown'}): ReactNode {
  const paths = {
    yes: 'M3.5 8.5l3 3 6-7',
    no: 'M4 4l8 8M12 4l-8 8',
    unknown: 'M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.6M8 12h.01',
  } as const;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className={styles.icon}
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round">
      <path d={paths[kind]} />
    </svg>
  );
}
