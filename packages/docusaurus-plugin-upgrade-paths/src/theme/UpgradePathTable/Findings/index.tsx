/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import {translate} from '@docusaurus/Translate';
import type {TableFinding} from '@theme/UpgradePathTable';
import type {Props} from '@theme/UpgradePathTable/Findings';
import {ruleDocsUrl} from '@upgrade-paths/core/client';

/** Where a rule is documented: `@upgrade-paths/core`'s `ruleDocsUrl`, the one place the URL is made. */
export {ruleDocsUrl};

/**
 * Lint findings of the table(s) below, in one admonition: `danger` when any
 * finding is an error, `warning` otherwise. Each item says where
 * (`line:column`), how bad, what (the message) and which rule, linked to its
 * documentation. Renders nothing for an empty list.
 *
 * Part of `UpgradePathTable`, swizzlable alone
 * (`UpgradePathTable/Findings`); shown in `docusaurus start` only, where the
 * plugin publishes findings.
 */
export default function UpgradePathTableFindings({findings}: Props): ReactNode {
  if (findings.length === 0) return null;
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  return (
    <Admonition
      type={hasErrors ? 'danger' : 'warning'}
      title={translate({
        id: 'theme.upgradePaths.table.findings.title',
        message: 'Problems in this upgrade table',
        description: 'Title of the admonition listing lint findings above an upgrade table',
      })}>
      <ul>
        {findings.map((finding) => (
          <li key={finding.line + ':' + finding.column + ':' + finding.ruleId + ':' + finding.message}>
            <code>{finding.line + ':' + finding.column}</code> {severityLabel(finding.severity)}: {finding.message} (
            <a href={ruleDocsUrl(finding.ruleId)}>
              <code>{finding.ruleId}</code>
            </a>
            )
          </li>
        ))}
      </ul>
    </Admonition>
  );
}

function severityLabel(severity: TableFinding['severity']): string {
  return severity === 'error'
    ? translate({id: 'theme.upgradePaths.table.findings.error', message: 'Error', description: 'Severity of a lint finding that fails a build'})
    : translate({id: 'theme.upgradePaths.table.findings.warn', message: 'Warning', description: 'Severity of a lint finding that is only reported'});
}
