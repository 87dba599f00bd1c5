import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Interpolate from '@docusaurus/Interpolate';
import {translate} from '@docusaurus/Translate';
import type {DatasetEntry, Props} from '@theme/UpgradeChecker';
import {findUpgradePath, upgradeGraph, type Dataset, type UpgradeAnswer} from '@upgrade-paths/core';
import Answer, {pathText} from './Answer.js';
import {readCheckerQuery, shortValue, writeCheckerQuery, type CheckerParameter, type IgnoredParameter} from './query.js';
import VersionCombobox from './VersionCombobox.js';
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
 * Strings have ids `theme.upgradePaths.checker.*`. They are `translate()`
 * calls (with `<Interpolate>` for values that are elements), never
 * `<Translate>`: `docusaurus write-translations` reads the compiled theme
 * (`lib/theme`), where JSX is gone but `translate({…})` calls remain.
 */
export default function UpgradeChecker({dataset, data, datasets}: Props): ReactNode {
  if (data !== undefined) return <Checker key={data.id} fixed={data} entries={undefined} />;
  if (datasets !== undefined) return <Checker fixed={undefined} entries={datasets} />;
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

/** Data of the chosen dataset. */
type Loaded =
  | {readonly status: 'none'}
  | {readonly status: 'loading'; readonly title: string}
  | {readonly status: 'ready'; readonly data: Dataset}
  | {readonly status: 'failed'; readonly title: string; readonly message: string};

/** The question, as chosen by the reader or read from the address. */
interface Question {
  /** Current version as entered, `''` for none yet. */
  readonly from: string;
  /** Target version as entered, `null` for the default (the newest version). */
  readonly to: string | null;
}

const noQuestion: Question = {from: '', to: null};

function Checker({
  fixed,
  entries,
}: {
  readonly fixed: Dataset | undefined;
  readonly entries: readonly DatasetEntry[] | undefined;
}): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<string | null>(fixed?.id ?? null);
  const [loaded, setLoaded] = useState<Loaded>(fixed ? {status: 'ready', data: fixed} : {status: 'none'});
  const [question, setQuestion] = useState<Question>(noQuestion);
  const [ignored, setIgnored] = useState<readonly IgnoredParameter[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const requests = useRef(0);
  const written = useRef<string | null>(null);

  const data = loaded.status === 'ready' ? loaded.data : undefined;
  const graph = useMemo(() => (data === undefined ? undefined : upgradeGraph(data)), [data]);
  const newest = data?.versions[0];
  const to = question.to ?? newest ?? '';
  const answer: UpgradeAnswer | undefined =
    graph !== undefined && question.from !== '' && to !== '' ? findUpgradePath(graph, question.from, to) : undefined;

  function load(id: string | null, next: Question): void {
    const request = ++requests.current;
    setChosen(id);
    setQuestion(next);
    const entry = entries?.find((item) => item.id === id);
    if (entry === undefined) {
      setLoaded({status: 'none'});
      return;
    }
    setLoaded({status: 'loading', title: entry.title});
    void entry.load().then(
      (module) => {
        if (request === requests.current) setLoaded({status: 'ready', data: module.default});
      },
      (error: unknown) => {
        if (request === requests.current) {
          const message = error instanceof Error ? error.message : String(error);
          setLoaded({status: 'failed', title: entry.title, message});
        }
      },
    );
  }

  // Read the address after hydration, and again when something else changes it.
  useEffect(
    function () {
      // A stale location (the router is still settling a newer address) or
      // the address this checker wrote itself: nothing to read.
      if (location.search !== history.location.search || location.search === written.current) return;
      const query = readCheckerQuery(location.search);
      if (fixed !== undefined) {
        if (query.dataset !== undefined && query.dataset !== fixed.id) return;
        setIgnored(query.ignored);
        if (query.from !== undefined || query.to !== undefined) {
          setQuestion((current) => ({from: query.from ?? current.from, to: query.to ?? current.to}));
        }
        return;
      }
      if (query.dataset === undefined) return;
      const entry = entries?.find((item) => item.id === query.dataset);
      setIgnored(
        entry === undefined
          ? [{name: 'dataset', value: query.dataset, reason: 'unknown-dataset'}, ...query.ignored]
          : query.ignored,
      );
      if (entry !== undefined) {
        load(entry.id, {from: query.from ?? '', to: query.to ?? null});
        revealInClosedDetails(root.current);
      }
    },
    // Only a new address is read; `load` and the props are stable for one
    // mounted checker.
    [location.search],
  );

  /** Keep the address current (no new history entry, no scrolling). */
  function remember(values: Partial<Record<CheckerParameter, string | null>>): void {
    const current = history.location;
    const params = fixed === undefined ? values : {...values, dataset: ownDataset(current.search, fixed.id)};
    const search = writeCheckerQuery(current.search, params);
    if (search === current.search) return;
    written.current = search;
    history.replace({pathname: current.pathname, search, hash: current.hash});
  }

  function ask(next: Question): void {
    setQuestion(next);
    setIgnored([]);
    const effectiveTo = next.to ?? newest ?? null;
    remember({from: next.from, to: next.from === '' && next.to === null ? null : effectiveTo});
  }

  const disabled = !hydrated || data === undefined;

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
          <InstallationField
            entries={entries}
            value={chosen}
            disabled={!hydrated}
            onChange={(id) => {
              setIgnored([]);
              load(id, noQuestion);
              remember({dataset: id, from: null, to: null});
            }}
          />
        )}
        <VersionCombobox
          label={translate({
            id: 'theme.upgradePaths.checker.from',
            message: 'Current version',
            description: 'Label of the field for the installed version in the upgrade checker',
          })}
          value={question.from}
          versions={data?.versions ?? []}
          disabled={disabled}
          onCommit={(value) => ask({...question, from: value})}
        />
        <VersionCombobox
          label={translate({
            id: 'theme.upgradePaths.checker.to',
            message: 'Target version',
            description: 'Label of the field for the wanted version in the upgrade checker',
          })}
          value={to}
          versions={data?.versions ?? []}
          disabled={disabled}
          onCommit={(value) => ask({...question, to: value === '' ? null : value})}
        />
      </div>
      <div role="status" className={clsx('alert', alertClass(loaded, answer), styles.answer, styles.needsScript)}>
        <Status loaded={loaded} answer={answer} example={newest ?? '1.0.0'} />
      </div>
      {answer?.kind === 'direct' || answer?.kind === 'path' ? <CopyPath text={pathText(answer.hops)} /> : null}
    </div>
  );
}

