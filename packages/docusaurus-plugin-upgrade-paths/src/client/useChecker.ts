import {useEffect, useMemo, useRef, useState, type RefObject} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {findUpgradePath, upgradeGraph} from '@upgrade-paths/core/client';
import type {Dataset, UpgradeAnswer} from '@upgrade-paths/core';
import type {DatasetEntry} from './datasetEntry.js';
import {readCheckerQuery, writeCheckerQuery, type CheckerParameter, type IgnoredParameter} from './query.js';

/** Data of the chosen dataset. */
export type Loaded =
  | {readonly status: 'none'}
  | {readonly status: 'loading'; readonly title: string}
  | {readonly status: 'ready'; readonly data: Dataset}
  | {readonly status: 'failed'; readonly title: string; readonly message: string};

/** The question, as chosen by the reader or read from the address. */
export interface Question {
  /** Current version as entered, `''` for none yet. */
  readonly from: string;
  /** Target version as entered, `null` for the default (the newest version). */
  readonly to: string | null;
}

/** What a checker renders, and what the reader can do with it. */
export interface Checker {
  /** Root element, for opening a closed `<details>` around it. */
  readonly root: RefObject<HTMLDivElement | null>;
  /** `true` once mounted in the browser (see {@link useHydrated}). */
  readonly hydrated: boolean;
  /** Id of the chosen dataset, `null` for none. */
  readonly chosen: string | null;
  readonly loaded: Loaded;
  readonly question: Question;
  /** The target version in effect: as entered, else the newest version, else `''`. */
  readonly to: string;
  /** The newest version of the chosen dataset, when it is loaded and has versions. */
  readonly newest: string | undefined;
  /** What `findUpgradePath` says, once both versions are known. */
  readonly answer: UpgradeAnswer | undefined;
  /** Address parameters that were not used, with why. */
  readonly ignored: readonly IgnoredParameter[];
  /** The reader picked a dataset (`null` for none): load it, empty question. */
  readonly choose: (id: string | null) => void;
  /** The reader changed the question. */
  readonly ask: (next: Question) => void;
}

const noQuestion: Question = {from: '', to: null};

/**
 * State of one checker: the chosen dataset and its loading, the question and
 * its answer, and the address that keeps the question (`?from=…&to=…`, plus
 * `&dataset=…` with a choice of datasets).
 *
 * The address is read after hydration, and again when something else
 * changes it; it is written with `history.replace` (no new history entry, no
 * scrolling). A checker with a fixed dataset answers an address without
 * `dataset` or naming its own dataset; a picker only an address with
 * `dataset`, and opens a closed `<details>` around it to show the answer.
 *
 * @param fixed
 *   The dataset to answer from, or `undefined` for a choice of `entries`.
 * @param entries
 *   Datasets to choose from, or `undefined` with `fixed`.
 */
export function useChecker(fixed: Dataset | undefined, entries: readonly DatasetEntry[] | undefined): Checker {
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

  function choose(id: string | null): void {
    setIgnored([]);
    load(id, noQuestion);
    remember({dataset: id, from: null, to: null});
  }

  function ask(next: Question): void {
    setQuestion(next);
    setIgnored([]);
    const effectiveTo = next.to ?? newest ?? null;
    remember({from: next.from, to: next.from === '' && next.to === null ? null : effectiveTo});
  }

  return {root, hydrated, chosen, loaded, question, to, newest, answer, ignored, choose, ask};
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
