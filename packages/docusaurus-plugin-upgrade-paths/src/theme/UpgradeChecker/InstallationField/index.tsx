/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeChecker/InstallationField';

/**
 * The "Installation" field of a checker offering a choice of datasets: a
 * labelled `<select>` whose first option ("Choose an installation") stands
 * for none, then one option per dataset by title.
 *
 * Part of `UpgradeChecker`, swizzlable alone
 * (`UpgradeChecker/InstallationField`); the label and select take the look
 * of the checker's fields from `UpgradeChecker`'s stylesheet.
 */
export default function UpgradeCheckerInstallationField({entries, value, disabled, onChange}: Props): ReactNode {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>
        {translate({
          id: 'theme.upgradePaths.checker.installation',
          message: 'Installation',
          description: 'Label of the field choosing a dataset (product and install method) in the upgrade checker',
        })}
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">
          {translate({
            id: 'theme.upgradePaths.checker.installation.none',
            message: 'Choose an installation',
            description: 'First option of the installation field of the upgrade checker, nothing chosen',
          })}
        </option>
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.title}
          </option>
        ))}
      </select>
    </div>
  );
}