/** `true` once mounted in the browser: `false` on the server and in the hydrating render. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(function () {
    setHydrated(true);
  }, []);
  return hydrated;
}

/** The `dataset` parameter a fixed checker writes: kept when it names this dataset, else removed. */
function ownDataset(search: string, id: string): string | null {
  return readCheckerQuery(search).dataset === id ? id : null;
}

/**
 * A checker opened by an address (`?dataset=…`) inside a closed
 * `<details>` would answer out of sight: open it the way a reader does, by
 * its summary, so the theme's `Details` keeps its own state.
 */
function revealInClosedDetails(element: HTMLElement | null): void {
  const details = element?.closest('details');
  if (!details || details.open) return;
  // `Array.from`, not a spread: Docusaurus compiles theme code with loose
  // Babel, which turns `[...collection]` into `[].concat(collection)`.
  const summary = Array.from(details.children).find((child) => child.tagName === 'SUMMARY');
  if (summary instanceof HTMLElement) summary.click();
}

function InstallationField({
  entries,
  value,
  disabled,
  onChange,
}: {
  readonly entries: readonly DatasetEntry[];
  readonly value: string | null;
  readonly disabled: boolean;
  readonly onChange: (id: string | null) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {translate({
          id: 'theme.upgradePaths.checker.installation',
          message: 'Installation',
          description: 'Label of the field choosing a dataset (product and install method) in the upgrade checker',
        })}
      </label>
      <select
        id={id}
        className={styles.input}
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
      <p className={styles.verdict}>
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
      <p className={styles.verdict}>
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
      <p className={styles.verdict}>
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
      <p className={styles.verdict}>
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
      <p className={styles.verdict}>
        {translate({
          id: 'theme.upgradePaths.checker.prompt.from',
          message: 'Choose your current version to see how to upgrade.',
          description: 'Upgrade checker before the current version is chosen',
        })}
      </p>
    );
  }
  return <Answer answer={answer} example={example} />;
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

function CopyPath({text}: {readonly text: string}): ReactNode {
  const [result, setResult] = useState<{readonly text: string; readonly copied: boolean} | null>(null);
  const current = result?.text === text ? result : null;

  function copy(): void {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setResult({text, copied: false});
      return;
    }
    void clipboard.writeText(text).then(
      () => setResult({text, copied: true}),
      () => setResult({text, copied: false}),
    );
  }

  return (
    <div className={styles.copy}>
      <button type="button" className="button button--secondary button--sm" onClick={copy}>
        {translate({
          id: 'theme.upgradePaths.checker.copy',
          message: 'Copy path',
          description: 'Button of the upgrade checker copying the path as text (4.4.20 -> 4.5.23)',
        })}
      </button>
      <span className={styles.copyResult} aria-live="polite">
        {current === null ? null : (
          <Interpolate values={{path: <code>{text}</code>}}>
            {current.copied
              ? translate({
                  id: 'theme.upgradePaths.checker.copied',
                  message: 'Copied {path}',
                  description: 'Confirmation after the upgrade path was copied',
                })
              : translate({
                  id: 'theme.upgradePaths.checker.copyFailed',
                  message: 'Could not copy: select {path} and copy it.',
                  description: 'The browser refused to copy the upgrade path: the reader copies it by hand',
                })}
          </Interpolate>
        )}
      </span>
    </div>
  );
}
