import {useEffect, useRef, useSyncExternalStore} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {readFilterQuery, writeFilterQuery} from './query.js';

/** The page filter's text, and the page it was typed on. */
interface PageFilterState {
  readonly pathname: string;
  readonly query: string;
}

// One filter per page, shared by the page's field and every table it
// narrows (siblings in the MDX content, with no common provider): a store
// outside React, as `useSyncExternalStore` reads one.
const empty: PageFilterState = {pathname: '', query: ''};
let state: PageFilterState = empty;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function setState(next: PageFilterState): void {
  if (next.pathname === state.pathname && next.query === state.query) return;
  state = next;
  for (const listener of listeners) listener();
}

/**
 * What the reader typed in the page's version filter (`''` for nothing):
 * the same text for every table of the page. `''` on the server and in the
 * hydrating render (the static HTML holds every row), and on any page other
 * than the one it was typed on.
 */
export function usePageFilterQuery(): string {
  const {pathname} = useLocation();
  const current = useSyncExternalStore(subscribe, () => state, () => empty);
  return current.pathname === pathname ? current.query : '';
}

/**
 * The page's version filter, for the one field that edits it
 * (`UpgradePathTable/PageFilter`): the text, and a setter that also keeps
 * it in the address (`?filter=…`, with `history.replace`: no new history
 * entry, other parameters and the hash kept). The address is read after
 * hydration and again when something else changes it (back and forward,
 * a link), as `useChecker` does.
 *
 * @returns
 *   `[query, setQuery]`.
 */
export function usePageFilter(): readonly [query: string, setQuery: (query: string) => void] {
  const location = useLocation();
  const history = useHistory();
  const query = usePageFilterQuery();
  const written = useRef<string | null>(null);

  useEffect(
    function () {
      // A stale location (the router is still settling a newer address) or
      // the address this filter wrote itself: nothing to read.
      if (location.search !== history.location.search || location.search === written.current) return;
      setState({pathname: location.pathname, query: readFilterQuery(location.search)});
    },
    // Only a new address is read; `history` is stable.
    [location.pathname, location.search],
  );

  function setQuery(next: string): void {
    const current = history.location;
    setState({pathname: current.pathname, query: next});
    const search = writeFilterQuery(current.search, next);
    if (search === current.search) return;
    written.current = search;
    history.replace({pathname: current.pathname, search, hash: current.hash});
  }

  return [query, setQuery];
}
