/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import type {DatasetEntry, Props} from '@theme/UpgradeChecker';
import UpgradeCheckerAnswer from '@theme/UpgradeChecker/Answer';
import UpgradeCheckerCopyPath from '@theme/UpgradeChecker/CopyPath';
import UpgradeCheckerInstallationField from '@theme/UpgradeChecker/InstallationField';
import UpgradeCheckerVersionCombobox from '@theme/UpgradeChecker/VersionCombobox';
import UpgradeGraph from '@theme/UpgradeGraph';
import type {Dataset, UpgradeAnswer} from '@upgrade-paths/core';
import {shortValue, useChecker, type IgnoredParameter, type Loaded, type UpgradeGraphLayout} from 'docusaurus-plugin-upgrade-paths/client';
import styles from './styles.module.css';

/**
 * "How do I upgrade from X to Y?", answered from a dataset's upgrade tables.
 *
 * - `<UpgradeChecker dataset="palette/kubernetes" />` in MDX: the remark
 *   plugin passes that dataset as `data`.
 * - `<UpgradeChecker />`: the remark plugin passes the site's dataset index
 *   as `datasets`; the reader picks an installation and only that dataset's
 *   data is loaded.
 *
 * Two combobox fields ("Current version", "Target version", defaulting to
 * the newest version) feed `findUpgradePath`; the answer is in a
 * `role="status"` region, each hop linking to the row it relies on, with a
 * "Copy path" button. The address keeps the question: `?from=…&to=…` (plus
 * `&dataset=…` with the picker), read after hydration and kept current with
 * `history.replace`. A checker with a fixed dataset answers an address
 * without `dataset` or naming its own dataset; a picker only an address
 * with `dataset`. Values that are not versions are ignored, with a note.
 *
 * Server and first client render show the empty question (no hydration
 * mismatch); the fields are enabled once hydrated; without JavaScript a
 * `<noscript>` links to the tables.
 *
 * Strings have ids `theme.upgradePaths.checker.*`, as `translate()` calls
 * (with `<Interpolate>` for values that are elements).
 *
 * With `graph` (and `dataset`), the dataset's upgrade graph
 * (`@theme/UpgradeGraph`) is drawn under the answer, the hops of a direct
 * upgrade or path highlighted.
 *
 * Parts, each swizzlable alone: `UpgradeChecker/InstallationField`,
 * `UpgradeChecker/VersionCombobox` (both fields), `UpgradeChecker/Answer`
 * (the verdict and hops) and `UpgradeChecker/CopyPath`. State and address
 * handling are in `useChecker` (`docusaurus-plugin-upgrade-paths/client`).
 */
export default function UpgradeChecker({dataset, data, datasets, graph}: Props): ReactNode {
  const layout = typeof graph === 'object' ? graph : undefined;
  if (data !== undefined) return <Checker key={data.id} fixed={data} entries={undefined} graph={layout} />;
  if (datasets !== undefined) return <Checker fixed={undefined} entries={datasets} graph={undefined} />;
  return (
    <div className={clsx('alert', 'alert--danger')} role="alert">
      <Interpolate values={{dataset: <code>{String(dataset ?? '')}</code>}}>
        {translate({
          id: 'theme.upgradePaths.checker.noData',
          message: 'The upgrade checker for {dataset} has no upgrade-paths data: is remark-upgrade-paths in the docs plugin options?',
          description: 'Shown when an UpgradeChecker got no data (remark-upgrade-paths did not run on the page)',
        })}
      </Interpolate>
    </div>
  );
}

function Checker({
  fixed,
  entries,
  graph,
}: {
  readonly fixed: Dataset | undefined;
  readonly entries: readonly DatasetEntry[] | undefined;
  readonly graph: UpgradeGraphLayout | undefined;
}): ReactNode {
  const {root, hydrated, chosen, loaded, question, to, newest, answer, ignored, choose, ask} = useChecker(fixed, entries);
  const versions = loaded.status === 'ready' ? loaded.data.versions : [];
  const disabled = !hydrated || loaded.status !== 'ready';

  return (
    <div ref={root} className={styles.checker} data-upgrade-checker={chosen ?? ''}>
      <noscript>
        {/* Without JavaScript the answer region would only ever prompt. */}
        <style>{'.' + styles.needsScript + '{display:none}'}</style>
        <p>
          <NoScript data={fixed} />
        </p>
      </noscript>
      {ignored.length > 0 ? (
        <div className={clsx('alert', 'alert--warning', styles.notes)}>
          {ignored.map((item) => (
            <p key={item.name} data-ignored={item.name}>
              <IgnoredNote item={item} />
            </p>
          ))}
        </div>
      ) : null}
      <div className={styles.fields}>
        {entries === undefined ? null : (
          <UpgradeCheckerInstallationField entries={entries} value={chosen} disabled={!hydrated} onChange={choose} />
        )}
        <UpgradeCheckerVersionCombobox
          label={translate({
            id: 'theme.upgradePaths.checker.from',
            message: 'Current version',
            description: 'Label of the field for the installed version in the upgrade checker',
          })}
          value={question.from}
          versions={versions}
          disabled={disabled}
          onCommit={(value) => ask({...question, from: value})}
        />
        <UpgradeCheckerVersionCombobox
          label={translate({
            id: 'theme.upgradePaths.checker.to',
            message: 'Target version',
            description: 'Label of the field for the wanted version in the upgrade checker',
          })}
          value={to}
          versions={versions}
          disabled={disabled}
          onCommit={(value) => ask({...question, to: value === '' ? null : value})}
        />
      </div>
      <div role="status" className={clsx('alert', alertClass(loaded, answer), styles.answer, styles.needsScript)}>
        <Status loaded={loaded} answer={answer} example={newest ?? '1.0.0'} />
      </div>
      {answer?.kind === 'direct' || answer?.kind === 'path' ? <UpgradeCheckerCopyPath hops={answer.hops} /> : null}
      {graph === undefined ? null : (
        <UpgradeGraph graph={graph} highlight={answer?.kind === 'direct' || answer?.kind === 'path' ? answer.hops : []} />
      )}
    </div>
  );
}

