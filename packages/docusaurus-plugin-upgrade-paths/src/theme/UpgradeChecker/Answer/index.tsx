/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeChecker/Answer';
import type {NearestVersions, RowCitation, UpgradeHop} from '@upgrade-paths/core';
import styles from './styles.module.css';

/**
 * The answer of the checker: a one-line verdict (`<p>`), then, for a
 * direct upgrade or a path, an `<ol>` with one item per hop linking to the
 * row that allows it; a refused direct upgrade links to its ❌ row.
 * Versions as typed by the reader are rendered as text only.
 *
 * Part of `UpgradeChecker`, swizzlable alone (`UpgradeChecker/Answer`); the
 * checker shows it in its `role="status"` region once there is a question.
 */
export default function UpgradeCheckerAnswer({answer, example}: Props): ReactNode {
  switch (answer.kind) {
    case 'direct':
      return (
        <>
          <p className="text--semibold">
            {translate(
              {
                id: 'theme.upgradePaths.checker.verdict.direct',
                message: 'Supported: upgrade directly from {from} to {to}.',
                description: 'Verdict of the upgrade checker when one supported row goes straight to the target',
              },
              {from: answer.from, to: answer.to},
            )}
          </p>
          <Hops hops={answer.hops} />
        </>
      );
    case 'path':
      return (
        <>
          <p className="text--semibold">
            {translate(
              {
                id: 'theme.upgradePaths.checker.verdict.path',
                message: 'Upgrade from {from} to {to} in {count} steps, in this order:',
                description: 'Verdict of the upgrade checker when a chain of supported upgrades (2 or more) leads to the target',
              },
              {from: answer.from, to: answer.to, count: answer.hops.length},
            )}
          </p>
          <Hops hops={answer.hops} />
          {answer.refusedBy === null ? null : <Refusal from={answer.from} to={answer.to} citation={answer.refusedBy} />}
        </>
      );
    case 'no-path':
      return (
        <>
          <p className="text--semibold">
            {translate(
              {
                id: 'theme.upgradePaths.checker.verdict.noPath',
                message: 'No supported upgrade path leads from {from} to {to}.',
                description: 'Verdict of the upgrade checker when no chain of supported upgrades reaches the target',
              },
              {from: answer.from, to: answer.to},
            )}
          </p>
          {answer.refusedBy === null ? null : <Refusal from={answer.from} to={answer.to} citation={answer.refusedBy} />}
          <p>
            {answer.newestReachable === null
              ? translate(
                  {
                    id: 'theme.upgradePaths.checker.noPath.none',
                    message: 'The upgrade tables list no supported upgrade from {from}.',
                    description: 'Upgrade checker, no path: the current version has no supported upgrade at all',
                  },
                  {from: answer.from},
                )
              : translate(
                  {
                    id: 'theme.upgradePaths.checker.noPath.newest',
                    message: 'The newest version you can reach from {from} is {newest}.',
                    description: 'Upgrade checker, no path: the newest version reachable from the current version',
                  },
                  {from: answer.from, newest: answer.newestReachable},
                )}
          </p>
        </>
      );
    case 'downgrade':
      return (
        <p className="text--semibold">
          {translate(
            {
              id: 'theme.upgradePaths.checker.verdict.downgrade',
              message: 'Downgrades are not supported: {to} is older than {from}.',
              description: 'Verdict of the upgrade checker when the target is older than the current version',
            },
            {from: answer.from, to: answer.to},
          )}
        </p>
      );
    case 'same':
      return (
        <p className="text--semibold">
          {translate(
            {
              id: 'theme.upgradePaths.checker.verdict.same',
              message: 'Nothing to upgrade: {from} is already the target version.',
              description: 'Verdict of the upgrade checker when the current and target versions are the same',
            },
            {from: answer.from},
          )}
        </p>
      );
    case 'unknown-version':
      return (
        <>
          <p className="text--semibold">{unknownVerdict(answer.unknown, answer.from, answer.to)}</p>
          {answer.unknown.map((which) => {
            const nearest = answer.nearest[which];
            return nearest === undefined ? null : (
              <p key={which}>
                <Nearest version={which === 'from' ? answer.from : answer.to} nearest={nearest} />
              </p>
            );
          })}
        </>
      );
    case 'invalid-version':
      return (
        <>
          <p className="text--semibold">
            <InvalidVerdict invalid={answer.invalid} from={answer.from} to={answer.to} />
          </p>
          <p>
            <Interpolate values={{example: <code>{example}</code>}}>
              {translate({
                id: 'theme.upgradePaths.checker.invalid.hint',
                message: 'Enter a full version such as {example}.',
                description: 'Upgrade checker: how to write a version, after a value that is not one',
              })}
            </Interpolate>
          </p>
        </>
      );
    default:
      return null;
  }
}