function Status({
  loaded,
  answer,
  example,
}: {
  readonly loaded: Loaded;
  readonly answer: UpgradeAnswer | undefined;
  readonly example: string;
}): ReactNode {
  if (loaded.status === 'none') {
    return (
      <p className="text--semibold">
        {translate({
          id: 'theme.upgradePaths.checker.prompt.installation',
          message: 'Choose an installation to check its upgrade paths.',
          description: 'Upgrade checker with a choice of datasets, before one is chosen',
        })}
      </p>
    );
  }
  if (loaded.status === 'loading') {
    return (
      <p className="text--semibold">
        {translate(
          {
            id: 'theme.upgradePaths.checker.loading',
            message: 'Loading the upgrade paths of {title}…',
            description: 'Upgrade checker while the chosen dataset loads',
          },
          {title: loaded.title},
        )}
      </p>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <p className="text--semibold">
        {translate(
          {
            id: 'theme.upgradePaths.checker.loadFailed',
            message: 'Could not load the upgrade paths of {title}: {message}',
            description: 'Upgrade checker when the chosen dataset failed to load',
          },
          {title: loaded.title, message: loaded.message},
        )}
      </p>
    );
  }
  if (loaded.data.versions.length === 0) {
    return (
      <p className="text--semibold">
        {translate({
          id: 'theme.upgradePaths.checker.empty',
          message: 'The upgrade tables of this installation list no versions.',
          description: 'Upgrade checker over a dataset without versions',
        })}
      </p>
    );
  }
  if (answer === undefined) {
    return (
      <p className="text--semibold">
        {translate({
          id: 'theme.upgradePaths.checker.prompt.from',
          message: 'Choose your current version to see how to upgrade.',
          description: 'Upgrade checker before the current version is chosen',
        })}
      </p>
    );
  }
  return <UpgradeCheckerAnswer answer={answer} example={example} />;
}

function alertClass(loaded: Loaded, answer: UpgradeAnswer | undefined): string {
  if (loaded.status === 'failed') return 'alert--danger';
  switch (answer?.kind) {
    case 'direct':
    case 'path':
    case 'same':
      return 'alert--success';
    case 'no-path':
    case 'downgrade':
      return 'alert--danger';
    case 'unknown-version':
    case 'invalid-version':
      return 'alert--warning';
    default:
      return 'alert--secondary';
  }
}

function IgnoredNote({item}: {readonly item: IgnoredParameter}): ReactNode {
  const values = {parameter: <code>{item.name}</code>, value: <code>{shortValue(item.value)}</code>};
  return (
    <Interpolate values={values}>
      {item.reason === 'unknown-dataset'
        ? translate({
            id: 'theme.upgradePaths.checker.ignored.dataset',
            message: 'Ignored {parameter} in the address: {value} is not an installation of this site.',
            description: "Upgrade checker: a dataset named in the address is not one of the site's",
          })
        : translate({
            id: 'theme.upgradePaths.checker.ignored.version',
            message: 'Ignored {parameter} in the address: {value} is not a version.',
            description: 'Upgrade checker: a from/to value in the address is not a version',
          })}
    </Interpolate>
  );
}

function NoScript({data}: {readonly data: Dataset | undefined}): ReactNode {
  const permalink = data?.tables.find((table) => table.permalink !== null)?.permalink ?? null;
  if (permalink === null) {
    return translate({
      id: 'theme.upgradePaths.checker.noscript.plain',
      message: 'The upgrade checker needs JavaScript. The upgrade tables of each installation list the supported upgrades.',
      description: 'Upgrade checker without JavaScript, when there is no table page to link to',
    });
  }
  const tables = (
    <Link to={permalink}>
      {translate({
        id: 'theme.upgradePaths.checker.noscript.link',
        message: 'the supported upgrade paths tables',
        description: 'Link text to the upgrade tables, in theme.upgradePaths.checker.noscript',
      })}
    </Link>
  );
  return (
    <Interpolate values={{tables}}>
      {translate({
        id: 'theme.upgradePaths.checker.noscript',
        message: 'The upgrade checker needs JavaScript. Find your upgrade in {tables}.',
        description: 'Upgrade checker without JavaScript: link to the upgrade tables',
      })}
    </Interpolate>
  );
}