function Hops({hops}: {readonly hops: readonly UpgradeHop[]}): ReactNode {
  return (
    <ol className={styles.hops}>
      {hops.map((hop) => {
        const text = translate(
          {
            id: 'theme.upgradePaths.checker.hop',
            message: 'Upgrade from {from} to {to}',
            description: 'One step of an upgrade path in the upgrade checker, links to the table row allowing it',
          },
          {from: hop.from, to: hop.to},
        );
        const row = hop.citation;
        const cited = row.source !== hop.from || row.target !== hop.to;
        return (
          <li key={hop.from + '>' + hop.to} data-hop={hop.from + ' -> ' + hop.to}>
            <CitedRow citation={row}>{text}</CitedRow>
            {cited ? (
              <span className={styles.citedRow}>
                {' '}
                {translate(
                  {
                    id: 'theme.upgradePaths.checker.hop.row',
                    message: '(row {source} to {target})',
                    description: 'After an upgrade step allowed by a row with other cells, such as a wildcard source 4.1.x',
                  },
                  {source: row.source, target: row.target},
                )}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Link to the cited row (`permalink#anchor`), or plain text when its page is unknown. */
function CitedRow({citation, children}: {readonly citation: RowCitation; readonly children: ReactNode}): ReactNode {
  if (citation.permalink === null) return <>{children}</>;
  return <Link to={citation.permalink + '#' + citation.anchor}>{children}</Link>;
}

function Refusal({
  from,
  to,
  citation,
}: {
  readonly from: string;
  readonly to: string;
  readonly citation: RowCitation;
}): ReactNode {
  const refused = translate({
    id: 'theme.upgradePaths.checker.refused.link',
    message: 'explicitly not supported',
    description: 'Link text to the ❌ row refusing a direct upgrade, inside theme.upgradePaths.checker.refused',
  });
  return (
    <p className={styles.refused}>
      <Interpolate values={{from, to, refused: <CitedRow citation={citation}>{refused}</CitedRow>}}>
        {translate({
          id: 'theme.upgradePaths.checker.refused',
          message: 'The direct upgrade from {from} to {to} is {refused}.',
          description: 'Upgrade checker: the tables refuse the direct upgrade ({refused} links to the ❌ row)',
        })}
      </Interpolate>
    </p>
  );
}

function unknownVerdict(unknown: ReadonlyArray<'from' | 'to'>, from: string, to: string): string {
  if (unknown.length > 1) {
    return translate(
      {
        id: 'theme.upgradePaths.checker.verdict.unknown.both',
        message: 'Neither {from} nor {to} is in the upgrade tables.',
        description: 'Verdict of the upgrade checker when no row mentions either version',
      },
      {from, to},
    );
  }
  return unknown[0] === 'from'
    ? translate(
        {
          id: 'theme.upgradePaths.checker.verdict.unknown.from',
          message: 'Your current version {from} is not in the upgrade tables.',
          description: 'Verdict of the upgrade checker when no row mentions the current version',
        },
        {from},
      )
    : translate(
        {
          id: 'theme.upgradePaths.checker.verdict.unknown.to',
          message: 'The target version {to} is not in the upgrade tables.',
          description: 'Verdict of the upgrade checker when no row mentions the target version',
        },
        {to},
      );
}

function Nearest({version, nearest}: {readonly version: string; readonly nearest: NearestVersions}): ReactNode {
  const {below, above} = nearest;
  if (below !== null && above !== null) {
    return translate(
      {
        id: 'theme.upgradePaths.checker.nearest.both',
        message: 'The documented versions nearest to {version} are {below} (older) and {above} (newer).',
        description: 'Upgrade checker: documented neighbours of a version no row mentions',
      },
      {version, below, above},
    );
  }
  if (below !== null) {
    return translate(
      {
        id: 'theme.upgradePaths.checker.nearest.below',
        message: 'The newest documented version older than {version} is {below}.',
        description: 'Upgrade checker: documented neighbour of a version newer than every documented one',
      },
      {version, below},
    );
  }
  if (above !== null) {
    return translate(
      {
        id: 'theme.upgradePaths.checker.nearest.above',
        message: 'The oldest documented version newer than {version} is {above}.',
        description: 'Upgrade checker: documented neighbour of a version older than every documented one',
      },
      {version, above},
    );
  }
  return null;
}

function InvalidVerdict({
  invalid,
  from,
  to,
}: {
  readonly invalid: ReadonlyArray<'from' | 'to'>;
  readonly from: string;
  readonly to: string;
}): ReactNode {
  if (invalid.length > 1) {
    return (
      <Interpolate values={{from: <code>{from}</code>, to: <code>{to}</code>}}>
        {translate({
          id: 'theme.upgradePaths.checker.verdict.invalid.both',
          message: 'Neither {from} nor {to} is a valid version.',
          description: 'Verdict of the upgrade checker when neither field holds a version',
        })}
      </Interpolate>
    );
  }
  return invalid[0] === 'from' ? (
    <Interpolate values={{from: <code>{from}</code>}}>
      {translate({
        id: 'theme.upgradePaths.checker.verdict.invalid.from',
        message: 'Current version {from} is not a valid version.',
        description: 'Verdict of the upgrade checker when the current version field does not hold a version',
      })}
    </Interpolate>
  ) : (
    <Interpolate values={{to: <code>{to}</code>}}>
      {translate({
        id: 'theme.upgradePaths.checker.verdict.invalid.to',
        message: 'Target version {to} is not a valid version.',
        description: 'Verdict of the upgrade checker when the target version field does not hold a version',
      })}
    </Interpolate>
  );
}
